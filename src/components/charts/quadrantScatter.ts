import { Chart, Legend, LinearScale, PointElement, ScatterController, Tooltip, type Plugin } from 'chart.js';
import type { ChartModule } from '../ui/LazyChart';
import { fixedFrame } from './fixedFrame';

// Dots on two value axes, with a legend of the four quadrants: nothing more of Chart.js.
Chart.register(ScatterController, PointElement, LinearScale, Legend, Tooltip);

export interface ScatterGroup {
  label: string;
  colour: string;
  points: { name: string; willingness: number; potential: number }[];
}

export interface QuadrantScatterData {
  /** One group per quadrant, drawn in its colour. */
  groups: ScatterGroup[];
  thresholds: { potential: number; willingness: number };
  willingnessLabel: string;
  potentialLabel: string;
  formatMoney: (value: number) => string;
}

// Willingness is a whole score 1–5, so dots of one score would sit on one vertical line; a fixed
// spread (the same on every draw) lets them be seen without changing which side of a line they fall.
function spread(index: number): number {
  return (((index * 0.618_034) % 1) - 0.5) * 0.36;
}

function datasets(data: QuadrantScatterData) {
  return data.groups.map((group) => ({
    label: group.label,
    data: group.points.map((point, index) => ({ x: point.willingness + spread(index), y: point.potential, name: point.name })),
    backgroundColor: group.colour,
    borderColor: group.colour,
    pointRadius: 3,
  }));
}

/** Dashed lines at the two thresholds, splitting the chart into the four quadrants. */
function thresholdLines(read: () => QuadrantScatterData): Plugin<'scatter'> {
  return {
    id: 'quadrantThresholds',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const { thresholds } = read();
      const x = scales['x']?.getPixelForValue(Math.ceil(thresholds.willingness) - 0.5);
      const y = scales['y']?.getPixelForValue(thresholds.potential);
      ctx.save();
      ctx.setLineDash([6, 4]);
      ctx.strokeStyle = '#555';
      ctx.lineWidth = 1;
      ctx.beginPath();
      if (x !== undefined && x >= chartArea.left && x <= chartArea.right) {
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
      }
      if (y !== undefined && y >= chartArea.top && y <= chartArea.bottom) {
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
      }
      ctx.stroke();
      ctx.restore();
    },
  };
}

/** The potential × willingness matrix as a scatter chart, coloured by quadrant. */
export const quadrantScatter: ChartModule<QuadrantScatterData> = {
  draw(canvas, data) {
    let current = data;
    const chart = new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets(data) },
      plugins: [thresholdLines(() => current)],
      options: {
        ...fixedFrame,
        plugins: {
          legend: { display: true, position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) => {
                const raw = item.raw as { y: number; name: string };
                return `${raw.name}: ${current.formatMoney(raw.y)}`;
              },
            },
          },
        },
        scales: {
          x: {
            min: 0.5,
            max: 5.5,
            title: { display: true, text: data.willingnessLabel },
            // Ticks on the whole scores only; the axis runs half a step beyond them for the spread dots.
            afterBuildTicks: (axis) => {
              axis.ticks = [1, 2, 3, 4, 5].map((value) => ({ value }));
            },
          },
          y: {
            beginAtZero: true,
            title: { display: true, text: data.potentialLabel },
            ticks: { callback: (value) => current.formatMoney(Number(value)) },
          },
        },
      },
    });
    return {
      update(next) {
        current = next;
        chart.data.datasets = datasets(next);
        chart.update();
      },
      destroy: () => chart.destroy(),
    };
  },
};

export default quadrantScatter;
