/**
 * The change in sales from period A to period B, attributed to the three factors with additive
 * LMDI (the growth calculator's function), in whole cents that add up exactly to the change; and
 * the same per region, rep or dealer, ranked.
 *
 * Pure module.
 *
 * When LMDI is undefined: it takes the logarithm of every factor in both periods, so it needs
 * each to be above zero. A period with nobody covered or no transaction has no 活跃率 or
 * 平均成交金额 ('empty-period'); a period whose returns equal or outweigh its sales has an
 * average of zero or below ('not-positive-sales'). Then no split is given, only the change and
 * the code with the period it comes from; nothing is approximated and no NaN escapes. Per unit
 * this is how a unit that is new in B or gone in B shows: its change counts in the unit rows'
 * sum, and the page says "new" or "gone" instead of three contributions.
 */

import { attributeLmdi, roundContributions } from '../growth/attribution.ts';
import { factorsOf, type Basis, type PeriodCounts, type UnitCounts } from './aggregate.ts';

export type AttributionCode = 'empty-period' | 'not-positive-sales';

export type FactorAttribution =
  | {
      ok: true;
      changeCents: number;
      /** [covered customers, 活跃率, 平均成交金额], whole cents summing exactly to changeCents. */
      contributionsCents: readonly [customers: number, activeRate: number, average: number];
    }
  | { ok: false; code: AttributionCode; period: 'a' | 'b' | 'both'; changeCents: number };

/** The change from `a` to `b` split over the three factors of `basis`. */
export function attributeChange(a: PeriodCounts, b: PeriodCounts, basis: Basis): FactorAttribution {
  const changeCents = b.salesCents - a.salesCents;
  const before = factorsOf(a, basis);
  const after = factorsOf(b, basis);
  if (!before.ok || !after.ok) {
    return { ok: false, code: 'empty-period', period: failedPeriod(!before.ok, !after.ok), changeCents };
  }
  if (a.salesCents <= 0 || b.salesCents <= 0) {
    return { ok: false, code: 'not-positive-sales', period: failedPeriod(a.salesCents <= 0, b.salesCents <= 0), changeCents };
  }
  const lmdi = attributeLmdi([...before.factors], [...after.factors], 0);
  // Both periods' factors are positive and finite here; the check keeps a surprise from being a NaN.
  const rounded = lmdi.ok ? roundContributions(lmdi.contributions, changeCents, 0) : null;
  if (rounded === null) return { ok: false, code: 'not-positive-sales', period: 'both', changeCents };
  const [customers = 0, activeRate = 0, average = 0] = rounded;
  return { ok: true, changeCents, contributionsCents: [customers, activeRate, average] };
}

function failedPeriod(a: boolean, b: boolean): 'a' | 'b' | 'both' {
  return a && b ? 'both' : a ? 'a' : 'b';
}

export interface UnitAttribution extends UnitCounts {
  changeCents: number;
  attribution: FactorAttribution;
}

/**
 * Every unit's change and its split, ranked by contribution to the total change: the units that
 * moved with it most come first and those that moved against it most come last (largest gain
 * first when the total rose, largest loss first when it fell); ties by label, the "not given"
 * unit last. The units' changes add up to the total change, since every used row has one unit.
 */
export function attributeUnits(units: readonly UnitCounts[], basis: Basis): UnitAttribution[] {
  const rows = units.map((unit) => ({ ...unit, changeCents: unit.b.salesCents - unit.a.salesCents, attribution: attributeChange(unit.a, unit.b, basis) }));
  const total = rows.reduce((sum, row) => sum + row.changeCents, 0);
  const direction = total < 0 ? 1 : -1;
  return rows.sort(
    (x, y) => direction * (x.changeCents - y.changeCents) || compareLabels(x.label, y.label),
  );
}

function compareLabels(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
