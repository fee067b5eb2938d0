/**
 * Generating the timetable's four phases from the promotion dates. Kept apart from timetable.ts
 * because only the "generate" button (and the example plan) needs it: the builder fetches this
 * module on that click instead of with the page.
 */

import { dateOfDayNumber, dayNumber } from './dates';
import type { Period, Phase, PhaseKey } from './planShape';
import { defaultPhaseDurations, MAX_PHASE_DAYS, type DurationChoices, type TimetableResult } from './timetable';

/** A whole number of days in 1…MAX_PHASE_DAYS; anything unusable falls back to the default. */
function wholeDays(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(MAX_PHASE_DAYS, Math.max(1, Math.round(value)));
}

/**
 * The four phases for a promotion's dates:
 * - preparation: `preparationDays` before the start, ending the day before it
 * - communication: `communicationDays` before the start, through the first day
 * - execution: the promotion dates themselves
 * - evaluation: `evaluationDays` starting the day after the end
 * Preparation is stretched to start no later than communication, since nothing can be announced
 * before it is prepared; so the phases always start and end in order. Durations are whole days,
 * 1 to 365; a missing or unusable one takes its default. `durations` reports what was used.
 */
export function generateTimetable(period: Period, choices: DurationChoices = {}): TimetableResult {
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  if (start === null || end === null) return { ok: false, error: 'no-dates' };
  if (start > end) return { ok: false, error: 'dates-reversed' };

  const communicationDays = wholeDays(choices.communicationDays, defaultPhaseDurations.communicationDays);
  const preparationDays = Math.max(
    wholeDays(choices.preparationDays, defaultPhaseDurations.preparationDays),
    communicationDays,
  );
  const evaluationDays = wholeDays(choices.evaluationDays, defaultPhaseDurations.evaluationDays);

  const spans: [PhaseKey, number, number][] = [
    ['preparation', start - preparationDays, start - 1],
    ['communication', start - communicationDays, start],
    ['execution', start, end],
    ['evaluation', end + 1, end + evaluationDays],
  ];
  const phases: Phase[] = [];
  for (const [key, from, to] of spans) {
    const first = dateOfDayNumber(from);
    const last = dateOfDayNumber(to);
    if (first === null || last === null) return { ok: false, error: 'out-of-range' };
    phases.push({ key, start: first, end: last });
  }
  return { ok: true, phases, durations: { preparationDays, communicationDays, evaluationDays } };
}
