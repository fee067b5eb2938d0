/**
 * The promotion's days and where each phase of the timetable belongs relative to them. Split from
 * timetable.ts (which re-exports both) because the plan's completeness needs them at first paint.
 */

import { dayNumber } from './dates';
import type { Period, Phase } from './schema';

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
  const window = periodDays(period);
  const from = dayNumber(phase.start);
  const to = dayNumber(phase.end);
  if (!window || from === null || to === null || from > to) return null;
  switch (phase.key) {
    case 'preparation':
      return to <= window.start;
    case 'communication':
      return from <= window.start && to <= window.end;
    case 'execution':
      return from >= window.start && to <= window.end;
    case 'evaluation':
      return from >= window.end;
  }
}
