import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "preact/hooks";
import type { Locale } from "../../../lib/locale";
import type {
  CoreStringKey,
  FullPromotionText,
  PromotionFormText,
  PromotionText,
} from "../../../i18n/promotion/index";
import { fill } from "../../../i18n/tools";
import type { LoadResult } from "../../../lib/storage";
import { openingState, type OpeningState } from "../../../lib/toolState";
import { planCompleteness } from "../../../lib/promotion/completeness";
import { encodePlan, exportPlanJson } from "../../../lib/promotion/envelope";
import type { PlanQuery } from "../../../lib/promotion/planQuery";
import {
  blankPlan,
  EXAMPLE_PARAM,
  isBlankPlan,
  planFileName,
  planTitle,
  PLAN_PARAM,
  withIdentity,
  type ExampleKey,
} from "../../../lib/promotion/plans";
import {
  elementKeys,
  touchPlan,
  type ElementKey,
  type Plan,
} from "../../../lib/promotion/planShape";
import type {
  Drafts,
  PlanStorage,
  PlanStore,
  SetAsidePlan,
  StoredPlan,
} from "../../../lib/promotion/planStore";
import { storageKey } from "../../../lib/storageKey";
import { savedCopiesStatus } from "../../ui/browserStorage";
import type { ImportResult } from "../../../lib/promotion/transfer";
import { ToolFrame } from "../../ui/ToolFrame";
import { useEngine } from "../../ui/useEngine";
import type { CoreView, Editor } from "./editor";
import { ElementPanel } from "./ElementPanel";
import type { ImportProblem } from "./importPlan";
import { PlanList } from "./PlanList";
import { Progress } from "./Progress";
import { Transfer, type ImportFailure } from "./Transfer";

interface Props {
  locale: Locale;
  /** The first paint's strings in `locale`: the page passes its language's dictionary (i18n/promotion/<locale>.ts). */
  text: PromotionText;
}

/** Fetches the editors' strings in `locale` (on first opening an element, printing or presenting). */
const loadFormText = (locale: Locale): Promise<PromotionFormText> =>
  locale === "en"
    ? import("../../../i18n/promotion/form.en").then(
        (module) => module.englishFormText,
      )
    : import("../../../i18n/promotion/form.zh-CN").then(
        (module) => module.chineseFormText,
      );

/** What the editors, the printed plan and present mode need besides the first paint's code. */
type EditorKit = typeof import("./editorKit") & { text: FullPromotionText };

type DocumentModule = typeof import("./PlanDocument");

type PlanEngine = typeof import("./planEngine");

/** The example plans' texts, fetched when an example is asked for (a click or an `?example=` link). */
const loadExamples = once(() => import("../../../lib/promotion/example"));

/** Remembers a fetch once it succeeds; a failed one is tried again on the next call. */
function once<Value>(fetch: () => Promise<Value>): () => Promise<Value> {
  let pending: Promise<Value> | null = null;
  return () =>
    (pending ??= fetch().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}

function browserStorage(
  webPlanStorage: PlanEngine["webPlanStorage"],
): PlanStorage | undefined {
  try {
    return webPlanStorage(window.localStorage);
  } catch {
    return undefined; // storage disabled: the store reports it as unavailable
  }
}

/** A random id for a new plan; ids only need to be unique within one browser. */
function newId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function")
    return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Hands text to the browser as a downloaded file; nothing leaves the machine. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(
    new Blob([text], { type: "application/json;charset=utf-8" }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Takes the shared plan or example out of the address, so a reload opens the saved plans again. */
function removePlanFromAddress() {
  const params = new URLSearchParams(window.location.search);
  params.delete(PLAN_PARAM);
  params.delete(EXAMPLE_PARAM);
  const query = params.toString();
  window.history.replaceState(
    window.history.state,
    "",
    `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`,
  );
}

function upsert(library: StoredPlan[], entry: StoredPlan): StoredPlan[] {
  const found = library.some((stored) => stored.plan.id === entry.plan.id);
  return found
    ? library.map((stored) =>
        stored.plan.id === entry.plan.id ? entry : stored,
      )
    : [...library, entry];
}

/**
 * The promotion plan builder: a view over src/lib/promotion. Its page passes the language's
 * first-paint dictionary as `text`; the editors' strings follow on first use.
 */
export default function PromotionBuilder({ locale, text: dictionary }: Props) {
  const t = (key: CoreStringKey, values: Record<string, string> = {}) =>
    fill(dictionary.promotionStrings[key], values);
  const toolPath = `${locale === "en" ? "/en" : ""}/tools/promotion/`;
  /**
   * The saved plans' store and the link reader (and with them zod), fetched at once when the page
   * opens on a link or something saved, else when a person reaches for the tool or edits the plan.
   */
  const {
    engine,
    status: engineStatus,
    prepare,
  } = useEngine(() => import("./planEngine"));
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
  const [shared, setShared] = useState<false | "plan" | "example">(false);
  const savedCurrentId = useRef<string | null>(null);
  /** A link whose plan could not be read; its reasons follow once their texts have loaded. */
  const [linkBroken, setLinkBroken] = useState(false);
  const [linkProblems, setLinkProblems] = useState<ImportProblem[]>([]);
  const [setAside, setSetAside] = useState<SetAsidePlan[]>([]);
  const [confirmingAside, setConfirmingAside] = useState<string | null>(null);
  const [present, setPresent] = useState(false);
  const [status, setStatus] = useState("");
  const [saveFailed, setSaveFailed] = useState(false);
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(
    null,
  );
  /** Changes whenever another plan is opened, so the form starts afresh for it. */
  const [formKey, setFormKey] = useState(0);
  /** The elements opened so far; all are closed at first paint, so their editors load on demand. */
  const [openElements, setOpenElements] = useState<ReadonlySet<ElementKey>>(
    () => new Set(),
  );
  const [kit, setKit] = useState<EditorKit | null>(null);
  /** The printed plan and present mode's summary, fetched on first use (see `preloadDocuments`). */
  const [documents, setDocuments] = useState<DocumentModule | null>(null);
  const [documentsFailed, setDocumentsFailed] = useState(false);

  const loadKit = useMemo(
    () =>
      once(async (): Promise<EditorKit> => {
        const [form, module] = await Promise.all([
          loadFormText(locale),
          import("./editorKit"),
        ]);
        const loaded = { ...module, text: { ...dictionary, ...form } };
        setKit(loaded);
        return loaded;
      }),
    [],
  );
  const loadDocuments = useMemo(
    () =>
      once(async () => {
        const [module] = await Promise.all([
          import("./PlanDocument"),
          loadKit(),
        ]);
        setDocuments(() => module);
        return module;
      }),
    [],
  );
  /** The plan document is fetched at a person's first touch of the tool, so printing from the browser's menu later finds it. */
  const preloadDocuments = () => void loadDocuments().catch(() => undefined);
  const documentsReady = useRef(false);
  documentsReady.current = documents !== null && kit !== null;

  /** Prints once the plan document is there; until then the browser would print the pending note. */
  const printPlan = async () => {
    try {
      await loadDocuments();
    } catch {
      setStatus(t("partNotLoaded"));
      return;
    }
    // A frame for the document to render before the browser lays the page out for paper.
    await new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(resolve)),
    );
    window.print();
  };

  /**
   * Opens what the link carries (its plan already decoded, or the example it names already made,
   * if any) or else the saved plans.
   */
  const start = (
    store: PlanStore,
    query: PlanQuery,
    decoded: ImportResult | null,
  ) => {
    const loaded = store.load();
    const stored = loaded.status === "ok" ? loaded.plans : [];
    const current =
      loaded.status === "ok"
        ? stored.find((entry) => entry.plan.id === loaded.currentId)
        : undefined;
    const saved: LoadResult<Plan> =
      loaded.status === "unavailable"
        ? { status: "unavailable" }
        : current && !keepOnScreen.current
          ? { status: "ok", value: current.plan }
          : { status: "empty" };
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
    setSetAside(loaded.status === "ok" ? loaded.setAside : []);
    if (decoded && !decoded.ok) {
      setLinkBroken(true);
      // The reasons' texts load only on this rare path; the notice itself shows at once.
      Promise.all([import("./importPlan"), loadKit()])
        .then(([{ importProblems }, { text }]) =>
          setLinkProblems(importProblems(decoded.errors, locale, text)),
        )
        .catch(() => setLinkProblems([]));
    }
    setPresent(query.present);
    if (opened.source === "link" && opened.savedKept) {
      setShared(query.example ? "example" : "plan");
      setPlan(opened.state);
    } else if (opened.source === "link") {
      // Nothing saved here that the link could overwrite: the shared plan becomes this browser's plan.
      const id =
        opened.state.id !== "" &&
        !stored.some((entry) => entry.plan.id === opened.state.id)
          ? opened.state.id
          : newId();
      setPlan(
        withIdentity(opened.state, { id, now: new Date(), fresh: false }),
      );
      removePlanFromAddress();
    } else if (keepOnScreen.current) {
      // Nothing was saved when the page opened, or the person wrote before the saved plans could be
      // read: the plan on screen stays as it is (beside any saved ones), and every plan made here
      // before the store arrived is saved now (the one on screen by the autosave).
      setPlan((previous) =>
        previous.id === "" ? { ...previous, id: newId() } : previous,
      );
      const made = unsaved.current.filter(
        (entry) => !stored.some((other) => other.plan.id === entry.plan.id),
      );
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
    if (
      window.location.search === "" &&
      savedCopiesStatus(`${storageKey("promotion")}:`) === "none"
    ) {
      keepOnScreen.current = true;
      const blank = blankPlan({ id: newId(), now: new Date() });
      setPlan(blank);
      setOpening({
        state: blank,
        source: "default",
        ignored: [],
        savedKept: false,
        storageUnavailable: false,
      });
    } else prepare();
  }, []);

  // Read the link and the saved plans once the store is here. A link's plan is decoded by code
  // fetched only for such a link (most visits open the saved plans).
  useEffect(() => {
    if (!engine) return;
    const loaded = engine.createPlanStore({
      storage: browserStorage(engine.webPlanStorage),
    });
    const query = engine.readPlanQuery(window.location.search);
    const { code, example } = query;
    const failed = () => {
      start(loaded, { ...query, example: null }, null);
      setStatus(t("partNotLoaded"));
    };
    if (code !== null)
      import("../../../lib/promotion/transfer").then(
        ({ decodePlan }) => start(loaded, query, decodePlan(code)),
        failed,
      );
    else if (example) {
      // The example opens like a shared plan: a new plan of its own, saved at once only when nothing was saved here.
      loadExamples().then(({ examplePlan }) => {
        const plan = withIdentity(examplePlan(locale, example), {
          id: newId(),
          now: new Date(),
          fresh: true,
        });
        start(loaded, query, { ok: true, plan });
        setStatus(t("exampleLoaded", { name: plan.name }));
        // Its figures are in the budget element: opened, so the link shows what the chapter states.
        setOpenElements((previous) => new Set(previous).add("budget"));
      }, failed);
    } else start(loaded, query, null);
  }, [engine]);

  // The browser's print shortcut waits for the plan document if it has not loaded yet.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        event.key.toLowerCase() === "p" &&
        !documentsReady.current
      ) {
        event.preventDefault();
        void printPlan();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (!present) return;
    setDocumentsFailed(false);
    loadDocuments().catch(() => setDocumentsFailed(true));
  }, [present]);

  /**
   * The typed texts worth keeping (those the plan could not take). Only the editors add texts that
   * parse, and they bring `draftsOf`; before they load, every text came from a saved draft.
   */
  const drafts = useMemo(
    () => (kit ? kit.draftsOf(texts) : texts),
    [kit, texts],
  );

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

  const warnings = useMemo(
    () => (kit ? kit.planWarnings(plan) : []),
    [kit, plan],
  );
  const completeness = useMemo(() => planCompleteness(plan), [plan]);
  const search = useMemo(() => `?${PLAN_PARAM}=${encodePlan(plan)}`, [plan]);
  const draftsPending = Object.keys(drafts).length > 0;

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

  const view: CoreView = { locale, dictionary, plan, t };
  const editor: Editor | null =
    kit &&
    kit.createEditor({
      locale,
      plan,
      texts,
      text: kit.text,
      warnings,
      edit,
      setTexts,
    });

  const toggleElement = (element: ElementKey) =>
    setOpenElements((previous) => {
      const next = new Set(previous);
      if (!next.delete(element)) next.add(element);
      return next;
    });
  const openElement = (element: ElementKey) =>
    setOpenElements((previous) =>
      previous.has(element) ? previous : new Set(previous).add(element),
    );
  const allOpen = openElements.size === elementKeys.length;

  const label = (entry: Plan, index: number) =>
    planTitle(entry, t("untitled", { n: String(index + 1) }));

  const open = (entry: StoredPlan, message = "") => {
    changed();
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
    open(
      { plan: blankPlan({ id: newId(), now: new Date() }), drafts: {} },
      t("created"),
    );
  };

  const duplicatePlan = () => {
    const name = t("copyName", {
      name: label(
        plan,
        library.findIndex((entry) => entry.plan.id === plan.id),
      ),
    });
    const copy = withIdentity(plan, {
      id: newId(),
      now: new Date(),
      name,
      fresh: true,
    });
    leaveShared();
    open({ plan: copy, drafts }, t("duplicated", { name }));
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
    open(next, t("deleted", { name }));
  };

  const loadExample = async (key: ExampleKey) => {
    // A blank plan is simply filled with the example; anything written stays, and the example is added beside it.
    const replace = isBlankPlan(plan) && !shared;
    const id = replace ? plan.id : newId();
    setStatus(t("loadingExample"));
    // The examples' texts are fetched on the first click only: most people never load one.
    let examplePlan: (typeof import("../../../lib/promotion/example"))["examplePlan"];
    try {
      ({ examplePlan } = await loadExamples());
    } catch {
      setStatus(t("partNotLoaded"));
      return;
    }
    const example = withIdentity(examplePlan(locale, key), {
      id,
      now: new Date(),
      fresh: true,
    });
    leaveShared();
    open(
      { plan: example, drafts: {} },
      t("exampleLoaded", { name: example.name }),
    );
  };

  const importFile = async (file: File) => {
    setImportFailure(null);
    setStatus(t("readingFile", { file: file.name }));
    // The file reader and its error texts are fetched when a file is chosen, not before.
    let reader: typeof import("./importPlan");
    let text: FullPromotionText;
    try {
      [reader, { text }] = await Promise.all([
        import("./importPlan"),
        loadKit(),
      ]);
    } catch {
      setStatus(t("partNotLoaded"));
      return;
    }
    const result: ImportResult = await reader.readPlanFile(file);
    if (!result.ok) {
      setImportFailure({
        file: file.name,
        problems: reader.importProblems(result.errors, locale, text),
      });
      setStatus("");
      return;
    }
    const replace = isBlankPlan(plan) && !shared;
    const taken = library.some(
      (entry) =>
        entry.plan.id === result.plan.id &&
        !(replace && entry.plan.id === plan.id),
    );
    const id = result.plan.id === "" || taken ? newId() : result.plan.id;
    const imported = withIdentity(result.plan, {
      id,
      now: new Date(),
      fresh: false,
    });
    if (replace && plan.id !== id) {
      store?.remove(plan.id);
      setLibrary((previous) =>
        previous.filter((entry) => entry.plan.id !== plan.id),
      );
    }
    leaveShared();
    open(
      { plan: imported, drafts: {} },
      t("imported", { name: label(imported, library.length) }),
    );
  };

  const saveShared = () => {
    const saved = withIdentity(plan, {
      id: newId(),
      now: new Date(),
      fresh: false,
    });
    leaveShared();
    open(
      { plan: saved, drafts },
      t(shared === "example" ? "exampleSaved" : "sharedSaved", {
        name: label(saved, library.length),
      }),
    );
  };

  const openSaved = () => {
    leaveShared();
    const entry =
      library.find((stored) => stored.plan.id === savedCurrentId.current) ??
      library[0];
    open(
      entry ?? {
        plan: blankPlan({ id: newId(), now: new Date() }),
        drafts: {},
      },
    );
  };

  const choices = library.map((entry, index) => ({
    id: entry.plan.id,
    label: label(entry.plan.id === plan.id ? plan : entry.plan, index),
  }));

  return (
    <ToolFrame
      tool="promotion"
      locale={locale}
      title={t("title")}
      search={search}
      toolPath={toolPath}
      opening={opening}
      savePaused={false}
      onRestoreSaved={openSaved}
      onKeepShared={saveShared}
      onReset={() => void loadExample("purifier")}
      present={present}
      onPresentChange={setPresent}
      engine={{ prepare, waiting: false, failed: false }}
    >
      {present ? (
        documents && editor ? (
          <documents.PlanSummary editor={editor} />
        ) : documentsFailed ? (
          <div class="tool-notice tool-notice--warning" role="alert">
            <p>{t("partNotLoaded")}</p>
            <button
              type="button"
              onClick={() => {
                setDocumentsFailed(false);
                loadDocuments().catch(() => setDocumentsFailed(true));
              }}
            >
              {t("retry")}
            </button>
          </div>
        ) : (
          <p role="status">{t("loadingPart")}</p>
        )
      ) : (
        <>
          <div
            class="promotion-screen"
            onPointerDown={preloadDocuments}
            onKeyDown={preloadDocuments}
            onFocusIn={preloadDocuments}
          >
            <div class="promotion-notices" aria-live="polite">
              {engineStatus === "failed" ? (
                <div
                  class="tool-notice tool-notice--warning"
                  data-notice="engine-failed"
                >
                  <p>{t("storeFailed")}</p>
                  <button type="button" onClick={prepare}>
                    {t("retry")}
                  </button>
                </div>
              ) : (
                edited &&
                !store && (
                  <p class="tool-notice" data-notice="store-loading">
                    {t("storeLoading")}
                  </p>
                )
              )}
              {shared && (
                <div class="tool-notice" data-notice="shared-plan">
                  <p>
                    {shared === "example"
                      ? t("exampleOpened", { name: plan.name })
                      : t("sharedPlan")}
                  </p>
                  <div class="tool-buttons">
                    <button type="button" onClick={saveShared}>
                      {t("saveShared")}
                    </button>
                    <button type="button" onClick={openSaved}>
                      {t("openSaved")}
                    </button>
                  </div>
                </div>
              )}
              {linkBroken && (
                <div
                  class="tool-notice tool-notice--warning"
                  data-notice="link-broken"
                >
                  <p>{t("linkBroken")}</p>
                  <ul>
                    {linkProblems.slice(0, 12).map((problem, index) => (
                      <li key={index}>{problem.text}</li>
                    ))}
                  </ul>
                </div>
              )}
              {setAside.map((entry, index) => (
                <div
                  class="tool-notice tool-notice--warning"
                  data-notice="plan-set-aside"
                  key={entry.key}
                >
                  <p>{t("setAside", { key: entry.key })}</p>
                  <div class="tool-buttons">
                    <button
                      type="button"
                      onClick={() =>
                        download(
                          `promotion-plan-unreadable-${index + 1}.json`,
                          entry.raw,
                        )
                      }
                    >
                      {t("downloadRaw")}
                    </button>
                    {confirmingAside === entry.key ? (
                      <>
                        <span>{t("confirmRemoveSetAside")}</span>
                        <button
                          type="button"
                          onClick={() => {
                            store?.removeSetAside(entry.key);
                            setSetAside((previous) =>
                              previous.filter(
                                (other) => other.key !== entry.key,
                              ),
                            );
                            setConfirmingAside(null);
                          }}
                        >
                          {t("confirmDeleteButton")}
                        </button>
                        <button
                          type="button"
                          onClick={() => setConfirmingAside(null)}
                        >
                          {t("cancel")}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        onClick={() => setConfirmingAside(entry.key)}
                      >
                        {t("removeSetAside")}
                      </button>
                    )}
                  </div>
                </div>
              ))}
              {saveFailed && (
                <p
                  class="tool-notice tool-notice--warning"
                  data-notice="save-failed"
                >
                  {t("saveFailed")}
                </p>
              )}
            </div>

            <PlanList
              view={view}
              choices={choices}
              currentId={plan.id}
              shared={shared !== false}
              onSwitch={(id) => {
                const entry = library.find((stored) => stored.plan.id === id);
                if (entry) open(entry);
              }}
              onNew={createPlan}
              onDuplicate={duplicatePlan}
              onDelete={deletePlan}
              onLoadExample={(key) => void loadExample(key)}
              onRename={(name) => edit((previous) => ({ ...previous, name }))}
            />
            <p class="tool-bar-status promotion-status-line" role="status">
              {status}
            </p>
            {!shared && !opening?.storageUnavailable && (
              <p class="field-hint">{t("autosaved")}</p>
            )}

            <Progress
              view={view}
              completeness={completeness}
              onOpen={openElement}
            />

            <form
              class="promotion-form"
              key={formKey}
              onSubmit={(event) => event.preventDefault()}
              noValidate
              aria-labelledby="promotion-form-heading"
            >
              <div class="promotion-form-head">
                <h2 id="promotion-form-heading">{t("formHeading")}</h2>
                <button
                  type="button"
                  onClick={() =>
                    setOpenElements(new Set(allOpen ? [] : elementKeys))
                  }
                >
                  {allOpen ? t("closeAll") : t("openAll")}
                </button>
              </div>
              {completeness.elements.map(({ element, status }) => (
                <ElementPanel
                  key={element}
                  view={view}
                  element={element}
                  status={status}
                  open={openElements.has(element)}
                  onToggle={() => toggleElement(element)}
                  editor={editor}
                  loadShared={loadKit}
                />
              ))}
            </form>

            <Transfer
              view={view}
              onPrint={() => void printPlan()}
              onExport={() =>
                download(planFileName(label(plan, 0)), exportPlanJson(plan))
              }
              onImport={(file) => void importFile(file)}
              failure={importFailure}
              draftsPending={draftsPending}
            />
          </div>
          {documents && editor ? (
            <documents.PlanDocument editor={editor} />
          ) : (
            <p class="print-only promotion-print-pending">
              {t("printPending", { print: t("print") })}
            </p>
          )}
        </>
      )}
    </ToolFrame>
  );
}
