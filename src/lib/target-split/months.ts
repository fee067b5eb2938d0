/**
 * Phasing: each quota over the twelve months by a month profile (a preset, custom weights or each
 * unit's own last year), rounded so that rows and columns add up exactly (see rounding.ts).
 *
 * Pure module: no DOM, no UI strings.
 */

import { isAmount, isRecord, issue, MAX_ROUNDING_UNIT, MAX_SPLIT_UNITS, notice, seasonalPresets, sum, type SeasonalPreset, type SplitIssue, type SplitNotice } from './model';
import { apportion, MONTHS, roundTable } from './rounding';

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

