import { useMemo } from 'preact/hooks';
import { leverKeys, type GrowthScenario } from '../../../lib/growth/model';
import { formatMoney } from '../../../lib/numbers';
import { LazyChart } from '../../ui/LazyChart';
import type { WaterfallData } from '../../charts/waterfall';
import type { View } from './view';

// Chart.js and the waterfall download once the chart is on screen.
const loadWaterfall = () => import('../../charts/waterfall').then((module) => module.waterfall);

/** From current sales to planned sales, one step per lever: a waterfall chart and the same numbers as a table. */
export function Chart({ view, scenario }: { view: View; scenario: GrowthScenario }) {
  const { locale, s, text, money } = view;
  const words = text.bases[scenario.basis];
  const data: WaterfallData = useMemo(() => {
    const sales = scenario.sales ?? 0;
    let running = sales;
    const steps = scenario.levers.map((lever): [number, number] => {
      const from = running;
      running += lever.contribution ?? 0;
      return [from, running];
    });
    return {
      labels: [s('sales'), ...leverKeys.map((key) => words.leverNames[key]), s('planned')],
      bars: [[0, sales], ...steps, [0, scenario.planned ?? 0]],
      format: (value: number) => formatMoney(value, locale, { compact: true }),
    };
  }, [scenario, words]);

  return (
    <figure class="tool-chart">
      <figcaption>{s('chartHeading')}</figcaption>
      <LazyChart
        load={loadWaterfall}
        data={data}
        label={s('chartLabel')}
        locale={locale}
      />
      <table class="chart-table">
        <caption>{s('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{s('step')}</th>
            <th scope="col">{s('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {data.labels.map((label, index) => {
            const [from, to] = data.bars[index] ?? [0, 0];
            return (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{money(index === 0 || index === data.labels.length - 1 ? to : to - from)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
