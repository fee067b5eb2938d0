/**
 * Calendar dates as `yyyy-mm-dd` strings, counted in whole UTC days. A plan's dates are days on a
 * calendar, not instants, so no local time zone may shift them: 2024-02-28 + 1 is 2024-02-29
 * wherever the browser is.
 */

import type { Period, Phase } from './planShape';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const millisecondsPerDay = 86_400_000;

/** Years a plan may use: four digits, so every date keeps the `yyyy-mm-dd` shape. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/**
 * Days since 1970-01-01 of a `yyyy-mm-dd` date, or null when the text is not a real calendar
 * date between years 1000 and 9999 (2023-02-29 and 2024-13-01 are null).
 */
export function dayNumber(date: string): number | null {
  const match = isoDatePattern.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // Date.UTC rolls 2023-02-29 over to March 1st; a changed day or month means no such date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time / millisecondsPerDay;
}

/** Whether the text is a real `yyyy-mm-dd` calendar date in years 1000–9999. */
export function isIsoDate(date: string): boolean {
  return dayNumber(date) !== null;
}

/** RFC 3339: seconds required, any fraction, `Z` or a ±hh:mm offset (the shape zod's iso.datetime accepts). */
const timestampShape = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether text is an instant such as `2025-08-01T09:30:00.000Z` on a real calendar day. Written
 * here rather than with zod's iso.datetime, which would add 0.8 KB to every tool page (zod's
 * schema code is shared by all islands, so each pays for every kind any of them uses).
 */
export function isIsoTimestamp(text: string): boolean {
  const day = timestampShape.exec(text)?.[1];
  return day !== undefined && isIsoDate(day);
}

/** The `yyyy-mm-dd` date of a day number, or null outside years 1000–9999 or for a non-integer. */
export function dateOfDayNumber(days: number): string | null {
  if (!Number.isInteger(days)) return null;
  const date = new Date(days * millisecondsPerDay);
  const year = date.getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return null;
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The date `days` whole days after (or before, when negative) a date; null when out of range. */
export function addDays(date: string, days: number): string | null {
  const start = dayNumber(date);
  if (start === null || !Number.isInteger(days)) return null;
  return dateOfDayNumber(start + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null unless both are dates. */
export function daysBetween(from: string, to: string): number | null {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === null || end === null ? null : end - start;
}

// The promotion's days and where each phase belongs: here rather than in timetable.ts (which
// re-exports them), because the plan's completeness needs them at first paint.

/** The promotion's first and last day as day numbers, or null unless both are dates in order. */
export function periodDays(period: Period): { start: number; end: number } | null {
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  return start === null || end === null || start > end ? null : { start, end };
}

/**
 * Whether a phase sits where it belongs relative to the promotion dates:
 * - preparation ends by the first day
 * - communication starts by the first day and ends by the last day
 * - execution lies within the promotion dates
 * - evaluation starts on or after the last day
 * Null when that cannot be judged: blank dates, or a phase or period that ends before it starts.
 */
export function phaseFitsPeriod(phase: Phase, period: Period): boolean | null {
  const span = periodDays(period);
  const from = dayNumber(phase.start);
  const to = dayNumber(phase.end);
  if (!span || from === null || to === null || from > to) return null;
  switch (phase.key) {
    case 'preparation':
      return to <= span.start;
    case 'communication':
      return from <= span.start && to <= span.end;
    case 'execution':
      return from >= span.start && to <= span.end;
    case 'evaluation':
      return from >= span.end;
  }
}
