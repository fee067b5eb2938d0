/**
 * Target splitting (业绩目标制定与分解): a company or regional target broken down to units
 * (regions, teams, people, dealers) and over the twelve months.
 *
 * Pure module: no DOM, no UI strings; its only import is splitBasics.ts (what the screen needs
 * before a computation), re-exported here. Results carry codes the UI translates; no
 * output number is ever NaN or ±Infinity. Public functions never throw, whatever they are given.
 *
 * How a split is made, in order:
 * 1. The assigned total is the target plus the over-assignment: round(target × (1 + p/100)) in
 *    whole yuan, computed exactly (p is read to 0.01 percentage point, halves round up).
 * 2. The method turns the units' data into a line per unit, quota = base + λ · weight
 *    (equal, weights and history have base 0; increment has base = history).
 * 3. Caps: quota = clamp(base + λ · weight, min, max), with λ found by clamping the units that
 *    break a cap and sharing what remains among the others by weight, until nothing moves.
 * 4. Rounding: parts are whole multiples of the rounding unit, found in integers by the largest
 *    remainder method within each unit's caps, so they add up exactly to the assigned total.
 *    When that total is not a multiple of the rounding unit, the remainder (less than one unit)
 *    goes to the unit with the largest part that can take it under its maximum (see `remainder`).
 * 5. Months: each quota is phased over 12 months and the unit × month table is rounded so that
 *    every row adds up to the unit's quota and every column to the company's month total.
 *
 * Ties are always broken towards the earlier unit (or the earlier month).
 */

import {
  DEFAULT_ALPHA,
  assignedTotalOf,
  MAX_OVER_PERCENT,
  MAX_ROUNDING_UNIT,
  MAX_SPLIT_TOTAL,
  MAX_SPLIT_UNITS,
  MAX_UNIT_AMOUNT,
  seasonalPresets,
  seasonalityKinds,
  splitMethods,
  type SeasonalPreset,
  type SeasonalityKind,
  type SplitMethod,
} from './splitBasics';

export * from './splitBasics';

// ---------------------------------------------------------------------------
// Inputs


export interface SplitUnit {
  readonly name: string;
  /** Last period's actual, yuan, ≥ 0. */
  readonly history?: number | undefined;
  /** What the unit could sell (market potential), yuan, ≥ 0. */
  readonly potential?: number | undefined;
  /** Manual weight for the 'weights' method, ≥ 0, any scale. */
  readonly weight?: number | undefined;
  /** Smallest quota the unit may get, yuan, ≥ 0. */
  readonly min?: number | undefined;
  /** Largest quota the unit may get, yuan, ≥ 0. */
  readonly max?: number | undefined;
  /** The unit's own bottom-up commitment, yuan, ≥ 0. */
  readonly commitment?: number | undefined;
  /** Last year's monthly actuals, 12 values ≥ 0 (Jan..Dec), for the 'history' month profile. */
  readonly months?: readonly number[] | undefined;
}

export interface SplitInput {
  /** The target, yuan, > 0 and ≤ MAX_SPLIT_TOTAL; a fraction of a yuan is rounded away. */
  readonly total: number;
  readonly method: SplitMethod;
  /** Blend only: the history share's weight α, a fraction 0–1. Default 0.5. */
  readonly alpha?: number | undefined;
  /** Over-assignment in percent, 0–MAX_OVER_PERCENT (10 means quotas add up to 110 %). Default 0. */
  readonly overPercent?: number | undefined;
  /** Parts are whole multiples of this many yuan: a whole number 1–MAX_ROUNDING_UNIT. Default 1. */
  readonly roundingUnit?: number | undefined;
  readonly units: readonly SplitUnit[];
}


export type UnitField = 'name' | 'history' | 'potential' | 'weight' | 'min' | 'max' | 'commitment' | 'months';

// ---------------------------------------------------------------------------
// Codes

/**
 * Why there is no result. `unit` is the unit's index, `amount` is in yuan.
 * - 'invalid-input': the input is not an object with a list of units
 * - 'no-units': the list is empty
 * - 'too-many-units': more than MAX_SPLIT_UNITS (amount = the limit)
 * - 'invalid-total': not a finite number > 0 and ≤ MAX_SPLIT_TOTAL
 * - 'invalid-method', 'invalid-alpha' (not 0–1), 'invalid-over' (not 0–MAX_OVER_PERCENT),
 *   'invalid-rounding-unit' (not a whole number 1–MAX_ROUNDING_UNIT)
 * - 'invalid-value': a unit field (`field`) is not a finite number 0–MAX_UNIT_AMOUNT, a name is not
 *   text, or months are not 12 such numbers
 * - 'min-above-max': this unit's minimum is above its maximum
 * - 'no-weights': 'weights' method and every weight is zero or missing
 * - 'no-history': 'history' (or 'blend' with α > 0) and every history is zero or missing
 * - 'no-potential': 'blend' with α < 1 and every potential is zero or missing
 * - 'no-headroom': 'increment', the target is above Σ history and no unit has potential above
 *   its history, so the growth has nowhere to go
 * - 'min-exceeds-total': the minimums add up to more than the assigned total (amount = excess)
 * - 'max-below-total': the maximums add up to less than the assigned total (amount = shortfall)
 * - 'no-month-weights': the custom month profile is missing, malformed or all zero
 * - 'no-monthly-history': the 'history' month profile and no unit has monthly actuals
 * - 'invalid-quota': phaseMonths got a quota that is not a whole number of yuan 0–2^53
 * - 'invalid-profile': phaseMonths got a profile it does not know
 */
export type SplitIssueCode =
  | 'invalid-input'
  | 'no-units'
  | 'too-many-units'
  | 'invalid-total'
  | 'invalid-method'
  | 'invalid-alpha'
  | 'invalid-over'
  | 'invalid-rounding-unit'
  | 'invalid-value'
  | 'min-above-max'
  | 'no-weights'
  | 'no-history'
  | 'no-potential'
  | 'no-headroom'
  | 'min-exceeds-total'
  | 'max-below-total'
  | 'no-month-weights'
  | 'no-monthly-history'
  | 'invalid-quota'
  | 'invalid-profile';

export interface SplitIssue {
  readonly code: SplitIssueCode;
  readonly unit: number | null;
  readonly field: UnitField | null;
  readonly amount: number | null;
}

/**
 * Things the user should know about a result. `units` are indexes, `amount` is in yuan.
 * - 'missing-as-zero': the method needs `field` and these units lack it; counted as 0
 * - 'negative-headroom': increment; these units' potential is below their history; headroom 0
 * - 'target-below-history': increment; the assigned total is below Σ history by `amount`; every
 *   unit is cut in proportion to its history
 * - 'equal-share-fallback': what was left after caps had to go to units whose weights are all 0;
 *   it was shared equally among them
 * - 'raised-to-min', 'capped-at-max': these units sit at their cap; the rest was shared out
 * - 'remainder': the assigned total is not a multiple of the rounding unit; `amount` (less than one
 *   rounding unit) went to `units[0]`, the unit with the largest part that can take it under its
 *   maximum (the largest part of all when none can)
 * - 'cap-broken-by-rounding': caps that are not multiples of the rounding unit could not all be
 *   kept once parts were rounded; these units miss a cap (by less than one rounding unit)
 * - 'company-pattern-used': months 'history' profile; these units have no monthly actuals of
 *   their own and follow the company's pattern (Σ of all units' months)
 * - 'cells-stretched': months; a row could not be rounded with every cell next to its exact
 *   value while keeping both margins, so some of these units' cells moved further
 */
export type SplitNoticeCode =
  | 'missing-as-zero'
  | 'negative-headroom'
  | 'target-below-history'
  | 'equal-share-fallback'
  | 'raised-to-min'
  | 'capped-at-max'
  | 'remainder'
  | 'cap-broken-by-rounding'
  | 'company-pattern-used'
  | 'cells-stretched';

export interface SplitNotice {
  readonly code: SplitNoticeCode;
  readonly units: readonly number[];
  readonly field: UnitField | null;
  readonly amount: number | null;
}

// ---------------------------------------------------------------------------
// Results

export interface UnitQuota {
  readonly index: number;
  readonly name: string;
  /** The quota in whole yuan. */
  readonly quota: number;
  /** The quota before rounding (after caps), yuan. */
  readonly exact: number;
  /** quota / assigned total, a fraction 0–1. */
  readonly share: number;
  readonly history: number | null;
  /** (quota / history − 1) × 100; null without a positive history. */
  readonly growthPercent: number | null;
  /** Which cap the unit sits at, if any. */
  readonly bound: 'min' | 'max' | null;
  readonly commitment: number | null;
  /** commitment − quota (negative: the unit commits less than it is asked), to the cent. */
  readonly gap: number | null;
}

export interface Reconciliation {
  /** How many units gave a commitment. */
  readonly committedUnits: number;
  readonly allCommitted: boolean;
  /** Σ commitments given. */
  readonly commitmentTotal: number;
  /** Σ quotas of the units that gave a commitment. */
  readonly quotaOfCommitted: number;
  /** commitmentTotal − quotaOfCommitted, to the cent. */
  readonly gap: number;
  /** Σ commitments − assigned total, when every unit committed; otherwise null. */
  readonly gapToAssignedTotal: number | null;
  /** Σ commitments − target (before over-assignment), when every unit committed; otherwise null. */
  readonly gapToTarget: number | null;
}

export interface SplitSuccess {
  readonly ok: true;
  readonly method: SplitMethod;
  /** The target as given, in whole yuan. */
  readonly target: number;
  readonly overPercent: number;
  /** What the quotas add up to: target plus over-assignment, whole yuan. */
  readonly assignedTotal: number;
  readonly roundingUnit: number;
  readonly units: readonly UnitQuota[];
  readonly remainder: { readonly unit: number; readonly amount: number } | null;
  readonly reconciliation: Reconciliation;
  readonly notices: readonly SplitNotice[];
}

export interface SplitFailure {
  readonly ok: false;
  readonly issues: readonly SplitIssue[];
}

export type SplitResult = SplitSuccess | SplitFailure;

// ---------------------------------------------------------------------------
// Small helpers

function issue(code: SplitIssueCode, extra: Partial<Omit<SplitIssue, 'code'>> = {}): SplitIssue {
  return { code, unit: extra.unit ?? null, field: extra.field ?? null, amount: extra.amount ?? null };
}

function notice(code: SplitNoticeCode, units: readonly number[], extra: Partial<Omit<SplitNotice, 'code' | 'units'>> = {}): SplitNotice {
  return { code, units, field: extra.field ?? null, amount: extra.amount ?? null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_UNIT_AMOUNT;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Rounds to the cent so differences of money carry no float noise (1000.1 − 1000 → 0.1). */
function cents(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** (quota − history) / history in percent; null without a positive history or when it overflows. */
function growthPercentOf(quota: number, history: number | null): number | null {
  if (history === null || !(history > 0)) return null;
  const percent = ((quota - history) / history) * 100;
  return Number.isFinite(percent) ? percent : null;
}

// ---------------------------------------------------------------------------
// Reading the input

/** A unit after checking: every optional number is a valid amount or null. */
interface CheckedUnit {
  name: string;
  history: number | null;
  potential: number | null;
  weight: number | null;
  min: number | null;
  max: number | null;
  commitment: number | null;
}

interface CheckedInput {
  target: number;
  method: SplitMethod;
  alpha: number;
  overPercent: number;
  roundingUnit: number;
  units: CheckedUnit[];
}

const amountFields = ['history', 'potential', 'weight', 'min', 'max', 'commitment'] as const;

function checkUnit(raw: unknown, index: number, issues: SplitIssue[]): CheckedUnit {
  const unit: CheckedUnit = { name: '', history: null, potential: null, weight: null, min: null, max: null, commitment: null };
  if (!isRecord(raw)) {
    issues.push(issue('invalid-value', { unit: index, field: 'name' }));
    return unit;
  }
  if (typeof raw['name'] === 'string') unit.name = raw['name'];
  else issues.push(issue('invalid-value', { unit: index, field: 'name' }));
  for (const field of amountFields) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (isAmount(value)) unit[field] = value;
    else issues.push(issue('invalid-value', { unit: index, field }));
  }
  if (unit.min !== null && unit.max !== null && unit.min > unit.max) issues.push(issue('min-above-max', { unit: index }));
  return unit;
}

function optionalNumber(raw: Record<string, unknown>, key: string, fallback: number): number | null {
  const value = raw[key];
  if (value === undefined || value === null) return fallback;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function checkInput(input: unknown): { ok: true; value: CheckedInput } | { ok: false; issues: SplitIssue[] } {
  if (!isRecord(input) || !Array.isArray(input['units'])) return { ok: false, issues: [issue('invalid-input')] };
  const issues: SplitIssue[] = [];
  const rawUnits: readonly unknown[] = input['units'];
  if (rawUnits.length === 0) issues.push(issue('no-units'));
  if (rawUnits.length > MAX_SPLIT_UNITS) return { ok: false, issues: [issue('too-many-units', { amount: MAX_SPLIT_UNITS })] };

  const total = input['total'];
  const target = typeof total === 'number' && Number.isFinite(total) ? Math.round(total) : null;
  if (target === null || target <= 0 || target > MAX_SPLIT_TOTAL) issues.push(issue('invalid-total'));

  const method = input['method'];
  const knownMethod = splitMethods.find((name) => name === method);
  if (knownMethod === undefined) issues.push(issue('invalid-method'));

  const alpha = optionalNumber(input, 'alpha', DEFAULT_ALPHA);
  if (alpha === null || alpha < 0 || alpha > 1) issues.push(issue('invalid-alpha'));

  const overPercent = optionalNumber(input, 'overPercent', 0);
  if (overPercent === null || overPercent < 0 || overPercent > MAX_OVER_PERCENT) issues.push(issue('invalid-over'));

  const roundingUnit = optionalNumber(input, 'roundingUnit', 1);
  if (roundingUnit === null || !Number.isInteger(roundingUnit) || roundingUnit < 1 || roundingUnit > MAX_ROUNDING_UNIT) {
    issues.push(issue('invalid-rounding-unit'));
  }

  const units = rawUnits.map((raw, index) => checkUnit(raw, index, issues));
  if (issues.length > 0 || target === null || knownMethod === undefined || alpha === null || overPercent === null || roundingUnit === null) {
    return { ok: false, issues };
  }
  return { ok: true, value: { target, method: knownMethod, alpha, overPercent, roundingUnit, units } };
}

// ---------------------------------------------------------------------------
// Methods: each turns the units into quota = base + λ · weight

type MethodResult =
  | { ok: true; base: number[]; weights: number[]; notices: SplitNotice[] }
  | { ok: false; issue: SplitIssue };

/** The field's values with missing ones as 0, and a notice naming the units that lacked it. */
function valuesOf(units: readonly CheckedUnit[], field: 'history' | 'potential' | 'weight'): { values: number[]; notices: SplitNotice[] } {
  const missing: number[] = [];
  const values = units.map((unit, index) => {
    const value = unit[field];
    if (value === null) missing.push(index);
    return value ?? 0;
  });
  const notices = missing.length > 0 ? [notice('missing-as-zero', missing, { field })] : [];
  return { values, notices };
}

function zeros(count: number): number[] {
  return new Array<number>(count).fill(0);
}

function equalMethod(units: readonly CheckedUnit[]): MethodResult {
  return { ok: true, base: zeros(units.length), weights: new Array<number>(units.length).fill(1), notices: [] };
}

function weightsMethod(units: readonly CheckedUnit[]): MethodResult {
  const { values, notices } = valuesOf(units, 'weight');
  if (!(sum(values) > 0)) return { ok: false, issue: issue('no-weights') };
  return { ok: true, base: zeros(units.length), weights: values, notices };
}

function historyMethod(units: readonly CheckedUnit[]): MethodResult {
  const { values, notices } = valuesOf(units, 'history');
  if (!(sum(values) > 0)) return { ok: false, issue: issue('no-history') };
  return { ok: true, base: zeros(units.length), weights: values, notices };
}

function incrementMethod(units: readonly CheckedUnit[], assignedTotal: number): MethodResult {
  const history = valuesOf(units, 'history');
  const potential = valuesOf(units, 'potential');
  const negative: number[] = [];
  const headroom = units.map((_, index) => {
    const room = (potential.values[index] ?? 0) - (history.values[index] ?? 0);
    if (room < 0 && units[index]?.potential !== null) negative.push(index);
    return Math.max(0, room);
  });
  const notices = [...history.notices, ...potential.notices];
  if (negative.length > 0) notices.push(notice('negative-headroom', negative));
  const increment = assignedTotal - sum(history.values);
  if (increment < 0) {
    // Cutting each unit by the same percentage of its history is the one rule that needs no
    // extra data and keeps the units' order.
    notices.push(notice('target-below-history', [], { amount: cents(-increment) }));
    return { ok: true, base: history.values, weights: history.values, notices };
  }
  if (increment > 0 && !(sum(headroom) > 0)) return { ok: false, issue: issue('no-headroom') };
  return { ok: true, base: history.values, weights: headroom, notices };
}

function blendMethod(units: readonly CheckedUnit[], alpha: number): MethodResult {
  const usesHistory = alpha > 0;
  const usesPotential = alpha < 1;
  const history = valuesOf(units, 'history');
  const potential = valuesOf(units, 'potential');
  const historySum = sum(history.values);
  const potentialSum = sum(potential.values);
  if (usesHistory && !(historySum > 0)) return { ok: false, issue: issue('no-history') };
  if (usesPotential && !(potentialSum > 0)) return { ok: false, issue: issue('no-potential') };
  const weights = units.map((_, index) => {
    const historyShare = usesHistory ? (history.values[index] ?? 0) / historySum : 0;
    const potentialShare = usesPotential ? (potential.values[index] ?? 0) / potentialSum : 0;
    return alpha * historyShare + (1 - alpha) * potentialShare;
  });
  const notices = [...(usesHistory ? history.notices : []), ...(usesPotential ? potential.notices : [])];
  return { ok: true, base: zeros(units.length), weights, notices };
}

function applyMethod(input: CheckedInput, assignedTotal: number): MethodResult {
  switch (input.method) {
    case 'equal':
      return equalMethod(input.units);
    case 'weights':
      return weightsMethod(input.units);
    case 'history':
      return historyMethod(input.units);
    case 'increment':
      return incrementMethod(input.units, assignedTotal);
    case 'blend':
      return blendMethod(input.units, input.alpha);
  }
}

// ---------------------------------------------------------------------------
// Caps

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

// ---------------------------------------------------------------------------
// Integer apportionment

export interface ApportionBounds {
  /** Hard bounds: never crossed. Σ lower ≤ count ≤ Σ upper is required. */
  readonly lower?: readonly number[];
  readonly upper?: readonly number[];
  /** Soft bounds inside the hard ones: kept whenever some other move can be made instead. */
  readonly softLower?: readonly number[];
  readonly softUpper?: readonly number[];
}

/**
 * Whole numbers x_i adding up to exactly `count`, as close to the real targets t_i as the bounds
 * allow: floors first (clamped into the soft bounds when they leave room), then one more to the
 * largest remainders, or one less from the smallest, ties to the earlier index. A move that keeps
 * a unit inside its soft bounds always goes before one that does not. Everything is integer
 * arithmetic on the floors, so float error in the targets can shift a unit but never the sum.
 */
export function apportion(count: number, targets: readonly number[], bounds: ApportionBounds = {}): number[] {
  const low = (index: number): number => bounds.lower?.[index] ?? 0;
  const high = (index: number): number => bounds.upper?.[index] ?? Number.POSITIVE_INFINITY;
  const softLow = (index: number): number => Math.max(low(index), bounds.softLower?.[index] ?? 0);
  const softHigh = (index: number): number => Math.min(high(index), bounds.softUpper?.[index] ?? Number.POSITIVE_INFINITY);
  const parts = targets.map((target, index) => {
    const floor = Number.isFinite(target) ? Math.floor(target) : 0;
    const soft = softLow(index) <= softHigh(index);
    return Math.min(soft ? softHigh(index) : high(index), Math.max(soft ? softLow(index) : low(index), floor));
  });
  let missing = count - sum(parts);
  const order = targets.map((_, index) => index);
  const remainderOf = (index: number): number => (targets[index] ?? 0) - (parts[index] ?? 0);

  while (missing !== 0) {
    const adding = missing > 0;
    const movable = order.filter((index) => (adding ? (parts[index] ?? 0) < high(index) : (parts[index] ?? 0) > low(index)));
    const keepsSoft = movable.filter((index) =>
      adding ? (parts[index] ?? 0) + 1 <= softHigh(index) : (parts[index] ?? 0) - 1 >= softLow(index),
    );
    const candidates = keepsSoft.length > 0 ? keepsSoft : movable;
    if (candidates.length === 0) break;
    candidates.sort((a, b) => {
      const difference = adding ? remainderOf(b) - remainderOf(a) : remainderOf(a) - remainderOf(b);
      return difference !== 0 ? difference : adding ? a - b : b - a;
    });
    // One more each, in order, to the candidates within one of the best: exactly what giving
    // units one at a time to the current best would do, in far fewer passes.
    const best = remainderOf(candidates[0] ?? 0);
    let moves = 0;
    for (const index of candidates) {
      if (moves === Math.abs(missing)) break;
      const remainder = remainderOf(index);
      if (moves > 0 && (adding ? remainder <= best - 1 : remainder >= best + 1)) break;
      parts[index] = (parts[index] ?? 0) + (adding ? 1 : -1);
      moves += 1;
    }
    missing += adding ? -moves : moves;
  }
  return parts;
}

interface Rounded {
  parts: number[];
  remainder: { unit: number; amount: number } | null;
  broken: number[];
}

/**
 * Rounds the capped shares to multiples of the rounding unit. Caps in whole rounding units (min
 * rounded up, max rounded down) are soft bounds, kept whenever the sum allows; the nearest
 * multiples outside the caps are hard bounds, so a cap that allows no multiple, or caps whose
 * multiples cannot reach the total, are missed by less than one rounding unit and reported.
 */
function roundShares(values: readonly number[], units: readonly CheckedUnit[], assignedTotal: number, roundingUnit: number): Rounded {
  const steps = Math.floor(assignedTotal / roundingUnit);
  const leftover = assignedTotal - steps * roundingUnit;
  const parts = apportion(
    steps,
    values.map((value) => value / roundingUnit),
    {
      lower: units.map((unit) => (unit.min === null ? 0 : Math.floor(unit.min / roundingUnit))),
      upper: units.map((unit) => (unit.max === null ? Number.POSITIVE_INFINITY : Math.ceil(unit.max / roundingUnit))),
      softLower: units.map((unit) => (unit.min === null ? 0 : Math.ceil(unit.min / roundingUnit))),
      softUpper: units.map((unit) => (unit.max === null ? Number.POSITIVE_INFINITY : Math.floor(unit.max / roundingUnit))),
    },
  ).map((part) => part * roundingUnit);

  let remainder: Rounded['remainder'] = null;
  if (leftover > 0) {
    const unit = remainderRecipient(parts, values, units, leftover);
    parts[unit] = (parts[unit] ?? 0) + leftover;
    remainder = { unit, amount: leftover };
  }
  const broken = parts.flatMap((part, index) => {
    const unit = units[index];
    const below = unit !== undefined && unit.min !== null && part < unit.min;
    const above = unit !== undefined && unit.max !== null && part > unit.max;
    return below || above ? [index] : [];
  });
  return { parts, remainder, broken };
}

/**
 * The unit with the largest part that can take `amount` more under its maximum, or the largest
 * part of all when none can. Equal parts go to the larger exact share, then the earlier unit.
 */
function remainderRecipient(parts: readonly number[], exact: readonly number[], units: readonly CheckedUnit[], amount: number): number {
  const larger = (a: number, b: number): boolean =>
    (parts[a] ?? 0) > (parts[b] ?? 0) || ((parts[a] ?? 0) === (parts[b] ?? 0) && (exact[a] ?? 0) > (exact[b] ?? 0));
  let best = -1;
  let largest = 0;
  parts.forEach((part, index) => {
    if (larger(index, largest)) largest = index;
    const max = units[index]?.max ?? null;
    if (max !== null && part + amount > max) return;
    if (best === -1 || larger(index, best)) best = index;
  });
  return best === -1 ? largest : best;
}

// ---------------------------------------------------------------------------
// The split

function checkFeasible(units: readonly CheckedUnit[], assignedTotal: number): SplitIssue | null {
  const minSum = sum(units.map((unit) => unit.min ?? 0));
  if (minSum > assignedTotal) return issue('min-exceeds-total', { amount: cents(minSum - assignedTotal) });
  if (units.every((unit) => unit.max !== null)) {
    const maxSum = sum(units.map((unit) => unit.max ?? 0));
    if (maxSum < assignedTotal) return issue('max-below-total', { amount: cents(assignedTotal - maxSum) });
  }
  return null;
}

/** Commitments against quotas: per unit in UnitQuota.gap, totals here. */
export function reconcile(
  quotas: readonly number[],
  commitments: readonly (number | null | undefined)[],
  assignedTotal: number,
  target: number,
): Reconciliation {
  let committedUnits = 0;
  let commitmentTotal = 0;
  let quotaOfCommitted = 0;
  quotas.forEach((quota, index) => {
    const commitment = commitments[index];
    if (!isAmount(commitment)) return;
    committedUnits += 1;
    commitmentTotal += commitment;
    quotaOfCommitted += Number.isFinite(quota) ? quota : 0;
  });
  const allCommitted = quotas.length > 0 && committedUnits === quotas.length;
  return {
    committedUnits,
    allCommitted,
    commitmentTotal: cents(commitmentTotal),
    quotaOfCommitted: cents(quotaOfCommitted),
    gap: cents(commitmentTotal - quotaOfCommitted),
    gapToAssignedTotal: allCommitted && Number.isFinite(assignedTotal) ? cents(commitmentTotal - assignedTotal) : null,
    gapToTarget: allCommitted && Number.isFinite(target) ? cents(commitmentTotal - target) : null,
  };
}

/**
 * Splits a target over units. Never throws; returns every input problem it finds at once, or the
 * quotas with notices. See the module comment for the order of the steps.
 */
export function splitTarget(input: SplitInput): SplitResult {
  const checked = checkInput(input);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  const { target, method, overPercent, roundingUnit, units } = checked.value;
  const assignedTotal = assignedTotalOf(target, overPercent);

  const infeasible = checkFeasible(units, assignedTotal);
  if (infeasible !== null) return { ok: false, issues: [infeasible] };
  const shaped = applyMethod(checked.value, assignedTotal);
  if (!shaped.ok) return { ok: false, issues: [shaped.issue] };

  const capped = shareWithCaps(
    assignedTotal,
    shaped.base,
    shaped.weights,
    units.map((unit) => unit.min),
    units.map((unit) => unit.max),
  );
  const rounded = roundShares(capped.values, units, assignedTotal, roundingUnit);

  const notices = [...shaped.notices];
  if (capped.equalFallback.length > 0) notices.push(notice('equal-share-fallback', capped.equalFallback));
  const atMin = capped.bound.flatMap((bound, index) => (bound === 'min' ? [index] : []));
  const atMax = capped.bound.flatMap((bound, index) => (bound === 'max' ? [index] : []));
  if (atMin.length > 0) notices.push(notice('raised-to-min', atMin));
  if (atMax.length > 0) notices.push(notice('capped-at-max', atMax));
  if (rounded.remainder !== null) notices.push(notice('remainder', [rounded.remainder.unit], { amount: rounded.remainder.amount }));
  if (rounded.broken.length > 0) notices.push(notice('cap-broken-by-rounding', rounded.broken));

  const quotas: UnitQuota[] = units.map((unit, index) => {
    const quota = rounded.parts[index] ?? 0;
    const history = unit.history;
    return {
      index,
      name: unit.name,
      quota,
      exact: capped.values[index] ?? 0,
      share: quota / assignedTotal,
      history,
      growthPercent: growthPercentOf(quota, history),
      bound: capped.bound[index] ?? null,
      commitment: unit.commitment,
      gap: unit.commitment === null ? null : cents(unit.commitment - quota),
    };
  });

  return {
    ok: true,
    method,
    target,
    overPercent,
    assignedTotal,
    roundingUnit,
    units: quotas,
    remainder: rounded.remainder,
    reconciliation: reconcile(
      rounded.parts,
      units.map((unit) => unit.commitment),
      assignedTotal,
      target,
    ),
    notices,
  };
}

// ---------------------------------------------------------------------------
// Months

export type MonthProfile =
  | { readonly kind: SeasonalPreset }
  | { readonly kind: 'custom'; readonly weights: readonly number[] }
  /** One entry per quota: that unit's last year's 12 monthly actuals, or undefined. */
  | { readonly kind: 'history'; readonly months: readonly (readonly number[] | undefined)[] };

export interface PhaseInput {
  /** Each unit's quota in whole yuan (SplitSuccess units' quota). */
  readonly quotas: readonly number[];
  readonly roundingUnit: number;
  readonly profile: MonthProfile;
}

export interface MonthRow {
  readonly quota: number;
  /** 12 amounts, January first, adding up exactly to `quota`. */
  readonly months: readonly number[];
  /** Q1..Q4, sums of the months. */
  readonly quarters: readonly number[];
}

export interface MonthTable {
  readonly roundingUnit: number;
  readonly rows: readonly MonthRow[];
  /** The company's month totals: the column sums, adding up to `total`. */
  readonly monthTotals: readonly number[];
  readonly quarterTotals: readonly number[];
  readonly total: number;
  readonly notices: readonly SplitNotice[];
}

export type PhaseResult = { ok: true; table: MonthTable } | { ok: false; issues: readonly SplitIssue[] };

const MONTHS = 12;
/** Per-unit profiles are scaled to integers over this common denominator. */
const PROFILE_SCALE = 1_000_000;

function isMonthList(value: unknown): value is readonly number[] {
  return Array.isArray(value) && value.length === MONTHS && value.every(isAmount);
}

/** Integer weights proportional to `weights`, adding up to `scale` (largest remainder). */
function scaleWeights(weights: readonly number[], scale: number): number[] {
  const total = sum(weights);
  return apportion(
    scale,
    weights.map((weight) => (scale * weight) / total),
  );
}

/** Integer weights used as given when they already are small whole numbers, else scaled. */
function integerWeights(weights: readonly number[]): number[] {
  const whole = weights.every((weight) => Number.isInteger(weight)) && sum(weights) <= 1e9;
  return whole ? [...weights] : scaleWeights(weights, PROFILE_SCALE);
}

/** Each row's integer month weights over one common denominator, or an issue. */
function rowWeights(
  profile: unknown,
  rows: number,
): { ok: true; weights: number[][]; denominator: number; notices: SplitNotice[] } | { ok: false; issue: SplitIssue } {
  if (!isRecord(profile)) return { ok: false, issue: issue('invalid-profile') };
  const kind = profile['kind'];
  const preset = Object.hasOwn(seasonalPresets, String(kind)) ? seasonalPresets[kind as SeasonalPreset] : undefined;
  if (preset !== undefined) {
    return { ok: true, weights: Array.from({ length: rows }, () => [...preset]), denominator: sum(preset), notices: [] };
  }
  if (kind === 'custom') {
    const weights = profile['weights'];
    if (!isMonthList(weights) || !(sum(weights) > 0)) return { ok: false, issue: issue('no-month-weights') };
    const shared = integerWeights(weights);
    return { ok: true, weights: Array.from({ length: rows }, () => [...shared]), denominator: sum(shared), notices: [] };
  }
  if (kind === 'history') {
    const months: unknown = profile['months'];
    if (!Array.isArray(months)) return { ok: false, issue: issue('invalid-profile') };
    const own: (readonly number[] | null)[] = [];
    for (let index = 0; index < rows; index += 1) {
      const list: unknown = months[index];
      if (list === undefined || list === null) own.push(null);
      else if (isMonthList(list)) own.push(sum(list) > 0 ? list : null);
      else return { ok: false, issue: issue('invalid-value', { unit: index, field: 'months' }) };
    }
    const company = new Array<number>(MONTHS).fill(0);
    for (const list of own) if (list !== null) list.forEach((value, month) => (company[month] = (company[month] ?? 0) + value));
    if (!(sum(company) > 0)) return { ok: false, issue: issue('no-monthly-history') };
    const companyWeights = scaleWeights(company, PROFILE_SCALE);
    const borrowed = own.flatMap((list, index) => (list === null ? [index] : []));
    const weights = own.map((list) => (list === null ? [...companyWeights] : scaleWeights(list, PROFILE_SCALE)));
    const notices = borrowed.length > 0 ? [notice('company-pattern-used', borrowed)] : [];
    return { ok: true, weights, denominator: PROFILE_SCALE, notices };
  }
  return { ok: false, issue: issue('invalid-profile') };
}

/**
 * Phases quotas over 12 months and rounds the table in whole rounding units so both margins hold
 * exactly (controlled rounding of a two-way table):
 * 1. Exact cells e_ij = steps_i × w_ij / D as integer floor and remainder (BigInt past 2^53).
 * 2. Column (company month) totals: the exact column sums rounded by largest remainder, ties to
 *    the earlier month.
 * 3. Each cell starts at its floor; rows and columns then lack whole units a_i and b_j, with
 *    Σa = Σb. Cells with the largest remainders take one more where both still need it; what is
 *    left is placed along augmenting paths (a small max-flow), first only on cells that are below
 *    their ceiling, then on any cell of a month the unit's profile uses, then on any cell. The
 *    last stage always succeeds (a transport problem without capacities), so both margins always
 *    hold; the second and third stages are flagged 'cells-stretched'.
 * 4. A quota that is not a multiple of the rounding unit keeps its remainder in its largest month
 *    (the earliest of equals), and that month's company total includes it.
 */
export function phaseMonths(input: PhaseInput): PhaseResult {
  if (!isRecord(input) || !Array.isArray(input['quotas'])) return { ok: false, issues: [issue('invalid-input')] };
  const quotas: readonly unknown[] = input['quotas'];
  if (quotas.length > MAX_SPLIT_UNITS) return { ok: false, issues: [issue('too-many-units', { amount: MAX_SPLIT_UNITS })] };
  const roundingUnit = input['roundingUnit'];
  if (typeof roundingUnit !== 'number' || !Number.isInteger(roundingUnit) || roundingUnit < 1 || roundingUnit > MAX_ROUNDING_UNIT) {
    return { ok: false, issues: [issue('invalid-rounding-unit')] };
  }
  const badQuota = quotas.findIndex((quota) => typeof quota !== 'number' || !Number.isSafeInteger(quota) || quota < 0);
  if (badQuota !== -1) return { ok: false, issues: [issue('invalid-quota', { unit: badQuota })] };
  const values = quotas as readonly number[];
  const profile = rowWeights(input['profile'], values.length);
  if (!profile.ok) return { ok: false, issues: [profile.issue] };

  const steps = values.map((quota) => Math.floor(quota / roundingUnit));
  const table = roundTable(steps, profile.weights, profile.denominator);
  const notices = [...profile.notices];
  if (table.stretched.length > 0) notices.push(notice('cells-stretched', table.stretched));

  const monthTotals = table.columns.map((column) => column * roundingUnit);
  const rows: MonthRow[] = values.map((quota, row) => {
    const months = (table.cells[row] ?? []).map((cell) => cell * roundingUnit);
    const leftover = quota - (steps[row] ?? 0) * roundingUnit;
    if (leftover > 0) {
      const month = largestMonth(months, profile.weights[row] ?? []);
      months[month] = (months[month] ?? 0) + leftover;
      monthTotals[month] = (monthTotals[month] ?? 0) + leftover;
    }
    return { quota, months, quarters: quartersOf(months) };
  });
  return {
    ok: true,
    table: {
      roundingUnit,
      rows,
      monthTotals,
      quarterTotals: quartersOf(monthTotals),
      total: sum(values),
      notices,
    },
  };
}

/** The month with the largest amount; among empty rows the month with the largest weight. */
function largestMonth(months: readonly number[], weights: readonly number[]): number {
  const allZero = months.every((value) => value === 0);
  const scores = allZero ? weights : months;
  let best = 0;
  scores.forEach((score, month) => {
    if (score > (scores[best] ?? 0)) best = month;
  });
  return best;
}

export function quartersOf(months: readonly number[]): number[] {
  return [0, 1, 2, 3].map((quarter) => (months[quarter * 3] ?? 0) + (months[quarter * 3 + 1] ?? 0) + (months[quarter * 3 + 2] ?? 0));
}

interface RoundedTable {
  cells: number[][];
  columns: number[];
  stretched: number[];
}

/**
 * Writes steps × weight = denominator × floor + remainder into the two arrays at `cell`, exactly:
 * plain numbers while the product stays below 2^53 (always, for realistic inputs), BigInt beyond.
 */
function divideExactly(steps: number, weight: number, denominator: number, floors: Float64Array, remainders: Float64Array, cell: number): void {
  const product = steps * weight;
  if (product <= Number.MAX_SAFE_INTEGER) {
    const remainder = product % denominator;
    floors[cell] = (product - remainder) / denominator;
    remainders[cell] = remainder;
    return;
  }
  const big = BigInt(steps) * BigInt(weight);
  const scale = BigInt(denominator);
  floors[cell] = Number(big / scale);
  remainders[cell] = Number(big % scale);
}

/** Controlled rounding of steps_i × w_ij / D; see phaseMonths. Cells are stored row-major. */
function roundTable(steps: readonly number[], weights: readonly (readonly number[])[], denominator: number): RoundedTable {
  const rows = steps.length;
  const floors = new Float64Array(rows * MONTHS);
  const remainders = new Float64Array(rows * MONTHS);
  // Column sums kept as Σ floors plus Σ remainders, both exact as numbers: the remainders are
  // below D (≤ 1e9) each, so their sum stays far below 2^53 for any table this module accepts.
  const columnFloors = new Array<number>(MONTHS).fill(0);
  const columnRemainders = new Array<number>(MONTHS).fill(0);
  const rowNeed = new Array<number>(rows).fill(0);

  for (let row = 0; row < rows; row += 1) {
    let placed = 0;
    for (let month = 0; month < MONTHS; month += 1) {
      const cell = row * MONTHS + month;
      divideExactly(steps[row] ?? 0, weights[row]?.[month] ?? 0, denominator, floors, remainders, cell);
      const floor = floors[cell] ?? 0;
      const remainder = remainders[cell] ?? 0;
      columnFloors[month] = (columnFloors[month] ?? 0) + floor;
      columnRemainders[month] = (columnRemainders[month] ?? 0) + remainder;
      placed += floor;
    }
    rowNeed[row] = (steps[row] ?? 0) - placed;
  }

  // Company month totals: the exact column sums rounded by largest remainder.
  const columns = columnFloors.map((floor, month) => floor + Math.floor((columnRemainders[month] ?? 0) / denominator));
  const extra = apportion(
    sum(steps) - sum(columns),
    columnRemainders.map((remainder) => (remainder % denominator) / denominator),
  );
  extra.forEach((value, month) => (columns[month] = (columns[month] ?? 0) + value));
  const columnNeed = columns.map((column, month) => column - (columnFloors[month] ?? 0));
  const added = new Float64Array(rows * MONTHS);

  // Stage 1a: largest remainders first, where row and column both still need a unit.
  const candidates: number[] = [];
  for (let cell = 0; cell < rows * MONTHS; cell += 1) if ((remainders[cell] ?? 0) > 0) candidates.push(cell);
  candidates.sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b);
  for (const cell of candidates) {
    const row = Math.floor(cell / MONTHS);
    const month = cell % MONTHS;
    if ((rowNeed[row] ?? 0) > 0 && (columnNeed[month] ?? 0) > 0) {
      added[cell] = 1;
      rowNeed[row] = (rowNeed[row] ?? 0) - 1;
      columnNeed[month] = (columnNeed[month] ?? 0) - 1;
    }
  }

  // Stages 1b, 2, 3: augmenting paths with growing cell capacities.
  const capacities: ((cell: number) => number)[] = [
    (cell) => ((remainders[cell] ?? 0) > 0 ? 1 : 0),
    (cell) => ((weights[Math.floor(cell / MONTHS)]?.[cell % MONTHS] ?? 0) > 0 ? Number.POSITIVE_INFINITY : 0),
    () => Number.POSITIVE_INFINITY,
  ];
  const flow: FlowState = { added, rowNeed, columnNeed };
  for (const capacity of capacities) {
    for (let row = 0; row < rows; row += 1) {
      while ((rowNeed[row] ?? 0) > 0 && augment(flow, row, capacity)) {
        // keep augmenting this row while a path exists
      }
    }
  }

  const stretched: number[] = [];
  const cells: number[][] = [];
  for (let row = 0; row < rows; row += 1) {
    const cellRow: number[] = [];
    let beyond = false;
    for (let month = 0; month < MONTHS; month += 1) {
      const cell = row * MONTHS + month;
      const more = added[cell] ?? 0;
      if (more > ((remainders[cell] ?? 0) > 0 ? 1 : 0)) beyond = true;
      cellRow.push((floors[cell] ?? 0) + more);
    }
    if (beyond) stretched.push(row);
    cells.push(cellRow);
  }
  return { cells, columns, stretched };
}

interface FlowState {
  /** Units added above each cell's floor, row-major. */
  added: Float64Array;
  rowNeed: number[];
  columnNeed: number[];
}

/**
 * One augmenting path from `start` (a row that still needs units) to a month that still needs
 * units, by breadth-first search: row → month along a cell below its capacity, month → row along
 * a cell that already took extra units (taking one back). Applies the path; false when none.
 */
function augment(flow: FlowState, start: number, capacity: (cell: number) => number): boolean {
  const { added, rowNeed, columnNeed } = flow;
  const rows = rowNeed.length;
  const monthFrom = new Array<number>(MONTHS).fill(-1);
  const rowFrom = new Int32Array(rows).fill(-1);
  const rowSeen = new Uint8Array(rows);
  rowSeen[start] = 1;
  let frontier = [start];
  let found = -1;

  while (frontier.length > 0 && found === -1) {
    const nextRows: number[] = [];
    for (const row of frontier) {
      for (let month = 0; month < MONTHS && found === -1; month += 1) {
        const cell = row * MONTHS + month;
        if (monthFrom[month] !== -1 || (added[cell] ?? 0) >= capacity(cell)) continue;
        monthFrom[month] = row;
        if ((columnNeed[month] ?? 0) > 0) {
          found = month;
          break;
        }
        for (let other = 0; other < rows; other += 1) {
          if (rowSeen[other] === 1 || (added[other * MONTHS + month] ?? 0) <= 0) continue;
          rowSeen[other] = 1;
          rowFrom[other] = month;
          nextRows.push(other);
        }
      }
      if (found !== -1) break;
    }
    frontier = nextRows;
  }
  if (found === -1) return false;

  // Walk back: add on forward cells, take back on the cells used in reverse.
  let month = found;
  for (;;) {
    const row = monthFrom[month] ?? start;
    added[row * MONTHS + month] = (added[row * MONTHS + month] ?? 0) + 1;
    if (row === start) break;
    const previousMonth = rowFrom[row] ?? 0;
    added[row * MONTHS + previousMonth] = (added[row * MONTHS + previousMonth] ?? 0) - 1;
    month = previousMonth;
  }
  rowNeed[start] = (rowNeed[start] ?? 0) - 1;
  columnNeed[found] = (columnNeed[found] ?? 0) - 1;
  return true;
}

// ---------------------------------------------------------------------------
// Everything at once

export interface TargetPlanInput extends SplitInput {
  readonly seasonality: SeasonalityKind;
  /** Custom month weights (12, ≥ 0), used when seasonality is 'custom'. */
  readonly monthWeights?: readonly number[] | undefined;
}

export type TargetPlan =
  | { ok: true; split: SplitSuccess; months: MonthTable; notices: readonly SplitNotice[] }
  | { ok: false; issues: readonly SplitIssue[] };

function profileOf(input: TargetPlanInput): MonthProfile | null {
  const kind = input.seasonality;
  if (kind === 'custom') return { kind, weights: input.monthWeights ?? [] };
  if (kind === 'history') return { kind, months: input.units.map((unit) => (isRecord(unit) ? unit.months : undefined)) };
  return seasonalityKinds.some((known) => known === kind) ? { kind } : null;
}

/** The split, its month table and every notice of both, for the tool and the export. */
export function planTargets(input: TargetPlanInput): TargetPlan {
  const split = splitTarget(input);
  if (!split.ok) return split;
  const profile = profileOf(input);
  if (profile === null) return { ok: false, issues: [issue('invalid-profile')] };
  const phased = phaseMonths({ quotas: split.units.map((unit) => unit.quota), roundingUnit: split.roundingUnit, profile });
  if (!phased.ok) return phased;
  return { ok: true, split, months: phased.table, notices: [...split.notices, ...phased.table.notices] };
}
