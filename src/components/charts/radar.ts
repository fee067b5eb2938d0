import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import type { ChartModule } from '../ui/LazyChart';
import { fixedFrame } from './fixedFrame';

// Only what a radar chart needs, so the rest of Chart.js is left out of the bundle.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

export interface RadarSeries {
  label: string;
  /** One value per axis; null where there is none yet (the line skips it). */
  values: (number | null)[];
}

export interface RadarData {
  /** The axes' names, in order. */
  labels: string[];
  series: RadarSeries[];
  /** The scale's ends, e.g. 0 and 5 for 1–5 scores (0 keeps a score of 1 off the centre). */
  min: number;
  max: number;
}

// Five hues that stay apart for common colour-vision deficiencies and on light and dark pages.
const colours = ['#d9414a', '#2f6fb3', '#2e8b57', '#c77c02', '#7b4fb0'];
// A mid grey reads on both themes, where Chart.js's default near-black lines vanish in dark mode.
const grey = '#8a8f98';

function datasets(series: RadarSeries[]) {
  return series.map((item, index) => {
    const colour = colours[index % colours.length]!;
    return {
      label: item.label,
      data: item.values,
      borderColor: colour,
      backgroundColor: `${colour}22`,
      pointBackgroundColor: colour,
      borderWidth: 2,
      fill: true,
      spanGaps: true,
    };
  });
}

/** Channels' scores on each criterion, one outline per channel. */
export const radar: ChartModule<RadarData> = {
  draw(canvas, data) {
    // Labels in the page's own secondary text colour, which the theme keeps readable.
    const text = getComputedStyle(canvas).getPropertyValue('--sl-color-gray-2').trim() || grey;
    const chart = new Chart(canvas, {
      type: 'radar',
      data: { labels: data.labels, datasets: datasets(data.series) },
      options: {
        ...fixedFrame,
        plugins: { legend: { position: 'bottom', labels: { color: text } } },
        scales: {
          r: {
            min: data.min,
            max: data.max,
            ticks: { stepSize: 1, color: text, showLabelBackdrop: false },
            grid: { color: `${grey}66` },
            angleLines: { color: `${grey}66` },
            pointLabels: { color: text, font: { size: 13 } },
          },
        },
      },
    });
    return {
      update(next) {
        chart.data.labels = next.labels;
        chart.data.datasets = datasets(next.series);
        const scale = chart.options.scales?.['r'];
        if (scale) {
          scale.min = next.min;
          scale.max = next.max;
        }
        chart.update();
      },
      destroy: () => chart.destroy(),
    };
  },
};

export default radar;
