import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props<PanelProps> {
  /** Imports the panel's component; called when the panel is first shown (someone opened it). */
  load: () => Promise<ComponentType<PanelProps>>;
  props: PanelProps;
  loadingText: string;
  failedText: string;
  retryText: string;
}

/**
 * A panel whose code downloads only once someone opens it, so the page's first download holds
 * only what shows at first paint. Until the code arrives it says so; if the download fails it
 * says that too, with a button to try again.
 */
export function LazyPanel<PanelProps extends object>({ load, props, loadingText, failedText, retryText }: Props<PanelProps>) {
  const [panel, setPanel] = useState<{ Component: ComponentType<PanelProps> } | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    load().then(
      (Component) => !cancelled && setPanel({ Component }),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  if (panel) return <panel.Component {...props} />;
  return (
    <p class="lazy-panel-status" data-panel-status={failed ? 'failed' : 'loading'} role={failed ? 'alert' : 'status'}>
      {failed ? failedText : loadingText}
      {failed && (
        <button type="button" onClick={() => setAttempt((count) => count + 1)}>
          {retryText}
        </button>
      )}
    </p>
  );
}
