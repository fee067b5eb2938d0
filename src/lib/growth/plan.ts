/**
 * Growth math for the course formula
 *   sales = covered customers × active rate × average transaction value
 * generalised to any number of multiplicative factors ("levers"), so splitting
 * the average value into frequency × ticket is the same code with four levers.
 *
 * Pure module: no DOM, no UI, no i18n. Results carry status/notice/issue codes
 * that the UI translates; numeric outputs are never NaN or ±Infinity (null is
 * used instead, together with a status code).
 *
 * Units convention:
 * - Lever values are plain factor values in whatever unit the caller picks; the
 *   product of the values is the sales amount. Hold a rate as a fraction (0–1)
 *   with `max: 1` so the product is money; the UI converts percent ↔ fraction.
 * - Anything named `...Percent` is a percent change: 25.99 means +25.99 %
 *   (i.e. a factor of 1.2599).
 */

// ---------------------------------------------------------------------------
// Inputs

export interface Lever {
  /** Stable id echoed back in results and notices (e.g. 'customers'). */
  readonly key: string;
  /** Current value; finite and ≥ 0. */
  readonly value: number;
  /** Upper bound for any planned value (e.g. 1 for a rate held as a fraction). Finite, > 0. */
  readonly max?: number | undefined;
  /**
   * Fixed change in percent (+20 means ×1.2, −10 means ×0.9); must be > −100.
   * Omit to let the planner solve this lever.
   */
  readonly fixedUpliftPercent?: number | undefined;
}

export type Goal =
  | { readonly kind: 'multiple'; readonly multiple: number }
  | { readonly kind: 'target'; readonly amount: number };

/** The course's headline goal: double the sales. */
export const DEFAULT_GOAL: Goal = { kind: 'multiple', multiple: 2 };

/** Default step for `sensitivity` (sensitivity.ts), in percent. */
export const DEFAULT_STEP_PERCENT = 10;

// ---------------------------------------------------------------------------
// Codes

/**
 * Input problems (status 'invalid'):
 * - 'no-levers': empty lever list
 * - 'duplicate-key': two levers share a key (notices refer to levers by key)
 * - 'invalid-value': a value is negative or not finite
 * - 'invalid-max': a max is not finite or ≤ 0
 * - 'value-over-max': a current value is already above its max
 * - 'invalid-uplift': a fixed uplift is not finite or ≤ −100 %
 * - 'invalid-goal': multiple/amount not finite or ≤ 0
 * - 'invalid-step': sensitivity step not finite or ≤ −100 %
 * - 'overflow': the numbers are too large to compute without Infinity
 */
export type IssueCode =
  | 'no-levers'
  | 'duplicate-key'
  | 'invalid-value'
  | 'invalid-max'
  | 'value-over-max'
  | 'invalid-uplift'
  | 'invalid-goal'
  | 'invalid-step'
  | 'overflow';

export interface Issue {
  readonly code: IssueCode;
  /** Lever concerned, or null for goal/global problems. */
  readonly key: string | null;
}

/**
 * - 'ok': the plan reaches the goal (planned sales ≈ target, or above it when a
 *   notice 'fixed-exceed-goal' / 'goal-already-met' is present)
 * - 'what-if': every lever is fixed; `multiple` is what the fixed changes give
 *   (`shortfall` is filled in when that falls short of the goal)
 * - 'unreachable': even with every free lever at its max the goal is missed;
 *   planned values are the best reachable plan and `shortfall` says by how much
 * - 'zero-current': current sales are 0, so no multiplicative plan exists
 * - 'invalid': see `issues`; `levers` is empty and numbers are null
 */
export type PlanStatus = 'ok' | 'what-if' | 'unreachable' | 'zero-current' | 'invalid';

/**
 * - 'capped': the solver needed more than `max` on these free levers; they are
 *   held at max and the rest of the goal was moved onto the other free levers
 * - 'fixed-capped': a fixed uplift would push these levers above max; they are
 *   clamped to max (the plan/what-if uses the clamped value)
 * - 'fixed-exceed-goal': the fixed levers (keys) already reach the goal; free
 *   levers need no uplift (0 %, never negative)
 * - 'goal-already-met': the goal is at or below current sales; nothing to do
 */
export type NoticeCode = 'capped' | 'fixed-capped' | 'fixed-exceed-goal' | 'goal-already-met';

export interface Notice {
  readonly code: NoticeCode;
  readonly keys: readonly string[];
}

// ---------------------------------------------------------------------------
// Small helpers

/** Product of the factors (1 for an empty list). Assumes finite, non-negative inputs. */
export function salesOf(values: readonly number[]): number {
  let product = 1;
  for (const v of values) product *= v;
  return product;
}

export function isValidGoal(goal: Goal): boolean {
  const n = goal.kind === 'multiple' ? goal.multiple : goal.amount;
  return Number.isFinite(n) && n > 0;
}

/** Sales amount the goal asks for, or null for invalid input / overflow. */
export function targetAmount(current: number, goal: Goal): number | null {
  if (!Number.isFinite(current) || current < 0 || !isValidGoal(goal)) return null;
  const target = goal.kind === 'multiple' ? current * goal.multiple : goal.amount;
  return Number.isFinite(target) ? target : null;
}

/**
 * Value one factor needs so that it times the others equals `target`.
 * Null when the others multiply to 0 (no value can help), or on invalid input.
 */
export function solveFactor(target: number, others: readonly number[]): number | null {
  if (!Number.isFinite(target) || target < 0) return null;
  if (others.some((v) => !Number.isFinite(v) || v < 0)) return null;
  const rest = salesOf(others);
  if (!(rest > 0) || !Number.isFinite(rest)) return null;
  const value = target / rest;
  return Number.isFinite(value) ? value : null;
}

/**
 * Equal uplift in percent per lever when `count` levers share a `multiple`:
 * (multiple^(1/count) − 1)·100. upliftFor(2, 3) ≈ 25.992. Null on invalid input.
 */
export function upliftFor(multiple: number, count: number): number | null {
  if (!Number.isFinite(multiple) || multiple <= 0) return null;
  if (!Number.isInteger(count) || count < 1) return null;
  return clean((Math.pow(multiple, 1 / count) - 1) * 100);
}

/** Turns −0 into 0 so the UI never prints "-0.00". */
export function clean(n: number): number {
  return n + 0;
}

export function upliftPercent(planned: number, current: number): number | null {
  if (!(current > 0)) return null;
  return clean((planned / current - 1) * 100);
}

export function validateLevers(levers: readonly Lever[]): Issue[] {
  const issues: Issue[] = [];
  if (levers.length === 0) issues.push({ code: 'no-levers', key: null });
  const seen = new Set<string>();
  for (const lever of levers) {
    const { key, value, max, fixedUpliftPercent } = lever;
    if (seen.has(key)) issues.push({ code: 'duplicate-key', key });
    seen.add(key);
    if (!Number.isFinite(value) || value < 0) issues.push({ code: 'invalid-value', key });
    if (max !== undefined) {
      if (!Number.isFinite(max) || max <= 0) issues.push({ code: 'invalid-max', key });
      else if (value > max) issues.push({ code: 'value-over-max', key });
    }
    if (
      fixedUpliftPercent !== undefined &&
      (!Number.isFinite(fixedUpliftPercent) || fixedUpliftPercent <= -100)
    ) {
      issues.push({ code: 'invalid-uplift', key });
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------
// Plan

export interface LeverPlan {
  readonly key: string;
  readonly current: number;
  /** Planned value; null only for free levers under 'zero-current'. */
  readonly planned: number | null;
  /** planned/current − 1 in percent; null when current is 0 or planned is null. */
  readonly upliftPercent: number | null;
  /** The lever carried a fixed uplift. */
  readonly fixed: boolean;
  /** The planned value was held at max (by the solver or by clamping a fixed uplift). */
  readonly capped: boolean;
}

export interface Shortfall {
  /** target − planned sales (> 0). */
  readonly amount: number;
  /** amount / target · 100. */
  readonly percentOfTarget: number;
}

export interface GrowthPlan {
  readonly status: PlanStatus;
  readonly currentSales: number | null;
  readonly targetSales: number | null;
  /** targetSales / currentSales. */
  readonly targetMultiple: number | null;
  readonly plannedSales: number | null;
  /** plannedSales / currentSales (the multiple reached). */
  readonly multiple: number | null;
  /** Set when planned sales fall short of the target ('unreachable', or a short 'what-if'). */
  readonly shortfall: Shortfall | null;
  readonly levers: readonly LeverPlan[];
  readonly notices: readonly Notice[];
  readonly issues: readonly Issue[];
}

function invalidPlan(issues: Issue[]): GrowthPlan {
  return {
    status: 'invalid',
    currentSales: null,
    targetSales: null,
    targetMultiple: null,
    plannedSales: null,
    multiple: null,
    shortfall: null,
    levers: [],
    notices: [],
    issues,
  };
}

export function allFinite(values: readonly (number | null)[]): boolean {
  return values.every((v) => v === null || Number.isFinite(v));
}

/**
 * Plans how each lever must change to reach the goal.
 *
 * Fixed levers take their fixed uplift (clamped to max → notice 'fixed-capped').
 * The free levers share the remaining factor equally: each is multiplied by
 * r = (needed / settled)^(1/free). A free lever that would pass its max is
 * held at max (notice 'capped') and the remaining free levers re-share the
 * rest; this repeats until no lever is over its max. If no free lever is left
 * the goal is 'unreachable' and the plan is the best reachable one.
 * Free levers never go down: when the goal is already met, their uplift is 0.
 *
 * Never throws; invalid input gives status 'invalid' with `issues`.
 */
export function planGrowth(levers: readonly Lever[], goal: Goal = DEFAULT_GOAL): GrowthPlan {
  const inputIssues = validateLevers(levers);
  if (!isValidGoal(goal)) inputIssues.push({ code: 'invalid-goal', key: null });
  if (inputIssues.length > 0) return invalidPlan(inputIssues);

  const currentSales = salesOf(levers.map((l) => l.value));
  if (!Number.isFinite(currentSales)) return invalidPlan([{ code: 'overflow', key: null }]);

  const notices: Notice[] = [];
  const n = levers.length;
  const planned: (number | null)[] = new Array<number | null>(n).fill(null);
  const capped: boolean[] = new Array<boolean>(n).fill(false);

  // Fixed levers first: their planned value does not depend on the goal.
  const fixedCappedKeys: string[] = [];
  levers.forEach((lever, i) => {
    if (lever.fixedUpliftPercent === undefined) return;
    let value = lever.value * (1 + lever.fixedUpliftPercent / 100);
    if (lever.max !== undefined && value > lever.max) {
      value = lever.max;
      capped[i] = true;
      fixedCappedKeys.push(lever.key);
    }
    planned[i] = value;
  });
  if (fixedCappedKeys.length > 0) notices.push({ code: 'fixed-capped', keys: fixedCappedKeys });

  const fixedIndexes = levers.flatMap((l, i) => (l.fixedUpliftPercent === undefined ? [] : [i]));
  let free = levers.flatMap((l, i) => (l.fixedUpliftPercent === undefined ? [i] : []));

  const leverPlans = (): LeverPlan[] =>
    levers.map((lever, i) => {
      const p = planned[i] ?? null;
      return {
        key: lever.key,
        current: lever.value,
        planned: p,
        upliftPercent: p === null ? null : upliftPercent(p, lever.value),
        fixed: lever.fixedUpliftPercent !== undefined,
        capped: capped[i] ?? false,
      };
    });

  // With 0 current sales there is nothing to multiply: any goal is out of reach
  // and a multiple of 0 means nothing. Takes precedence over what-if.
  if (currentSales === 0) {
    const target = goal.kind === 'target' ? goal.amount : null;
    return {
      status: 'zero-current',
      currentSales: 0,
      targetSales: target,
      targetMultiple: null,
      plannedSales: null,
      multiple: null,
      shortfall: null,
      levers: leverPlans(),
      notices,
      issues: [],
    };
  }

  const target = targetAmount(currentSales, goal);
  if (target === null) return invalidPlan([{ code: 'overflow', key: null }]);

  let status: PlanStatus = 'ok';
  if (free.length === 0) {
    status = 'what-if';
  } else {
    const valueAt = (i: number): number => levers[i]?.value ?? 0;
    const fixedProduct = salesOf(fixedIndexes.map((i) => planned[i] ?? 0));
    const needed = target / (fixedProduct * salesOf(free.map(valueAt)));
    if (!(needed > 1)) {
      // Goal met without moving the free levers; never plan a decrease.
      for (const i of free) planned[i] = valueAt(i);
      notices.push(
        target <= currentSales
          ? { code: 'goal-already-met', keys: [] }
          : { code: 'fixed-exceed-goal', keys: fixedIndexes.map((i) => levers[i]?.key ?? '') },
      );
    } else {
      const cappedKeys: string[] = [];
      // Each round caps every lever over its max; capping only raises r for the
      // rest, so a lever over max stays over and at most n rounds are needed.
      while (free.length > 0) {
        const settled = salesOf(planned.filter((p): p is number => p !== null));
        const share = target / (settled * salesOf(free.map(valueAt)));
        const r = Math.max(1, Math.pow(share, 1 / free.length));
        const over = free.filter((i) => {
          const max = levers[i]?.max;
          return max !== undefined && valueAt(i) * r > max;
        });
        if (over.length === 0) {
          for (const i of free) planned[i] = valueAt(i) * r;
          break;
        }
        for (const i of over) {
          planned[i] = levers[i]?.max ?? valueAt(i);
          capped[i] = true;
          cappedKeys.push(levers[i]?.key ?? '');
        }
        free = free.filter((i) => !over.includes(i));
      }
      if (cappedKeys.length > 0) notices.push({ code: 'capped', keys: cappedKeys });
      if (free.length === 0) status = 'unreachable';
    }
  }

  const plannedValues = planned.map((p) => p ?? 0);
  const plannedSales = salesOf(plannedValues);
  if (status === 'unreachable' && !(plannedSales < target)) status = 'ok';
  const shortfall: Shortfall | null =
    status !== 'ok' && plannedSales < target
      ? {
          amount: target - plannedSales,
          percentOfTarget: ((target - plannedSales) / target) * 100,
        }
      : null;

  const plan: GrowthPlan = {
    status,
    currentSales,
    targetSales: target,
    targetMultiple: target / currentSales,
    plannedSales,
    multiple: plannedSales / currentSales,
    shortfall,
    levers: leverPlans(),
    notices,
    issues: [],
  };
  const numbers = [
    plan.targetMultiple,
    plannedSales,
    plan.multiple,
    shortfall?.amount ?? null,
    shortfall?.percentOfTarget ?? null,
    ...plan.levers.flatMap((l) => [l.planned, l.upliftPercent]),
  ];
  return allFinite(numbers) ? plan : invalidPlan([{ code: 'overflow', key: null }]);
}
