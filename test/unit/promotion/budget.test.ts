import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareActuals,
  computeReturn,
  planReturn,
  planReturnInputs,
  plannedFixedCosts,
  plannedGiveaway,
  sumMoney,
  variance,
  type PlanInput,
  type PromotionReturn,
  type ReturnInputs,
} from '../../../src/lib/promotion';
import { allNumbersFinite, planFrom } from './arbitraries';

const course: ReturnInputs = {
  baselineSales: 200_000,
  liftPercent: 30,
  marginPercent: 40,
  discountPercent: 0,
  fixedCosts: 12_000,
};

function value(inputs: ReturnInputs): PromotionReturn {
  const result = computeReturn(inputs);
  if (!result.ok) throw new Error(`invalid: ${result.fields.join(', ')}`);
  return result.value;
}

describe('computeReturn: the worked examples', () => {
  it('B ¥200,000, u 30 %, M 40 %, no discount, F ¥12,000: +¥12,000 gross profit, ROI 100 %, break-even lift 15 %', () => {
    expect(value(course)).toEqual({
      promotionRevenue: 260_000,
      incrementalSales: 60_000,
      promotionGrossProfit: 92_000,
      baselineGrossProfit: 80_000,
      incrementalGrossProfit: 12_000,
      discountCost: 0,
      promotionCost: 12_000,
      roiPercent: 100,
      incrementalUnits: null,
      costPerIncrementalUnit: null,
      breakEvenLiftPercent: 15,
      notes: ['no-unit-price'],
    });
  });

  it('the same with a 10 % discount needs a 53.33 % lift to break even, and loses at 30 %', () => {
    const result = value({ ...course, discountPercent: 10 });
    expect(result.breakEvenLiftPercent).toBeCloseTo(53.333333, 6);
    expect(result.promotionRevenue).toBe(234_000);
    expect(result.discountCost).toBe(26_000);
    expect(result.promotionCost).toBe(38_000);
    expect(result.incrementalGrossProfit).toBe(-14_000);
    expect(result.roiPercent).toBeCloseTo(-36.842105, 6);
    expect(result.notes).toContain('below-break-even');
  });

  it('gives the cost per incremental unit when a unit price is known', () => {
    const result = value({ ...course, unitPrice: 2000 });
    expect(result.incrementalUnits).toBe(30);
    expect(result.costPerIncrementalUnit).toBe(400);
    expect(result.notes).toEqual([]);
  });
});

describe('computeReturn: edge cases', () => {
  it('says no lift breaks even when the discount equals the margin', () => {
    const result = value({ ...course, discountPercent: 40 });
    expect(result.breakEvenLiftPercent).toBeNull();
    expect(result.notes).toContain('no-break-even');
    expect(result.notes).toContain('below-break-even');
  });

  it('says no lift breaks even when the discount exceeds the margin', () => {
    const result = value({ ...course, discountPercent: 50, liftPercent: 10_000 });
    expect(result.breakEvenLiftPercent).toBeNull();
    expect(result.notes).toContain('no-break-even');
    expect(result.promotionGrossProfit).toBeLessThan(0);
  });

  it('has no break-even lift without baseline sales', () => {
    const result = value({ ...course, baselineSales: 0 });
    expect(result.breakEvenLiftPercent).toBeNull();
    expect(result.notes).toContain('no-baseline');
    expect(result.incrementalGrossProfit).toBe(-12_000);
  });

  it('has no ROI when nothing is spent', () => {
    const result = value({ ...course, fixedCosts: 0 });
    expect(result.roiPercent).toBeNull();
    expect(result.notes).toContain('no-promotion-cost');
    expect(result.breakEvenLiftPercent).toBe(0);
  });

  it('has no cost per unit without a lift', () => {
    const result = value({ ...course, liftPercent: 0, unitPrice: 2000 });
    expect(result.incrementalUnits).toBe(0);
    expect(result.costPerIncrementalUnit).toBeNull();
    expect(result.notes).toContain('no-lift');
  });

  it('names the inputs out of bounds instead of computing', () => {
    expect(
      computeReturn({ ...course, marginPercent: 140, fixedCosts: -1, liftPercent: Number.NaN, unitPrice: 0 }),
    ).toEqual({ ok: false, error: 'invalid-input', fields: ['liftPercent', 'marginPercent', 'fixedCosts', 'unitPrice'] });
  });

  it('earns exactly the baseline gross profit at the break-even lift', () => {
    const inputs = fc.record({
      baselineSales: fc.integer({ min: 1000, max: 1e9 }),
      marginPercent: fc.integer({ min: 1, max: 90 }),
      discountPercent: fc.integer({ min: 0, max: 89 }),
      fixedCosts: fc.integer({ min: 0, max: 1e6 }),
    });
    fc.assert(
      fc.property(inputs, (given) => {
        fc.pre(given.discountPercent < given.marginPercent);
        const first = value({ ...given, liftPercent: 0 });
        fc.pre(first.breakEvenLiftPercent !== null && first.breakEvenLiftPercent <= 10_000);
        const atBreakEven = value({ ...given, liftPercent: first.breakEvenLiftPercent ?? 0 });
        // Break-even lift is rounded to 1e-6 %; that moves profit by at most B·(M−D)·1e-8, plus cents.
        expect(Math.abs(atBreakEven.incrementalGrossProfit)).toBeLessThanOrEqual(given.baselineSales * 1e-8 + 0.02);
      }),
    );
  });

  it('never gives NaN or infinity, whatever the numbers', () => {
    const any = fc.oneof(fc.double(), fc.constantFrom(0, 1e-320, 5e-324, 0.004, 1e15, 100, 10_000));
    fc.assert(
      fc.property(any, any, any, any, any, fc.option(any, { nil: undefined }), (b, u, m, d, f, price) => {
        const result = computeReturn({ baselineSales: b, liftPercent: u, marginPercent: m, discountPercent: d, fixedCosts: f, unitPrice: price });
        expect(allNumbersFinite(result)).toBe(true);
      }),
    );
  });
});

const withForecast: PlanInput = {
  products: [{ name: 'X3', unitPrice: 2000 }],
  offer: { type: 'other', terms: 'Display reward' },
  budget: {
    total: 12_000,
    lines: [
      { label: 'Display rewards', amount: 5200 },
      { label: 'Posters', amount: 6800 },
    ],
    forecast: { baselineSales: 200_000, expectedLiftPercent: 30, grossMarginPercent: 40 },
  },
};

describe('the return of a plan', () => {
  it('takes B, u and M from the forecast, F from the lines and the unit price from the product', () => {
    expect(planReturnInputs(planFrom(withForecast))).toEqual({
      ok: true,
      inputs: { ...course, unitPrice: 2000 },
      fixedCostsFrom: 'lines',
    });
  });

  it('uses the discount of a discount offer', () => {
    const result = planReturn(planFrom({ ...withForecast, offer: { type: 'discount', discountPercent: 10 } }));
    expect(result.ok && result.inputs.discountPercent).toBe(10);
    expect(result.ok && result.value.breakEvenLiftPercent).toBeCloseTo(53.333333, 6);
  });

  it('costs gifts, bundles and rebates through D, as the course does: without a figure they wait for one', () => {
    for (const type of ['gift', 'bundle', 'volume-rebate'] as const) {
      expect(planReturnInputs(planFrom({ ...withForecast, offer: { type } }))).toEqual({ ok: false, missing: ['discount'] });
      const result = planReturn(planFrom({ ...withForecast, offer: { type, discountPercent: 4 } }));
      // (4 % + 6 %) ÷ (40 % − 4 %): the gift's value given away moves the break-even lift.
      expect(result.ok && result.value.breakEvenLiftPercent).toBeCloseTo(27.777778, 6);
      expect(result.ok && result.value.discountCost).toBe(10_400);
    }
  });

  it('counts D as 0 for an "other" offer without a figure, and while no offer is chosen', () => {
    expect(plannedGiveaway(planFrom({ offer: { type: 'other' } }))).toBe(0);
    expect(plannedGiveaway(planFrom({ offer: { type: 'other', discountPercent: 2 } }))).toBe(2);
    expect(plannedGiveaway(planFrom({}))).toBe(0);
    expect(plannedGiveaway(planFrom({ offer: { type: 'gift' } }))).toBeUndefined();
    expect(plannedGiveaway(planFrom({ offer: { type: 'discount' } }))).toBeUndefined();
  });

  it('falls back on the total when no line has an amount', () => {
    const plan = planFrom({ budget: { total: 9000, lines: [{ label: 'Posters' }] } });
    expect(plannedFixedCosts(plan)).toEqual({ amount: 9000, from: 'total' });
  });

  it('lists what it still needs', () => {
    expect(planReturnInputs(planFrom({ offer: { type: 'discount' } }))).toEqual({
      ok: false,
      missing: ['baseline-sales', 'lift', 'margin', 'discount', 'fixed-costs'],
    });
  });

  it('has no unit figures when products have different prices', () => {
    const plan = planFrom({ ...withForecast, products: [{ name: 'X3', unitPrice: 2000 }, { name: 'X5', unitPrice: 3000 }] });
    const result = planReturn(plan);
    expect(result.ok && result.value.costPerIncrementalUnit).toBeNull();
    expect(result.ok && result.value.notes).toEqual(['several-unit-prices']);
  });

  it('has no unit figures when a product has no price', () => {
    const plan = planFrom({ ...withForecast, products: [{ name: 'X3', unitPrice: 2000 }, { name: 'X5' }] });
    const result = planReturn(plan);
    expect(result.ok && result.value.notes).toEqual(['no-unit-price']);
  });

  it('sums budget lines in cents', () => {
    expect(sumMoney([0.1, 0.2])).toBe(0.3);
    expect(sumMoney([])).toBe(0);
  });
});

describe('actuals against the plan', () => {
  const afterEvent: PlanInput = {
    ...withForecast,
    goal: { metric: 'Sales during the promotion', baseline: 200_000, target: 260_000 },
    evaluation: {
      actuals: {
        sales: 247_000,
        cost: 13_500,
        metrics: [{ metric: 'New customers', value: 41 }, { metric: 'sales during the promotion', value: 247_000 }],
      },
    },
  };

  it('compares sales and cost with the plan, with variances', () => {
    const review = compareActuals(planFrom(afterEvent));
    expect(review.sales).toEqual({ planned: 260_000, actual: 247_000, variance: -13_000, variancePercent: -5 });
    expect(review.cost).toEqual({ planned: 12_000, actual: 13_500, variance: 1500, variancePercent: 12.5 });
    expect(review.missing).toEqual([]);
  });

  it('computes the actual return with the plan baseline and margin', () => {
    const review = compareActuals(planFrom(afterEvent));
    // 247,000 × 40 % − 13,500 = 85,300; less the baseline's 80,000 gives 5,300 on 13,500 spent.
    expect(review.actualReturn).toEqual({ grossProfit: 85_300, incrementalGrossProfit: 5300, roiPercent: 39.259259 });
    expect(review.plannedRoiPercent).toBe(100);
  });

  it('turns discounted sales back into regular-price volume for the actual return', () => {
    const review = compareActuals(
      planFrom({ ...afterEvent, offer: { type: 'discount', discountPercent: 10 }, evaluation: { actuals: { sales: 270_000, cost: 12_000 } } }),
    );
    // 270,000 at 90 % is 300,000 at regular price: 300,000 × 30 % − 12,000 = 78,000; −80,000 baseline.
    expect(review.actualReturn).toEqual({ grossProfit: 78_000, incrementalGrossProfit: -2000, roiPercent: -4.761905 });
  });

  it('measures the goal metric against its target and baseline', () => {
    const review = compareActuals(planFrom(afterEvent));
    expect(review.goal).toEqual({
      metric: 'Sales during the promotion',
      baseline: 200_000,
      target: 260_000,
      actual: 247_000,
      variance: -13_000,
      percentOfTarget: 95,
      progressPercent: 78.333333,
    });
  });

  it('says what is missing before the event', () => {
    const review = compareActuals(planFrom(withForecast));
    expect(review.sales).toBeNull();
    expect(review.cost).toBeNull();
    expect(review.actualReturn).toBeNull();
    expect(review.missing).toEqual(['actual-sales', 'actual-cost', 'goal']);
  });

  it('cannot compare sales without a forecast, but still compares cost', () => {
    const review = compareActuals(planFrom({ budget: { total: 5000 }, evaluation: { actuals: { sales: 10, cost: 5500 } } }));
    expect(review.sales).toBeNull();
    expect(review.cost?.variance).toBe(500);
    expect(review.missing).toEqual(['forecast', 'goal']);
  });

  it('has no actual return for a 100 % discount', () => {
    const review = compareActuals(planFrom({ ...afterEvent, offer: { type: 'discount', discountPercent: 100 } }));
    expect(review.actualReturn).toBeNull();
    expect(review.missing).toContain('full-discount');
  });

  it('reports a goal metric without an actual value', () => {
    const review = compareActuals(planFrom({ ...afterEvent, evaluation: { actuals: { metrics: [{ metric: 'New customers', value: 4 }] } } }));
    expect(review.goal).toBeNull();
    expect(review.missing).toContain('actual-goal-metric');
  });
});

describe('variance', () => {
  it('is actual minus planned, in percent of planned', () => {
    expect(variance(200, 150)).toEqual({ planned: 200, actual: 150, variance: -50, variancePercent: -25 });
  });

  it('has no percent when nothing was planned', () => {
    expect(variance(0, 150)).toEqual({ planned: 0, actual: 150, variance: 150, variancePercent: null });
  });

  it('rounds float noise away', () => {
    expect(variance(0.1, 0.3).variance).toBe(0.2);
  });
});

