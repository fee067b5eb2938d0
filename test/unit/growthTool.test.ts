import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { growthQuery, growthStateFromLink, growthStateSchema } from '../../src/lib/growthSchema';
import { computeGrowthScenario, growthDefaults, growthFlags, type GrowthState } from '../../src/lib/growthTool';
import { sensitivityRows } from '../../src/lib/growthSensitivity';
import { readQuery, writeQuery } from '../../src/lib/share';

const read = (search: string) => readQuery(search, growthQuery, growthFlags);

describe('the growth calculator scenario', () => {
  it('computes the course example: 200 × 30% × ¥5,000 = ¥300,000, doubled with +25.99% on each lever', () => {
    const scenario = computeGrowthScenario(growthDefaults);
    expect(scenario.sales).toBe(300000);
    expect(scenario.target).toBeCloseTo(600000, 6);
    expect(scenario.planned).toBeCloseTo(600000, 6);
    for (const lever of scenario.levers) expect(lever.upliftPercent).toBeCloseTo(25.99, 2);
    const active = scenario.levers.find((lever) => lever.key === 'active');
    expect(active?.planned).toBeCloseTo(37.8, 1);
  });

  it('splits the change into contributions that add up to the cent', () => {
    const scenario = computeGrowthScenario(growthDefaults);
    const sum = scenario.levers.reduce((total, lever) => total + (lever.contribution ?? 0), 0);
    expect(Math.round(sum * 100)).toBe(30000000);
    for (const lever of scenario.levers) expect(lever.contribution).toBeCloseTo(100000, 1);
  });

  it('shares the rest of the goal over the free levers when one uplift is fixed', () => {
    const scenario = computeGrowthScenario({ ...growthDefaults, upCustomers: 50 });
    const [customers, active, aov] = scenario.levers;
    expect(customers?.upliftPercent).toBeCloseTo(50, 9);
    expect(customers?.fixed).toBe(true);
    expect(active?.upliftPercent).toBeCloseTo(15.47, 2);
    expect(aov?.upliftPercent).toBeCloseTo(15.47, 2);
  });

  it('gives the sensitivity table: +10% on one lever alone, and what one lever alone needs to double', () => {
    const rows = sensitivityRows(growthDefaults);
    expect(rows.map((row) => row.key)).toEqual(['customers', 'active', 'aov']);
    for (const row of rows) {
      expect(row.stepSales).toBeCloseTo(330000, 6);
      expect(row.stepDelta).toBeCloseTo(30000, 6);
      expect(row.aloneReachable).toBe(true);
      expect(row.aloneUpliftPercent).toBeCloseTo(100, 9);
    }
    // An active rate of 60% cannot double alone: it would pass 100%.
    const [, active] = sensitivityRows({ ...growthDefaults, active: 60 });
    expect(active?.aloneReachable).toBe(false);
    expect(active?.aloneUpliftPercent).toBeNull();
  });

  it('reports attribution as undefined instead of NaN when a factor is zero', () => {
    const scenario = computeGrowthScenario({ ...growthDefaults, customers: 0 });
    expect(scenario.status).toBe('zero-current');
    expect(scenario.attribution).toBe('zero-factor');
    for (const lever of scenario.levers) expect(lever.contribution).toBeNull();
  });

  it('never returns NaN or Infinity for any valid state', () => {
    const state = fc.record({
      customers: fc.integer({ min: 0, max: 1e6 }),
      active: fc.double({ min: 0, max: 100, noNaN: true }),
      aov: fc.double({ min: 0, max: 1e7, noNaN: true }),
      goal: fc.double({ min: 0.1, max: 10, noNaN: true }),
      step: fc.double({ min: -50, max: 100, noNaN: true }),
      upCustomers: fc.option(fc.double({ min: -90, max: 300, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(state, (raw) => {
        const parsed = growthStateSchema.safeParse(raw);
        fc.pre(parsed.success);
        const scenario = computeGrowthScenario(parsed.data as GrowthState);
        const numbers = [scenario.sales, scenario.target, scenario.planned, scenario.multiple].concat(
          scenario.levers.flatMap((l) => [l.planned, l.upliftPercent, l.contribution]),
          sensitivityRows(parsed.data as GrowthState).flatMap((row) => [row.stepSales, row.stepDelta, row.aloneUpliftPercent]),
        );
        for (const value of numbers) if (value !== null) expect(Number.isFinite(value)).toBe(true);
      }),
    );
  });
});

describe('growth links', () => {
  it('reads the link a trainer types', () => {
    const reading = read('?customers=200&active=30&aov=5000&goal=2');
    expect(reading.values).toEqual({ customers: 200, active: 30, aov: 5000, goal: 2 });
    expect(reading.ignored).toEqual([]);
    expect(reading.carriesState).toBe(true);
  });

  it('accepts what people type in a link too: 30万, 30%, full-width digits', () => {
    const reading = read('?customers=３００&active=30%25&aov=3万');
    expect(reading.values).toEqual({ customers: 300, active: 30, aov: 30000 });
  });

  it('ignores an active rate over 100% and an unknown parameter, naming them without their values', () => {
    const reading = read('?active=120&colour=red&aov=<script>alert(1)</script>');
    expect(reading.values).toEqual({});
    expect(reading.ignored).toEqual([
      { param: 'active', reason: 'too-big' },
      { param: 'colour', reason: 'unknown' },
      { param: 'aov', reason: 'invalid' },
    ]);
  });

  it('prefers a target amount over a multiple and says the multiple was ignored', () => {
    const reading = read('?goal=3&target=800000');
    const state = growthStateFromLink(growthDefaults, reading);
    expect(state.target).toBe(800000);
    expect(reading.ignored).toContainEqual({ param: 'goal', reason: 'conflict' });
  });

  it('reads the present flag', () => {
    expect(read('?present=1').flags.present).toBe(true);
    expect(read('?present=1').carriesState).toBe(false);
  });

  it('writes fixed uplifts with their documented names and round-trips any valid state', () => {
    expect(writeQuery({ ...growthDefaults, upCustomers: 20 }, growthQuery)).toBe(
      '?customers=200&active=30&aov=5000&goal=2&up_customers=20',
    );
    expect(writeQuery({ ...growthDefaults, step: 5 }, growthQuery)).toContain('&step=5');
    const state = fc.record({
      customers: fc.integer({ min: 0, max: 1e9 }),
      active: fc.double({ min: 0, max: 100, noNaN: true }),
      aov: fc.double({ min: 0, max: 1e9, noNaN: true }),
      goal: fc.double({ min: 0.01, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(state, (values) => {
        // Links carry what people type: at most cents, and no float noise.
        const rounded = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v * 100) / 100]));
        fc.pre(rounded.goal! > 0);
        const reading = read(writeQuery(rounded, growthQuery));
        expect(reading.ignored).toEqual([]);
        expect(reading.values).toEqual(rounded);
      }),
    );
  });
});
