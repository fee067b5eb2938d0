/**
 * The two periods a diagnosis compares, and which customers count as covered in each.
 *
 * Pure module. Days are day numbers (calendar.ts); a period is a closed range of them.
 *
 * Choices where the issue is silent:
 * - Month and quarter periods are whole calendar months and quarters (the contract's default is
 *   "the calendar month of the latest date"), even when the data stops inside them; `partial`
 *   says so, so the page can warn that period B is not over yet. Year to date instead ends on the
 *   latest date, and period A on the same day a year earlier (29 February falls back to the 28th).
 * - The look-back window always holds the whole period: a custom period longer than the look-back
 *   starts its window at the period's start, so nobody buys in a period without being covered.
 * - The window ends with the period, not with its month: a purchase after a period's last day
 *   does not make a customer covered in it.
 */

import { dateOf, dayOf, firstDayOfMonth, lastDayOfMonth, monthOf } from './calendar.ts';

export interface Period {
  /** First day, inclusive. */
  start: number;
  /** Last day, inclusive. */
  end: number;
}

export interface PeriodPair {
  /** The earlier period, the base of the change. */
  a: Period;
  /** The later period, the one diagnosed. */
  b: Period;
}

export const periodChoices = ['same-month-last-year', 'previous-month', 'quarter', 'year-to-date', 'custom'] as const;
export type PeriodChoice = (typeof periodChoices)[number];

/** The default, the contract's: the latest date's month against the same month a year before. */
export const DEFAULT_PERIOD_CHOICE: Exclude<PeriodChoice, 'custom'> = 'same-month-last-year';

export type PeriodRequest =
  | { choice: Exclude<PeriodChoice, 'custom'> }
  | { choice: 'custom'; a: Period; b: Period };

/**
 * - 'no-dates': the file has no valid date, so there is no latest date to start from
 * - 'start-after-end': a custom period ends before it starts
 * - 'not-a-day': a custom period's bound is not a whole day number
 */
export type PeriodError = 'no-dates' | 'start-after-end' | 'not-a-day';

export type PeriodsResult = { ok: true; periods: PeriodPair; partial: boolean } | { ok: false; error: PeriodError };

/**
 * The two periods for a choice. `latestDay` is the latest valid transaction date of the file
 * (null when it has none); custom periods do not need it.
 */
export function choosePeriods(request: PeriodRequest, latestDay: number | null): PeriodsResult {
  if (request.choice === 'custom') return customPeriods(request.a, request.b);
  if (latestDay === null || !Number.isInteger(latestDay)) return { ok: false, error: 'no-dates' };
  const periods = standardPeriods(request.choice, latestDay);
  return { ok: true, periods, partial: latestDay < periods.b.end };
}

function standardPeriods(choice: Exclude<PeriodChoice, 'custom'>, latestDay: number): PeriodPair {
  const month = monthOf(latestDay);
  switch (choice) {
    case 'same-month-last-year':
      return { a: monthsPeriod(month - 12, 1), b: monthsPeriod(month, 1) };
    case 'previous-month':
      return { a: monthsPeriod(month - 1, 1), b: monthsPeriod(month, 1) };
    case 'quarter': {
      const quarterStart = month - (month % 3);
      return { a: monthsPeriod(quarterStart - 3, 3), b: monthsPeriod(quarterStart, 3) };
    }
    case 'year-to-date': {
      const { year, month: monthOfYear, day } = dateOf(latestDay);
      const sameDayLastYear = dayOf(year - 1, monthOfYear, day) ?? dayOf(year - 1, monthOfYear, day - 1) ?? latestDay - 365;
      return {
        a: { start: firstDayOfMonth((year - 1) * 12), end: sameDayLastYear },
        b: { start: firstDayOfMonth(year * 12), end: latestDay },
      };
    }
  }
}

function monthsPeriod(firstMonth: number, count: number): Period {
  return { start: firstDayOfMonth(firstMonth), end: lastDayOfMonth(firstMonth + count - 1) };
}

function customPeriods(a: Period, b: Period): PeriodsResult {
  for (const period of [a, b]) {
    if (!Number.isInteger(period?.start) || !Number.isInteger(period?.end)) return { ok: false, error: 'not-a-day' };
    if (period.start > period.end) return { ok: false, error: 'start-after-end' };
  }
  // Overlapping periods are allowed: rolling twelve-month windows a month apart overlap by design.
  return { ok: true, periods: { a: { ...a }, b: { ...b } }, partial: false };
}

/** Whether a day lies in a period. */
export function inPeriod(day: number, period: Period): boolean {
  return day >= period.start && day <= period.end;
}

// ---------------------------------------------------------------------------
// Covered customers

/** The twelve calendar months of the contract's default rule. */
export const DEFAULT_LOOK_BACK_MONTHS = 12;
export const MAX_LOOK_BACK_MONTHS = 120;

/**
 * Which customers count as covered in a period:
 * - 'look-back': those that bought (a line with a positive amount) in the `months` calendar
 *   months that end with the period's last month;
 * - 'list': those in a customer list (客户档案), plus any customer that ordered in the period
 *   without being on it, so ordering customers never outnumber covered ones (the figures say
 *   how many were added that way).
 */
export type Coverage = { kind: 'look-back'; months: number } | { kind: 'list'; customers: readonly string[] };

export const DEFAULT_COVERAGE: Coverage = { kind: 'look-back', months: DEFAULT_LOOK_BACK_MONTHS };

/** A list, or a look-back of a whole number of months from 1 to MAX_LOOK_BACK_MONTHS. */
export function isValidCoverage(coverage: Coverage): boolean {
  if (coverage.kind === 'list') return Array.isArray(coverage.customers);
  return Number.isInteger(coverage.months) && coverage.months >= 1 && coverage.months <= MAX_LOOK_BACK_MONTHS;
}

/** The days in which a purchase makes a customer covered in `period`, for a look-back of `months`. */
export function lookBackWindow(period: Period, months: number): Period {
  const windowStart = firstDayOfMonth(monthOf(period.end) - months + 1);
  return { start: Math.min(windowStart, period.start), end: period.end };
}
