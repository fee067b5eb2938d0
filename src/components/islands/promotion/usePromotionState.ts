import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../lib/locale';
import type { CoreStringKey, FullPromotionText, PromotionFormText, PromotionText } from '../../../i18n/promotion/index';
import { fill } from '../../../i18n/tools';
import { planCompleteness } from '../../../lib/promotion/completeness';
import { encodePlan, exportPlanJson } from '../../../lib/promotion/envelope';
import { planFileName, PLAN_PARAM } from '../../../lib/promotion/plans';
import { elementKeys, type ElementKey } from '../../../lib/promotion/planShape';
import type { CoreView, Editor } from './editor';
import type { ImportFailure } from './Transfer';
import { useEngine } from '../../ui/useEngine';
import { usePlanLibrary } from './usePlanLibrary';

/** What the editors, the printed plan and present mode need besides the first paint's code. */
type EditorKit = typeof import('./editorKit') & { text: FullPromotionText };

/** Fetches the editors' strings in `locale` (on first opening an element, printing or presenting). */
const loadFormText = (locale: Locale): Promise<PromotionFormText> =>
  locale === 'en'
    ? import('../../../i18n/promotion/form.en').then((module) => module.englishFormText)
    : import('../../../i18n/promotion/form.zh-CN').then((module) => module.chineseFormText);

/** Hands text to the browser as a downloaded file; nothing leaves the machine. */
export function download(name: string, text: string) {
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

/**
 * The builder's state: the plan library (usePlanLibrary) and, around the plan on screen, what the
 * form shows (which elements are open, the status line, an import's failure), the editors' kit
 * and the plan document (each fetched on first use), printing and present mode.
 */
export function usePromotionState(locale: Locale, dictionary: PromotionText) {
  const t = (key: CoreStringKey, values: Record<string, string> = {}) => fill(dictionary.promotionStrings[key], values);

  const [status, setStatus] = useState('');
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(null);
  /** Changes whenever another plan is opened, so the form starts afresh for it. */
  const [formKey, setFormKey] = useState(0);
  /** The elements opened so far; all are closed at first paint, so their editors load on demand. */
  const [openElements, setOpenElements] = useState<ReadonlySet<ElementKey>>(() => new Set());
  const editors = useEngine(async (): Promise<EditorKit> => {
    const [form, module] = await Promise.all([loadFormText(locale), import('./editorKit')]);
    return { ...module, text: { ...dictionary, ...form } };
  });
  const kit = editors.engine;
  /** The printed plan and present mode's summary, fetched on first use (see `preloadDocuments`). */
  const printed = useEngine(() => Promise.all([import('./PlanDocument'), loadKit()]).then(([module]) => module));
  const documents = printed.engine;
  const [documentsFailed, setDocumentsFailed] = useState(false);
  /** The editors' kit, or a rejection the caller reports when it could not download. */
  const loadKit = () => editors.prepare().then((loaded) => loaded ?? Promise.reject(new Error('the editors did not load')));
  const loadDocuments = () => printed.prepare().then((loaded) => loaded ?? Promise.reject(new Error('the plan document did not load')));
  /** The plan document is fetched at a person's first touch of the tool, so printing from the browser's menu later finds it. */
  const preloadDocuments = () => void loadDocuments().catch(() => undefined);
  const documentsReady = useRef(false);
  documentsReady.current = documents !== null && kit !== null;

  /** Prints once the plan document is there; until then the browser would print the pending note. */
  const printPlan = async () => {
    try {
      await loadDocuments();
    } catch {
      setStatus(t('partNotLoaded'));
      return;
    }
    // A frame for the document to render before the browser lays the page out for paper.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    window.print();
  };

  const openElement = (element: ElementKey) =>
    setOpenElements((previous) => (previous.has(element) ? previous : new Set(previous).add(element)));
  const toggleElement = (element: ElementKey) =>
    setOpenElements((previous) => {
      const next = new Set(previous);
      if (!next.delete(element)) next.add(element);
      return next;
    });
  const allOpen = openElements.size === elementKeys.length;
  const toggleAll = () => setOpenElements(new Set(allOpen ? [] : elementKeys));

  const library = usePlanLibrary({
    locale,
    t,
    draftsOf: kit ? kit.draftsOf : null,
    loadText: loadKit,
    onOpened: (message) => {
      setFormKey((key) => key + 1);
      setImportFailure(null);
      setStatus(message);
    },
    setStatus,
    setImportFailure,
    openElement,
  });
  const { plan, texts, setTexts, drafts, edit, present } = library;

  // The browser's print shortcut waits for the plan document if it has not loaded yet.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p' && !documentsReady.current) {
        event.preventDefault();
        void printPlan();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const retryDocuments = () => {
    setDocumentsFailed(false);
    loadDocuments().catch(() => setDocumentsFailed(true));
  };
  useEffect(() => {
    if (present) retryDocuments();
  }, [present]);

  const warnings = useMemo(() => (kit ? kit.planWarnings(plan) : []), [kit, plan]);
  const completeness = useMemo(() => planCompleteness(plan), [plan]);
  const search = useMemo(() => `?${PLAN_PARAM}=${encodePlan(plan)}`, [plan]);

  const view: CoreView = { locale, dictionary, plan, t };
  const editor: Editor | null = kit && kit.createEditor({ locale, plan, texts, text: kit.text, warnings, edit, setTexts });

  return {
    t,
    view,
    editor,
    library,
    completeness,
    search,
    status,
    importFailure,
    formKey,
    openElements,
    allOpen,
    toggleElement,
    openElement,
    toggleAll,
    loadKit,
    documents,
    documentsFailed,
    retryDocuments,
    preloadDocuments,
    printPlan: () => void printPlan(),
    exportPlan: () => download(planFileName(library.label(plan, 0)), exportPlanJson(plan)),
    /** Some typed numbers did not parse, so the export leaves them blank. */
    draftsPending: Object.keys(drafts).length > 0,
  };
}
