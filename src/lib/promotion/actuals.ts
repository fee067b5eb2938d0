/**
 * After the event (促销评估): actual sales, cost and the goal's metric against the plan, with the
 * variances and the actual return.
 */

import { roundTo } from '../numbers';
import { hasText, sameMetric, type Plan } from './schema';
import { isZeroMoney, money, ratioPercent, type ReturnInputs } from './return';
import { plannedFixedCosts, planReturn } from './budget';

export interface Variance {
  planned: number;
  actual: number;
  /** actual − planned. */
  variance: number;
  /** variance ÷ planned × 100; null when nothing was planned. */
  variancePercent: number | null;
}

/** Actual against planned; `decimals` rounds the variance (2 for money). */
export function variance(planned: number, actual: number, decimals = 2): Variance {
  const difference = roundTo(actual - planned, decimals);
  return {
    planned,
    actual,
    variance: difference,
    variancePercent: ratioPercent(actual - planned, planned),
  };
}

/**
 * - 'forecast': the plan's return inputs are incomplete, so planned sales are unknown
 * - 'fixed-costs': the budget has no amount, so planned cost is unknown
 * - 'actual-sales', 'actual-cost': not yet entered
 * - 'goal': the goal has no metric or no target
 * - 'actual-goal-metric': no actual value was entered for the goal's metric
 * - 'full-discount': a 100 % discount leaves no regular-price equivalent for the actual return
 */
export type ActualsMissing =
  | 'forecast'
  | 'fixed-costs'
  | 'actual-sales'
  | 'actual-cost'
  | 'goal'
  | 'actual-goal-metric'
  | 'full-discount';

export interface GoalResult {
  metric: string;
  baseline: number | null;
  target: number;
  actual: number;
  /** actual − target. */
  variance: number;
  /** actual ÷ target × 100; null for a target of 0. */
  percentOfTarget: number | null;
  /** (actual − baseline) ÷ (target − baseline) × 100: how much of the planned change happened. */
  progressPercent: number | null;
}

export interface ActualReturn {
  /** R(M−D)/(1−D) − C for actual sales R (at the prices charged) and actual cost C. */
  grossProfit: number;
  /** grossProfit − B·M. */
  incrementalGrossProfit: number;
  /** incrementalGrossProfit ÷ (C + R·D/(1−D)); null when nothing was spent. */
  roiPercent: number | null;
}

export interface ActualsReview {
  /** Planned: the promotional revenue B(1+u)(1−D), the same kind of figure as the till's. */
  sales: Variance | null;
  /** Planned: the fixed costs F. */
  cost: Variance | null;
  plannedRoiPercent: number | null;
  /** The return on the actual figures, with the plan's baseline, margin and discount. */
  actualReturn: ActualReturn | null;
  goal: GoalResult | null;
  missing: ActualsMissing[];
}

function goalResult(plan: Plan): GoalResult | 'goal' | 'actual-goal-metric' {
  const { goal } = plan;
  if (!hasText(goal.metric) || goal.target === undefined) return 'goal';
  const entries = plan.evaluation.actuals.metrics.filter((entry) => entry.value !== undefined);
  const exact = entries.find((entry) => entry.metric.trim() === goal.metric.trim());
  const entry = exact ?? entries.find((candidate) => sameMetric(candidate.metric, goal.metric));
  if (entry?.value === undefined) return 'actual-goal-metric';
  const { target } = goal;
  const actual = entry.value;
  const baseline = goal.baseline ?? null;
  return {
    metric: goal.metric.trim(),
    baseline,
    target,
    actual,
    variance: roundTo(actual - target, 10),
    percentOfTarget: ratioPercent(actual, target),
    progressPercent: baseline === null ? null : ratioPercent(actual - baseline, target - baseline),
  };
}

function actualReturn(inputs: ReturnInputs, sales: number, cost: number): ActualReturn | null {
  const discount = inputs.discountPercent / 100;
  if (!(discount < 1)) return null;
  const margin = inputs.marginPercent / 100;
  // Sales at the prices charged, turned back into regular-price volume.
  const regularVolume = sales / (1 - discount);
  const grossProfit = regularVolume * (margin - discount) - cost;
  const incrementalGrossProfit = grossProfit - inputs.baselineSales * margin;
  const spent = cost + regularVolume * discount;
  return {
    grossProfit: money(grossProfit),
    incrementalGrossProfit: money(incrementalGrossProfit),
    roiPercent: isZeroMoney(spent) ? null : ratioPercent(incrementalGrossProfit, spent),
  };
}

/** The event's actual sales, cost and goal metric against the plan, with the variances. */
export function compareActuals(plan: Plan): ActualsReview {
  const { actuals } = plan.evaluation;
  const missing: ActualsMissing[] = [];
  const planned = planReturn(plan);
  const fixed = plannedFixedCosts(plan);
  if (!planned.ok) missing.push('forecast');
  if (fixed === null) missing.push('fixed-costs');
  if (actuals.sales === undefined) missing.push('actual-sales');
  if (actuals.cost === undefined) missing.push('actual-cost');

  const sales =
    planned.ok && actuals.sales !== undefined ? variance(planned.value.promotionRevenue, actuals.sales) : null;
  const cost = fixed !== null && actuals.cost !== undefined ? variance(fixed.amount, actuals.cost) : null;

  let achieved: ActualReturn | null = null;
  if (planned.ok && actuals.sales !== undefined && actuals.cost !== undefined) {
    achieved = actualReturn(planned.inputs, actuals.sales, actuals.cost);
    if (achieved === null) missing.push('full-discount');
  }

  const goal = goalResult(plan);
  if (typeof goal === 'string') missing.push(goal);

  return {
    sales,
    cost,
    plannedRoiPercent: planned.ok ? planned.value.roiPercent : null,
    actualReturn: achieved,
    goal: typeof goal === 'string' ? null : goal,
    missing,
  };
}
