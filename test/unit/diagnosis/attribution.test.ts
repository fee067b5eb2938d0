import { describe, expect, it } from 'vitest';
import type { PeriodCounts, UnitCounts } from '../../../src/lib/diagnosis/aggregate';
import { attributeChange, attributeUnits } from '../../../src/lib/diagnosis/attribution';

const counts = (covered: number, transactions: number, buyers: number, salesCents: number): PeriodCounts => ({
  covered, transactions, buyers, salesCents, lines: transactions,
});

describe('attributeChange', () => {
  it('splits a change where every factor grows by the same ratio into three equal parts', () => {
    // 100 × 2 × 500.00 = 100 000.00 → 200 × 4 × 1000.00 = 800 000.00: each factor ×2, 700 000.00 in thirds.
    const split = attributeChange(counts(100, 200, 80, 10_000_000), counts(200, 800, 160, 80_000_000), 'transactions');
    expect(split).toEqual({ ok: true, changeCents: 70_000_000, contributionsCents: [23_333_334, 23_333_333, 23_333_333] });
  });

  it('splits on the buyers basis with the share of buyers and sales per buyer', () => {
    // 100 × 50 % × 2000.00 → 100 × 60 % × 2000.00: the whole change is the share of buyers.
    const split = attributeChange(counts(100, 90, 50, 10_000_000), counts(100, 130, 60, 12_000_000), 'buyers');
    expect(split).toEqual({ ok: true, changeCents: 2_000_000, contributionsCents: [0, 2_000_000, 0] });
  });

  it('names the period that makes LMDI undefined', () => {
    expect(attributeChange(counts(0, 0, 0, 0), counts(5, 5, 5, 100), 'transactions')).toEqual({
      ok: false, code: 'empty-period', period: 'a', changeCents: 100,
    });
    expect(attributeChange(counts(5, 0, 0, -100), counts(5, 0, 0, 0), 'buyers')).toEqual({
      ok: false, code: 'empty-period', period: 'both', changeCents: 100,
    });
    expect(attributeChange(counts(5, 2, 2, 100), counts(5, 2, 2, 0), 'transactions')).toEqual({
      ok: false, code: 'not-positive-sales', period: 'b', changeCents: -100,
    });
  });
});

describe('attributeUnits', () => {
  const unit = (label: string | null, a: number, b: number): UnitCounts => ({
    label, a: counts(1, 1, 1, a), b: counts(1, 1, 1, b),
  });

  it('puts the units that fell most first when the total fell, and the risers last', () => {
    const ranked = attributeUnits([unit('东', 100, 150), unit('西', 500, 200), unit('南', 300, 250)], 'transactions');
    expect(ranked.map((row) => [row.label, row.changeCents])).toEqual([['西', -300], ['南', -50], ['东', 50]]);
  });

  it('puts the units that rose most first when the total rose; ties by label, the "not given" unit last', () => {
    const ranked = attributeUnits([unit(null, 100, 200), unit('乙', 100, 200), unit('甲', 100, 200), unit('丙', 300, 250)], 'transactions');
    // 乙 (U+4E59) sorts before 甲 (U+7532).
    expect(ranked.map((row) => row.label)).toEqual(['乙', '甲', null, '丙']);
  });

  it('gives a unit that is new in period B its change without a split', () => {
    const [row] = attributeUnits([{ label: '新', a: counts(0, 0, 0, 0), b: counts(2, 3, 2, 9_000) }], 'transactions');
    expect(row).toMatchObject({ changeCents: 9_000, attribution: { ok: false, code: 'empty-period', period: 'a' } });
  });
});
