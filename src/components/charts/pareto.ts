import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartModule } from '../ui/LazyChart';
import { fixedFrame } from './fixedFrame';

// Bars, a line over them, two value axes and a legend naming the two: nothing more of Chart.js.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ParetoData {
  labels: string[];
  /** Sales per bar, largest first (the last bar may fold the tail together). */
  sales: number[];
  /** Cumulative share of sales up to and including each bar, percent. */
  cumulative: number[];
  /** Fill of each bar (its ABC class). */
  colours: string[];
  salesLabel: string;
  cumulativeLabel: string;
  formatMoney: (value: number) => string;
  formatPercent: (value: number) => string;
}

const lineColour = '#b4232a';

function datasets(data: ParetoData) {
  return [
    {
      type: 'line' as const,
      label: data.cumulativeLabel,
      data: data.cumulative,
      yAxisID: 'share',
      borderColor: lineColour,
      backgroundColor: lineColour,
      pointRadius: data.cumulative.length > 40 ? 0 : 2,
      borderWidth: 2,
      order: 0,
    },
    {
      type: 'bar' as const,
      label: data.salesLabel,
      data: data.sales,
      yAxisID: 'sales',
      backgroundColor: data.colours,
      order: 1,
    },
  ];
}

/** A Pareto chart: each customer's sales as a bar, largest first, with the cumulative share as a line. */
export const pareto: ChartModule<ParetoData> = {
  draw(canvas, data) {
    let current = data;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: datasets(data) },
      options: {
        ...fixedFrame,
        plugins: {
          legend: { display: true, position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) =>
                `${item.dataset.label ?? ''}: ${
                  item.dataset.yAxisID === 'share' ? current.formatPercent(Number(item.raw)) : current.formatMoney(Number(item.raw))
                }`,
            },
          },
        },
        scales: {
          x: { ticks: { autoSkip: true, maxRotation: 60 } },
          sales: { position: 'left', beginAtZero: true, ticks: { callback: (value) => current.formatMoney(Number(value)) } },
          share: {
            position: 'right',
            min: 0,
            max: 100,
            grid: { drawOnChartArea: false },
            ticks: { callback: (value) => current.formatPercent(Number(value)) },
          },
        },
      },
    });
    return {
      update(next) {
        current = next;
        chart.data.labels = next.labels;
        chart.data.datasets = datasets(next);
        chart.update();
      },
      destroy: () => chart.destroy(),
    };
  },
};

export default pareto;
