import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignedTotalOf, seasonalPresets, type SeasonalPreset, type SplitInput, type SplitMethod, type SplitNoticeCode, type SplitResult, type SplitSuccess, type SplitUnit } from '../../../src/lib/target-split/model';
import { phaseMonths, type MonthProfile, type MonthTable } from '../../../src/lib/target-split/months';
import { apportion } from '../../../src/lib/target-split/rounding';
import { planTargets, reconcile, splitTarget } from '../../../src/lib/target-split/split';

// ---------------------------------------------------------------------------
// Helpers

function succeed(result: SplitResult): SplitSuccess {
  if (!result.ok) throw new Error(`expected a split, got ${JSON.stringify(result.issues)}`);
  return result;
}

function quotas(result: SplitResult): number[] {
  return succeed(result).units.map((unit) => unit.quota);
}

function noticeUnits(result: SplitSuccess, code: SplitNoticeCode): readonly number[] | undefined {
  return result.notices.find((notice) => notice.code === code)?.units;
}

function table(result: ReturnType<typeof phaseMonths>): MonthTable {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.issues)}`);
  return result.table;
}

function total(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allNumbersFinite);
  return true;
}

const weighted = (...weights: number[]): SplitUnit[] => weights.map((weight, index) => ({ name: `U${index + 1}`, weight }));

// ---------------------------------------------------------------------------
// Worked examples

describe('the worked example', () => {
  it('splits 1,000,000 by 3:2:1 into 500,000 / 333,333 / 166,667, exactly 1,000,000 in all', () => {
    const result = splitTarget({ total: 1_000_000, method: 'weights', units: weighted(3, 2, 1), roundingUnit: 1 });
    expect(quotas(result)).toEqual([500_000, 333_333, 166_667]);
    expect(total(quotas(result))).toBe(1_000_000);
    expect(succeed(result).remainder).toBeNull();
  });

  it('gives each unit its share of the assigned total and its exact value before rounding', () => {
    const result = succeed(splitTarget({ total: 1_000_000, method: 'weights', units: weighted(3, 2, 1) }));
    expect(result.units[0]?.share).toBe(0.5);
    expect(result.units[1]?.exact).toBeCloseTo(333_333.333, 2);
  });
});

describe('methods', () => {
  it('equal: 1,000,000 over three units gives the extra yuan to the first', () => {
    const result = splitTarget({ total: 1_000_000, method: 'equal', units: weighted(0, 0, 0) });
    expect(quotas(result)).toEqual([333_334, 333_333, 333_333]);
  });

  it('weights: the scale of the weights does not matter', () => {
    const small = splitTarget({ total: 900_000, method: 'weights', units: weighted(3, 2, 1) });
    const large = splitTarget({ total: 900_000, method: 'weights', units: weighted(30, 20, 10) });
    expect(quotas(small)).toEqual([450_000, 300_000, 150_000]);
    expect(quotas(large)).toEqual(quotas(small));
  });

  it('weights: a missing weight counts as zero and is named in a notice', () => {
    const result = succeed(
      splitTarget({ total: 1000, method: 'weights', units: [{ name: 'A', weight: 1 }, { name: 'B' }] }),
    );
    expect(result.units.map((unit) => unit.quota)).toEqual([1000, 0]);
    expect(result.notices).toContainEqual({ code: 'missing-as-zero', units: [1], field: 'weight', amount: null });
  });

  it('weights: no positive weight at all is the error no-weights', () => {
    const result = splitTarget({ total: 1000, method: 'weights', units: [{ name: 'A', weight: 0 }, { name: 'B' }] });
    expect(result).toEqual({ ok: false, issues: [{ code: 'no-weights', unit: null, field: null, amount: null }] });
  });

  it('history: shares follow last period’s actuals', () => {
    const units = [200, 300, 500].map((history, index) => ({ name: `U${index}`, history: history * 1000 }));
    const result = succeed(splitTarget({ total: 1_200_000, method: 'history', units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([240_000, 360_000, 600_000]);
    expect(result.units.map((unit) => unit.growthPercent)).toEqual([20, 20, 20]);
  });

  it('history: all history zero or missing is the error no-history', () => {
    const result = splitTarget({ total: 1000, method: 'history', units: [{ name: 'A', history: 0 }, { name: 'B' }] });
    expect(result.ok ? [] : result.issues.map((entry) => entry.code)).toEqual(['no-history']);
  });

  it('increment: units keep their history and share the growth by headroom', () => {
    const units: SplitUnit[] = [
      { name: 'A', history: 100_000, potential: 200_000 },
      { name: 'B', history: 200_000, potential: 200_000 },
      { name: 'C', history: 300_000, potential: 500_000 },
    ];
    expect(quotas(splitTarget({ total: 900_000, method: 'increment', units }))).toEqual([200_000, 200_000, 500_000]);
  });

  it('increment: a potential below history counts as no headroom and is named', () => {
    const units: SplitUnit[] = [
      { name: 'A', history: 100_000, potential: 50_000 },
      { name: 'B', history: 100_000, potential: 300_000 },
    ];
    const result = succeed(splitTarget({ total: 300_000, method: 'increment', units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([100_000, 200_000]);
    expect(noticeUnits(result, 'negative-headroom')).toEqual([0]);
  });

  it('increment: a target below Σ history cuts every unit by the same percentage of its history', () => {
    const units: SplitUnit[] = [
      { name: 'A', history: 100_000, potential: 300_000 },
      { name: 'B', history: 200_000 },
      { name: 'C', history: 300_000, potential: 300_000 },
    ];
    const result = succeed(splitTarget({ total: 540_000, method: 'increment', units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([90_000, 180_000, 270_000]);
    expect(result.notices).toContainEqual({ code: 'target-below-history', units: [], field: null, amount: 60_000 });
  });

  it('increment: growth with no headroom anywhere is the error no-headroom', () => {
    const units: SplitUnit[] = [
      { name: 'A', history: 100_000 },
      { name: 'B', history: 100_000, potential: 90_000 },
    ];
    const result = splitTarget({ total: 300_000, method: 'increment', units });
    expect(result.ok ? [] : result.issues.map((entry) => entry.code)).toEqual(['no-headroom']);
  });

  it('increment: a missing history counts as zero (a new unit gets growth only) and is named', () => {
    const units: SplitUnit[] = [
      { name: 'Old', history: 100_000, potential: 150_000 },
      { name: 'New', potential: 50_000 },
    ];
    const result = succeed(splitTarget({ total: 200_000, method: 'increment', units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([150_000, 50_000]);
    expect(result.notices).toContainEqual({ code: 'missing-as-zero', units: [1], field: 'history', amount: null });
  });

  it('blend: α mixes the history share with the potential share', () => {
    const units: SplitUnit[] = [
      { name: 'A', history: 100, potential: 300 },
      { name: 'B', history: 300, potential: 100 },
    ];
    expect(quotas(splitTarget({ total: 1000, method: 'blend', alpha: 0.5, units }))).toEqual([500, 500]);
    expect(quotas(splitTarget({ total: 1000, method: 'blend', alpha: 1, units }))).toEqual([250, 750]);
    expect(quotas(splitTarget({ total: 1000, method: 'blend', alpha: 0, units }))).toEqual([750, 250]);
    expect(quotas(splitTarget({ total: 1000, method: 'blend', alpha: 0.8, units }))).toEqual([350, 650]);
  });

  it('blend: α below 1 needs some potential, α above 0 needs some history', () => {
    const historyOnly: SplitUnit[] = [{ name: 'A', history: 100 }];
    const potentialOnly: SplitUnit[] = [{ name: 'A', potential: 100 }];
    const codes = (result: SplitResult) => (result.ok ? [] : result.issues.map((entry) => entry.code));
    expect(codes(splitTarget({ total: 10, method: 'blend', alpha: 0.5, units: historyOnly }))).toEqual(['no-potential']);
    expect(codes(splitTarget({ total: 10, method: 'blend', alpha: 0.5, units: potentialOnly }))).toEqual(['no-history']);
    expect(quotas(splitTarget({ total: 10, method: 'blend', alpha: 1, units: historyOnly }))).toEqual([10]);
  });
});

describe('input problems are reported, all at once', () => {
  it('names every bad field and the bad levers', () => {
    const result = splitTarget({
      total: -5,
      method: 'weights',
      overPercent: 150,
      roundingUnit: 2.5,
      alpha: 2,
      units: [
        { name: 'A', weight: Number.NaN },
        { name: 'B', min: 10, max: 5 },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((entry) => entry.code)).toEqual([
      'invalid-total',
      'invalid-alpha',
      'invalid-over',
      'invalid-rounding-unit',
      'invalid-value',
      'min-above-max',
    ]);
    expect(result.issues[4]).toEqual({ code: 'invalid-value', unit: 0, field: 'weight', amount: null });
    expect(result.issues[5]?.unit).toBe(1);
  });

  it('an empty list of units is no-units; an unknown method is invalid-method', () => {
    const codes = (result: SplitResult) => (result.ok ? [] : result.issues.map((entry) => entry.code));
    expect(codes(splitTarget({ total: 10, method: 'weights', units: [] }))).toEqual(['no-units']);
    expect(codes(splitTarget({ total: 10, method: 'random' as SplitMethod, units: weighted(1) }))).toEqual(['invalid-method']);
  });
});

// ---------------------------------------------------------------------------
// Over-assignment, caps, rounding

describe('over-assignment', () => {
  it('10 % over a 1,000,000 target makes the quotas add up to 1,100,000', () => {
    const result = succeed(splitTarget({ total: 1_000_000, method: 'weights', overPercent: 10, units: weighted(3, 2, 1) }));
    expect(result.assignedTotal).toBe(1_100_000);
    expect(result.target).toBe(1_000_000);
    expect(result.units.map((unit) => unit.quota)).toEqual([550_000, 366_667, 183_333]);
  });

  it('is exact in decimal: 12.34 % over 1,000,000 is 1,123,400 and halves round up', () => {
    expect(assignedTotalOf(1_000_000, 12.34)).toBe(1_123_400);
    expect(assignedTotalOf(1, 50)).toBe(2);
    expect(assignedTotalOf(1e15, 100)).toBe(2e15);
    expect(assignedTotalOf(999_999_999_999_999, 7.77)).toBe(1_077_699_999_999_999);
  });
});

describe('caps', () => {
  it('clamps a unit at its maximum and shares the rest among the others by weight', () => {
    const units: SplitUnit[] = [{ name: 'A', weight: 1, max: 100 }, ...weighted(1, 1, 1)];
    const result = succeed(splitTarget({ total: 1000, method: 'weights', units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([100, 300, 300, 300]);
    expect(result.units[0]?.bound).toBe('max');
    expect(noticeUnits(result, 'capped-at-max')).toEqual([0]);
  });

  it('raises units to their minimum and takes it from the others', () => {
    const units: SplitUnit[] = [
      { name: 'A', weight: 1, min: 200 },
      { name: 'B', weight: 1, min: 200 },
      { name: 'C', weight: 8 },
    ];
    const result = succeed(splitTarget({ total: 1000, method: 'weights', units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([200, 200, 600]);
    expect(noticeUnits(result, 'raised-to-min')).toEqual([0, 1]);
  });

  it('repeats until stable: a redistribution that breaks a second cap is clamped again', () => {
    const units: SplitUnit[] = [
      { name: 'A', weight: 5, max: 300 },
      { name: 'B', weight: 3, max: 320 },
      { name: 'C', weight: 2 },
    ];
    expect(quotas(splitTarget({ total: 1000, method: 'weights', units }))).toEqual([300, 320, 380]);
  });

  it('a rest left only for zero-weight units is shared equally among them, with a notice', () => {
    const units: SplitUnit[] = [
      { name: 'A', weight: 1, max: 400 },
      { name: 'B', weight: 0 },
      { name: 'C', weight: 0 },
    ];
    const result = succeed(splitTarget({ total: 1000, method: 'weights', units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([400, 300, 300]);
    expect(noticeUnits(result, 'equal-share-fallback')).toEqual([1, 2]);
  });

  it('Σ min above the total has no solution and says by how much', () => {
    const units: SplitUnit[] = [
      { name: 'A', weight: 1, min: 700 },
      { name: 'B', weight: 1, min: 500 },
    ];
    expect(splitTarget({ total: 1000, method: 'weights', units })).toEqual({
      ok: false,
      issues: [{ code: 'min-exceeds-total', unit: null, field: null, amount: 200 }],
    });
  });

  it('Σ max below the assigned total has no solution and says by how much', () => {
    const units: SplitUnit[] = [
      { name: 'A', weight: 1, max: 600 },
      { name: 'B', weight: 1, max: 450 },
    ];
    expect(splitTarget({ total: 1000, method: 'weights', units }).ok).toBe(true);
    expect(splitTarget({ total: 1000, method: 'weights', overPercent: 10, units })).toEqual({
      ok: false,
      issues: [{ code: 'max-below-total', unit: null, field: null, amount: 50 }],
    });
  });

  it('one unit without a maximum can always take the rest', () => {
    const units: SplitUnit[] = [{ name: 'A', weight: 1, max: 10 }, { name: 'B', weight: 1 }];
    expect(quotas(splitTarget({ total: 1000, method: 'weights', units }))).toEqual([10, 990]);
  });
});

describe('exact rounding to a rounding unit', () => {
  it('parts are whole multiples of the unit and still add up exactly', () => {
    const result = succeed(splitTarget({ total: 1_000_000, method: 'weights', roundingUnit: 1000, units: weighted(3, 2, 1) }));
    expect(result.units.map((unit) => unit.quota)).toEqual([500_000, 333_000, 167_000]);
  });

  it('a total that is not a multiple gives its remainder to the largest unit, with a notice', () => {
    const result = succeed(splitTarget({ total: 1_234_567, method: 'weights', roundingUnit: 10_000, units: weighted(3, 2, 1) }));
    expect(result.units.map((unit) => unit.quota)).toEqual([624_567, 410_000, 200_000]);
    expect(result.remainder).toEqual({ unit: 0, amount: 4567 });
    expect(result.notices).toContainEqual({ code: 'remainder', units: [0], field: null, amount: 4567 });
  });

  it('the remainder goes to the largest unit that can take it under its maximum', () => {
    const units: SplitUnit[] = [{ name: 'A', weight: 3, max: 620_000 }, ...weighted(2, 1)];
    const result = succeed(splitTarget({ total: 1_234_567, method: 'weights', roundingUnit: 10_000, units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([620_000, 414_567, 200_000]);
    expect(result.remainder).toEqual({ unit: 1, amount: 4567 });
  });

  it('rounding keeps a maximum that is a multiple of the unit (450/550 becomes 400/600, not 500/500)', () => {
    const units: SplitUnit[] = [{ name: 'A', weight: 1, max: 450 }, { name: 'B', weight: 1 }];
    const result = succeed(splitTarget({ total: 1000, method: 'weights', roundingUnit: 100, units }));
    expect(result.units.map((unit) => unit.quota)).toEqual([400, 600]);
    expect(noticeUnits(result, 'cap-broken-by-rounding')).toBeUndefined();
  });

  it('caps that allow no multiple of the unit are broken by less than one unit, and named', () => {
    const units: SplitUnit[] = [{ name: 'A', weight: 1, min: 150, max: 150 }, { name: 'B', weight: 1 }];
    const result = succeed(splitTarget({ total: 1000, method: 'weights', roundingUnit: 100, units }));
    const [first = 0, second = 0] = result.units.map((unit) => unit.quota);
    expect(first + second).toBe(1000);
    expect(Math.abs(first - 150)).toBeLessThan(100);
    expect(noticeUnits(result, 'cap-broken-by-rounding')).toEqual([0]);
  });

  it('a rounding unit above the total leaves everything to the remainder rule: equal parts, larger share wins', () => {
    const result = succeed(splitTarget({ total: 500, method: 'weights', roundingUnit: 1000, units: weighted(1, 5) }));
    expect(result.units.map((unit) => unit.quota)).toEqual([0, 500]);
    expect(result.remainder).toEqual({ unit: 1, amount: 500 });
  });

  it('apportion never loses or adds a unit, even from targets with float noise', () => {
    expect(apportion(10, [3.3333333333333335, 3.3333333333333335, 3.333333333333333])).toEqual([4, 3, 3]);
    expect(apportion(3, [1.0000000000000002, 0.9999999999999998, 1])).toEqual([1, 1, 1]);
    expect(apportion(5, [5, 5], { upper: [2, 10] })).toEqual([2, 3]);
    // A soft bound is kept while another unit can move instead, then crossed.
    expect(apportion(3, [1.9, 1.1], { upper: [2, 2], softUpper: [1, 2] })).toEqual([1, 2]);
    expect(apportion(4, [1.9, 1.1], { upper: [2, 2], softUpper: [1, 2] })).toEqual([2, 2]);
  });
});

// ---------------------------------------------------------------------------
// Reconciliation

describe('reconciliation with bottom-up commitments', () => {
  it('shows each committing unit’s gap and the totals of those who committed', () => {
    const units: SplitUnit[] = [
      { name: 'A', weight: 3, commitment: 450_000 },
      { name: 'B', weight: 2, commitment: 350_000.5 },
      { name: 'C', weight: 1 },
    ];
    const result = succeed(splitTarget({ total: 1_000_000, method: 'weights', units }));
    expect(result.units.map((unit) => unit.gap)).toEqual([-50_000, 16_667.5, null]);
    expect(result.reconciliation).toEqual({
      committedUnits: 2,
      allCommitted: false,
      commitmentTotal: 800_000.5,
      quotaOfCommitted: 833_333,
      gap: -33_332.5,
      gapToAssignedTotal: null,
      gapToTarget: null,
    });
  });

  it('when everyone committed, compares the sum with the assigned total and the target', () => {
    const units: SplitUnit[] = [
      { name: 'A', weight: 1, commitment: 600_000 },
      { name: 'B', weight: 1, commitment: 480_000 },
    ];
    const result = succeed(splitTarget({ total: 1_000_000, method: 'weights', overPercent: 10, units }));
    expect(result.reconciliation.gapToAssignedTotal).toBe(-20_000);
    expect(result.reconciliation.gapToTarget).toBe(80_000);
    expect(result.reconciliation.gap).toBe(-20_000);
  });

  it('reconcile on its own ignores commitments that are not amounts', () => {
    expect(reconcile([100, 200], [Number.NaN, 150], 300, 300)).toMatchObject({ committedUnits: 1, gap: -50 });
  });
});

// ---------------------------------------------------------------------------
// Months

describe('months', () => {
  it('flat: 12,000 over the year is 1,000 a month', () => {
    const result = table(phaseMonths({ quotas: [12_000], roundingUnit: 1, profile: { kind: 'flat' } }));
    expect(result.rows[0]?.months).toEqual(new Array(12).fill(1000));
    expect(result.rows[0]?.quarters).toEqual([3000, 3000, 3000, 3000]);
  });

  it('flat with 13 units to place gives the extra to January', () => {
    const result = table(phaseMonths({ quotas: [13], roundingUnit: 1, profile: { kind: 'flat' } }));
    expect(result.rows[0]?.months).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('spring-festival: January and February dip, the weights are per-mille of the year', () => {
    const result = table(phaseMonths({ quotas: [1_000_000], roundingUnit: 1, profile: { kind: 'spring-festival' } }));
    expect(result.rows[0]?.months).toEqual(seasonalPresets['spring-festival'].map((weight) => weight * 1000));
    expect(result.monthTotals[1]).toBeLessThan(result.monthTotals[5] ?? 0);
  });

  it('every preset adds up to 1000 and peaks where its name says', () => {
    for (const preset of Object.values(seasonalPresets)) expect(total(preset) === 1000 || total(preset) === 12).toBe(true);
    const peak = (weights: readonly number[]) => weights.indexOf(Math.max(...weights));
    expect(peak(seasonalPresets['year-end'])).toBe(11);
    expect(peak(seasonalPresets['retail-peaks'])).toBe(10);
    expect(seasonalPresets['retail-peaks'][5]).toBeGreaterThan(seasonalPresets['retail-peaks'][4] ?? 0);
  });

  it('custom weights phase by the weights given', () => {
    const weights = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1];
    const result = table(phaseMonths({ quotas: [10_000], roundingUnit: 100, profile: { kind: 'custom', weights } }));
    expect(result.rows[0]?.months).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5000, 5000]);
    expect(result.quarterTotals).toEqual([0, 0, 0, 10_000]);
  });

  it('custom weights that are missing or all zero are the error no-month-weights', () => {
    const result = phaseMonths({ quotas: [100], roundingUnit: 1, profile: { kind: 'custom', weights: new Array(12).fill(0) } });
    expect(result.ok ? [] : result.issues.map((entry) => entry.code)).toEqual(['no-month-weights']);
  });

  it('history: each unit follows its own months; a unit without months follows the company', () => {
    const own = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0];
    const profile: MonthProfile = { kind: 'history', months: [own, undefined] };
    const result = table(phaseMonths({ quotas: [4000, 8000], roundingUnit: 1, profile }));
    expect(result.rows[0]?.months).toEqual([0, 0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 0, 0]);
    expect(result.rows[1]?.months).toEqual([0, 0, 0, 0, 0, 0, 2000, 2000, 2000, 2000, 0, 0]);
    expect(result.notices).toContainEqual({ code: 'company-pattern-used', units: [1], field: null, amount: null });
  });

  it('history with no monthly actuals anywhere is the error no-monthly-history', () => {
    const result = phaseMonths({ quotas: [100], roundingUnit: 1, profile: { kind: 'history', months: [undefined] } });
    expect(result.ok ? [] : result.issues.map((entry) => entry.code)).toEqual(['no-monthly-history']);
  });

  it('rows add up to each quota and columns to the company month totals (3:2:1 over spring-festival)', () => {
    const result = table(phaseMonths({ quotas: [500_000, 333_333, 166_667], roundingUnit: 1000, profile: { kind: 'spring-festival' } }));
    expect(result.rows.map((row) => total(row.months))).toEqual([500_000, 333_333, 166_667]);
    expect(columnSums(result)).toEqual(result.monthTotals);
    expect(total(result.monthTotals)).toBe(1_000_000);
    result.monthTotals.forEach((amount, month) => {
      expect(Math.abs(amount - (seasonalPresets['spring-festival'][month] ?? 0) * 1000)).toBeLessThan(2000);
    });
    result.rows.forEach((row) => expect(row.months.filter((cell) => cell % 1000 !== 0)).toHaveLength(row.quota % 1000 === 0 ? 0 : 1));
  });

  it('stays exact with amounts near 10^15, where products pass 2^53', () => {
    const quotas = [999_999_999_999_999, 123_456_789_012_345];
    const result = table(phaseMonths({ quotas, roundingUnit: 1, profile: { kind: 'retail-peaks' } }));
    expect(result.rows.map((row) => total(row.months))).toEqual(quotas);
    expect(columnSums(result)).toEqual(result.monthTotals);
    // November is 14 % of 999,999,999,999,999: 139,999,999,999,999.86, so one of its neighbours.
    expect([139_999_999_999_999, 140_000_000_000_000]).toContain(result.rows[0]?.months[10]);
  });

  it('keeps both margins even when no rounding to neighbouring values exists, and says so', () => {
    // Unit A sold only in Jan/Feb, unit B only in Mar–May. Rounding the month totals first leaves
    // Jan and Feb with nothing, so A's one unit has to go to a month of its own with no weight.
    const a = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const b = [0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const result = table(phaseMonths({ quotas: [1, 2], roundingUnit: 1, profile: { kind: 'history', months: [a, b] } }));
    expect(result.monthTotals).toEqual([0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(result.rows.map((row) => total(row.months))).toEqual([1, 2]);
    expect(columnSums(result)).toEqual(result.monthTotals);
    expect(result.notices).toContainEqual({ code: 'cells-stretched', units: [0], field: null, amount: null });
  });

  it('planTargets phases the split by the chosen season', () => {
    const plan = planTargets({ total: 1_200_000, method: 'equal', roundingUnit: 10_000, seasonality: 'year-end', units: weighted(1, 1, 1) });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.months.rows.map((row) => total(row.months))).toEqual([400_000, 400_000, 400_000]);
    expect(plan.months.monthTotals[11]).toBeGreaterThan(plan.months.monthTotals[0] ?? 0);
    expect(total(plan.months.quarterTotals)).toBe(1_200_000);
  });
});

function columnSums(result: MonthTable): number[] {
  return Array.from({ length: 12 }, (_, month) => total(result.rows.map((row) => row.months[month] ?? 0)));
}

// ---------------------------------------------------------------------------
// Properties

const roundingUnitArb = fc.constantFrom(1, 7, 10, 100, 1000, 10_000);
const methodArb = fc.constantFrom<SplitMethod>('equal', 'weights', 'history', 'increment', 'blend');
const amountArb = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
const optionalAmount = fc.option(amountArb, { nil: undefined });

/** Units whose caps are whole multiples of the rounding unit, and a total between Σ min and Σ max. */
const feasibleArb = fc
  .record({
    roundingUnit: roundingUnitArb,
    method: methodArb,
    alpha: fc.double({ min: 0, max: 1, noNaN: true }),
    caps: fc.array(
      fc.record({
        minSteps: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
        spanSteps: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
        weight: optionalAmount,
        history: optionalAmount,
        potential: optionalAmount,
      }),
      { minLength: 1, maxLength: 25 },
    ),
    position: fc.double({ min: 0, max: 1, noNaN: true }),
    extraSteps: fc.integer({ min: 0, max: 100_000 }),
  })
  .map(({ roundingUnit, method, alpha, caps, position, extraSteps }) => {
    const units: SplitUnit[] = caps.map((cap, index) => ({
      name: `U${index}`,
      weight: cap.weight,
      history: cap.history,
      potential: cap.potential,
      min: cap.minSteps === undefined ? undefined : cap.minSteps * roundingUnit,
      max: cap.spanSteps === undefined ? undefined : ((cap.minSteps ?? 0) + cap.spanSteps) * roundingUnit,
    }));
    const minSteps = total(caps.map((cap) => cap.minSteps ?? 0));
    const bounded = caps.every((cap) => cap.spanSteps !== undefined);
    const maxSteps = total(caps.map((cap) => (cap.minSteps ?? 0) + (cap.spanSteps ?? 0)));
    const steps = bounded ? minSteps + Math.floor(position * (maxSteps - minSteps)) : minSteps + extraSteps;
    const input: SplitInput = { total: Math.max(1, steps) * roundingUnit, method, alpha, roundingUnit, units };
    return input;
  });

const dataIssues = new Set(['no-weights', 'no-history', 'no-potential', 'no-headroom', 'max-below-total']);

describe('properties of the split', () => {
  it('with caps in whole rounding units, parts are multiples of the unit, keep their caps and add up exactly', () => {
    fc.assert(
      fc.property(feasibleArb, (input) => {
        const result = splitTarget(input);
        if (!result.ok) {
          // Only missing data (or a total lifted to one unit above Σ max) may stop a feasible split.
          expect(input.method === 'equal' && result.issues.some((entry) => entry.code !== 'max-below-total')).toBe(false);
          expect(result.issues.every((entry) => dataIssues.has(entry.code))).toBe(true);
          return;
        }
        const parts = result.units.map((unit) => unit.quota);
        expect(total(parts)).toBe(input.total);
        for (const [index, part] of parts.entries()) {
          const unit = input.units[index];
          expect(part % (input.roundingUnit ?? 1)).toBe(0);
          if (unit?.min !== undefined) expect(part).toBeGreaterThanOrEqual(unit.min);
          if (unit?.max !== undefined) expect(part).toBeLessThanOrEqual(unit.max);
        }
        expect(result.notices.some((entry) => entry.code === 'cap-broken-by-rounding')).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('for any valid input the quotas add up to the assigned total; only the remainder unit is off the grid; broken caps are named', () => {
    const unitArb = fc.record({
      name: fc.string({ maxLength: 8 }),
      weight: optionalAmount,
      history: optionalAmount,
      potential: optionalAmount,
      min: optionalAmount,
      max: optionalAmount,
      commitment: optionalAmount,
    });
    const inputArb = fc.record({
      total: fc.integer({ min: 1, max: 1e12 }),
      method: methodArb,
      alpha: fc.double({ min: 0, max: 1, noNaN: true }),
      overPercent: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
      roundingUnit: roundingUnitArb,
      units: fc.array(unitArb, { minLength: 1, maxLength: 20 }),
    });
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = splitTarget(input);
        expect(allNumbersFinite(result)).toBe(true);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          return;
        }
        const unit = input.roundingUnit;
        expect(total(result.units.map((entry) => entry.quota))).toBe(result.assignedTotal);
        expect(result.assignedTotal).toBe(assignedTotalOf(input.total, input.overPercent));
        const off = result.units.filter((entry) => entry.quota % unit !== 0).map((entry) => entry.index);
        const leftover = result.assignedTotal % unit;
        expect(off).toEqual(leftover === 0 ? [] : [result.remainder?.unit]);
        if (result.remainder !== null) expect((result.units[result.remainder.unit]?.quota ?? 0) - leftover).toBeGreaterThanOrEqual(0);
        const broken = noticeUnits(result, 'cap-broken-by-rounding') ?? [];
        for (const entry of result.units) {
          const caps = input.units[entry.index];
          const below = caps?.min !== undefined && entry.quota < caps.min;
          const above = caps?.max !== undefined && entry.quota > caps.max;
          if (below || above) {
            expect(broken).toContain(entry.index);
            if (below) expect((caps?.min ?? 0) - entry.quota).toBeLessThan(unit);
            if (above) expect(entry.quota - (caps?.max ?? 0)).toBeLessThan(unit);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('equal splits differ by at most one rounding unit (plus the remainder)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), fc.integer({ min: 1, max: 60 }), roundingUnitArb, (amount, count, unit) => {
        const result = succeed(splitTarget({ total: amount, method: 'equal', roundingUnit: unit, units: weighted(...new Array(count).fill(1)) }));
        const parts = result.units.map((entry, index) => entry.quota - (result.remainder?.unit === index ? result.remainder.amount : 0));
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(unit);
      }),
    );
  });

  it('no input makes splitTarget, phaseMonths or planTargets throw or return a non-finite number', () => {
    const wildNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e300, -0, undefined, null),
      fc.string({ maxLength: 4 }),
    );
    const wildUnit = fc.oneof(
      fc.record({ name: fc.oneof(fc.string(), wildNumber), weight: wildNumber, history: wildNumber, potential: wildNumber, min: wildNumber, max: wildNumber, commitment: wildNumber, months: fc.oneof(fc.array(wildNumber, { maxLength: 13 }), wildNumber) }),
      fc.anything(),
    );
    const wildInput = fc.oneof(
      fc.record({
        total: wildNumber,
        method: fc.oneof(methodArb, fc.string()),
        alpha: wildNumber,
        overPercent: wildNumber,
        roundingUnit: wildNumber,
        units: fc.oneof(fc.array(wildUnit, { maxLength: 6 }), fc.anything()),
        seasonality: fc.constantFrom('flat', 'custom', 'history', 'retail-peaks', 'nope'),
        monthWeights: fc.oneof(fc.array(wildNumber, { maxLength: 13 }), fc.anything()),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(wildInput, (input) => {
        const split = splitTarget(input as SplitInput);
        const plan = planTargets(input as Parameters<typeof planTargets>[0]);
        const phased = phaseMonths(input as Parameters<typeof phaseMonths>[0]);
        expect(allNumbersFinite([split, plan, phased])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('properties of the month table', () => {
  const monthsArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 12, maxLength: 12 });
  const profileArb = (rows: number): fc.Arbitrary<MonthProfile> =>
    fc.oneof(
      fc.constantFrom<MonthProfile>({ kind: 'flat' }, { kind: 'spring-festival' }, { kind: 'year-end' }, { kind: 'retail-peaks' }),
      monthsArb.filter((weights) => total(weights) > 0).map((weights): MonthProfile => ({ kind: 'custom', weights })),
      fc
        .array(fc.option(monthsArb, { nil: undefined }), { minLength: rows, maxLength: rows })
        .filter((list) => list.some((months) => months !== undefined && total(months) > 0))
        .map((months): MonthProfile => ({ kind: 'history', months })),
    );
  const caseArb = fc
    .record({
      quotas: fc.array(fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 30 }),
      roundingUnit: roundingUnitArb,
    })
    .chain(({ quotas, roundingUnit }) => profileArb(quotas.length).map((profile) => ({ quotas, roundingUnit, profile })));

  it('every row adds up exactly to its quota and every column to its month total, in whole rounding units', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const result = table(phaseMonths(input));
        const unit = input.roundingUnit;
        expect(result.rows.map((row) => total(row.months))).toEqual(input.quotas);
        expect(columnSums(result)).toEqual(result.monthTotals);
        expect(total(result.monthTotals)).toBe(total(input.quotas));
        expect(result.total).toBe(total(input.quotas));
        for (const row of result.rows) {
          expect(row.months.every((cell) => Number.isSafeInteger(cell) && cell >= 0)).toBe(true);
          const offGrid = row.months.filter((cell) => cell % unit !== 0);
          expect(offGrid.length).toBe(row.quota % unit === 0 ? 0 : 1);
          expect(row.quarters).toEqual([0, 1, 2, 3].map((q) => total(row.months.slice(q * 3, q * 3 + 3))));
        }
        expect(result.quarterTotals).toEqual([0, 1, 2, 3].map((q) => total(result.monthTotals.slice(q * 3, q * 3 + 3))));
      }),
      { numRuns: 300 },
    );
  });

  it('with a preset profile, cells and month totals sit next to their exact values unless a row is flagged stretched', () => {
    const presetArb = fc.constantFrom<SeasonalPreset>('flat', 'spring-festival', 'year-end', 'retail-peaks');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 40 }),
        roundingUnitArb,
        presetArb,
        (quotasIn, unit, kind) => {
          const result = table(phaseMonths({ quotas: quotasIn, roundingUnit: unit, profile: { kind } }));
          const weights = seasonalPresets[kind];
          const denominator = total(weights);
          const stretched = result.notices.find((entry) => entry.code === 'cells-stretched')?.units ?? [];
          const stepsOf = quotasIn.map((quota) => Math.floor(quota / unit));
          result.rows.forEach((row, index) => {
            if (stretched.includes(index)) return;
            row.months.forEach((cell, month) => {
              const exact = ((stepsOf[index] ?? 0) * (weights[month] ?? 0)) / denominator;
              expect(Math.abs(Math.floor(cell / unit) - exact)).toBeLessThan(1);
            });
          });
          const columnSteps = Array.from({ length: 12 }, (_, month) => total(result.rows.map((row) => Math.floor((row.months[month] ?? 0) / unit))));
          columnSteps.forEach((steps, month) => {
            const exact = (total(stepsOf) * (weights[month] ?? 0)) / denominator;
            expect(Math.abs(steps - exact)).toBeLessThan(1);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
