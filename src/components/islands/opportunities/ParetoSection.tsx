import { useMemo } from 'preact/hooks';
import type { Locale } from '../../../lib/locale';
import type { OpportunityText } from '../../../i18n/opportunities/text';
import { abcPanelStrings } from '../../../i18n/opportunities/panels';
import { fill } from '../../../i18n/tools';
import { abcClasses, type CompactPareto, type OpportunityTotals } from '../../../lib/opportunities/model';
import type { ParetoData } from '../../charts/pareto';
import { LazyChart } from '../../ui/LazyChart';
import { ResultValue } from '../../ui/ResultValue';
import { ResultLabel } from './ResultLabel';
import { classColours, type Formats } from './format';

const loadPareto = () => import('../../charts/pareto').then((module) => module.pareto);
const othersColour = '#a0aec0';

interface Props {
  locale: Locale;
  text: OpportunityText;
  formats: Formats;
  /** The bars, the long tail already folded into one (see PARETO_BARS). */
  pareto: CompactPareto;
  totals: OpportunityTotals;
  noSales: boolean;
}

/**
 * ABC classes: counts per class, and the Pareto chart with its table. A panel opened on demand
 * (the ranked list shows each row's class meanwhile), so its code and strings come on first open.
 */
export function ParetoSection({ locale, text, formats, pareto: compact, totals, noSales }: Props) {
  const s = (key: keyof typeof abcPanelStrings) => abcPanelStrings[key][locale];
  const bars = useMemo(() => {
    const shown = compact.points.map((point) => ({ ...point, label: point.name, colour: classColours[point.abcClass] }));
    if (compact.otherCount === 0) return shown;
    return [
      ...shown,
      {
        name: '',
        label: fill(s('paretoOthers'), { count: formats.count(compact.otherCount) }),
        sales: compact.otherSales,
        cumulativePercent: 100,
        abcClass: null,
        colour: othersColour,
      },
    ];
  }, [compact, locale]);
  const chartData: ParetoData = useMemo(
    () => ({
      labels: bars.map((bar) => bar.label),
      sales: bars.map((bar) => bar.sales),
      cumulative: bars.map((bar) => bar.cumulativePercent),
      colours: bars.map((bar) => bar.colour),
      salesLabel: text.strings.sales,
      cumulativeLabel: s('cumulative'),
      formatMoney: formats.compactMoney,
      formatPercent: formats.percent,
    }),
    [bars],
  );

  return (
    <>
      <p>{s('abcIntro')}</p>
      <dl class="headline opportunity-classes">
        {abcClasses.map((abcClass) => (
          <div key={abcClass} class={`opportunity-class-${abcClass}`}>
            <dt>{text.classNames[abcClass]}</dt>
            <dd>
              <ResultValue name={`count-${abcClass}`} value={totals.classCounts[abcClass]} format={(count) => fill(s('classCount'), { count: formats.count(count) })} />
            </dd>
          </div>
        ))}
      </dl>
      {noSales ? (
        <p class="tool-notice" data-notice="no-sales">
          {s('noSales')}
        </p>
      ) : (
        <figure class="tool-chart">
          <figcaption>{s('paretoHeading')}</figcaption>
          <LazyChart
            load={loadPareto}
            data={chartData}
            label={s('paretoLabel')}
            locale={locale}
          />
          {compact.otherCount > 0 && (
            <p class="field-hint">{fill(s('paretoCompacted'), { shown: formats.count(compact.points.length), count: formats.count(compact.otherCount) })}</p>
          )}
          <details class="tool-more" open>
            <summary>{s('paretoTable')}</summary>
            <table class="chart-table">
              <thead>
                <tr>
                  <th scope="col">{s('name')}</th>
                  <th scope="col">{text.strings.sales}</th>
                  <th scope="col">{s('cumulative')}</th>
                  <th scope="col">{text.strings.abcClass}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar, index) => (
                  <tr key={index}>
                    <th scope="row">{bar.label}</th>
                    <td>{formats.money(bar.sales)}</td>
                    <td>{formats.percent(bar.cumulativePercent)}</td>
                    <td>
                      <ResultLabel name="pareto-class" value={bar.abcClass} text={bar.abcClass} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      )}
    </>
  );
}
