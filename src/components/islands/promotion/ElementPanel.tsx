import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ElementStatus } from '../../../lib/promotion/completeness';
import { elementKeys, type ElementKey } from '../../../lib/promotion/planShape';
import { elementAnchor, type CoreView, type Editor } from './editor';

type ElementEditor = ComponentType<{ editor: Editor }>;

/** The modules of the elements' editors; elements 1–7 are small and come together. */
const basics = () => import('./PlanBasics');
const editorModules: Record<ElementKey, () => Promise<Record<string, unknown>>> = {
  goal: basics,
  audience: basics,
  products: basics,
  period: basics,
  area: basics,
  offer: basics,
  theme: basics,
  budget: () => import('./BudgetSection'),
  script: () => import('./ScriptSection'),
  communication: () => import('./CommunicationSection'),
  timetable: () => import('./TimetableSection'),
  evaluation: () => import('./EvaluationSection'),
};

/** Each element's editor, fetched the first time a person opens it: exported as `<Element>Editor`. */
const loadEditor = (element: ElementKey) =>
  editorModules[element]().then((module) => {
    const editor = module[`${element[0]!.toUpperCase()}${element.slice(1)}Editor`];
    if (typeof editor !== 'function') throw new Error(`No editor for ${element}`);
    return editor as ElementEditor;
  });

/** Editors already fetched, so a form that starts afresh (another plan opened) shows them at once. */
const fetched = new Map<ElementKey, ElementEditor>();

interface Props {
  view: CoreView;
  element: ElementKey;
  status: ElementStatus;
  open: boolean;
  onToggle: () => void;
  /** The editors' view of the plan, once their strings and cross-checks have loaded. */
  editor: Editor | null;
  /** Fetches the editors' strings and cross-checks (once for all elements). */
  loadShared: () => Promise<unknown>;
}

/**
 * One of the twelve elements as a section that opens on demand: its number, name and status are
 * there at first paint (the progress list links here); its editor and the editors' strings are
 * fetched when it is first opened, and it stays mounted when closed again, so nothing typed is lost.
 */
export function ElementPanel({ view, element, status, open, onToggle, editor, loadShared }: Props) {
  const { t, dictionary } = view;
  const anchor = elementAnchor(element);
  const [Loaded, setLoaded] = useState<ElementEditor | undefined>(() => fetched.get(element));
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [visited, setVisited] = useState(open);

  useEffect(() => {
    if (!open) return;
    setVisited(true);
    if (Loaded && editor) return;
    let current = true;
    setFailed(false);
    Promise.all([loadEditor(element), loadShared()]).then(
      ([component]) => {
        fetched.set(element, component);
        if (current) setLoaded(() => component);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [open, attempt]);

  return (
    <section id={anchor} class="promotion-element" data-status={status}>
      <h3 class="promotion-element-heading">
        <button
          type="button"
          class="promotion-element-toggle"
          aria-expanded={open}
          aria-controls={`${anchor}-panel`}
          onClick={onToggle}
        >
          <span id={`${anchor}-name`}>{`${elementKeys.indexOf(element) + 1}. ${dictionary.elementNames[element]}`}</span>
          <span class={`promotion-status promotion-status--${status}`}>{dictionary.elementStatusNames[status]}</span>
        </button>
      </h3>
      <div id={`${anchor}-panel`} class="promotion-element-panel" hidden={!open}>
        {(open || visited) &&
          (Loaded && editor ? (
            <Loaded editor={editor} />
          ) : failed ? (
            <div class="tool-notice tool-notice--warning" role="alert">
              <p>{t('partNotLoaded')}</p>
              <button type="button" onClick={() => setAttempt((count) => count + 1)}>
                {t('retry')}
              </button>
            </div>
          ) : (
            <p class="field-hint" role="status">
              {t('loadingPart')}
            </p>
          ))}
      </div>
    </section>
  );
}
