import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

interface Props<Module> {
  /** The heading's id, which the section around the panel is labelled by. */
  headingId: string;
  headingLevel: 'h2' | 'h3';
  title: string;
  /** Fetches the panel's code; called on the first open, and again by the retry button after a failure. */
  load: () => Promise<Module>;
  loadingText: string;
  failedText: string;
  retryText: string;
  children: (module: Module) => ComponentChildren;
}

/**
 * A result section that opens on demand: closed at first, and its code fetched on the first open,
 * so the page does not download it before someone asks. While the code comes it says so; when the
 * fetch fails it says that too, with a button to try again. Once loaded the section stays
 * rendered (the closed <details> hides it), so closing and opening again keeps what was typed.
 */
export function OnDemandSection<Module>(props: Props<Module>) {
  const Heading = props.headingLevel;
  const [open, setOpen] = useState(false);
  const [module, setModule] = useState<Module | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);

  const fetchModule = () => {
    if (loading.current) return;
    loading.current = true;
    setFailed(false);
    props.load().then(
      (loaded) => {
        loading.current = false;
        setModule(() => loaded);
      },
      () => {
        loading.current = false;
        setFailed(true);
      },
    );
  };

  const waiting = failed ? (
    <p class="field-error" role="alert" data-notice="panel-failed">
      {props.failedText}{' '}
      <button type="button" onClick={fetchModule}>
        {props.retryText}
      </button>
    </p>
  ) : (
    <p class="field-hint" role="status">
      {props.loadingText}
    </p>
  );

  return (
    <details
      class="tool-more opportunity-panel"
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen(isOpen);
        if (isOpen && module === null) fetchModule();
      }}
    >
      <summary>
        <Heading id={props.headingId}>{props.title}</Heading>
      </summary>
      {module !== null ? props.children(module) : open && waiting}
    </details>
  );
}
