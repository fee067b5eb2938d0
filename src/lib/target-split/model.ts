/**
 * What a target split is: the methods and month profiles it offers, the limits of its numbers,
 * the assigned total, its input, the codes of its issues and notices, and its results. The screen
 * shows these before anything is computed; split.ts, methods.ts, caps.ts, rounding.ts and months.ts
 * compute with them.
 *
 * Pure module: no DOM, no UI strings, no imports.
 */

export const splitMethods = ['equal', 'weights', 'history', 'increment', 'blend'] as const;
/**
 * - 'equal': every unit gets the same share.
 * - 'weights': shares in proportion to each unit's manual weight.
 * - 'history': shares in proportion to last period's actuals.
 * - 'increment': each unit keeps its history; the growth (assigned total − Σ history) is shared by
 *   headroom = potential − history. When the assigned total is below Σ history, every unit is cut
 *   by the same percentage of its history (notice 'target-below-history').
 * - 'blend': shares by α · history share + (1 − α) · potential share.
 */
export type SplitMethod = (typeof splitMethods)[number];

/** The largest target; the same ceiling as typed numbers (parseNumber's MAX_MAGNITUDE). */
export const MAX_SPLIT_TOTAL = 1e15;
/** The largest value of any unit field. */
export const MAX_UNIT_AMOUNT = 1e15;
export const MAX_OVER_PERCENT = 100;
export const MAX_ROUNDING_UNIT = 1e12;
/** What the computation accepts; the tool's state allows fewer (see schema.ts). */
export const MAX_SPLIT_UNITS = 10_000;
export const DEFAULT_ALPHA = 0.5;

/** target × (1 + percent / 100) rounded half up to whole yuan, exactly (percent to 0.01 point). */
export function assignedTotalOf(target: number, overPercent: number): number {
  const yuan = BigInt(Math.round(target));
  const basisPoints = BigInt(Math.round(overPercent * 100));
  return Number((yuan * (10_000n + basisPoints) + 5_000n) / 10_000n);
}

export const seasonalityKinds = ['flat', 'spring-festival', 'year-end', 'retail-peaks', 'custom', 'history'] as const;
/**
 * - 'flat': every month the same
 * - 'spring-festival': a dip in January and February around 春节, steady after
 * - 'year-end': a ramp through the year with a push in November and December (冲刺年底)
 * - 'retail-peaks': retail's 618 (June) and 双11 (November) peaks, a smaller 双12 December
 * - 'custom': 12 weights given by the user
 * - 'history': each unit follows its own last year's monthly actuals
 */
export type SeasonalityKind = (typeof seasonalityKinds)[number];
export type SeasonalPreset = Exclude<SeasonalityKind, 'custom' | 'history'>;

/** Month weights in per-mille (each row adds up to 1000), January first. Invented, plausible. */
export const seasonalPresets: Readonly<Record<SeasonalPreset, readonly number[]>> = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  'spring-festival': [60, 50, 85, 90, 90, 90, 85, 85, 90, 90, 90, 95],
  'year-end': [65, 60, 75, 75, 80, 85, 75, 75, 85, 90, 105, 130],
  'retail-peaks': [60, 55, 75, 75, 90, 130, 70, 70, 75, 85, 140, 75],
};

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

export function issue(code: SplitIssueCode, extra: Partial<Omit<SplitIssue, 'code'>> = {}): SplitIssue {
  return { code, unit: extra.unit ?? null, field: extra.field ?? null, amount: extra.amount ?? null };
}

export function notice(code: SplitNoticeCode, units: readonly number[], extra: Partial<Omit<SplitNotice, 'code' | 'units'>> = {}): SplitNotice {
  return { code, units, field: extra.field ?? null, amount: extra.amount ?? null };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_UNIT_AMOUNT;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Rounds to the cent so differences of money carry no float noise (1000.1 − 1000 → 0.1). */
export function cents(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
