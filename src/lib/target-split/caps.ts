/**
 * Caps: each unit's minimum and maximum. Whether the caps leave room for the assigned total at
 * all, and the shares within them: quota = clamp(base + λ · weight, min, max).
 *
 * Pure module: no DOM, no UI strings.
 */

import { cents, issue, sum, type SplitIssue } from './model';
import type { CheckedUnit } from './methods';

export function checkFeasible(units: readonly CheckedUnit[], assignedTotal: number): SplitIssue | null {
  const minSum = sum(units.map((unit) => unit.min ?? 0));
  if (minSum > assignedTotal) return issue('min-exceeds-total', { amount: cents(minSum - assignedTotal) });
  if (units.every((unit) => unit.max !== null)) {
    const maxSum = sum(units.map((unit) => unit.max ?? 0));
    if (maxSum < assignedTotal) return issue('max-below-total', { amount: cents(assignedTotal - maxSum) });
  }
  return null;
}

export interface CappedShares {
  /** Each unit's share before rounding, within its caps; they add up to the total. */
  values: number[];
  bound: ('min' | 'max' | null)[];
  /** Units that shared a rest equally because all their weights were 0. */
  equalFallback: number[];
}

/**
 * Solves value_i = clamp(base_i + λ · weight_i, min_i, max_i) with Σ value = total, the way a
 * planner does it by hand: share out, clamp the units that break a cap, share what remains among
 * the others by weight, repeat. Each round fixes the units that break caps on the side with the
 * larger total violation, which are certain to stay clamped (the sum is monotone in λ), so the
 * loop ends after at most one round per unit. Assumes Σ min ≤ total ≤ Σ max.
 */
export function shareWithCaps(
  total: number,
  base: readonly number[],
  weights: readonly number[],
  min: readonly (number | null)[],
  max: readonly (number | null)[],
): CappedShares {
  const count = base.length;
  const values = base.map((value) => value);
  const bound: ('min' | 'max' | null)[] = new Array<'min' | 'max' | null>(count).fill(null);
  let equalFallback: number[] = [];
  let free = Array.from({ length: count }, (_, index) => index);
  // Float sums of money carry noise far below a yuan; below this a rest or a violation is nothing.
  const tolerance = Math.max(1e-6, Math.abs(total) * 1e-12);

  for (let round = 0; round <= count && free.length > 0; round += 1) {
    let fixedSum = 0;
    for (let index = 0; index < count; index += 1) if (bound[index] !== null) fixedSum += values[index] ?? 0;
    let rest = total - fixedSum;
    let weightSum = 0;
    for (const index of free) {
      rest -= base[index] ?? 0;
      weightSum += weights[index] ?? 0;
    }
    const equal = !(weightSum > 0) && Math.abs(rest) > tolerance;
    equalFallback = equal ? [...free] : [];
    const shareWeight = (index: number): number => (equal ? 1 : (weights[index] ?? 0));
    const divisor = equal ? free.length : weightSum;

    let over = 0;
    let under = 0;
    for (const index of free) {
      // Multiply before dividing so 1,000,000 × 3 / 6 is exactly 500,000.
      const value = (base[index] ?? 0) + (divisor > 0 ? (rest * shareWeight(index)) / divisor : 0);
      values[index] = value;
      const high = max[index];
      const low = min[index];
      if (high !== null && high !== undefined && value > high + tolerance) over += value - high;
      if (low !== null && low !== undefined && value < low - tolerance) under += low - value;
    }
    if (over === 0 && under === 0) break;

    const clampHigh = over >= under;
    const stillFree: number[] = [];
    for (const index of free) {
      const value = values[index] ?? 0;
      const high = max[index];
      const low = min[index];
      if (clampHigh && high !== null && high !== undefined && value > high + tolerance) {
        values[index] = high;
        bound[index] = 'max';
      } else if (!clampHigh && low !== null && low !== undefined && value < low - tolerance) {
        values[index] = low;
        bound[index] = 'min';
      } else {
        stillFree.push(index);
      }
    }
    free = stillFree;
  }
  return { values, bound, equalFallback };
}
