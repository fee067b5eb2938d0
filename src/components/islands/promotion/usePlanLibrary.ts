import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../lib/locale';
import type { CoreStringKey, FullPromotionText } from '../../../i18n/promotion/index';
import type { LoadResult } from '../../../lib/storage';
import { openingState, type OpeningState } from '../../../lib/savedTool';
import type { PlanQuery } from '../../../lib/promotion/planQuery';
import { blankPlan, EXAMPLE_PARAM, isBlankPlan, planTitle, PLAN_PARAM, withIdentity, type ExampleKey } from '../../../lib/promotion/plans';
import { touchPlan, type ElementKey, type Plan } from '../../../lib/promotion/planShape';
import type { Drafts, PlanStorage, PlanStore, SetAsidePlan, StoredPlan } from '../../../lib/promotion/planStore';
import type { ImportResult } from '../../../lib/promotion/transfer';
import { storageKey } from '../../../lib/storageKey';
import { browserStorage, savedCopiesStatus } from '../../ui/browserStorage';
import { useEngine } from '../../ui/useEngine';
import type { ImportProblem } from './importPlan';
import type { ImportFailure } from './Transfer';

type PlanEngine = typeof import('./planEngine');

/** What the opening needs from a link besides its plan. */
type LinkQuery = Pick<PlanQuery, 'example' | 'present' | 'ignored'>;

/** The plan store's view of this browser's storage; undefined where storage is switched off. */
function planStorage(webPlanStorage: PlanEngine['webPlanStorage']): PlanStorage | undefined {
  const storage = browserStorage();
  return storage && webPlanStorage(storage);
}

/** A random id for a new plan; ids only need to be unique within one browser. */
function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Takes the shared plan or example out of the address, so a reload opens the saved plans again. */
function removePlanFromAddress() {
  const params = new URLSearchParams(window.location.search);
  params.delete(PLAN_PARAM);
  params.delete(EXAMPLE_PARAM);
  const query = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

function upsert(library: StoredPlan[], entry: StoredPlan): StoredPlan[] {
  const found = library.some((stored) => stored.plan.id === entry.plan.id);
  return found ? library.map((stored) => (stored.plan.id === entry.plan.id ? entry : stored)) : [...library, entry];
}

export interface PlanLibraryOptions {
  locale: Locale;
  /** A first-paint string, `{slots}` filled. */
  t: (key: CoreStringKey, values?: Record<string, string>) => string;
  /** The editors' kit: its `draftsOf` keeps only the typed texts the plan could not take. */
  draftsOf: ((texts: Drafts) => Drafts) | null;
  /** Fetches the editors' strings (for the reasons a link or a file could not be read). */
  loadText: () => Promise<{ text: FullPromotionText }>;
  /** Another plan is on screen: the form starts afresh, with this message (or none). */
  onOpened: (message: string) => void;
  setStatus: (message: string) => void;
  setImportFailure: (failure: ImportFailure | null) => void;
  /** Opens an element of the form (an example link opens the budget, where its figures are). */
  openElement: (element: ElementKey) => void;
}

/**
 * The builder's several plans, saved in this browser one key each (lib/promotion/planStore.ts):
 * which plan is on screen, opening from a shared link, an `?example=` link or the saved plans,
 * the autosave, and new, duplicate, delete, import and the examples. A plain visit opens on a
 * blank plan without the store; the store (with zod) comes at once for a link or saved plans, else
 * when a person reaches for the tool.
 */
export function usePlanLibrary({ locale, t, draftsOf, loadText, onOpened, setStatus, setImportFailure, openElement }: PlanLibraryOptions) {
  const { engine, status: engineStatus, prepare } = useEngine(() => import('./planEngine'));
  /** The example plans' texts, fetched when an example is asked for (a click or an `?example=` link). */
  const examples = useEngine(() => import('../../../lib/promotion/example'));
  /** The store once the opening has been read with it; saving waits for it. */
  const [store, setStore] = useState<PlanStore | null>(null);
  /**
   * The page opened with no link and nothing saved, or the person changed the plan before the
   * store could read what was saved: the plan on screen is kept when the store arrives.
   */
  const keepOnScreen = useRef(false);
  /** Something was changed, so a store still on its way is worth a notice. */
  const [edited, setEdited] = useState(false);

  /** Every saved plan with its drafts; the plan being edited is kept in step by the save effect. */
  const [library, setLibrary] = useState<StoredPlan[]>([]);
  /** The plans listed so far, for the store to save when it arrives after a plain visit. */
  const unsaved = useRef(library);
  unsaved.current = library;
  const [plan, setPlan] = useState<Plan>(() => blankPlan());
  /** Texts of number and one-per-line fields as typed, by path. */
  const [texts, setTexts] = useState<Drafts>({});
  const [opening, setOpening] = useState<OpeningState<Plan> | null>(null);
  /**
   * A plan opened from a link (a shared plan, or an example asked for by name) and not saved yet,
   * because plans were saved here: saving waits for the person's choice.
   */
  const [shared, setShared] = useState<false | 'plan' | 'example'>(false);
  const savedCurrentId = useRef<string | null>(null);
  /** A link whose plan could not be read; its reasons follow once their texts have loaded. */
  const [linkBroken, setLinkBroken] = useState(false);
  const [linkProblems, setLinkProblems] = useState<ImportProblem[]>([]);
  const [setAside, setSetAside] = useState<SetAsidePlan[]>([]);
  const [present, setPresent] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  /**
   * Opens what the link carries (its plan already decoded, or the example it names already made,
   * if any) or else the saved plans.
   */
  const start = (store: PlanStore, query: LinkQuery, decoded: ImportResult | null) => {
    const loaded = store.load();
    const stored = loaded.status === 'ok' ? loaded.plans : [];
    const current = loaded.status === 'ok' ? stored.find((entry) => entry.plan.id === loaded.currentId) : undefined;
    const saved: LoadResult<Plan> =
      loaded.status === 'unavailable'
        ? { status: 'unavailable' }
        : current && !keepOnScreen.current
          ? { status: 'ok', value: current.plan }
          : { status: 'empty' };
    const blank = blankPlan({ id: newId(), now: new Date() });
    const opened = openingState(
      {
        carriesState: decoded?.ok === true,
        state: decoded?.ok ? decoded.plan : blank,
        present: query.present,
        ignored: query.ignored,
        extra: undefined,
      },
      saved,
      blank,
    );
    savedCurrentId.current = current?.plan.id ?? null;
    setLibrary(stored);
    setSetAside(loaded.status === 'ok' ? loaded.setAside : []);
    if (decoded && !decoded.ok) {
      setLinkBroken(true);
      // The reasons' texts load only on this rare path; the notice itself shows at once.
      Promise.all([import('./importPlan'), loadText()])
        .then(([{ importProblems }, { text }]) => setLinkProblems(importProblems(decoded.errors, locale, text)))
        .catch(() => setLinkProblems([]));
    }
    setPresent(query.present);
    if (opened.source === 'link' && opened.savedKept) {
      setShared(query.example ? 'example' : 'plan');
      setPlan(opened.state);
    } else if (opened.source === 'link') {
      // Nothing saved here that the link could overwrite: the shared plan becomes this browser's plan.
      const id = opened.state.id !== '' && !stored.some((entry) => entry.plan.id === opened.state.id) ? opened.state.id : newId();
      setPlan(withIdentity(opened.state, { id, now: new Date(), fresh: false }));
      removePlanFromAddress();
    } else if (keepOnScreen.current) {
      // Nothing was saved when the page opened, or the person wrote before the saved plans could be
      // read: the plan on screen stays as it is (beside any saved ones), and every plan made here
      // before the store arrived is saved now (the one on screen by the autosave).
      setPlan((previous) => (previous.id === '' ? { ...previous, id: newId() } : previous));
      const made = unsaved.current.filter((entry) => !stored.some((other) => other.plan.id === entry.plan.id));
      for (const entry of made) store.save(entry.plan, entry.drafts);
      setLibrary([...stored, ...made]);
    } else if (current) {
      setPlan(current.plan);
      setTexts(current.drafts);
    } else setPlan(opened.state);
    setOpening(opened);
    setStore(store);
  };

  // A plain visit (no query string, nothing saved) opens on the blank plan at once, without the
  // store; a link or saved plans need the store to be read, so it is fetched at once.
  useEffect(() => {
    if (window.location.search === '' && savedCopiesStatus(`${storageKey('promotion')}:`) === 'none') {
      keepOnScreen.current = true;
      const blank = blankPlan({ id: newId(), now: new Date() });
      setPlan(blank);
      setOpening({ state: blank, source: 'default', ignored: [], savedKept: false, storageUnavailable: false });
    } else prepare();
  }, []);

  // Read the link and the saved plans once the store is here. An example's texts are fetched only
  // for a link that asks for one (most visits open the saved plans).
  useEffect(() => {
    if (!engine) return;
    const loaded = engine.createPlanStore({ storage: planStorage(engine.webPlanStorage) });
    const link = engine.planCodec.readLink(window.location.search, { example: blankPlan(), saved: null });
    const { example, errors } = link.extra;
    const query: LinkQuery = { example, present: link.present, ignored: link.ignored };
    if (errors) start(loaded, query, { ok: false, errors });
    else if (example) {
      // The example opens like a shared plan: a new plan of its own, saved at once only when nothing was saved here.
      examples.prepare().then((module) => {
        if (module) {
          const plan = withIdentity(module.examplePlan(locale, example), { id: newId(), now: new Date(), fresh: true });
          start(loaded, query, { ok: true, plan });
          setStatus(t('exampleLoaded', { name: plan.name }));
          // Its figures are in the budget element: opened, so the link shows what the chapter states.
          openElement('budget');
        } else {
          start(loaded, { ...query, example: null }, null);
          setStatus(t('partNotLoaded'));
        }
      });
    } else start(loaded, query, link.carriesState ? { ok: true, plan: link.state } : null);
  }, [engine]);

  /**
   * The typed texts worth keeping (those the plan could not take). Only the editors add texts that
   * parse, and they bring `draftsOf`; before they load, every text came from a saved draft.
   */
  const drafts = useMemo(() => (draftsOf ? draftsOf(texts) : texts), [draftsOf, texts]);

  // Autosave: every change to the plan or to what is typed is written at once, in the render that
  // shows it (a layout effect, not a frame later), so leaving the page right after a keystroke keeps it.
  // Before the store arrives the plans are only listed; they are saved when it does.
  useLayoutEffect(() => {
    if (!opening || shared) return;
    setLibrary((previous) => upsert(previous, { plan, drafts }));
    if (!store || opening.storageUnavailable) return;
    const saved = store.save(plan, drafts);
    store.setCurrent(plan.id);
    setSaveFailed(!saved.ok);
  }, [plan, drafts, opening, shared, store]);

  /** Any change needs the store to be saved: fetches it if it is not here yet. */
  const changed = () => {
    prepare();
    setEdited(true);
    if (!store) keepOnScreen.current = true;
  };

  /** Applies an edit and records it on the plan (revision and time), unless nothing changed. */
  const edit = (change: (previous: Plan) => Plan) => {
    changed();
    setPlan((previous) => {
      const next = change(previous);
      return next === previous ? previous : touchPlan(next, new Date());
    });
  };

  const label = (entry: Plan, index: number) => planTitle(entry, t('untitled', { n: String(index + 1) }));

  const open = (entry: StoredPlan, message = '') => {
    changed();
    setPlan(entry.plan);
    setTexts(entry.drafts);
    onOpened(message);
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
    open({ plan: copy, drafts }, t('duplicated', { name }));
  };

  const deletePlan = () => {
    const index = library.findIndex((entry) => entry.plan.id === plan.id);
    const name = label(plan, index);
    store?.remove(plan.id);
    const rest = library.filter((entry) => entry.plan.id !== plan.id);
    setLibrary(rest);
    const next = rest[Math.min(Math.max(index, 0), rest.length - 1)] ?? {
      plan: blankPlan({ id: newId(), now: new Date() }),
      drafts: {},
    };
    open(next, t('deleted', { name }));
  };

  const loadExample = async (key: ExampleKey) => {
    // A blank plan is simply filled with the example; anything written stays, and the example is added beside it.
    const replace = isBlankPlan(plan) && !shared;
    const id = replace ? plan.id : newId();
    setStatus(t('loadingExample'));
    // The examples' texts are fetched on the first click only: most people never load one.
    const module = await examples.prepare();
    if (!module) {
      setStatus(t('partNotLoaded'));
      return;
    }
    const example = withIdentity(module.examplePlan(locale, key), { id, now: new Date(), fresh: true });
    leaveShared();
    open({ plan: example, drafts: {} }, t('exampleLoaded', { name: example.name }));
  };

  const importFile = async (file: File) => {
    setImportFailure(null);
    setStatus(t('readingFile', { file: file.name }));
    // The file reader and its error texts are fetched when a file is chosen, not before.
    let reader: typeof import('./importPlan');
    let text: FullPromotionText;
    try {
      [reader, { text }] = await Promise.all([import('./importPlan'), loadText()]);
    } catch {
      setStatus(t('partNotLoaded'));
      return;
    }
    const result: ImportResult = await reader.readPlanFile(file);
    if (!result.ok) {
      setImportFailure({ file: file.name, problems: reader.importProblems(result.errors, locale, text) });
      setStatus('');
      return;
    }
    const replace = isBlankPlan(plan) && !shared;
    const taken = library.some((entry) => entry.plan.id === result.plan.id && !(replace && entry.plan.id === plan.id));
    const id = result.plan.id === '' || taken ? newId() : result.plan.id;
    const imported = withIdentity(result.plan, { id, now: new Date(), fresh: false });
    if (replace && plan.id !== id) {
      store?.remove(plan.id);
      setLibrary((previous) => previous.filter((entry) => entry.plan.id !== plan.id));
    }
    leaveShared();
    open({ plan: imported, drafts: {} }, t('imported', { name: label(imported, library.length) }));
  };

  const saveShared = () => {
    const saved = withIdentity(plan, { id: newId(), now: new Date(), fresh: false });
    leaveShared();
    open({ plan: saved, drafts }, t(shared === 'example' ? 'exampleSaved' : 'sharedSaved', { name: label(saved, library.length) }));
  };

  const openSaved = () => {
    leaveShared();
    const entry = library.find((stored) => stored.plan.id === savedCurrentId.current) ?? library[0];
    open(entry ?? { plan: blankPlan({ id: newId(), now: new Date() }), drafts: {} });
  };

  const switchTo = (id: string) => {
    const entry = library.find((stored) => stored.plan.id === id);
    if (entry) open(entry);
  };

  const removeSetAside = (key: string) => {
    store?.removeSetAside(key);
    setSetAside((previous) => previous.filter((other) => other.key !== key));
  };

  const choices = library.map((entry, index) => ({
    id: entry.plan.id,
    label: label(entry.plan.id === plan.id ? plan : entry.plan, index),
  }));

  return {
    plan,
    texts,
    setTexts,
    drafts,
    edit,
    label,
    choices,
    opening,
    shared,
    present,
    setPresent,
    /** The store's download failed (offer a retry), or is on its way after an edit. */
    engineFailed: engineStatus === 'failed',
    storeLoading: edited && !store,
    prepare,
    linkBroken,
    linkProblems,
    setAside,
    removeSetAside,
    saveFailed,
    createPlan,
    duplicatePlan,
    deletePlan,
    loadExample,
    importFile,
    saveShared,
    openSaved,
    switchTo,
  };
}

export type PlanLibrary = ReturnType<typeof usePlanLibrary>;
