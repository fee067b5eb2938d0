/**
 * Attribution for the growth formula: how much of a change in sales each lever owes (additive
 * LMDI), with the contributions rounded so they add up to the change in cents. Pure module, same
 * conventions as plan.ts: codes instead of strings, never NaN or ±Infinity.
 */

import { clean, salesOf } from './plan.ts';

/**
 * Logarithmic mean L(a, b) = (a − b)/(ln a − ln b), L(a, a) = a, for a, b > 0.
 * Near a = b the quotient is 0/0-like, so a short series is used there.
 */
export function logMean(a: number, b: number): number {
  if (a === b) return a;
  const d = (a - b) / b;
  // d/ln(1+d) = 1 + d/2 − d²/12 + O(d³); the O(d³) term is below double precision here.
  if (Math.abs(d) < 1e-6) return b * (1 + d / 2 - (d * d) / 12);
  // log1p keeps precision for moderate d; the plain difference is fine further out.
  if (Math.abs(d) <= 0.5) return (a - b) / Math.log1p(d);
  return (a - b) / (Math.log(a) - Math.log(b));
}

export type AttributionFailure = 'zero-factor' | 'invalid-input';

export type Attribution =
  | {
      readonly ok: true;
      readonly before: number;
      readonly after: number;
      /** after − before. */
      readonly change: number;
      /** Raw contributions per factor (same order as the input); they sum to `change`. */
      readonly contributions: readonly number[];
      /**
       * Values rounded to `decimals` (cents by default). `change` is
       * rounded(after) − rounded(before), so it matches the displayed totals,
       * and the rounded contributions sum to it exactly in cents.
       */
      readonly rounded: {
        readonly before: number;
        readonly after: number;
        readonly change: number;
        readonly contributions: readonly number[];
      };
    }
  | { readonly ok: false; readonly reason: AttributionFailure };

function isValidDecimals(decimals: number): boolean {
  return Number.isInteger(decimals) && decimals >= 0 && decimals <= 10;
}

/** Round half away from zero to integer units (cents for scale 100). */
function toUnits(x: number, scale: number): number {
  return clean(Math.sign(x) * Math.round(Math.abs(x) * scale));
}

/**
 * Rounds each part to units and gives the residue, so that the parts add up to
 * `totalUnits` exactly, to the part with the largest raw magnitude.
 * Integer arithmetic avoids float drift (exact while |units| < 2^53, i.e.
 * amounts below about 9·10^13 at two decimals).
 */
function distributeUnits(parts: readonly number[], totalUnits: number, scale: number): number[] {
  const units = parts.map((p) => toUnits(p, scale));
  const residue = totalUnits - units.reduce((sum, u) => sum + u, 0);
  if (residue !== 0 && units.length > 0) {
    let largest = 0;
    parts.forEach((p, i) => {
      if (Math.abs(p) > Math.abs(parts[largest] ?? 0)) largest = i;
    });
    units[largest] = (units[largest] ?? 0) + residue;
  }
  return units.map((u) => clean(u / scale));
}

/**
 * Rounds contributions to `decimals` so that they sum exactly to `total`
 * rounded to `decimals`; the rounding residue goes to the largest-magnitude
 * contribution. Null on non-finite input or decimals outside 0..10.
 */
export function roundContributions(
  contributions: readonly number[],
  total: number,
  decimals = 2,
): number[] | null {
  if (!isValidDecimals(decimals)) return null;
  if (!Number.isFinite(total) || contributions.some((c) => !Number.isFinite(c))) return null;
  const scale = 10 ** decimals;
  return distributeUnits(contributions, toUnits(total, scale), scale);
}

/**
 * Additive LMDI: contribution_i = L(V1, V0) · ln(x_i1 / x_i0), where V is the
 * product of the factors. The contributions add up to V1 − V0 exactly in exact
 * arithmetic, with no interaction residue.
 * Undefined when any factor is ≤ 0 before or after ('zero-factor'); mismatched,
 * empty or non-finite input gives 'invalid-input'.
 */
export function attributeLmdi(
  before: readonly number[],
  after: readonly number[],
  decimals = 2,
): Attribution {
  if (before.length === 0 || before.length !== after.length || !isValidDecimals(decimals)) {
    return { ok: false, reason: 'invalid-input' };
  }
  const all = [...before, ...after];
  if (all.some((x) => !Number.isFinite(x))) return { ok: false, reason: 'invalid-input' };
  if (all.some((x) => !(x > 0))) return { ok: false, reason: 'zero-factor' };

  const v0 = salesOf(before);
  const v1 = salesOf(after);
  if (!Number.isFinite(v0) || !Number.isFinite(v1) || !(v0 > 0) || !(v1 > 0)) {
    return { ok: false, reason: 'invalid-input' };
  }
  const weight = logMean(v1, v0);
  const contributions = before.map((x0, i) => clean(weight * Math.log((after[i] ?? x0) / x0)));

  const scale = 10 ** decimals;
  const before0 = toUnits(v0, scale);
  const after1 = toUnits(v1, scale);
  const changeUnits = after1 - before0;
  return {
    ok: true,
    before: v0,
    after: v1,
    change: v1 - v0,
    contributions,
    rounded: {
      before: before0 / scale,
      after: after1 / scale,
      change: clean(changeUnits / scale),
      contributions: distributeUnits(contributions, changeUnits, scale),
    },
  };
}

// ---------------------------------------------------------------------------
// Sensitivity
