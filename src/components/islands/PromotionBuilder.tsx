import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { PromotionStringKey, PromotionText } from '../../i18n/promotion';
import { fill } from '../../i18n/tools';
import { plainNumber } from '../../lib/share';
import type { LoadResult } from '../../lib/storage';
import { openingState, type OpeningState } from '../../lib/toolState';
import { planWarnings } from '../../lib/promotion/checks';
import {
  blankPlan,
  blankRows,
  draftsOf,
  getAt,
  isBlankPlan,
  linesToList,
  maxRows,
  numberKindOf,
  parsePlanNumber,
  planFileName,
  PLAN_PARAM,
  readPlanQuery,
  setAt,
  shiftTexts,
  withIdentity,
} from '../../lib/promotion/form';
import {
  createPlanStore,
  webPlanStorage,
  type Drafts,
  type PlanStorage,
  type SetAsidePlan,
  type StoredPlan,
} from '../../lib/promotion/planStore';
import { touchPlan, type Plan } from '../../lib/promotion/schema';
import { decodePlan, encodePlan, exportPlanJson, type ImportResult } from '../../lib/promotion/transfer';
import { ToolFrame } from '../ui/ToolFrame';
import { BudgetSection } from './promotion/BudgetSection';
import { CommunicationSection } from './promotion/CommunicationSection';
import type { Editor } from './promotion/editor';
import { EvaluationSection } from './promotion/EvaluationSection';
import { TextField } from './promotion/fields';
import type { ImportProblem } from './promotion/importPlan';
import { PlanBasics } from './promotion/PlanBasics';
import { PlanDocument, PlanSummary, planTitle } from './promotion/PlanDocument';
import { PlanList } from './promotion/PlanList';
import { Progress } from './promotion/Progress';
import { ScriptSection } from './promotion/ScriptSection';
import { TimetableSection } from './promotion/TimetableSection';
import { Transfer, type ImportFailure } from './promotion/Transfer';

interface Props {
  locale: Locale;
  /** The builder's strings in `locale`; each page's island passes its own language's module. */
  dictionary: PromotionText;
}

function browserStorage(): PlanStorage | undefined {
  try {
    return webPlanStorage(window.localStorage);
  } catch {
    return undefined; // storage disabled: the store reports it as unavailable
  }
}

/** A random id for a new plan; ids only need to be unique within one browser. */
function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Hands text to the browser as a downloaded file; nothing leaves the machine. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Takes the shared plan out of the address, so a reload opens the saved plans again. */
function removePlanFromAddress() {
  const params = new URLSearchParams(window.location.search);
  params.delete(PLAN_PARAM);
  const query = params.toString();
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
  );
}

function upsert(library: StoredPlan[], entry: StoredPlan): StoredPlan[] {
  const found = library.some((stored) => stored.plan.id === entry.plan.id);
  return found ? library.map((stored) => (stored.plan.id === entry.plan.id ? entry : stored)) : [...library, entry];
}

/**
 * The promotion plan builder: a view over src/lib/promotion. Pages use it through
 * PromotionBuilder.zh-CN.tsx or PromotionBuilder.en.tsx, which bring one language's strings.
 */
export default function PromotionBuilder({ locale, dictionary }: Props) {
  const t = (key: PromotionStringKey, values: Record<string, string> = {}) =>
    fill(dictionary.promotionStrings[key], values);
  const toolPath = `${locale === 'en' ? '/en' : ''}/tools/promotion/`;
  const store = useMemo(
    () => createPlanStore({ storage: typeof window === 'undefined' ? undefined : browserStorage() }),
    [],
  );

  /** Every saved plan with its drafts; the plan being edited is kept in step by the save effect. */
  const [library, setLibrary] = useState<StoredPlan[]>([]);
  const [plan, setPlan] = useState<Plan>(() => blankPlan());
  /** Texts of number and one-per-line fields as typed, by path. */
  const [texts, setTexts] = useState<Drafts>({});
  const [opening, setOpening] = useState<OpeningState<Plan> | null>(null);
  /** A plan opened from a link and not saved yet: saving waits for the person's choice. */
  const [shared, setShared] = useState(false);
  const savedCurrentId = useRef<string | null>(null);
  /** A link whose plan could not be read; its reasons follow once their texts have loaded. */
  const [linkBroken, setLinkBroken] = useState(false);
  const [linkProblems, setLinkProblems] = useState<ImportProblem[]>([]);
  const [setAside, setSetAside] = useState<SetAsidePlan[]>([]);
  const [confirmingAside, setConfirmingAside] = useState<string | null>(null);
  const [present, setPresent] = useState(false);
  const [status, setStatus] = useState('');
  const [saveFailed, setSaveFailed] = useState(false);
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(null);
  /** Changes whenever another plan is opened, so the form starts afresh for it. */
  const [formKey, setFormKey] = useState(0);

  // Read the link and the saved plans once, in the browser.
  useEffect(() => {
    const query = readPlanQuery(window.location.search);
    const decoded: ImportResult | null = query.code === null ? null : decodePlan(query.code);
    const loaded = store.load();
    const stored = loaded.status === 'ok' ? loaded.plans : [];
    const current = loaded.status === 'ok' ? stored.find((entry) => entry.plan.id === loaded.currentId) : undefined;
    const saved: LoadResult<Plan> =
      loaded.status === 'unavailable'
        ? { status: 'unavailable' }
        : current
          ? { status: 'ok', value: current.plan }
          : { status: 'empty' };
    const opened = openingState({
      reading: {
        values: {},
        flags: { present: query.present },
        ignored: query.ignored,
        carriesState: decoded?.ok === true,
      },
      saved,
      defaults: blankPlan({ id: newId(), now: new Date() }),
      fromLink: (defaults) => (decoded?.ok ? decoded.plan : defaults),
    });
    savedCurrentId.current = current?.plan.id ?? null;
    setLibrary(stored);
    setSetAside(loaded.status === 'ok' ? loaded.setAside : []);
    if (decoded && !decoded.ok) {
      setLinkBroken(true);
      // The reasons' texts load only on this rare path; the notice itself shows at once.
      import('./promotion/importPlan')
        .then(({ importProblems }) => setLinkProblems(importProblems(decoded.errors, locale, dictionary)))
        .catch(() => setLinkProblems([]));
    }
    setPresent(query.present);
    if (opened.source === 'link' && opened.savedKept) {
      setShared(true);
      setPlan(opened.state);
    } else if (opened.source === 'link') {
      // Nothing saved here that the link could overwrite: the shared plan becomes this browser's plan.
      const id =
        opened.state.id !== '' && !stored.some((entry) => entry.plan.id === opened.state.id)
          ? opened.state.id
          : newId();
      setPlan(withIdentity(opened.state, { id, now: new Date(), fresh: false }));
      removePlanFromAddress();
    } else if (current) {
      setPlan(current.plan);
      setTexts(current.drafts);
    } else setPlan(opened.state);
    setOpening(opened);
  }, []);

  // Autosave: every change to the plan or to what is typed is written at once, in the render that
  // shows it (a layout effect, not a frame later), so leaving the page right after a keystroke keeps it.
  useLayoutEffect(() => {
    if (!opening || shared) return;
    const drafts = draftsOf(texts);
    setLibrary((previous) => upsert(previous, { plan, drafts }));
    if (opening.storageUnavailable) return;
    const saved = store.save(plan, drafts);
    store.setCurrent(plan.id);
    setSaveFailed(!saved.ok);
  }, [plan, texts, opening, shared]);

  const warnings = useMemo(() => planWarnings(plan), [plan]);
  const search = useMemo(() => `?${PLAN_PARAM}=${encodePlan(plan)}`, [plan]);
  const draftsPending = Object.keys(draftsOf(texts)).length > 0;

  /** Applies an edit and records it on the plan (revision and time), unless nothing changed. */
  const edit = (change: (previous: Plan) => Plan) =>
    setPlan((previous) => {
      const next = change(previous);
      return next === previous ? previous : touchPlan(next, new Date());
    });

  const editor: Editor = {
    locale,
    dictionary,
    plan,
    t,
    warnings,
    setValue: (path, value) => edit((previous) => setAt(previous, path, value)),
    textOf: (path) => {
      const typed = texts[path];
      if (typed !== undefined) return typed;
      const value = getAt(plan, path);
      if (Array.isArray(value)) return value.join('\n');
      return typeof value === 'number' ? plainNumber(value) : '';
    },
    setNumberText: (path, text) => {
      const kind = numberKindOf(path);
      if (!kind) return;
      setTexts((previous) => ({ ...previous, [path]: text }));
      const result = parsePlanNumber(text, kind);
      // A number that does not parse is not in the plan; its text stays on screen and in the drafts.
      edit((previous) => setAt(previous, path, result.ok ? result.value : undefined));
    },
    setLinesText: (path, text) => {
      setTexts((previous) => ({ ...previous, [path]: text }));
      edit((previous) => setAt(previous, path, linesToList(text).items));
    },
    addRow: (list) =>
      edit((previous) => {
        const rows = getAt(previous, list);
        if (!Array.isArray(rows) || rows.length >= maxRows[list]) return previous;
        return setAt(previous, `${list}.${rows.length}`, blankRows[list]());
      }),
    removeRow: (list, index) => {
      edit((previous) => {
        const rows = getAt(previous, list);
        return Array.isArray(rows)
          ? setAt(
              previous,
              list,
              rows.filter((_, position) => position !== index),
            )
          : previous;
      });
      setTexts((previous) => shiftTexts(previous, list, index));
    },
  };

  const label = (entry: Plan, index: number) => planTitle(entry, t('untitled', { n: String(index + 1) }));

  const open = (entry: StoredPlan, message = '') => {
    setPlan(entry.plan);
    setTexts(entry.drafts);
    setFormKey((key) => key + 1);
    setImportFailure(null);
    setStatus(message);
  };

  /** Leaves a shared plan unsaved (it is still in the link) and returns to saving. */
  const leaveShared = () => {
    if (!shared) return;
    setShared(false);
    removePlanFromAddress();
  };

  const createPlan = () => {
    leaveShared();
    open({ plan: blankPlan({ id: newId(), now: new Date() }), drafts: {} }, t('created'));
  };

  const duplicatePlan = () => {
    const name = t('copyName', {
      name: label(
        plan,
        library.findIndex((entry) => entry.plan.id === plan.id),
      ),
    });
    const copy = withIdentity(plan, { id: newId(), now: new Date(), name, fresh: true });
    leaveShared();
    open({ plan: copy, drafts: draftsOf(texts) }, t('duplicated', { name }));
  };

  const deletePlan = () => {
    const index = library.findIndex((entry) => entry.plan.id === plan.id);
    const name = label(plan, index);
    store.remove(plan.id);
    const rest = library.filter((entry) => entry.plan.id !== plan.id);
    setLibrary(rest);
    const next = rest[Math.min(Math.max(index, 0), rest.length - 1)] ?? {
      plan: blankPlan({ id: newId(), now: new Date() }),
      drafts: {},
    };
    open(next, t('deleted', { name }));
  };

  const loadExample = async () => {
    // A blank plan is simply filled with the example; anything written stays, and the example is added beside it.
    const replace = isBlankPlan(plan) && !shared;
    const id = replace ? plan.id : newId();
    setStatus(t('loadingExample'));
    // The example's texts are fetched on the first click only: most people never load it.
    let examplePlan: (typeof import('../../lib/promotion/example'))['examplePlan'];
    try {
      ({ examplePlan } = await import('../../lib/promotion/example'));
    } catch {
      setStatus(t('partNotLoaded'));
      return;
    }
    const example = withIdentity(examplePlan(locale), { id, now: new Date(), fresh: true });
    leaveShared();
    open({ plan: example, drafts: {} }, t('exampleLoaded', { name: example.name }));
  };

  const importFile = async (file: File) => {
    setImportFailure(null);
    setStatus(t('readingFile', { file: file.name }));
    // The file reader and its error texts are fetched when a file is chosen, not before.
    let reader: typeof import('./promotion/importPlan');
    try {
      reader = await import('./promotion/importPlan');
    } catch {
      setStatus(t('partNotLoaded'));
      return;
    }
    const result: ImportResult = await reader.readPlanFile(file);
    if (!result.ok) {
      setImportFailure({ file: file.name, problems: reader.importProblems(result.errors, locale, dictionary) });
      setStatus('');
      return;
    }
    const replace = isBlankPlan(plan) && !shared;
    const taken = library.some((entry) => entry.plan.id === result.plan.id && !(replace && entry.plan.id === plan.id));
    const id = result.plan.id === '' || taken ? newId() : result.plan.id;
    const imported = withIdentity(result.plan, { id, now: new Date(), fresh: false });
    if (replace && plan.id !== id) {
      store.remove(plan.id);
      setLibrary((previous) => previous.filter((entry) => entry.plan.id !== plan.id));
    }
    leaveShared();
    open({ plan: imported, drafts: {} }, t('imported', { name: label(imported, library.length) }));
  };

  const saveShared = () => {
    const saved = withIdentity(plan, { id: newId(), now: new Date(), fresh: false });
    leaveShared();
    open({ plan: saved, drafts: draftsOf(texts) }, t('sharedSaved', { name: label(saved, library.length) }));
  };

  const openSaved = () => {
    leaveShared();
    const entry = library.find((stored) => stored.plan.id === savedCurrentId.current) ?? library[0];
    open(entry ?? { plan: blankPlan({ id: newId(), now: new Date() }), drafts: {} });
  };

  const choices = library.map((entry, index) => ({
    id: entry.plan.id,
    label: label(entry.plan.id === plan.id ? plan : entry.plan, index),
  }));

  return (
    <ToolFrame
      locale={locale}
      title={t('title')}
      search={search}
      toolPath={toolPath}
      opening={opening}
      savePaused={false}
      onRestoreSaved={openSaved}
      onKeepShared={saveShared}
      onReset={() => void loadExample()}
      present={present}
      onPresentChange={setPresent}
    >
      {present ? (
        <PlanSummary editor={editor} />
      ) : (
        <>
          <div class="promotion-screen">
            <div class="promotion-notices" aria-live="polite">
              {shared && (
                <div class="tool-notice" data-notice="shared-plan">
                  <p>{t('sharedPlan')}</p>
                  <div class="tool-buttons">
                    <button type="button" onClick={saveShared}>
                      {t('saveShared')}
                    </button>
                    <button type="button" onClick={openSaved}>
                      {t('openSaved')}
                    </button>
                  </div>
                </div>
              )}
              {linkBroken && (
                <div class="tool-notice tool-notice--warning" data-notice="link-broken">
                  <p>{t('linkBroken')}</p>
                  <ul>
                    {linkProblems.slice(0, 12).map((problem, index) => (
                      <li key={index}>{problem.text}</li>
                    ))}
                  </ul>
                </div>
              )}
              {setAside.map((entry, index) => (
                <div class="tool-notice tool-notice--warning" data-notice="plan-set-aside" key={entry.key}>
                  <p>{t('setAside', { key: entry.key })}</p>
                  <div class="tool-buttons">
                    <button
                      type="button"
                      onClick={() => download(`promotion-plan-unreadable-${index + 1}.json`, entry.raw)}
                    >
                      {t('downloadRaw')}
                    </button>
                    {confirmingAside === entry.key ? (
                      <>
                        <span>{t('confirmRemoveSetAside')}</span>
                        <button
                          type="button"
                          onClick={() => {
                            store.removeSetAside(entry.key);
                            setSetAside((previous) => previous.filter((other) => other.key !== entry.key));
                            setConfirmingAside(null);
                          }}
                        >
                          {t('confirmDeleteButton')}
                        </button>
                        <button type="button" onClick={() => setConfirmingAside(null)}>
                          {t('cancel')}
                        </button>
                      </>
                    ) : (
                      <button type="button" onClick={() => setConfirmingAside(entry.key)}>
                        {t('removeSetAside')}
                      </button>
                    )}
                  </div>
                </div>
              ))}
              {saveFailed && (
                <p class="tool-notice tool-notice--warning" data-notice="save-failed">
                  {t('saveFailed')}
                </p>
              )}
            </div>

            <PlanList
              editor={editor}
              choices={choices}
              currentId={plan.id}
              shared={shared}
              onSwitch={(id) => {
                const entry = library.find((stored) => stored.plan.id === id);
                if (entry) open(entry);
              }}
              onNew={createPlan}
              onDuplicate={duplicatePlan}
              onDelete={deletePlan}
              onLoadExample={() => void loadExample()}
              nameField={<TextField editor={editor} path="name" label={t('planName')} hint={t('planNameHint')} />}
            />
            <p class="tool-bar-status promotion-status-line" role="status">
              {status}
            </p>
            {!shared && !opening?.storageUnavailable && <p class="field-hint">{t('autosaved')}</p>}

            <Progress editor={editor} />

            <form
              class="promotion-form"
              key={formKey}
              onSubmit={(event) => event.preventDefault()}
              noValidate
              aria-labelledby="promotion-form-heading"
            >
              <h2 id="promotion-form-heading">{t('formHeading')}</h2>
              <PlanBasics editor={editor} />
              <BudgetSection editor={editor} />
              <ScriptSection editor={editor} />
              <CommunicationSection editor={editor} />
              <TimetableSection editor={editor} />
              <EvaluationSection editor={editor} />
            </form>

            <Transfer
              editor={editor}
              onExport={() => download(planFileName(label(plan, 0)), exportPlanJson(plan))}
              onImport={(file) => void importFile(file)}
              failure={importFailure}
              draftsPending={draftsPending}
            />
          </div>
          <PlanDocument editor={editor} />
        </>
      )}
    </ToolFrame>
  );
}
