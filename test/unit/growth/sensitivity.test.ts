import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_GOAL } from '../../../src/lib/growth/plan';
import { sensitivity } from '../../../src/lib/growth/sensitivity';
import { allNumbersFinite, courseLevers, goalArb, leversArb } from './support';

describe('sensitivity', () => {
  it('+10% on any single lever adds ¥30,000 to ¥300,000', () => {
    const result = sensitivity(courseLevers(), 10, DEFAULT_GOAL);
    expect(result.status).toBe('ok');
    expect(result.stepPercent).toBe(10);
    for (const item of result.items) {
      expect(item.steppedSales).toBeCloseTo(330000, 6);
      expect(item.deltaSales).toBeCloseTo(30000, 6);
      expect(item.deltaPercent).toBeCloseTo(10, 10);
      expect(item.capped).toBe(false);
    }
  });

  it('says each lever alone would need +100% to double, active rate included when it fits', () => {
    const result = sensitivity(courseLevers(), 10, DEFAULT_GOAL);
    for (const item of result.items) expect(item.aloneUpliftPercent).toBeCloseTo(100, 10);
    expect(result.items[1]?.aloneValue).toBeCloseTo(0.6, 12);
  });

  it('says the active rate alone cannot double sales from 60% and why', () => {
    const result = sensitivity(courseLevers(200, 0.6), 10, DEFAULT_GOAL);
    const active = result.items.find((i) => i.key === 'active');
    expect(active?.aloneUpliftPercent).toBeNull();
    expect(active?.reason).toBe('exceeds-max');
    expect(result.items.find((i) => i.key === 'aov')?.aloneUpliftPercent).toBeCloseTo(100, 10);
  });

  it('clamps a step that would push the active rate above 100%', () => {
    const result = sensitivity(courseLevers(200, 0.95), 10, DEFAULT_GOAL);
    const active = result.items.find((i) => i.key === 'active');
    expect(active?.steppedValue).toBe(1);
    expect(active?.capped).toBe(true);
  });

  it('uses the default step of 10% and accepts another step', () => {
    expect(sensitivity(courseLevers()).stepPercent).toBe(10);
    const result = sensitivity(courseLevers(), 25, { kind: 'target', amount: 450000 });
    expect(result.items[0]?.deltaSales).toBeCloseTo(75000, 6);
    expect(result.items[0]?.aloneUpliftPercent).toBeCloseTo(50, 10);
  });

  it('needs no uplift on a lever when the goal is already met', () => {
    const result = sensitivity(courseLevers(), 10, { kind: 'target', amount: 100000 });
    for (const item of result.items) expect(item.aloneUpliftPercent).toBe(0);
  });

  it('reports zero-current without NaN when a lever is 0', () => {
    const result = sensitivity(courseLevers(0), 10, DEFAULT_GOAL);
    expect(result.status).toBe('zero-current');
    expect(result.items.every((i) => i.reason === 'zero-current')).toBe(true);
    expect(allNumbersFinite(result)).toBe(true);
  });

  it('rejects a step of −100% or less', () => {
    const result = sensitivity(courseLevers(), -100, DEFAULT_GOAL);
    expect(result.status).toBe('invalid');
    expect(result.issues).toEqual([{ code: 'invalid-step', key: null }]);
  });
});

describe('sensitivity properties', () => {
  it('never throws or returns NaN or Infinity and never exceeds a max', () => {
    fc.assert(
      fc.property(
        leversArb,
        goalArb,
        fc.double({ min: -99, max: 300, noNaN: true }),
        (levers, goal, step) => {
          const result = sensitivity(levers, step, goal);
          expect(result.status).toBe('ok');
          expect(allNumbersFinite(result)).toBe(true);
          result.items.forEach((item, i) => {
            const max = levers[i]?.max;
            if (max !== undefined) {
              expect(item.steppedValue).toBeLessThanOrEqual(max);
              if (item.aloneValue !== null) expect(item.aloneValue).toBeLessThanOrEqual(max);
            }
            if (item.aloneUpliftPercent !== null) expect(item.aloneUpliftPercent).toBeGreaterThanOrEqual(0);
          });
        },
      ),
    );
  });
});
