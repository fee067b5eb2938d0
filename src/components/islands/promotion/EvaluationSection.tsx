import { formatMeasure, formatPlanMoney, formatPlanPercent } from '../../../i18n/promotion/messages';
import { compareActuals, type Variance } from '../../../lib/promotion/actuals';
import { planReturn } from '../../../lib/promotion/budget';
import { maxRows } from '../../../lib/promotion/form';
import { roundTo } from '../../../lib/numbers';
import { ResultValue } from '../../ui/ResultValue';
import type { Editor } from './editor';
import { AddRow, DateField, ElementFieldset, LinesField, PlanNumberField, Row, TextField } from './fields';

/** Element 12: owners, checkpoints, evaluation metrics and, after the event, the actual results. */
export function EvaluationEditor({ editor }: { editor: Editor }) {
  const { plan, t } = editor;
  const { owners, checkpoints, actuals } = plan.evaluation;
  return (
    <ElementFieldset editor={editor} element="evaluation">
      <fieldset class="promotion-group">
        <legend>{t('owners')}</legend>
        {owners.map((_, index) => {
          const n = String(index + 1);
          return (
            <Row
              key={index}
              onRemove={() => editor.removeRow('evaluation.owners', index)}
              removeLabel={t('removeOwner', { n })}
            >
              <TextField editor={editor} path={`evaluation.owners.${index}.role`} label={t('ownerRole', { n })} />
              <TextField editor={editor} path={`evaluation.owners.${index}.name`} label={t('ownerName', { n })} />
            </Row>
          );
        })}
        <AddRow
          editor={editor}
          list="evaluation.owners"
          label={t('addOwner')}
          full={owners.length >= maxRows['evaluation.owners']}
        />
      </fieldset>

      <fieldset class="promotion-group">
        <legend>{t('checkpoints')}</legend>
        {checkpoints.map((_, index) => {
          const n = String(index + 1);
          return (
            <Row
              key={index}
              onRemove={() => editor.removeRow('evaluation.checkpoints', index)}
              removeLabel={t('removeCheckpoint', { n })}
            >
              <DateField
                editor={editor}
                path={`evaluation.checkpoints.${index}.date`}
                label={t('checkpointDate', { n })}
              />
              <TextField
                editor={editor}
                path={`evaluation.checkpoints.${index}.what`}
                label={t('checkpointWhat', { n })}
              />
            </Row>
          );
        })}
        <AddRow
          editor={editor}
          list="evaluation.checkpoints"
          label={t('addCheckpoint')}
          full={checkpoints.length >= maxRows['evaluation.checkpoints']}
        />
      </fieldset>

      <LinesField editor={editor} path="evaluation.metrics" label={t('metrics')} hint={t('metricsHint')} />

      <fieldset class="promotion-group">
        <legend>{t('actualsHeading')}</legend>
        <div class="field-grid">
          <PlanNumberField editor={editor} path="evaluation.actuals.sales" label={t('actualSales')} />
          <PlanNumberField editor={editor} path="evaluation.actuals.cost" label={t('actualCost')} />
        </div>
        {actuals.metrics.map((_, index) => {
          const n = String(index + 1);
          return (
            <Row
              key={index}
              onRemove={() => editor.removeRow('evaluation.actuals.metrics', index)}
              removeLabel={t('removeActual', { n })}
            >
              <TextField
                editor={editor}
                path={`evaluation.actuals.metrics.${index}.metric`}
                label={t('actualMetric', { n })}
              />
              <PlanNumberField
                editor={editor}
                path={`evaluation.actuals.metrics.${index}.value`}
                label={t('actualValue', { n })}
              />
            </Row>
          );
        })}
        <AddRow
          editor={editor}
          list="evaluation.actuals.metrics"
          label={t('addActual')}
          full={actuals.metrics.length >= maxRows['evaluation.actuals.metrics']}
        />
        <ActualsComparison editor={editor} />
      </fieldset>
    </ElementFieldset>
  );
}

/** Actual against plan: sales, cost, ROI and the goal's metric, once there is something to compare. */
export function ActualsComparison({ editor }: { editor: Editor }) {
  const { plan, t, locale, dictionary } = editor;
  const review = compareActuals(plan);
  const money = (value: number) => formatPlanMoney(value, locale);
  const percent = (value: number) => formatPlanPercent(value, locale);
  const signedMoney = (value: number) => (value > 0 ? `+${money(value)}` : money(value));
  const measure = (value: number) => formatMeasure(value, locale);
  const anything = review.sales || review.cost || review.actualReturn || review.goal;
  const row = (name: string, label: string, entry: Variance | null) =>
    entry && (
      <tr>
        <th scope="row">{label}</th>
        <td>{money(entry.planned)}</td>
        <td>
          <ResultValue name={`actual-${name}`} value={entry.actual} format={money} />
        </td>
        <td>
          <ResultValue name={`variance-${name}`} value={entry.variance} format={signedMoney} />
        </td>
      </tr>
    );
  const planned = planReturn(plan);
  return (
    <div class="promotion-actuals" aria-live="polite">
      {anything && (
        <table>
          <caption>{t('comparisonCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('item')}</th>
              <th scope="col">{t('planned')}</th>
              <th scope="col">{t('actual')}</th>
              <th scope="col">{t('difference')}</th>
            </tr>
          </thead>
          <tbody>
            {row('sales', t('salesRow'), review.sales)}
            {row('cost', t('costRow'), review.cost)}
            {review.actualReturn && (
              <tr>
                <th scope="row">{t('incrementalProfit')}</th>
                <td>{planned.ok ? money(planned.value.incrementalGrossProfit) : '—'}</td>
                <td>
                  <ResultValue
                    name="actual-incremental-profit"
                    value={review.actualReturn.incrementalGrossProfit}
                    format={money}
                  />
                </td>
                <td>
                  {planned.ok
                    ? signedMoney(
                        roundTo(review.actualReturn.incrementalGrossProfit - planned.value.incrementalGrossProfit, 2),
                      )
                    : '—'}
                </td>
              </tr>
            )}
            {review.actualReturn && (
              <tr>
                <th scope="row">{t('roiRow')}</th>
                <td>{review.plannedRoiPercent === null ? '—' : percent(review.plannedRoiPercent)}</td>
                <td>
                  <ResultValue name="actual-roi" value={review.actualReturn.roiPercent} format={percent} />
                </td>
                <td>—</td>
              </tr>
            )}
            {review.goal && (
              <tr>
                <th scope="row">{t('goalRow', { metric: review.goal.metric })}</th>
                <td>{measure(review.goal.target)}</td>
                <td>
                  <ResultValue name="actual-goal" value={review.goal.actual} format={measure} />
                </td>
                <td>
                  <ResultValue
                    name="goal-percent"
                    value={review.goal.percentOfTarget}
                    format={(value) => t('percentOfTarget', { percent: percent(value) })}
                  />
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {anything && review.missing.length > 0 && (
        <p class="field-hint">
          {t('actualsMissing', {
            fields: review.missing.map((code) => dictionary.actualsMissingNames[code]).join(locale === 'en' ? ', ' : '、'),
          })}
        </p>
      )}
    </div>
  );
}
