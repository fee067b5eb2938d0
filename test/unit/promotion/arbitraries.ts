/** Shared fast-check arbitraries and helpers for the promotion tests. */

import fc from 'fast-check';
import {
  examplePlan,
  offerTypes,
  phaseKeys,
  planSchema,
  type Plan,
  type PlanInput,
} from '../../../src/lib/promotion';

/** A plan from a partial input; fails the test when the input does not conform. */
export function planFrom(input: PlanInput): Plan {
  const result = planSchema.safeParse(input);
  if (!result.success) throw new Error(`test input does not conform: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

/** Every number anywhere in the value is finite (no NaN, no ±Infinity). */
export function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allNumbersFinite);
  return true;
}

const millisecondsPerDay = 86_400_000;
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / millisecondsPerDay;

/** A real calendar date, mostly near today, sometimes at the edges of the allowed years. */
export const isoDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: dayOf('1999-01-01'), max: dayOf('2032-12-31') }).map((day) => new Date(day * millisecondsPerDay).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('1000-01-01', '9999-12-31', '2024-02-29', '2023-12-31', '2100-02-28') },
);

const dateOrBlank = fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: isoDate });

/** Text as people leave it: blank, white space only, words, odd characters. */
export const text = (maxLength = 20): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(''),
    fc.constantFrom('  ', '\u3000', '\n\t'),
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 8) }),
    fc.constantFrom('促销期销售额', '销售额', 'Sales', '新客户数', '$& {text} $1', '好，', 'ok.'),
  );

const noNegativeZero = (value: number): number => (value === 0 ? 0 : value);
const bounded = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.double({ min, max, noNaN: true }).map(noNegativeZero),
    fc.integer({ min: Math.ceil(Math.max(min, -1e6)), max: Math.floor(Math.min(max, 1e6)) }).map(noNegativeZero),
    fc.constantFrom(min, max, Math.min(Math.max(0, min), max)).map(noNegativeZero),
  );

export const money = bounded(0, 1e15);
const price = bounded(0.01, 1e15);
const percent = bounded(0, 100);
const lift = bounded(0, 10_000);
const measure = bounded(-1e15, 1e15);
const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(1e15));

const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) => fc.record(model, { requiredKeys: [] });
const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 4 });

/** Any partial plan input that the schema accepts: any field may be absent. */
export const planInput: fc.Arbitrary<PlanInput> = partial({
  id: fc.string({ maxLength: 10 }),
  name: text(),
  version: fc.integer({ min: 1, max: 1000 }),
  goal: partial({ purpose: text(), metric: text(), baseline: measure, target: measure }),
  audience: partial({ description: text() }),
  products: list(
    partial({
      name: text(),
      unitPrice: price,
      fabe: partial({ feature: text(), advantage: text(), benefit: text(), evidence: text() }),
    }),
  ),
  period: partial({ start: dateOrBlank, end: dateOrBlank }),
  area: partial({ description: text() }),
  offer: partial({ type: fc.constantFrom(...offerTypes), terms: text(), discountPercent: percent }),
  theme: partial({ title: text() }),
  budget: partial({
    total: money,
    lines: list(partial({ label: text(), amount: money })),
    forecast: partial({ baselineSales: money, expectedLiftPercent: lift, grossMarginPercent: percent }),
  }),
  communication: partial({
    channels: list(text()),
    invitations: list(partial({ who: text(), count })),
  }),
  timetable: partial({
    phases: list(fc.record({ key: fc.constantFrom(...phaseKeys), start: dateOrBlank, end: dateOrBlank }, { requiredKeys: ['key'] })),
  }),
  evaluation: partial({
    owners: list(partial({ role: text(), name: text() })),
    checkpoints: list(partial({ date: dateOrBlank, what: text() })),
    metrics: list(text()),
    actuals: partial({ sales: money, cost: money, metrics: list(partial({ metric: text(), value: measure })) }),
  }),
});

/**
 * Plans of every degree of completeness: sparse ones from scratch, and the complete example with
 * whole elements replaced at random.
 */
export const anyPlan: fc.Arbitrary<Plan> = fc.oneof(
  planInput.map(planFrom),
  fc
    .tuple(planInput, fc.constantFrom('zh-CN' as const, 'en' as const))
    .map(([input, locale]) => planFrom({ ...examplePlan(locale), ...input })),
);
