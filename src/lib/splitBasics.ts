/**
 * What the Target splitter's screen needs before anything is computed: the methods and month
 * profiles it offers, the limits of its numbers and the assigned total. Apart from split.ts so the
 * page's first download carries these few lines without the computation (split.ts re-exports them).
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
/** What the computation accepts; the tool's state allows fewer (see splitState.ts). */
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
