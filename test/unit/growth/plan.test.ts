import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_GOAL, planGrowth, salesOf, solveFactor, targetAmount, upliftFor, type GrowthPlan, type Lever } from '../../../src/lib/growth/plan';
import { allNumbersFinite, courseLevers, customersArb, goalArb, leversArb } from './support';

function lever(plan: GrowthPlan, key: string) {
  const found = plan.levers.find((l) => l.key === key);
  if (!found) throw new Error(`no lever ${key}`);
  return found;
}

function noticeCodes(plan: GrowthPlan): string[] {
  return plan.notices.map((n) => n.code);
}


describe('sales formula helpers', () => {
  it('200 customers × 30% active × ¥5,000 gives ¥300,000', () => {
    expect(salesOf([200, 0.3, 5000])).toBeCloseTo(300000, 6);
  });

  it('the product of no factors is 1', () => {
    expect(salesOf([])).toBe(1);
  });

  it('a multiple goal of 2 targets twice the current sales', () => {
    expect(targetAmount(300000, DEFAULT_GOAL)).toBe(600000);
  });

  it('an amount goal targets that amount', () => {
    expect(targetAmount(300000, { kind: 'target', amount: 800000 })).toBe(800000);
  });

  it('a non-positive goal has no target', () => {
    expect(targetAmount(300000, { kind: 'multiple', multiple: 0 })).toBeNull();
    expect(targetAmount(300000, { kind: 'target', amount: -1 })).toBeNull();
    expect(targetAmount(300000, { kind: 'multiple', multiple: Number.NaN })).toBeNull();
  });

  it('solving for average value needs ¥10,000 to reach ¥600,000 from 200 × 30%', () => {
    expect(solveFactor(600000, [200, 0.3])).toBeCloseTo(10000, 6);
  });

  it('solving a factor is impossible when the other factors multiply to 0', () => {
    expect(solveFactor(600000, [0, 0.3])).toBeNull();
  });

  it('doubling over three levers needs +25.99% each, over one lever +100%', () => {
    expect(upliftFor(2, 3)).toBeCloseTo(25.992105, 5);
    expect(upliftFor(2, 1)).toBeCloseTo(100, 10);
    expect(upliftFor(2, 0)).toBeNull();
    expect(upliftFor(-2, 3)).toBeNull();
  });
});

describe('planGrowth', () => {
  it('doubling with all three levers free raises each by 25.99% and plans ¥600,000', () => {
    const plan = planGrowth(courseLevers(), DEFAULT_GOAL);
    expect(plan.status).toBe('ok');
    expect(plan.currentSales).toBeCloseTo(300000, 6);
    expect(plan.targetSales).toBeCloseTo(600000, 6);
    expect(plan.plannedSales).toBeCloseTo(600000, 6);
    expect(plan.multiple).toBeCloseTo(2, 12);
    for (const l of plan.levers) {
      expect(l.upliftPercent).toBeCloseTo(25.99, 2);
      expect(l.fixed).toBe(false);
      expect(l.capped).toBe(false);
    }
    expect(lever(plan, 'customers').planned).toBeCloseTo(251.98, 2);
    expect(lever(plan, 'active').planned).toBeCloseTo(0.378, 4);
    expect(lever(plan, 'aov').planned).toBeCloseTo(6299.61, 2);
    expect(plan.notices).toEqual([]);
  });

  it('uses doubling as the default goal', () => {
    expect(planGrowth(courseLevers()).targetSales).toBeCloseTo(600000, 6);
  });

  it('fixing customers at +50% leaves +15.47% for each of the other two', () => {
    const plan = planGrowth(courseLevers(200, 0.3, 5000, [50]), DEFAULT_GOAL);
    expect(plan.status).toBe('ok');
    expect(lever(plan, 'customers').fixed).toBe(true);
    expect(lever(plan, 'customers').upliftPercent).toBeCloseTo(50, 10);
    expect(lever(plan, 'active').upliftPercent).toBeCloseTo(15.47, 2);
    expect(lever(plan, 'aov').upliftPercent).toBeCloseTo(15.47, 2);
    expect(lever(plan, 'aov').upliftPercent).toBeCloseTo((Math.sqrt(2 / 1.5) - 1) * 100, 10);
    expect(plan.plannedSales).toBeCloseTo(600000, 6);
  });

  it('caps a 90% active rate at 100% and moves the rest of the doubling onto the other levers', () => {
    const plan = planGrowth(courseLevers(200, 0.9, 5000), DEFAULT_GOAL);
    expect(plan.status).toBe('ok');
    expect(plan.targetSales).toBeCloseTo(1800000, 6);
    expect(plan.plannedSales).toBeCloseTo(1800000, 6);
    expect(plan.multiple).toBeCloseTo(2, 12);
    const active = lever(plan, 'active');
    expect(active.planned).toBe(1);
    expect(active.capped).toBe(true);
    // The other two share 2 / (1 / 0.9) = 1.8 equally: √1.8 − 1 = 34.16 %.
    expect(lever(plan, 'customers').upliftPercent).toBeCloseTo((Math.sqrt(1.8) - 1) * 100, 10);
    expect(lever(plan, 'aov').upliftPercent).toBeCloseTo(34.16, 2);
    expect(plan.notices).toContainEqual({ code: 'capped', keys: ['active'] });
  });

  it('reports unreachable with the shortfall when the only free lever would need 120% active', () => {
    const plan = planGrowth(courseLevers(200, 0.6, 5000, [0, undefined, 0]), DEFAULT_GOAL);
    expect(plan.status).toBe('unreachable');
    expect(lever(plan, 'active').planned).toBe(1);
    expect(lever(plan, 'active').capped).toBe(true);
    expect(plan.currentSales).toBeCloseTo(600000, 6);
    expect(plan.targetSales).toBeCloseTo(1200000, 6);
    expect(plan.plannedSales).toBeCloseTo(1000000, 6);
    expect(plan.shortfall?.amount).toBeCloseTo(200000, 6);
    expect(plan.shortfall?.percentOfTarget).toBeCloseTo(16.67, 2);
    expect(noticeCodes(plan)).toContain('capped');
  });

  it('with every lever fixed at +10% reports a what-if multiple of 1.331', () => {
    const plan = planGrowth(courseLevers(200, 0.3, 5000, [10, 10, 10]), DEFAULT_GOAL);
    expect(plan.status).toBe('what-if');
    expect(plan.multiple).toBeCloseTo(1.331, 12);
    expect(plan.plannedSales).toBeCloseTo(399300, 6);
    // Doubling was the goal, so the what-if falls short by 600000 − 399300.
    expect(plan.shortfall?.amount).toBeCloseTo(200700, 6);
  });

  it('a what-if that beats the goal has no shortfall', () => {
    const plan = planGrowth(courseLevers(200, 0.3, 5000, [100, 10, 0]), DEFAULT_GOAL);
    expect(plan.status).toBe('what-if');
    expect(plan.multiple).toBeCloseTo(2.2, 12);
    expect(plan.shortfall).toBeNull();
  });

  it('when fixed customers +150% already beat doubling the free levers need no uplift', () => {
    const plan = planGrowth(courseLevers(200, 0.3, 5000, [150]), DEFAULT_GOAL);
    expect(plan.status).toBe('ok');
    expect(lever(plan, 'active').upliftPercent).toBe(0);
    expect(lever(plan, 'aov').upliftPercent).toBe(0);
    expect(Object.is(lever(plan, 'aov').upliftPercent, -0)).toBe(false);
    expect(plan.multiple).toBeCloseTo(2.5, 12);
    expect(plan.notices).toContainEqual({ code: 'fixed-exceed-goal', keys: ['customers'] });
  });

  it('a goal below current sales needs no change and says the goal is already met', () => {
    const plan = planGrowth(courseLevers(), { kind: 'multiple', multiple: 0.5 });
    expect(plan.status).toBe('ok');
    expect(plan.levers.every((l) => l.upliftPercent === 0)).toBe(true);
    expect(noticeCodes(plan)).toEqual(['goal-already-met']);
  });

  it('a target of ¥800,000 from ¥300,000 raises each lever by (8/3)^(1/3) − 1', () => {
    const plan = planGrowth(courseLevers(), { kind: 'target', amount: 800000 });
    expect(plan.status).toBe('ok');
    expect(plan.targetSales).toBe(800000);
    expect(plan.targetMultiple).toBeCloseTo(8 / 3, 12);
    expect(plan.plannedSales).toBeCloseTo(800000, 6);
    expect(lever(plan, 'aov').upliftPercent).toBeCloseTo((Math.cbrt(8 / 3) - 1) * 100, 10);
    expect(lever(plan, 'aov').upliftPercent).toBeCloseTo(38.67, 2);
  });

  it('clamps a fixed +20% on a 90% active rate to 100% and says so', () => {
    const plan = planGrowth(courseLevers(200, 0.9, 5000, [undefined, 20]), DEFAULT_GOAL);
    expect(plan.status).toBe('ok');
    const active = lever(plan, 'active');
    expect(active.planned).toBe(1);
    expect(active.fixed).toBe(true);
    expect(active.capped).toBe(true);
    expect(active.upliftPercent).toBeCloseTo(11.11, 2);
    expect(plan.notices).toContainEqual({ code: 'fixed-capped', keys: ['active'] });
    expect(plan.plannedSales).toBeCloseTo(1800000, 6);
  });

  it('a what-if with a clamped fixed lever reports what the clamped value gives', () => {
    const plan = planGrowth(courseLevers(200, 0.9, 5000, [0, 20, 0]), DEFAULT_GOAL);
    expect(plan.status).toBe('what-if');
    expect(plan.multiple).toBeCloseTo(1 / 0.9, 12);
    expect(noticeCodes(plan)).toContain('fixed-capped');
  });

  it('a zero current value makes a multiple goal meaningless', () => {
    const plan = planGrowth(courseLevers(0), DEFAULT_GOAL);
    expect(plan.status).toBe('zero-current');
    expect(plan.currentSales).toBe(0);
    expect(plan.targetSales).toBeNull();
    expect(allNumbersFinite(plan)).toBe(true);
  });

  it('a target goal cannot be reached by multiplying a zero free lever', () => {
    const plan = planGrowth(courseLevers(200, 0), { kind: 'target', amount: 800000 });
    expect(plan.status).toBe('zero-current');
    expect(plan.targetSales).toBe(800000);
    expect(lever(plan, 'active').planned).toBeNull();
    expect(allNumbersFinite(plan)).toBe(true);
  });

  it('rejects negative and non-finite values, bad maxes, bad uplifts and bad goals with issue codes', () => {
    const plan = planGrowth(
      [
        { key: 'a', value: -1 },
        { key: 'b', value: Number.NaN },
        { key: 'c', value: 2, max: 1 },
        { key: 'd', value: 1, max: 0 },
        { key: 'e', value: 1, fixedUpliftPercent: -100 },
        { key: 'e', value: 1, fixedUpliftPercent: Number.POSITIVE_INFINITY },
      ],
      { kind: 'multiple', multiple: 0 },
    );
    expect(plan.status).toBe('invalid');
    expect(plan.issues).toEqual([
      { code: 'invalid-value', key: 'a' },
      { code: 'invalid-value', key: 'b' },
      { code: 'value-over-max', key: 'c' },
      { code: 'invalid-max', key: 'd' },
      { code: 'invalid-uplift', key: 'e' },
      { code: 'duplicate-key', key: 'e' },
      { code: 'invalid-uplift', key: 'e' },
      { code: 'invalid-goal', key: null },
    ]);
    expect(plan.levers).toEqual([]);
    expect(plan.plannedSales).toBeNull();
  });

  it('rejects an empty lever list and a non-positive target amount', () => {
    expect(planGrowth([], DEFAULT_GOAL).issues).toEqual([{ code: 'no-levers', key: null }]);
    expect(planGrowth(courseLevers(), { kind: 'target', amount: 0 }).status).toBe('invalid');
  });

  it('reports overflow instead of Infinity for absurdly large inputs', () => {
    const plan = planGrowth(
      [
        { key: 'a', value: 1e200 },
        { key: 'b', value: 1e200 },
      ],
      DEFAULT_GOAL,
    );
    expect(plan.status).toBe('invalid');
    expect(plan.issues).toEqual([{ code: 'overflow', key: null }]);
  });

  it('splitting average value into frequency × ticket works with the same code', () => {
    const levers: Lever[] = [
      { key: 'customers', value: 200 },
      { key: 'active', value: 0.3, max: 1 },
      { key: 'frequency', value: 2 },
      { key: 'ticket', value: 2500 },
    ];
    const plan = planGrowth(levers, DEFAULT_GOAL);
    expect(plan.status).toBe('ok');
    expect(plan.currentSales).toBeCloseTo(300000, 6);
    expect(plan.plannedSales).toBeCloseTo(600000, 6);
    for (const l of plan.levers) expect(l.upliftPercent).toBeCloseTo(18.92, 2);
    expect(lever(plan, 'frequency').upliftPercent).toBeCloseTo(upliftFor(2, 4) ?? 0, 10);
  });

  it('four factors with a fixed frequency share the rest over three levers', () => {
    const levers: Lever[] = [
      { key: 'customers', value: 200 },
      { key: 'active', value: 0.3, max: 1 },
      { key: 'frequency', value: 2, fixedUpliftPercent: 25 },
      { key: 'ticket', value: 2500 },
    ];
    const plan = planGrowth(levers, DEFAULT_GOAL);
    expect(plan.plannedSales).toBeCloseTo(600000, 6);
    expect(lever(plan, 'ticket').upliftPercent).toBeCloseTo((Math.cbrt(2 / 1.25) - 1) * 100, 10);
  });
});

describe('planGrowth properties', () => {
  it('reaches the goal whenever the plan is ok, exactly unless fixed levers overshoot', () => {
    fc.assert(
      fc.property(leversArb, goalArb, (levers, goal) => {
        const plan = planGrowth(levers, goal);
        if (plan.status !== 'ok') return;
        const target = plan.targetSales ?? Number.NaN;
        const planned = plan.plannedSales ?? Number.NaN;
        const overshoot = plan.notices.some(
          (n) => n.code === 'fixed-exceed-goal' || n.code === 'goal-already-met',
        );
        if (overshoot) expect(planned).toBeGreaterThanOrEqual(target * (1 - 1e-9));
        else expect(Math.abs(planned - target) / target).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it('reaches the goal when nothing is fixed and no lever hits its max', () => {
    fc.assert(
      fc.property(leversArb, goalArb, (levers, goal) => {
        const free = levers.map(({ fixedUpliftPercent: _, ...rest }) => rest);
        const plan = planGrowth(free, goal);
        if (plan.levers.some((l) => l.capped)) return;
        expect(plan.status).toBe('ok');
      }),
    );
  });

  it('never plans a value above a lever max', () => {
    fc.assert(
      fc.property(leversArb, goalArb, (levers, goal) => {
        const plan = planGrowth(levers, goal);
        plan.levers.forEach((l, i) => {
          const max = levers[i]?.max;
          if (max !== undefined && l.planned !== null) expect(l.planned).toBeLessThanOrEqual(max);
        });
      }),
    );
  });

  it('never gives a free lever a negative uplift', () => {
    fc.assert(
      fc.property(leversArb, goalArb, (levers, goal) => {
        const plan = planGrowth(levers, goal);
        for (const l of plan.levers) {
          if (!l.fixed && l.upliftPercent !== null) expect(l.upliftPercent).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('holds every free lever at its max when the goal is unreachable', () => {
    fc.assert(
      fc.property(leversArb, goalArb, (levers, goal) => {
        const plan = planGrowth(levers, goal);
        if (plan.status !== 'unreachable') return;
        expect(plan.shortfall?.amount).toBeGreaterThan(0);
        plan.levers.forEach((l, i) => {
          if (!l.fixed) expect(l.planned).toBe(levers[i]?.max);
        });
      }),
    );
  });

  it('never throws or returns NaN or Infinity for valid input, even with zero values', () => {
    const anyValueArb = fc.oneof(fc.constant(0), customersArb);
    fc.assert(
      fc.property(leversArb, goalArb, anyValueArb, (levers, goal, first) => {
        const plan = planGrowth(levers, goal);
        expect(plan.status).not.toBe('invalid');
        expect(allNumbersFinite(plan)).toBe(true);
        const withFirst = levers.map((l, i) => (i === 0 ? { ...l, value: first } : l));
        expect(allNumbersFinite(planGrowth(withFirst, goal))).toBe(true);
      }),
    );
  });
});
