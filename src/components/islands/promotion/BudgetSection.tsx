import { formatPlanMoney, formatPlanPercent } from '../../../i18n/promotion/messages';
import { planReturn, sumMoney } from '../../../lib/promotion/budget';
import { maxRows } from '../../../lib/promotion/form';
import { formatCount } from '../../../lib/numbers';
import { ResultValue } from '../../ui/ResultValue';
import type { Editor } from './editor';
import { AddRow, ElementFieldset, PlanNumberField, Row, TextField } from './fields';

/** The return figures of a plan, each with its data-result key; shared by the form and the summary. */
export function ReturnFigures({ editor, compact = false }: { editor: Editor; compact?: boolean }) {
  const { locale, t, dictionary } = editor;
  const found = planReturn(editor.plan);
  const money = (value: number) => formatPlanMoney(value, locale);
  const percent = (value: number) => formatPlanPercent(value, locale);
  const value = found.ok ? found.value : null;
  const headline = (
    <dl class="headline">
      <div>
        <dt>{t('incrementalSales')}</dt>
        <dd>
          <ResultValue name="incremental-sales" value={value?.incrementalSales ?? null} format={money} />
        </dd>
      </div>
      <div>
        <dt>{t('incrementalProfit')}</dt>
        <dd>
          <ResultValue name="incremental-profit" value={value?.incrementalGrossProfit ?? null} format={money} />
        </dd>
      </div>
      <div>
        <dt>{t('roi')}</dt>
        <dd>
          <ResultValue name="roi" value={value?.roiPercent ?? null} format={percent} />
        </dd>
      </div>
      <div>
        <dt>{t('breakevenLift')}</dt>
        <dd>
          <ResultValue name="breakeven-lift" value={value?.breakEvenLiftPercent ?? null} format={percent} />
        </dd>
      </div>
    </dl>
  );
  if (compact) return headline;
  return (
    <div class="promotion-return" aria-live="polite">
      {headline}
      {!found.ok && found.missing.length > 0 && (
        <p class="tool-notice" data-notice="return-missing">
          {t('returnMissing', {
            fields: found.missing.map((code) => dictionary.returnInputNames[code]).join(locale === 'en' ? ', ' : '、'),
          })}
        </p>
      )}
      {value?.notes.map((note) => (
        <p class="tool-notice tool-notice--warning" data-note={note} key={note}>
          {dictionary.returnNoteMessages[note]}
        </p>
      ))}
      {found.ok && (
        <table class="promotion-figures">
          <caption>{t('resultsHeading')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('fixedCosts')}</th>
              <td>
                <ResultValue name="fixed-costs" value={found.inputs.fixedCosts} format={money} />
                <span class="field-hint">{` ${dictionary.fixedCostsSourceNotes[found.fixedCostsFrom]}`}</span>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('discountUsed')}</th>
              <td>
                <ResultValue name="discount" value={found.inputs.discountPercent} format={percent} />
                <span class="field-hint">{` ${t('discountUsedNote')}`}</span>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('promotionRevenue')}</th>
              <td>
                <ResultValue name="promotion-revenue" value={found.value.promotionRevenue} format={money} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('promotionProfit')}</th>
              <td>
                <ResultValue name="promotion-profit" value={found.value.promotionGrossProfit} format={money} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('baselineProfit')}</th>
              <td>
                <ResultValue name="baseline-profit" value={found.value.baselineGrossProfit} format={money} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('discountCost')}</th>
              <td>
                <ResultValue name="discount-cost" value={found.value.discountCost} format={money} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('promotionCost')}</th>
              <td>
                <ResultValue name="promotion-cost" value={found.value.promotionCost} format={money} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('incrementalUnits')}</th>
              <td>
                <ResultValue
                  name="incremental-units"
                  value={found.value.incrementalUnits}
                  format={(units) => formatCount(units, locale)}
                />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('costPerUnit')}</th>
              <td>
                <ResultValue name="cost-per-unit" value={found.value.costPerIncrementalUnit} format={money} />
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Element 8: the budget total, its cost lines, and the return estimate. */
export function BudgetEditor({ editor }: { editor: Editor }) {
  const { plan, t, locale, dictionary } = editor;
  const amounts = plan.budget.lines.flatMap((line) => (line.amount === undefined ? [] : [line.amount]));
  return (
    <ElementFieldset editor={editor} element="budget">
      <PlanNumberField
        editor={editor}
        path="budget.total"
        label={`${dictionary.elementNames.budget}${locale === 'en' ? ' (¥)' : '（元）'}`}
      />
      <fieldset class="promotion-group">
        <legend>{t('budgetLines')}</legend>
        {plan.budget.lines.map((_, index) => {
          const n = String(index + 1);
          return (
            <Row
              key={index}
              onRemove={() => editor.removeRow('budget.lines', index)}
              removeLabel={t('removeLine', { n })}
            >
              <TextField editor={editor} path={`budget.lines.${index}.label`} label={t('lineLabel', { n })} />
              <PlanNumberField editor={editor} path={`budget.lines.${index}.amount`} label={t('lineAmount', { n })} />
            </Row>
          );
        })}
        <AddRow
          editor={editor}
          list="budget.lines"
          label={t('addLine')}
          full={plan.budget.lines.length >= maxRows['budget.lines']}
        />
        <p class="promotion-total">
          {`${t('linesTotal')}${locale === 'en' ? ': ' : '：'}`}
          <ResultValue
            name="lines-total"
            value={amounts.length > 0 ? sumMoney(amounts) : null}
            format={(value) => formatPlanMoney(value, locale)}
          />
        </p>
      </fieldset>
      <fieldset class="promotion-group">
        <legend>{t('forecastHeading')}</legend>
        <p class="field-hint">{t('forecastHint')}</p>
        <div class="field-grid">
          <PlanNumberField
            editor={editor}
            path="budget.forecast.baselineSales"
            label={t('baselineSales')}
            hint={t('baselineSalesHint')}
          />
          <PlanNumberField
            editor={editor}
            path="budget.forecast.expectedLiftPercent"
            label={t('lift')}
            hint={t('liftHint')}
          />
          <PlanNumberField editor={editor} path="budget.forecast.grossMarginPercent" label={t('margin')} />
        </div>
        <ReturnFigures editor={editor} />
      </fieldset>
    </ElementFieldset>
  );
}
