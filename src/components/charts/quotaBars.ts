import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartModule } from '../ui/LazyChart';
import { fixedFrame } from './fixedFrame';

// Only what a stacked bar chart with a legend needs, so the rest of Chart.js is left out.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface QuotaBarsData {
  /** One bar per unit, in the table's order. */
  units: string[];
  /** The 12 month names, January first: one segment of each bar per month. */
  months: readonly string[];
  /** Per unit, its 12 monthly amounts (they add up to the unit's quota). */
  values: (readonly number[])[];
  /** Formats an amount for the axis and tooltips in the page's language. */
  format: (value: number) => string;
}

// A hue per quarter, lighter to darker through its three months, so quarters read as blocks.
const monthColours = [
  '#9ec5e8', '#5b9bd5', '#2e6da4',
  '#a9d6a0', '#5fae57', '#2f7d32',
  '#f3c98b', '#e59b3c', '#b86e12',
  '#d9a7c7', '#b2649a', '#7c3a6b',
];

function datasets(data: QuotaBarsData) {
  return data.months.map((label, month) => ({
    label,
    data: data.values.map((row) => row[month] ?? 0),
    backgroundColor: monthColours[month] ?? '#888',
    stack: 'year',
  }));
}

/** Horizontal bars, one per unit, each split into its 12 months. */
export const quotaBars: ChartModule<QuotaBarsData> = {
  draw(canvas, data) {
    let format = data.format;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: data.units, datasets: datasets(data) },
      options: {
        indexAxis: 'y',
        ...fixedFrame,
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${format(Number(item.raw))}`,
            },
          },
        },
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { callback: (value) => format(Number(value)) } },
          y: { stacked: true },
        },
      },
    });
    return {
      update(next) {
        format = next.format;
        chart.data.labels = next.units;
        chart.data.datasets = datasets(next);
        chart.update();
      },
      destroy: () => chart.destroy(),
    };
  },
};

export default quotaBars;
