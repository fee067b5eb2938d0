/**
 * Sensitivity for the growth formula: what a step on one lever alone does to sales, and how much
 * of one lever alone would reach the goal. Apart from model.ts because the calculator shows it
 * in a section that is closed at first, so its code downloads only when that section opens.
 *
 * Pure module, same conventions as plan.ts: codes instead of strings, never NaN or ±Infinity.
 */

import {
  allFinite,
  clean,
  DEFAULT_GOAL,
  DEFAULT_STEP_PERCENT,
  isValidGoal,
  salesOf,
  solveFactor,
  targetAmount,
  upliftPercent,
  validateLevers,
  type Goal,
  type Issue,
  type Lever,
} from './plan.ts';
import { goalOf, leverKeys, leversOf, type GrowthState, type LeverKey } from './model.ts';

/**
 * - 'exceeds-max': this lever alone would need more than its max
 * - 'zero-current': current sales are 0, so no single lever can reach a goal
 */
export type SensitivityReason = 'exceeds-max' | 'zero-current';

export interface LeverSensitivity {
  readonly key: string;
  /** Value after +step % (clamped to max). */
  readonly steppedValue: number;
  /** The step was clamped by max. */
  readonly capped: boolean;
  /** Sales with only this lever stepped. */
  readonly steppedSales: number;
  /** steppedSales − currentSales. */
  readonly deltaSales: number;
  /** deltaSales / currentSales · 100; null when current sales are 0. */
  readonly deltaPercent: number | null;
  /** Value this lever alone needs to reach the goal (others unchanged); null with `reason`. */
  readonly aloneValue: number | null;
  /** aloneValue/current − 1 in percent (0 when the goal is already met); null with `reason`. */
  readonly aloneUpliftPercent: number | null;
  readonly reason: SensitivityReason | null;
}

export interface SensitivityResult {
  readonly status: 'ok' | 'zero-current' | 'invalid';
  readonly stepPercent: number | null;
  readonly currentSales: number | null;
  readonly targetSales: number | null;
  readonly items: readonly LeverSensitivity[];
  readonly issues: readonly Issue[];
}

/**
 * What a +stepPercent change on each lever alone does to sales, and how much of
 * each lever alone would reach the goal. Uses current values; fixed uplifts are
 * ignored here (this is about single levers from today's position).
 * A negative step (> −100) is allowed and shows the downside.
 */
export function sensitivity(
  levers: readonly Lever[],
  stepPercent: number = DEFAULT_STEP_PERCENT,
  goal: Goal = DEFAULT_GOAL,
): SensitivityResult {
  const issues = validateLevers(levers);
  if (!Number.isFinite(stepPercent) || stepPercent <= -100) {
    issues.push({ code: 'invalid-step', key: null });
  }
  if (!isValidGoal(goal)) issues.push({ code: 'invalid-goal', key: null });
  const invalid = (found: Issue[]): SensitivityResult => ({
    status: 'invalid',
    stepPercent: null,
    currentSales: null,
    targetSales: null,
    items: [],
    issues: found,
  });
  if (issues.length > 0) return invalid(issues);

  const values = levers.map((l) => l.value);
  const currentSales = salesOf(values);
  if (!Number.isFinite(currentSales)) return invalid([{ code: 'overflow', key: null }]);
  const zero = currentSales === 0;
  const target = zero
    ? goal.kind === 'target'
      ? goal.amount
      : null
    : targetAmount(currentSales, goal);
  if (!zero && target === null) return invalid([{ code: 'overflow', key: null }]);

  const items = levers.map((lever, i): LeverSensitivity => {
    const others = values.filter((_, j) => j !== i);
    let steppedValue = lever.value * (1 + stepPercent / 100);
    const stepCapped = lever.max !== undefined && steppedValue > lever.max;
    if (stepCapped && lever.max !== undefined) steppedValue = lever.max;
    const steppedSales = steppedValue * salesOf(others);
    const deltaSales = steppedSales - currentSales;
    const base = {
      key: lever.key,
      steppedValue,
      capped: stepCapped,
      steppedSales,
      deltaSales,
      deltaPercent: zero ? null : clean((deltaSales / currentSales) * 100),
    };
    if (zero || target === null) {
      return { ...base, aloneValue: null, aloneUpliftPercent: null, reason: 'zero-current' };
    }
    const needed = solveFactor(target, others);
    if (needed === null) {
      return { ...base, aloneValue: null, aloneUpliftPercent: null, reason: 'zero-current' };
    }
    // Never suggest lowering a lever: a met goal needs 0 %.
    const aloneValue = Math.max(needed, lever.value);
    if (lever.max !== undefined && aloneValue > lever.max) {
      return { ...base, aloneValue: null, aloneUpliftPercent: null, reason: 'exceeds-max' };
    }
    return {
      ...base,
      aloneValue,
      aloneUpliftPercent: upliftPercent(aloneValue, lever.value),
      reason: null,
    };
  });

  const numbers = items.flatMap((it) => [
    it.steppedValue,
    it.steppedSales,
    it.deltaSales,
    it.deltaPercent,
    it.aloneValue,
    it.aloneUpliftPercent,
  ]);
  if (!allFinite(numbers)) return invalid([{ code: 'overflow', key: null }]);

  return {
    status: zero ? 'zero-current' : 'ok',
    stepPercent,
    currentSales,
    targetSales: target,
    items,
    issues: [],
  };
}

/** One row of the calculator's sensitivity table. */
export interface SensitivityRow {
  key: LeverKey;
  /** Sales if only this lever moved by the state's step. */
  stepSales: number | null;
  stepDelta: number | null;
  /** Uplift this lever alone would need to reach the goal; null when it cannot. */
  aloneUpliftPercent: number | null;
  aloneReachable: boolean;
}

/** The calculator's sensitivity table for one valid state: one row per lever, in lever order. */
export function sensitivityRows(state: GrowthState): SensitivityRow[] {
  const result = sensitivity(leversOf(state), state.step, goalOf(state));
  return leverKeys.map((key, index) => {
    const item = result.items[index];
    return {
      key,
      stepSales: item?.steppedSales ?? null,
      stepDelta: item?.deltaSales ?? null,
      aloneUpliftPercent: item?.aloneUpliftPercent ?? null,
      aloneReachable: item ? item.reason === null : false,
    };
  });
}
