import { useEffect, useRef, useState } from 'preact/hooks';
import { toolStrings } from '../../i18n/tools';
import type { Locale } from '../../lib/locale';

/** What a chart module gives back: a drawn chart that can take new data and be removed. */
export interface DrawnChart<Data> {
  update(data: Data): void;
  destroy(): void;
}

export type ChartModule<Data> = { draw(canvas: HTMLCanvasElement, data: Data): DrawnChart<Data> };

interface Props<Data> {
  /** Imports the chart module; called once, when the chart first scrolls into view. */
  load: () => Promise<ChartModule<Data>>;
  data: Data;
  label: string;
  /** The page's language, for the line shown while the chart loads or if it cannot. */
  locale: Locale;
}

/**
 * A canvas chart that loads Chart.js only when it is on screen, after the tool's first render,
 * so the numbers appear at once and the chart follows. The caller renders the same numbers as a
 * table beside it, which is what screen readers and paper get.
 */
export function LazyChart<Data>({ load, data, label, locale }: Props<Data>) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<DrawnChart<Data> | null>(null);
  const latest = useRef(data);
  const [status, setStatus] = useState<'waiting' | 'ready' | 'failed'>('waiting');
  latest.current = data;

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let cancelled = false;
    const start = () => {
      load()
        .then((module) => {
          if (cancelled || !canvas.current) return;
          chart.current = module.draw(canvas.current, latest.current);
          setStatus('ready');
        })
        .catch(() => !cancelled && setStatus('failed'));
    };
    if (!('IntersectionObserver' in window)) {
      start();
      return () => {
        cancelled = true;
      };
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        start();
      }
    });
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [load]);

  useEffect(() => {
    chart.current?.update(data);
  }, [data]);

  return (
    <div class="lazy-chart" ref={frame} data-chart-status={status}>
      <canvas ref={canvas} role="img" aria-label={label} />
      {status === 'waiting' && <p class="chart-status">{toolStrings.chartLoading[locale]}</p>}
      {status === 'failed' && <p class="chart-status">{toolStrings.chartFailed[locale]}</p>}
    </div>
  );
}
