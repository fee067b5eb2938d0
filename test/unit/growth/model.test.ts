import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { growthCodec, growthStateFromLink } from '../../../src/lib/growth/codec';
import { activityRateMax, growthQuery, growthQueryFor, growthStateSchema } from '../../../src/lib/growth/schema';
import {
  computeGrowthScenario,
  growthChoices,
  growthDefaults,
  growthFlags,
  type GrowthBasis,
  type GrowthState,
} from '../../../src/lib/growth/model';
import { sensitivityRows } from '../../../src/lib/growth/sensitivity';
import { parseField } from '../../../src/lib/fields';
import { readQuery, writeQuery } from '../../../src/lib/share';

const read = (search: string) => readQuery(search, growthQuery, growthFlags, growthChoices);
/** The state a link opens on, as the calculator reads it. */
const open = (search: string) => {
  const reading = read(search);
  return { reading, state: growthStateFromLink(growthDefaults, reading) };
};
const write = (state: GrowthState) => writeQuery(state, growthQuery, {}, growthChoices);

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
    // On the transactions basis an activity rate of 60% doubles alone to 120% (1.2 transactions
    // per customer); a buyer share of 60% cannot: it would pass 100%.
    const [, frequency] = sensitivityRows({ ...growthDefaults, active: 60 });
    expect(frequency?.aloneReachable).toBe(true);
    expect(frequency?.aloneUpliftPercent).toBeCloseTo(100, 9);
    const [, share] = sensitivityRows({ ...growthDefaults, active: 60, basis: 'buyers' });
    expect(share?.aloneReachable).toBe(false);
    expect(share?.aloneUpliftPercent).toBeNull();
  });

  it('reports attribution as undefined instead of NaN when a factor is zero', () => {
    const scenario = computeGrowthScenario({ ...growthDefaults, customers: 0 });
    expect(scenario.status).toBe('zero-current');
    expect(scenario.attribution).toBe('zero-factor');
    for (const lever of scenario.levers) expect(lever.contribution).toBeNull();
  });

  it('never returns NaN or Infinity for any valid state', () => {
    const state = fc.record({
      basis: fc.constantFrom<GrowthBasis>('transactions', 'buyers'),
      customers: fc.integer({ min: 0, max: 1e6 }),
      active: fc.double({ min: 0, max: activityRateMax, noNaN: true }),
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

  it('ignores an activity rate over its bound and an unknown parameter, naming them without their values', () => {
    const reading = read(`?active=${activityRateMax + 1}&colour=red&aov=<script>alert(1)</script>`);
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
    expect(write({ ...growthDefaults, upCustomers: 20 })).toBe('?customers=200&active=30&aov=5000&goal=2&up_customers=20');
    expect(write({ ...growthDefaults, step: 5 })).toContain('&step=5');
    const state = fc.record({
      customers: fc.integer({ min: 0, max: 1e9 }),
      active: fc.double({ min: 0, max: activityRateMax, noNaN: true }),
      aov: fc.double({ min: 0, max: 1e9, noNaN: true }),
      goal: fc.double({ min: 0.01, max: 100, noNaN: true }),
    });
    const basis = fc.constantFrom<GrowthBasis>('transactions', 'buyers');
    fc.assert(
      fc.property(state, basis, (values, chosen) => {
        // Links carry what people type: at most cents, and no float noise.
        const rounded = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v * 100) / 100]));
        fc.pre(rounded.goal! > 0 && (chosen === 'transactions' || rounded.active! <= 100));
        const full = { ...growthDefaults, ...rounded, basis: chosen };
        const { reading, state: opened } = open(write(full));
        expect(reading.ignored).toEqual([]);
        expect(reading.values).toEqual({ ...rounded, ...(full.step === 10 ? {} : { step: full.step }) });
        expect(opened).toEqual(full);
      }),
    );
  });
});

describe('the basis (口径)', () => {
  // The example: 100 customers, 60 %, ¥1,000, tripled with the customers and the average
  // value held where they are, so the activity rate carries the whole goal.
  const example = '?customers=100&active=60&aov=1000&goal=3&up_customers=0&up_aov=0';

  it('reads basis=buyers and basis=transactions; a link without one is on the transactions basis', () => {
    expect(open(`${example}&basis=buyers`).state.basis).toBe('buyers');
    expect(open(`${example}&basis=transactions`).state.basis).toBe('transactions');
    const old = open(example);
    expect(old.state.basis).toBe('transactions');
    expect(old.reading.ignored).toEqual([]);
  });

  it('reports any other basis as invalid, by name only, and keeps the default', () => {
    for (const value of ['<img src=x onerror=alert(1)>', 'customers', 'share', '']) {
      const { reading, state } = open(`${example}&basis=${encodeURIComponent(value)}`);
      expect(state.basis).toBe('transactions');
      expect(reading.ignored).toEqual([{ param: 'basis', reason: 'not-an-option' }]);
      expect(JSON.stringify(reading)).not.toContain('onerror');
    }
  });

  it('writes basis=buyers into links and leaves the default basis out', () => {
    expect(write({ ...growthDefaults, basis: 'buyers' })).toBe('?customers=200&active=30&aov=5000&goal=2&basis=buyers');
    expect(write(growthDefaults)).toBe('?customers=200&active=30&aov=5000&goal=2');
  });

  it('plans the example on the transactions basis: 180 %, ¥180,000, nothing capped', () => {
    const scenario = computeGrowthScenario(open(example).state);
    expect(scenario.basis).toBe('transactions');
    expect(scenario.status).toBe('ok');
    // Reported without floating-point noise: exactly 180 and 180000 (not 179.99999999999997).
    expect(scenario.levers[1]?.planned).toBe(180);
    expect(scenario.planned).toBe(180000);
    expect(scenario.notices).toEqual([]);
    expect(scenario.levers.some((lever) => lever.capped)).toBe(false);
  });

  it('plans the example on the buyers basis: capped at 100 %, ¥100,000, and says so', () => {
    const scenario = computeGrowthScenario(open(`${example}&basis=buyers`).state);
    expect(scenario.basis).toBe('buyers');
    expect(scenario.status).toBe('unreachable');
    expect(scenario.levers[1]?.planned).toBe(100);
    expect(scenario.levers[1]?.capped).toBe(true);
    expect(scenario.planned).toBeCloseTo(100000, 6);
    expect(scenario.notices).toContainEqual({ code: 'capped', keys: ['active'] });
  });

  it('takes 150 % on the transactions basis and refuses it on the buyers basis, in links and in the form', () => {
    expect(open('?active=150').state.active).toBe(150);
    const buyers = open('?active=150&basis=buyers');
    expect(buyers.state).toEqual({ ...growthDefaults, basis: 'buyers' });
    expect(buyers.reading.ignored).toEqual([{ param: 'active', reason: 'too-big' }]);
    const activeField = (basis: GrowthBasis) => growthQueryFor({ basis }).find((field) => field.key === 'active')!;
    expect(parseField('150%', activeField('transactions'))).toEqual({ ok: true, value: 150 });
    expect(parseField('150%', activeField('buyers'))).toEqual({ ok: false, error: { code: 'too-big', limit: 100, inclusive: true } });
    expect(parseField(String(activityRateMax + 1), activeField('transactions'))).toMatchObject({ ok: false, error: { code: 'too-big' } });
  });

  it('opens a copy saved before the basis existed on the transactions basis, with the same numbers', () => {
    const old = { customers: 100, active: 60, aov: 1000, goal: 3, upCustomers: 0, upAov: 0, step: 10 };
    const parsed = growthStateSchema.safeParse(old);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ ...old, basis: 'transactions' });
    expect(computeGrowthScenario(parsed.data as GrowthState).planned).toBeCloseTo(180000, 6);
    expect(growthStateSchema.safeParse({ ...old, basis: 'buyers' }).success).toBe(true);
    expect(growthStateSchema.safeParse({ ...old, active: 150, basis: 'buyers' }).success).toBe(false);
    expect(growthStateSchema.safeParse({ ...old, basis: 'sellers' }).success).toBe(false);
  });

  const validState = fc
    .record({
      customers: fc.integer({ min: 0, max: 1e6 }),
      active: fc.double({ min: 0, max: activityRateMax, noNaN: true }),
      aov: fc.double({ min: 0, max: 1e7, noNaN: true }),
      goal: fc.double({ min: 0.01, max: 100, noNaN: true }),
      upCustomers: fc.option(fc.double({ min: -99, max: 1000, noNaN: true }), { nil: undefined }),
      upActive: fc.option(fc.double({ min: -99, max: 1000, noNaN: true }), { nil: undefined }),
      upAov: fc.option(fc.double({ min: -99, max: 1000, noNaN: true }), { nil: undefined }),
    })
    .map((values) => ({ ...growthDefaults, ...values }));

  it('on the transactions basis, sales = customers × active/100 × aov now and in the plan, and the rate is never capped', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = growthStateSchema.safeParse(state);
        expect(parsed.success).toBe(true);
        const scenario = computeGrowthScenario(state);
        const [customers, active, aov] = scenario.levers;
        const sales = state.customers * (state.active / 100) * state.aov;
        // Relative, plus a floor far below a cent: fast-check tries subnormal rates and amounts,
        // where multiplying in another order differs by the smallest double.
        expect(Math.abs(scenario.sales! - sales)).toBeLessThanOrEqual(sales * 1e-14 + 1e-12);
        expect(scenario.levers.some((lever) => lever.capped)).toBe(false);
        expect(scenario.notices.filter((notice) => notice.code === 'capped' || notice.code === 'fixed-capped')).toEqual([]);
        if (scenario.planned !== null) {
          const product = customers!.planned! * (active!.planned! / 100) * aov!.planned!;
          expect(Math.abs(scenario.planned - product)).toBeLessThanOrEqual(Math.abs(product) * 1e-9 + 1e-9);
        }
        // With a lever left free, the plan always reaches the goal: nothing stands in the way.
        const free = state.upCustomers === undefined || state.upActive === undefined || state.upAov === undefined;
        if (free && scenario.sales !== null && scenario.sales > 0 && scenario.target !== null && scenario.planned !== null) {
          expect(scenario.status).toBe('ok');
          expect(scenario.planned).toBeGreaterThanOrEqual(scenario.target * (1 - 1e-9) - 1e-9);
        }
      }),
    );
  });

  it('on the buyers basis, the planned share never passes 100 %', () => {
    fc.assert(
      fc.property(validState, (raw) => {
        const state = { ...raw, active: Math.min(raw.active, 100), basis: 'buyers' as const };
        const scenario = computeGrowthScenario(state);
        const planned = scenario.levers[1]?.planned;
        if (planned != null) expect(planned).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});

describe('the growth codec (links and saved copy for the saved-tool hook)', () => {
  const base = { example: growthDefaults, saved: null };
  it('reads a trainer’s link over the example, with present mode and the basis', () => {
    const link = growthCodec.readLink('?customers=100&active=50&aov=2000&goal=3&basis=buyers&present=1', base);
    expect(link.carriesState).toBe(true);
    expect(link.present).toBe(true);
    expect(link.state).toEqual({ ...growthDefaults, customers: 100, active: 50, aov: 2000, goal: 3, basis: 'buyers' });
    expect(link.ignored).toEqual([]);
  });

  it('opens the example on an address without state, and reports what it left out', () => {
    expect(growthCodec.readLink('', base)).toMatchObject({ carriesState: false, state: growthDefaults, present: false });
    const link = growthCodec.readLink('?customers=200&goal=2&target=900000', base);
    expect(link.state.target).toBe(900000);
    expect(link.ignored).toEqual([{ param: 'goal', reason: 'conflict' }]);
  });

  it('writes the links it always wrote: the basis and the default step left out', () => {
    expect(growthCodec.writeLink(growthDefaults, false)).toBe('?customers=200&active=30&aov=5000&goal=2');
    expect(growthCodec.writeLink({ ...growthDefaults, basis: 'buyers' }, true)).toBe('?customers=200&active=30&aov=5000&goal=2&basis=buyers&present=1');
  });

  it('reads a copy saved before the basis existed on the transactions basis', () => {
    const { basis: _basis, ...old } = growthDefaults;
    expect(growthCodec.schema['~standard'].validate(old)).toEqual({ value: growthDefaults });
  });
});
