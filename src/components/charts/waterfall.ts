import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartModule } from '../ui/LazyChart';
import { fixedFrame } from './fixedFrame';

// Only what a bar chart needs, so the rest of Chart.js is left out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface WaterfallData {
  labels: string[];
  /** Each bar as [from, to]: totals start at 0, steps float between running totals. */
  bars: [number, number][];
  /** Formats an amount for the axis and tooltips in the page's language. */
  format: (value: number) => string;
}

const colours = { total: '#5b6b7a', up: '#2e7d4f', down: '#b4232a' };

function barColours(bars: [number, number][]): string[] {
  return bars.map(([from, to], index) =>
    index === 0 || index === bars.length - 1 ? colours.total : to >= from ? colours.up : colours.down,
  );
}

/** A waterfall: current sales, each lever's contribution, planned sales. */
export const waterfall: ChartModule<WaterfallData> = {
  draw(canvas, data) {
    let format = data.format;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{ data: data.bars, backgroundColor: barColours(data.bars), borderSkipped: false }],
      },
      options: {
        ...fixedFrame,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const [from, to] = item.raw as [number, number];
                return format(to - from);
              },
            },
          },
        },
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => format(Number(value)) } } },
      },
    });
    return {
      update(next) {
        format = next.format;
        chart.data.labels = next.labels;
        const dataset = chart.data.datasets[0];
        if (dataset) {
          dataset.data = next.bars;
          dataset.backgroundColor = barColours(next.bars);
        }
        chart.update();
      },
      destroy: () => chart.destroy(),
    };
  },
};

export default waterfall;
