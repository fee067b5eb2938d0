import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attributeLmdi, logMean, roundContributions } from '../../../src/lib/growth/attribution';
import { activeArb, allNumbersFinite, aovArb, cents, customersArb } from './support';

describe('attributeLmdi', () => {
  it('splits 300000 → 600000 with each lever ×∛2 into three equal contributions of 100000', () => {
    const r = Math.cbrt(2);
    const result = attributeLmdi([200, 0.3, 5000], [200 * r, 0.3 * r, 5000 * r]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const c of result.contributions) expect(c).toBeCloseTo(100000, 6);
    expect(result.rounded.contributions).toEqual([100000, 100000, 100000]);
    expect(result.rounded.change).toBe(300000);
  });

  it('splits 300000 → 450000 (customers 200→250, aov 5000→6000) into 82550.96 and 67449.04', () => {
    // By hand: L(450000, 300000) = 150000 / ln 1.5 = 369943.5…,
    // customers: L·ln 1.25 = 82550.957…, aov: L·ln 1.2 = 67449.043…, active: 0.
    const result = attributeLmdi([200, 0.3, 5000], [250, 0.3, 6000]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.change).toBeCloseTo(150000, 6);
    expect(result.contributions[0]).toBeCloseTo(82550.957, 3);
    expect(result.contributions[1]).toBe(0);
    expect(result.contributions[2]).toBeCloseTo(67449.043, 3);
    expect(result.rounded.contributions).toEqual([82550.96, 0, 67449.04]);
    const sum = result.contributions.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(150000, 6);
  });

  it('attributes a decline with mixed directions and still sums to the change', () => {
    // 300000 → 200 × 0.25 × 5400 = 270000: active down, aov up.
    const result = attributeLmdi([200, 0.3, 5000], [200, 0.25, 5400]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.change).toBeCloseTo(-30000, 6);
    expect(result.contributions[1]).toBeLessThan(0);
    expect(result.contributions[2]).toBeGreaterThan(0);
    const roundedCents = result.rounded.contributions.map(cents).reduce((a, b) => a + b, 0);
    expect(roundedCents).toBe(-3000000);
  });

  it('gives zero contributions when nothing changes', () => {
    const result = attributeLmdi([200, 0.3, 5000], [200, 0.3, 5000]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.contributions).toEqual([0, 0, 0]);
    expect(result.rounded.change).toBe(0);
  });

  it('is undefined when any factor is zero before or after', () => {
    expect(attributeLmdi([200, 0, 5000], [200, 0.3, 5000])).toEqual({
      ok: false,
      reason: 'zero-factor',
    });
    expect(attributeLmdi([200, 0.3, 5000], [0, 0.3, 5000])).toEqual({
      ok: false,
      reason: 'zero-factor',
    });
    expect(attributeLmdi([200, -0.3, 5000], [200, 0.3, 5000])).toEqual({
      ok: false,
      reason: 'zero-factor',
    });
  });

  it('rejects mismatched, empty or non-finite input', () => {
    expect(attributeLmdi([1, 2], [1, 2, 3])).toEqual({ ok: false, reason: 'invalid-input' });
    expect(attributeLmdi([], [])).toEqual({ ok: false, reason: 'invalid-input' });
    expect(attributeLmdi([1, Number.NaN], [1, 2])).toEqual({ ok: false, reason: 'invalid-input' });
  });

  it('handles a four-factor split the same way', () => {
    const result = attributeLmdi([200, 0.3, 2, 2500], [220, 0.33, 2.2, 2750]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Every factor ×1.1, so the change splits into four equal parts.
    for (const c of result.contributions) expect(c).toBeCloseTo(result.change / 4, 6);
  });
});

describe('logMean', () => {
  it('is a for equal arguments and symmetric', () => {
    expect(logMean(5, 5)).toBe(5);
    expect(logMean(2, 8)).toBeCloseTo(logMean(8, 2), 12);
    expect(logMean(2, 8)).toBeCloseTo(6 / Math.log(4), 12);
  });

  it('stays accurate when the arguments almost coincide', () => {
    const a = 300000;
    const b = 300000 * (1 + 1e-12);
    const value = logMean(a, b);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(Math.min(a, b));
    expect(value).toBeLessThanOrEqual(Math.max(a, b));
    expect(Math.abs(value - (a + b) / 2) / a).toBeLessThan(1e-14);
  });
});

describe('roundContributions', () => {
  it('gives the rounding residue to the largest contribution so thirds add up to 100.00', () => {
    const rounded = roundContributions([100 / 3, 100 / 3, 100 / 3], 100);
    expect(rounded).toEqual([33.34, 33.33, 33.33]);
  });

  it('gives the residue to the largest magnitude, even a negative one', () => {
    const rounded = roundContributions([0.004, -10.004, 0.004], -9.99);
    expect(rounded).toEqual([0, -9.99, 0]);
  });

  it('supports other decimal places and rejects bad input', () => {
    expect(roundContributions([1.4, 1.4, 1.4], 4.2, 0)).toEqual([2, 1, 1]);
    expect(roundContributions([1, Number.NaN], 1)).toBeNull();
    expect(roundContributions([1], 1, 1.5)).toBeNull();
  });
});

describe('attributeLmdi properties', () => {
  const factorsArb = fc.tuple(customersArb, activeArb, aovArb);

  it('raw contributions sum to the change and rounded ones sum exactly in cents', () => {
    fc.assert(
      fc.property(factorsArb, factorsArb, (before, after) => {
        const result = attributeLmdi(before, after);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const sum = result.contributions.reduce((a, b) => a + b, 0);
        const scale = Math.max(result.before, result.after);
        expect(Math.abs(sum - result.change)).toBeLessThanOrEqual(1e-9 * scale);
        const roundedCents = result.rounded.contributions.map(cents).reduce((a, b) => a + b, 0);
        expect(roundedCents).toBe(cents(result.after) - cents(result.before));
        expect(cents(result.rounded.change)).toBe(roundedCents);
        expect(allNumbersFinite(result)).toBe(true);
      }),
    );
  });

  it('handles near-identical before and after values without NaN', () => {
    fc.assert(
      fc.property(factorsArb, fc.double({ min: -1e-9, max: 1e-9, noNaN: true }), (before, eps) => {
        const after = before.map((x) => x * (1 + eps));
        const result = attributeLmdi(before, after);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const sum = result.contributions.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - result.change)).toBeLessThanOrEqual(1e-9 * result.before);
        expect(allNumbersFinite(result)).toBe(true);
      }),
    );
  });
});
