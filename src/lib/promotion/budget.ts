/**
 * A plan's budget as the return counts it (促销预算): its fixed costs F, the share of the regular
 * price its offer gives away D, its forecast B, u and M, and its expected return (return.ts).
 */

import { giveawayRule, hasText, type Plan } from './schema';
import { computeReturn, money, type PromotionReturn, type ReturnInputs } from './return';

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
