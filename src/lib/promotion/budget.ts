/**
 * Budget and return of a promotion (促销预算), before and after the event.
 *
 * With baseline sales B (at regular price, over the promotion's length), expected lift u of the
 * volume at regular price, gross margin M, the share of the regular price given away D (让利比例:
 * a discount, or gifts counted at regular price, see giveawayRule in planShape.ts; the free goods
 * are part of the volume, as the course counts 买十送一) and fixed costs F:
 *   promotional revenue      = B(1+u)(1−D)
 *   incremental sales        = B·u                      (at regular price)
 *   promotion gross profit   = B(1+u)(M−D) − F
 *   incremental gross profit = promotion gross profit − B·M   (against not promoting)
 *   promotion cost           = F + B(1+u)·D             (fixed costs plus the discount given)
 *   ROI                      = incremental gross profit ÷ promotion cost
 *   break-even lift          = (D + F/B) ÷ (M − D)      (incremental gross profit = 0)
 * Inputs and outputs in percent are in percent units (30 means 30 %). Money results are rounded
 * to cents, percents to 6 decimals; nothing is NaN or infinite (null with a note instead).
 */

import { roundTo } from '../numbers';
import { fieldSchemas, giveawayRule, hasText, sameMetric, type Plan } from './schema';

export interface ReturnInputs {
  /** B, in yuan ≥ 0. */
  baselineSales: number;
  /** u, expected lift in percent, 0–10,000. */
  liftPercent: number;
  /** M, gross margin at regular price, in percent 0–100. */
  marginPercent: number;
  /** D, the share of the regular price given away (discount, gifts, rebate), in percent 0–100. */
  discountPercent: number;
  /** F, the fixed cost lines, in yuan ≥ 0. */
  fixedCosts: number;
  /** Regular price of one unit (≥ 0.01); when given, the cost per incremental unit is computed. */
  unitPrice?: number | undefined;
}

/**
 * - 'no-break-even': the discount is at least the margin (D ≥ M), so every sale earns less than
 *   at regular price and no lift brings back the baseline's profit
 * - 'no-baseline': B is 0, so there is nothing to lift and no break-even lift
 * - 'no-promotion-cost': nothing is spent (F and D are 0), so there is no ROI
 * - 'no-unit-price': no unit price, so no unit figures
 * - 'several-unit-prices': (planReturn) the products have different prices, so no unit figures
 * - 'no-lift': u is 0, so there are no incremental units to divide the cost by
 * - 'below-break-even': the promotion earns less gross profit than not promoting
 */
export type ReturnNote =
  | 'no-break-even'
  | 'no-baseline'
  | 'no-promotion-cost'
  | 'no-unit-price'
  | 'several-unit-prices'
  | 'no-lift'
  | 'below-break-even';

export interface PromotionReturn {
  promotionRevenue: number;
  incrementalSales: number;
  promotionGrossProfit: number;
  baselineGrossProfit: number;
  incrementalGrossProfit: number;
  discountCost: number;
  promotionCost: number;
  roiPercent: number | null;
  /** B·u ÷ unit price, to 2 decimals. */
  incrementalUnits: number | null;
  /** Promotion cost ÷ incremental units. */
  costPerIncrementalUnit: number | null;
  breakEvenLiftPercent: number | null;
  notes: ReturnNote[];
}

export type ReturnResult =
  | { ok: true; value: PromotionReturn }
  | { ok: false; error: 'invalid-input'; fields: (keyof ReturnInputs)[] };

const money = (value: number): number => roundTo(value, 2);
const percent = (value: number): number => roundTo(value, 6);
/** Amounts that round to no cents are treated as zero, so no tiny divisor can blow a ratio up. */
const isZeroMoney = (value: number): boolean => money(value) === 0;

/** part ÷ whole × 100, or null when the whole is 0 or so small that the ratio leaves the doubles. */
function ratioPercent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const ratio = (part / whole) * 100;
  return Number.isFinite(ratio) ? percent(ratio) : null;
}

const inputBounds: Record<keyof ReturnInputs, (typeof fieldSchemas)[keyof typeof fieldSchemas]> = {
  baselineSales: fieldSchemas.money,
  liftPercent: fieldSchemas.lift,
  marginPercent: fieldSchemas.percent,
  discountPercent: fieldSchemas.percent,
  fixedCosts: fieldSchemas.money,
  unitPrice: fieldSchemas.unitPrice,
};

function invalidFields(inputs: ReturnInputs): (keyof ReturnInputs)[] {
  return (Object.keys(inputBounds) as (keyof ReturnInputs)[]).filter((field) => {
    const value = inputs[field];
    if (value === undefined) return field !== 'unitPrice';
    return !inputBounds[field].safeParse(value).success;
  });
}

/** The return of a promotion from its inputs; 'invalid-input' names the fields out of bounds. */
export function computeReturn(inputs: ReturnInputs): ReturnResult {
  const fields = invalidFields(inputs);
  if (fields.length > 0) return { ok: false, error: 'invalid-input', fields };

  const base = inputs.baselineSales;
  const lift = inputs.liftPercent / 100;
  const margin = inputs.marginPercent / 100;
  const discount = inputs.discountPercent / 100;
  const fixed = inputs.fixedCosts;
  const notes: ReturnNote[] = [];

  const volume = base * (1 + lift);
  const discountCost = volume * discount;
  const promotionCost = fixed + discountCost;
  const promotionGrossProfit = volume * (margin - discount) - fixed;
  const baselineGrossProfit = base * margin;
  const incrementalGrossProfit = promotionGrossProfit - baselineGrossProfit;

  let roiPercent: number | null = null;
  if (isZeroMoney(promotionCost)) notes.push('no-promotion-cost');
  else roiPercent = ratioPercent(incrementalGrossProfit, promotionCost);

  let breakEvenLiftPercent: number | null = null;
  if (!(margin > discount)) notes.push('no-break-even');
  else if (isZeroMoney(base)) notes.push('no-baseline');
  else {
    const breakEven = ((discount + fixed / base) / (margin - discount)) * 100;
    // A margin a hair above the discount needs a lift beyond any number: no break-even either.
    if (Number.isFinite(breakEven)) breakEvenLiftPercent = percent(breakEven);
    else notes.push('no-break-even');
  }

  let incrementalUnits: number | null = null;
  let costPerIncrementalUnit: number | null = null;
  if (inputs.unitPrice === undefined) notes.push('no-unit-price');
  else {
    const units = (base * lift) / inputs.unitPrice;
    incrementalUnits = roundTo(units, 2);
    // Fewer than a hundredth of a unit is no lift to speak of, and would make the cost per unit explode.
    if (!(incrementalUnits > 0)) notes.push('no-lift');
    else costPerIncrementalUnit = money(promotionCost / units);
  }

  if (money(incrementalGrossProfit) < 0) notes.push('below-break-even');

  return {
    ok: true,
    value: {
      promotionRevenue: money(volume * (1 - discount)),
      incrementalSales: money(base * lift),
      promotionGrossProfit: money(promotionGrossProfit),
      baselineGrossProfit: money(baselineGrossProfit),
      incrementalGrossProfit: money(incrementalGrossProfit),
      discountCost: money(discountCost),
      promotionCost: money(promotionCost),
      roiPercent,
      incrementalUnits,
      costPerIncrementalUnit,
      breakEvenLiftPercent,
      notes,
    },
  };
}

// ---------------------------------------------------------------------------
// From a plan

/** What the plan lacks for a return estimate, named after the plan's fields. */
export type ReturnInputMissing = 'baseline-sales' | 'lift' | 'margin' | 'discount' | 'fixed-costs';

/** Where the fixed costs came from: the sum of the budget lines, or the total when no line has an amount. */
export type FixedCostsSource = 'lines' | 'total';

/** The plan's fixed costs F, or null when neither a line amount nor a total is given. */
export function plannedFixedCosts(plan: Plan): { amount: number; from: FixedCostsSource } | null {
  const amounts = plan.budget.lines.flatMap((line) => (line.amount === undefined ? [] : [line.amount]));
  // Summed in cents so that ¥0.10 + ¥0.20 is ¥0.30, as the lines show.
  if (amounts.length > 0) return { amount: sumMoney(amounts), from: 'lines' };
  return plan.budget.total === undefined ? null : { amount: plan.budget.total, from: 'total' };
}

/** Adds money amounts in whole cents. */
export function sumMoney(amounts: readonly number[]): number {
  return money(amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0) / 100);
}

/**
 * The unit price of the promoted goods: defined when every product in use has a price and they
 * all have the same one (typically, one product). A mix of prices has no single unit.
 */
function commonUnitPrice(plan: Plan): { price: number } | { note: 'no-unit-price' | 'several-unit-prices' } {
  const used = plan.products.filter((product) => hasText(product.name) || product.unitPrice !== undefined);
  const prices = new Set(used.map((product) => product.unitPrice));
  const [price] = prices;
  if (used.length === 0 || prices.has(undefined) || price === undefined) return { note: 'no-unit-price' };
  return prices.size === 1 ? { price } : { note: 'several-unit-prices' };
}

export type PlanReturnInputs =
  | { ok: true; inputs: ReturnInputs; fixedCostsFrom: FixedCostsSource }
  | { ok: false; missing: ReturnInputMissing[] };

/**
 * The share of the regular price the plan's offer gives away (D), as the return counts it: the
 * offer's own figure; 0 for an offer that gives nothing away by its kind ('other') and states no
 * figure, or while no offer is chosen; undefined (missing) for a discount, gift, bundle or rebate
 * that states none, so a gift is never counted as free.
 */
export function plannedGiveaway(plan: Plan): number | undefined {
  const { type, discountPercent } = plan.offer;
  if (type === undefined) return 0;
  return discountPercent ?? (giveawayRule[type] === 'optional' ? 0 : undefined);
}

/**
 * The return inputs a plan gives: B, u and M from the budget's forecast, D from the offer
 * (plannedGiveaway), F from plannedFixedCosts, the unit price from the products.
 */
export function planReturnInputs(plan: Plan): PlanReturnInputs {
  const { forecast } = plan.budget;
  const discountPercent = plannedGiveaway(plan);
  const fixed = plannedFixedCosts(plan);
  const missing: ReturnInputMissing[] = [];
  if (forecast.baselineSales === undefined) missing.push('baseline-sales');
  if (forecast.expectedLiftPercent === undefined) missing.push('lift');
  if (forecast.grossMarginPercent === undefined) missing.push('margin');
  if (discountPercent === undefined) missing.push('discount');
  if (fixed === null) missing.push('fixed-costs');
  if (
    forecast.baselineSales === undefined ||
    forecast.expectedLiftPercent === undefined ||
    forecast.grossMarginPercent === undefined ||
    discountPercent === undefined ||
    fixed === null
  ) {
    return { ok: false, missing };
  }
  const unit = commonUnitPrice(plan);
  return {
    ok: true,
    inputs: {
      baselineSales: forecast.baselineSales,
      liftPercent: forecast.expectedLiftPercent,
      marginPercent: forecast.grossMarginPercent,
      discountPercent,
      fixedCosts: fixed.amount,
      ...('price' in unit ? { unitPrice: unit.price } : {}),
    },
    fixedCostsFrom: fixed.from,
  };
}

export type PlanReturn =
  | { ok: true; inputs: ReturnInputs; fixedCostsFrom: FixedCostsSource; value: PromotionReturn }
  | { ok: false; missing: ReturnInputMissing[] };

/** The plan's expected return; says which inputs are missing instead when it cannot be computed. */
export function planReturn(plan: Plan): PlanReturn {
  const found = planReturnInputs(plan);
  if (!found.ok) return found;
  const result = computeReturn(found.inputs);
  // The plan's schema keeps every input in bounds; this guards a plan built around the schema.
  if (!result.ok) return { ok: false, missing: [] };
  const unit = commonUnitPrice(plan);
  const value =
    'note' in unit && unit.note === 'several-unit-prices'
      ? { ...result.value, notes: result.value.notes.map((note) => (note === 'no-unit-price' ? unit.note : note)) }
      : result.value;
  return { ...found, value };
}

// ---------------------------------------------------------------------------
// After the event

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
