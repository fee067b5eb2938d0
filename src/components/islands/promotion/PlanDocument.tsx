import { formatMeasure, formatPlanMoney, formatPlanPercent, warningMessage } from '../../../i18n/promotion/messages';
import { formatCount } from '../../../lib/numbers';
import { planReturn, sumMoney } from '../../../lib/promotion/budget';
import { planCompleteness } from '../../../lib/promotion/completeness';
import { assemblePlanScripts } from '../../../lib/promotion/fabe';
import { planTitle } from '../../../lib/promotion/form';
import { hasText, type ElementKey } from '../../../lib/promotion/planShape';
import type { ComponentChildren } from 'preact';
import type { Editor } from './editor';
import { ReturnFigures } from './BudgetSection';

function datesText(editor: Editor): string {
  const { period } = editor.plan;
  return hasText(period.start) || hasText(period.end)
    ? editor.t('printDates', { start: period.start || '…', end: period.end || '…' })
    : '';
}

const measure = (value: number | undefined, editor: Editor) =>
  value === undefined ? '—' : formatMeasure(value, editor.locale);

/**
 * The plan as a document for paper: title, theme, dates, the twelve elements in order with the
 * FABE scripts, the timetable and the budget. It holds no form control; on screen it is hidden
 * and print shows it instead of the form.
 */
export function PlanDocument({ editor }: { editor: Editor }) {
  const { plan, t, locale, dictionary } = editor;
  const money = (value: number) => formatPlanMoney(value, locale);
  const percent = (value: number) => formatPlanPercent(value, locale);
  const list = (items: string[]) => {
    const written = items.filter(hasText);
    return written.length === 0 ? (
      <p class="promotion-print-empty">{t('notFilled')}</p>
    ) : (
      <ul>
        {written.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  };
  const text = (value: string) =>
    hasText(value) ? (
      <p class="promotion-print-text">{value}</p>
    ) : (
      <p class="promotion-print-empty">{t('notFilled')}</p>
    );
  const section = (element: ElementKey, number: number, children: ComponentChildren) => (
    <section class="promotion-print-element" key={element}>
      <h3>{`${number}. ${dictionary.elementNames[element]}`}</h3>
      {children}
    </section>
  );
  const { goal, budget, offer, communication, evaluation } = plan;
  const found = planReturn(plan);
  const lineAmounts = budget.lines.flatMap((line) => (line.amount === undefined ? [] : [line.amount]));
  const usedLines = budget.lines.filter((line) => hasText(line.label) || line.amount !== undefined);
  const scripts = assemblePlanScripts(plan, dictionary.fabeConnectors).filter(
    (script) => hasText(script.name) || hasText(script.text),
  );
  const warnings = editor.warnings;

  return (
    <article class="print-only promotion-print" lang={locale}>
      <header>
        <p class="promotion-print-kind">{t('title')}</p>
        <h2 class="promotion-print-title">{planTitle(plan, t('printTitleFallback'))}</h2>
        {hasText(plan.theme.title) && <p class="promotion-print-theme">{plan.theme.title}</p>}
        {datesText(editor) && <p>{datesText(editor)}</p>}
        <p>{t('printCompleteness', { n: String(planCompleteness(plan).completed) })}</p>
      </header>

      {section(
        'goal',
        1,
        <>
          {text(goal.purpose)}
          {(hasText(goal.metric) || goal.baseline !== undefined || goal.target !== undefined) && (
            <p>
              {t('goalLine', {
                metric: goal.metric.trim() || '—',
                baseline: measure(goal.baseline, editor),
                target: measure(goal.target, editor),
              })}
            </p>
          )}
        </>,
      )}
      {section('audience', 2, text(plan.audience.description))}
      {section(
        'products',
        3,
        list(
          plan.products.map((product) =>
            product.unitPrice === undefined ? product.name : `${product.name}（${money(product.unitPrice)}）`,
          ),
        ),
      )}
      {section('period', 4, <p>{datesText(editor) || t('notFilled')}</p>)}
      {section('area', 5, text(plan.area.description))}
      {section(
        'offer',
        6,
        <>
          {offer.type && <p>{t('offerLine', { type: dictionary.offerTypeNames[offer.type] })}</p>}
          {offer.type && offer.discountPercent !== undefined && (
            <p>{t('discountLine', { discount: percent(offer.discountPercent) })}</p>
          )}
          {text(offer.terms)}
        </>,
      )}
      {section('theme', 7, text(plan.theme.title))}
      {section(
        'budget',
        8,
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('budgetLines')}</th>
                <th scope="col">{t('printAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {usedLines.map((line, index) => (
                <tr key={index}>
                  <td>{line.label}</td>
                  <td>{line.amount === undefined ? '—' : money(line.amount)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('linesTotal')}</th>
                <td>{lineAmounts.length > 0 ? money(sumMoney(lineAmounts)) : '—'}</td>
              </tr>
              <tr>
                <th scope="row">{dictionary.elementNames.budget}</th>
                <td>{budget.total === undefined ? '—' : money(budget.total)}</td>
              </tr>
            </tbody>
          </table>
          {found.ok ? (
            <table>
              <tbody>
                <tr>
                  <th scope="row">{t('baselineSales')}</th>
                  <td>{money(found.inputs.baselineSales)}</td>
                  <th scope="row">{t('lift')}</th>
                  <td>{percent(found.inputs.liftPercent)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('margin')}</th>
                  <td>{percent(found.inputs.marginPercent)}</td>
                  <th scope="row">{t('discountUsed')}</th>
                  <td>{percent(found.inputs.discountPercent)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('fixedCosts')}</th>
                  <td>{money(found.inputs.fixedCosts)}</td>
                  <th scope="row">{t('incrementalSales')}</th>
                  <td>{money(found.value.incrementalSales)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('incrementalProfit')}</th>
                  <td>{money(found.value.incrementalGrossProfit)}</td>
                  <th scope="row">{t('roi')}</th>
                  <td>{found.value.roiPercent === null ? '—' : percent(found.value.roiPercent)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('breakevenLift')}</th>
                  <td>{found.value.breakEvenLiftPercent === null ? '—' : percent(found.value.breakEvenLiftPercent)}</td>
                  <th scope="row">{t('promotionCost')}</th>
                  <td>{money(found.value.promotionCost)}</td>
                </tr>
              </tbody>
            </table>
          ) : (
            found.missing.length > 0 && (
              <p>
                {t('returnMissing', {
                  fields: found.missing
                    .map((code) => dictionary.returnInputNames[code])
                    .join(locale === 'en' ? ', ' : '、'),
                })}
              </p>
            )
          )}
          {found.ok &&
            found.value.notes
              .filter((note) => note === 'no-break-even' || note === 'below-break-even')
              .map((note) => <p key={note}>{dictionary.returnNoteMessages[note]}</p>)}
        </>,
      )}
      {section(
        'script',
        9,
        scripts.length === 0 ? (
          <p class="promotion-print-empty">{t('notFilled')}</p>
        ) : (
          scripts.map((script) => (
            <div class="promotion-print-script" key={script.index}>
              <h4>{script.name || t('unnamedProduct')}</h4>
              {text(script.text)}
            </div>
          ))
        ),
      )}
      {section(
        'communication',
        10,
        <>
          <h4>{t('printChannels')}</h4>
          {list(communication.channels)}
          <h4>{t('invitations')}</h4>
          {list(
            communication.invitations
              .filter((invitation) => hasText(invitation.who) || invitation.count !== undefined)
              .map((invitation) =>
                t('invitationLine', {
                  who: invitation.who,
                  count: invitation.count === undefined ? '—' : formatCount(invitation.count, locale),
                }),
              ),
          )}
        </>,
      )}
      {section(
        'timetable',
        11,
        plan.timetable.phases.length === 0 ? (
          <p class="promotion-print-empty">{t('notFilled')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('phase')}</th>
                <th scope="col">{t('phaseStart')}</th>
                <th scope="col">{t('phaseEnd')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.timetable.phases.map((phase, index) => (
                <tr key={index}>
                  <th scope="row">{dictionary.phaseNames[phase.key]}</th>
                  <td>{phase.start || '—'}</td>
                  <td>{phase.end || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
      {section(
        'evaluation',
        12,
        <>
          <h4>{t('owners')}</h4>
          {list(
            evaluation.owners
              .filter((owner) => hasText(owner.role) || hasText(owner.name))
              .map((owner) => t('ownerLine', { role: owner.role, name: owner.name })),
          )}
          <h4>{t('checkpoints')}</h4>
          {list(
            evaluation.checkpoints
              .filter((point) => hasText(point.date) || hasText(point.what))
              .map((point) => t('checkpointLine', { date: point.date || '—', what: point.what })),
          )}
          <h4>{t('printMetrics')}</h4>
          {list(evaluation.metrics)}
        </>,
      )}
      {warnings.length > 0 && (
        <section class="promotion-print-element">
          <h3>{t('printWarnings')}</h3>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{warningMessage(dictionary, warning, locale)}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Present mode: the plan's essentials in large type for a room. */
export function PlanSummary({ editor }: { editor: Editor }) {
  const { plan, t, locale, dictionary } = editor;
  const { goal, offer } = plan;
  const products = plan.products.map((product) => product.name.trim()).filter(hasText);
  return (
    <div class="promotion-summary">
      <p class="promotion-summary-kind">{planTitle(plan, t('printTitleFallback'))}</p>
      <h2 class="promotion-summary-theme">{plan.theme.title.trim() || t('notFilled')}</h2>
      {datesText(editor) && <p class="promotion-summary-dates">{datesText(editor)}</p>}
      <dl class="promotion-summary-facts">
        {hasText(goal.metric) && (
          <div>
            <dt>{t('presentGoal')}</dt>
            <dd>
              {t('goalLine', {
                metric: goal.metric.trim(),
                baseline: measure(goal.baseline, editor),
                target: measure(goal.target, editor),
              })}
            </dd>
          </div>
        )}
        {products.length > 0 && (
          <div>
            <dt>{dictionary.elementNames.products}</dt>
            <dd>{products.join(locale === 'en' ? ', ' : '、')}</dd>
          </div>
        )}
        {(offer.type || hasText(offer.terms)) && (
          <div>
            <dt>{dictionary.elementNames.offer}</dt>
            <dd>
              {`${offer.type ? `${dictionary.offerTypeNames[offer.type]}${locale === 'en' ? ': ' : '：'}` : ''}${offer.terms}`}
            </dd>
          </div>
        )}
      </dl>
      <ReturnFigures editor={editor} compact />
    </div>
  );
}
