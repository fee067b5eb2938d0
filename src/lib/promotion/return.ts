/**
 * The return of a promotion (促销投入产出) from its inputs B, u, M, D and F; the plan's figures are
 * read in budget.ts, and the event's actuals compared in actuals.ts.
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
import { fieldSchemas } from './schema';

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

export const money = (value: number): number => roundTo(value, 2);
const percent = (value: number): number => roundTo(value, 6);
/** Amounts that round to no cents are treated as zero, so no tiny divisor can blow a ratio up. */
export const isZeroMoney = (value: number): boolean => money(value) === 0;

/** part ÷ whole × 100, or null when the whole is 0 or so small that the ratio leaves the doubles. */
export function ratioPercent(part: number, whole: number): number | null {
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
