// Shared by the growth model's tests: the course's levers and realistic inputs for properties.
import fc from 'fast-check';
import type { Lever } from '../../../src/lib/growth/plan';

// The course example: 200 customers × 30 % active × ¥5,000. Rates are fractions with max 1.
export function courseLevers(
  customers = 200,
  active = 0.3,
  aov = 5000,
  fixed: readonly (number | undefined)[] = [],
): Lever[] {
  return [
    { key: 'customers', value: customers, fixedUpliftPercent: fixed[0] },
    { key: 'active', value: active, max: 1, fixedUpliftPercent: fixed[1] },
    { key: 'aov', value: aov, fixedUpliftPercent: fixed[2] },
  ];
}

/** Every number anywhere in the value is finite (no NaN, no ±Infinity). */
export function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).every(allNumbersFinite);
  }
  return true;
}

export const cents = (x: number): number => Math.round(x * 100);

// Properties over realistic inputs: customers 1..1e6, active 0.1%..100%,
// aov 0.01..1e7, multiples 0.1..10, fixed uplifts −90..300 %.
export const customersArb = fc.double({ min: 1, max: 1e6, noNaN: true });
export const activeArb = fc.double({ min: 0.001, max: 1, noNaN: true });
export const aovArb = fc.double({ min: 0.01, max: 1e7, noNaN: true });
const fixedArb = fc.option(fc.double({ min: -90, max: 300, noNaN: true }), { nil: undefined });
export const goalArb = fc.oneof(
  fc.double({ min: 0.1, max: 10, noNaN: true }).map((multiple) => ({ kind: 'multiple', multiple }) as const),
  fc.double({ min: 0.01, max: 1e14, noNaN: true }).map((amount) => ({ kind: 'target', amount }) as const),
);
export const leversArb = fc
  .tuple(customersArb, activeArb, aovArb, fc.tuple(fixedArb, fixedArb, fixedArb))
  .map(([c, a, v, fixed]) => courseLevers(c, a, v, fixed));
