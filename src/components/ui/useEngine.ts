import { useCallback, useRef, useState } from 'preact/hooks';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Code a tool needs to read and compute, fetched when it is needed rather than with the page: at
 * once when the page opens on a link or a saved copy, otherwise when a person reaches for the tool
 * (focus or pointer) or first edits it. `prepare` starts the download (again after a failure) and
 * is safe to call any number of times.
 */
export function useEngine<Engine>(load: () => Promise<Engine>) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [status, setStatus] = useState<EngineStatus>('idle');
  const pending = useRef<Promise<Engine | null> | null>(null);

  /** Starts the download unless it is under way or done; resolves to the engine, or null if it failed. */
  const prepare = useCallback((): Promise<Engine | null> => {
    if (pending.current) return pending.current;
    setStatus('loading');
    pending.current = load().then(
      (loaded) => {
        setEngine(() => loaded);
        setStatus('ready');
        return loaded;
      },
      () => {
        pending.current = null; // the next call tries again
        setStatus('failed');
        return null;
      },
    );
    return pending.current;
  }, []);

  return { engine, status, prepare };
}
