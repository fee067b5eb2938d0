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
  // undefined while loading, null when the download failed.
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null | undefined>(undefined);
  const start = () => {
    setPanel(undefined);
    // A component is a function, so it is wrapped: useState would call a bare one as an updater.
    load().then(
      (component) => setPanel(() => component),
      () => setPanel(null),
    );
  };
  useEffect(start, []);

  if (Panel) return <Panel {...props} />;
  return (
    <p class="lazy-panel-status" data-panel-status={Panel === null ? 'failed' : 'loading'} role={Panel === null ? 'alert' : 'status'}>
      {Panel === null ? failedText : loadingText}
      {Panel === null && (
        <button type="button" onClick={start}>
          {retryText}
        </button>
      )}
    </p>
  );
}
