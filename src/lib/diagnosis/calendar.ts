/**
 * Calendar arithmetic on day numbers: a date is the count of days since 1970-01-01 (negative
 * before it), so periods are integer ranges and comparing dates is comparing numbers. A month is
 * counted the same way, `year × 12 + (month − 1)`, so "twelve months back" is a subtraction.
 *
 * Pure module. Date.UTC does the proleptic Gregorian arithmetic; no time zone is ever involved.
 */

const MILLISECONDS_PER_DAY = 86_400_000;

/** Years a date may have; outside them a cell is more likely a typo than a transaction. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/** The day number of a calendar date, or null when the date does not exist (2026-02-30). */
export function dayOf(year: number, month: number, day: number): number | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const days = Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY;
  // Date.UTC rolls 2026-02-30 over into March; a date that does not come back unchanged is not one.
  const back = dateOf(days);
  return back.year === year && back.month === month && back.day === day ? days : null;
}

/** The calendar date of a day number. */
export function dateOf(days: number): CalendarDate {
  const date = new Date(days * MILLISECONDS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The month number (year × 12 + month − 1) a day falls in. */
export function monthOf(days: number): number {
  const { year, month } = dateOf(days);
  return year * 12 + month - 1;
}

/** The first day of a month number. */
export function firstDayOfMonth(monthNumber: number): number {
  const year = Math.floor(monthNumber / 12);
  return Date.UTC(year, monthNumber - year * 12, 1) / MILLISECONDS_PER_DAY;
}

/** The last day of a month number. */
export function lastDayOfMonth(monthNumber: number): number {
  return firstDayOfMonth(monthNumber + 1) - 1;
}

/** `2026-03-05`, for messages, exports and test names. */
export function isoDate(days: number): string {
  const { year, month, day } = dateOf(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
