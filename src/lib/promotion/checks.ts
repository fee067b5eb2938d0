/**
 * Cross-checks between elements: things that are filled in but do not fit together. Each warning
 * names its element and the path of the field to look at (the same paths as import errors).
 */

import { sumMoney } from './budget';
import { dayNumber } from './dates';
import { hasText, sameMetric, type PhaseKey, type Plan } from './planShape';
import { phaseFitsPeriod, phasesOutOfOrder } from './timetable';

export type PlanWarning =
  /** The budget lines' amounts do not add up to the total; difference = total − lines. */
  | { code: 'budget-lines-mismatch'; element: 'budget'; path: 'budget.total'; total: number; linesTotal: number; difference: number }
  /** The promotion's start is after its end. */
  | { code: 'period-reversed'; element: 'period'; path: 'period.end' }
  /** A phase ends before it starts. */
  | { code: 'phase-reversed'; element: 'timetable'; path: string; index: number; phase: PhaseKey }
  /** A phase is not where it belongs relative to the promotion dates (see phaseFitsPeriod). */
  | { code: 'phase-outside-period'; element: 'timetable'; path: string; index: number; phase: PhaseKey }
  /** A phase comes before the phase listed above it (see phasesOutOfOrder). */
  | { code: 'phases-out-of-order'; element: 'timetable'; path: string; index: number; phase: PhaseKey }
  /** The goal is written down but cannot be measured: it lacks a metric, baseline or target. */
  | { code: 'goal-not-measurable'; element: 'goal'; path: string; missing: ('metric' | 'baseline' | 'target')[] }
  /** An offer type is chosen but its terms are not written. */
  | { code: 'offer-without-terms'; element: 'offer'; path: 'offer.terms' }
  /** The evaluation lists metrics, but not the goal's; `metric` is the goal's. */
  | { code: 'goal-metric-not-evaluated'; element: 'evaluation'; path: 'evaluation.metrics'; metric: string }
  /** The share given away (D) is at least the gross margin: every promoted sale loses money against not promoting. */
  | { code: 'discount-not-below-margin'; element: 'offer'; path: 'offer.discountPercent'; discountPercent: number; marginPercent: number };

export type WarningCode = PlanWarning['code'];

function budgetWarnings({ budget }: Plan): PlanWarning[] {
  const amounts = budget.lines.flatMap((line) => (line.amount === undefined ? [] : [line.amount]));
  if (budget.total === undefined || amounts.length === 0) return [];
  const linesTotal = sumMoney(amounts);
  const difference = sumMoney([budget.total, -linesTotal]);
  if (difference === 0) return [];
  return [{ code: 'budget-lines-mismatch', element: 'budget', path: 'budget.total', total: budget.total, linesTotal, difference }];
}

function periodWarnings({ period }: Plan): PlanWarning[] {
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  return start !== null && end !== null && start > end
    ? [{ code: 'period-reversed', element: 'period', path: 'period.end' }]
    : [];
}

function timetableWarnings({ timetable, period }: Plan): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const { phases } = timetable;
  const at = (index: number) => {
    const phase = phases[index]?.key ?? 'preparation';
    return { element: 'timetable' as const, path: `timetable.phases.${index}`, index, phase };
  };
  phases.forEach((phase, index) => {
    const start = dayNumber(phase.start);
    const end = dayNumber(phase.end);
    if (start !== null && end !== null && start > end) warnings.push({ code: 'phase-reversed', ...at(index) });
    if (phaseFitsPeriod(phase, period) === false) warnings.push({ code: 'phase-outside-period', ...at(index) });
  });
  for (const index of phasesOutOfOrder(phases)) warnings.push({ code: 'phases-out-of-order', ...at(index) });
  return warnings;
}

function goalWarnings({ goal }: Plan): PlanWarning[] {
  const written = hasText(goal.purpose) || hasText(goal.metric) || goal.baseline !== undefined || goal.target !== undefined;
  const missing = (['metric', 'baseline', 'target'] as const).filter((field) =>
    field === 'metric' ? !hasText(goal.metric) : goal[field] === undefined,
  );
  const [first] = missing;
  if (!written || first === undefined) return [];
  return [{ code: 'goal-not-measurable', element: 'goal', path: `goal.${first}`, missing }];
}

function offerWarnings({ offer, budget }: Plan): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (offer.type !== undefined && !hasText(offer.terms)) {
    warnings.push({ code: 'offer-without-terms', element: 'offer', path: 'offer.terms' });
  }
  const marginPercent = budget.forecast.grossMarginPercent;
  const { discountPercent } = offer;
  if (
    offer.type !== undefined &&
    discountPercent !== undefined &&
    discountPercent > 0 &&
    marginPercent !== undefined &&
    discountPercent >= marginPercent
  ) {
    warnings.push({ code: 'discount-not-below-margin', element: 'offer', path: 'offer.discountPercent', discountPercent, marginPercent });
  }
  return warnings;
}

function evaluationWarnings({ goal, evaluation }: Plan): PlanWarning[] {
  const metrics = evaluation.metrics.filter(hasText);
  // With no metric listed yet, completeness already says so; a warning would only repeat it.
  if (!hasText(goal.metric) || metrics.length === 0) return [];
  if (metrics.some((metric) => sameMetric(metric, goal.metric))) return [];
  return [{ code: 'goal-metric-not-evaluated', element: 'evaluation', path: 'evaluation.metrics', metric: goal.metric.trim() }];
}

/** Every cross-check warning of a plan, element by element in the course's order. */
export function planWarnings(plan: Plan): PlanWarning[] {
  return [
    ...goalWarnings(plan),
    ...periodWarnings(plan),
    ...offerWarnings(plan),
    ...budgetWarnings(plan),
    ...timetableWarnings(plan),
    ...evaluationWarnings(plan),
  ];
}
