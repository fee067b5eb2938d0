import { useMemo } from 'preact/hooks';
import type { Locale } from '../../../lib/locale';
import type { OpportunityStringKey, OpportunityText } from '../../../i18n/opportunities/text';
import { fill } from '../../../i18n/tools';
import { quadrants, type AnalysedRow, type Quadrant } from '../../../lib/opportunities/model';
import { quadrantGroups, scatterPointsOf } from '../../../lib/opportunities/list';
import type { QuadrantScatterData } from '../../charts/quadrantScatter';
import { LazyChart } from '../../ui/LazyChart';
import { ResultValue } from '../../ui/ResultValue';
import { quadrantColours, type Formats } from './format';

const loadScatter = () => import('../../charts/quadrantScatter').then((module) => module.quadrantScatter);
/** Dots in the chart: beyond a few thousand they only cover each other and slow the page. */
const MAX_POINTS = 3000;
/** Names listed under each quadrant; the ranked list below filters to the rest. */
const LISTED = 10;

interface Props {
  locale: Locale;
  text: OpportunityText;
  formats: Formats;
  idPrefix: string;
  headingLevel: 'h3' | 'h4';
  rows: readonly AnalysedRow[];
  potentialThreshold: number | null;
  willingnessThreshold: number;
  unplaced: number;
  onShowQuadrant: (quadrant: Quadrant) => void;
}

/** The potential × willingness matrix: a scatter chart and, as its table, four lists with advice. */
export function MatrixSection(props: Props) {
  const { locale, text, formats, rows } = props;
  const s = (key: OpportunityStringKey) => text.strings[key];
  const Heading = props.headingLevel;
  const groups = useMemo(() => quadrantGroups(rows, LISTED), [rows]);
  const scatter = useMemo(() => scatterPointsOf(rows, MAX_POINTS), [rows]);
  const chartData: QuadrantScatterData = useMemo(
    () => ({
      groups: quadrants.map((quadrant) => ({
        label: text.quadrantNames[quadrant],
        colour: quadrantColours[quadrant],
        points: scatter.points.filter((point) => point.quadrant === quadrant),
      })),
      thresholds: { potential: props.potentialThreshold ?? 0, willingness: props.willingnessThreshold },
      willingnessLabel: s('willingness'),
      potentialLabel: s('potential'),
      formatMoney: formats.compactMoney,
    }),
    [scatter, props.potentialThreshold, props.willingnessThreshold, locale],
  );

  if (props.potentialThreshold === null) {
    return (
      <p class="tool-notice" data-notice="no-potential">
        {s('matrixNoPotential')}
      </p>
    );
  }
  return (
    <>
      <p>
        {fill(s('matrixIntro'), {
          potential: formats.money(props.potentialThreshold),
          willingness: formats.count(props.willingnessThreshold),
        })}
      </p>
      <figure class="tool-chart">
        <LazyChart
          load={loadScatter}
          data={chartData}
          label={s('scatterLabel')}
          locale={locale}
        />
        {scatter.omitted > 0 && (
          <figcaption class="field-hint">
            {fill(s('scatterOmitted'), { shown: formats.count(scatter.points.length), count: formats.count(scatter.omitted) })}
          </figcaption>
        )}
      </figure>
      <div class="opportunity-quadrants">
        {quadrants.map((quadrant) => {
          const group = groups[quadrant];
          return (
            <section class={`opportunity-quadrant opportunity-quadrant--${quadrant}`} key={quadrant} aria-labelledby={`${props.idPrefix}-quadrant-${quadrant}`}>
              <Heading id={`${props.idPrefix}-quadrant-${quadrant}`}>{text.quadrantNames[quadrant]}</Heading>
              <p class="opportunity-advice">{text.quadrantAdvice[quadrant]}</p>
              <p class="opportunity-quadrant-summary">
                {s('quadrantCount')} <ResultValue name={`count-${quadrant}`} value={group.count} format={formats.count} />
                {' · '}
                {s('quadrantOpportunity')} <ResultValue name={`opportunity-${quadrant}`} value={group.opportunity} format={formats.money} />
              </p>
              {group.count === 0 ? (
                <p class="field-hint">{s('quadrantEmpty')}</p>
              ) : (
                <ol>
                  {group.top.map((row) => (
                    <li key={row.index}>
                      {row.name} <span class="field-hint">{formats.money(row.opportunity ?? 0)}</span>
                    </li>
                  ))}
                </ol>
              )}
              {group.count > group.top.length && (
                <p class="field-hint">
                  {fill(s('quadrantMore'), { count: formats.count(group.count - group.top.length) })}{' '}
                  <button type="button" class="opportunity-link-button" onClick={() => props.onShowQuadrant(quadrant)}>
                    {fill(s('showInList'), { quadrant: text.quadrantNames[quadrant] })}
                  </button>
                </p>
              )}
            </section>
          );
        })}
      </div>
      {props.unplaced > 0 && <p class="field-hint">{fill(s('unplaced'), { count: formats.count(props.unplaced) })}</p>}
    </>
  );
}
