import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartModule } from '../ui/LazyChart';
import { fixedFrame } from './fixedFrame';

// A horizontal bar chart with floating bars is all a timeline needs; nothing else of Chart.js is bundled.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface TimelineData {
  /** One label per bar, top to bottom. */
  labels: string[];
  /** Each bar as [first day, day after the last day], in whole days (day numbers). */
  bars: [number, number][];
  /** A day number as a short date for the axis. */
  formatDay: (day: number) => string;
  /** A bar's dates for its tooltip. */
  formatSpan: (from: number, to: number) => string;
}

const colours = ['#5b6b7a', '#b06d1a', '#2e7d4f', '#3d5a98'];

function barColours(count: number): string[] {
  return Array.from({ length: count }, (_, index) => colours[index % colours.length] ?? '#5b6b7a');
}

/** The calendar span of the bars, so the axis shows the promotion's weeks rather than starting at day 0. */
function span(bars: [number, number][]): { min: number; max: number } {
  const starts = bars.map(([from]) => from);
  const ends = bars.map(([, to]) => to);
  return { min: Math.min(...starts), max: Math.max(...ends) };
}

/** The phases of a promotion as bars along the calendar. */
export const timeline: ChartModule<TimelineData> = {
  draw(canvas, data) {
    let current = data;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{ data: data.bars, backgroundColor: barColours(data.bars.length), borderSkipped: false }],
      },
      options: {
        indexAxis: 'y',
        ...fixedFrame,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const [from, to] = item.raw as [number, number];
                return current.formatSpan(from, to);
              },
            },
          },
        },
        scales: {
          // Whole days only: a tick between two days would repeat a date.
          x: { ...span(data.bars), ticks: { precision: 0, callback: (value) => current.formatDay(Number(value)) } },
        },
      },
    });
    return {
      update(next) {
        current = next;
        chart.data.labels = next.labels;
        const axis = chart.options.scales?.['x'];
        if (axis) Object.assign(axis, span(next.bars));
        const dataset = chart.data.datasets[0];
        if (dataset) {
          dataset.data = next.bars;
          dataset.backgroundColor = barColours(next.bars.length);
        }
        chart.update();
      },
      destroy: () => chart.destroy(),
    };
  },
};

export default timeline;
