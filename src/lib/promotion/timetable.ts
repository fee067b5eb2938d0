/**
 * The timetable (促销时间表): four phases generated from the promotion dates, which the user can
 * then edit. All arithmetic is on whole UTC days (dates.ts), so month ends, year ends and
 * 29 February need no special cases.
 */

import { dayNumber, periodDays } from './dates';
import { phaseKeys, type Period, type Phase, type PhaseKey } from './planShape';

// Where the promotion's days are, and whether a phase sits where it belongs: in dates.ts, which
// the builder's completeness (first paint) needs without the generator's code.
export { periodDays, phaseFitsPeriod } from './dates';

export interface PhaseDurations {
  /** Days of preparation before the first day; the phase ends the day before the start. */
  preparationDays: number;
  /** Days of communication and invitations before the first day; the phase runs through the first day. */
  communicationDays: number;
  /** Days of evaluation after the last day, starting the day after. */
  evaluationDays: number;
}

export const defaultPhaseDurations: Readonly<PhaseDurations> = {
  preparationDays: 14,
  communicationDays: 7,
  evaluationDays: 7,
};

/** Longest phase the generator makes; a year of lead time is already more than any promotion needs. */
export const MAX_PHASE_DAYS = 365;

/**
 * - 'no-dates': the start or end is blank or not a date
 * - 'dates-reversed': the start is after the end
 * - 'out-of-range': a phase would fall outside years 1000–9999
 */
export type TimetableError = 'no-dates' | 'dates-reversed' | 'out-of-range';

export type TimetableResult =
  | { ok: true; phases: Phase[]; durations: PhaseDurations }
  | { ok: false; error: TimetableError };

export type DurationChoices = { [Key in keyof PhaseDurations]?: number | undefined };


/**
 * The durations an edited timetable implies (from the first phase of each kind), so that moving
 * the promotion dates can regenerate the timetable without losing the user's choices. A duration
 * that cannot be read (phase absent, dates blank, phase on the wrong side) is left out.
 */
export function durationsFromPhases(phases: readonly Phase[], period: Period): DurationChoices {
  const span = periodDays(period);
  if (!span) return {};
  const days = (key: PhaseKey, measure: (from: number, to: number) => number): number | undefined => {
    const phase = phases.find((candidate) => candidate.key === key);
    const from = phase ? dayNumber(phase.start) : null;
    const to = phase ? dayNumber(phase.end) : null;
    if (from === null || to === null) return undefined;
    const value = measure(from, to);
    return value >= 1 && value <= MAX_PHASE_DAYS ? value : undefined;
  };
  const found: DurationChoices = {
    preparationDays: days('preparation', (from) => span.start - from),
    communicationDays: days('communication', (from) => span.start - from),
    evaluationDays: days('evaluation', (_, to) => to - span.end),
  };
  // Left-out durations are absent rather than undefined, so the result can be stored as it is.
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}


/**
 * Indexes of phases listed out of order: compared with the previous phase that has both dates,
 * a phase that is an earlier kind (execution listed before preparation), starts earlier or ends
 * earlier. Phases may overlap (preparation and invitations run side by side), not go backwards.
 */
export function phasesOutOfOrder(phases: readonly Phase[]): number[] {
  const rank = (key: PhaseKey): number => phaseKeys.indexOf(key);
  const found: number[] = [];
  let previous: { rank: number; start: number; end: number } | null = null;
  phases.forEach((phase, index) => {
    const start = dayNumber(phase.start);
    const end = dayNumber(phase.end);
    if (start === null || end === null) return;
    const current = { rank: rank(phase.key), start, end };
    if (previous && (current.rank < previous.rank || start < previous.start || end < previous.end)) {
      found.push(index);
    }
    previous = current;
  });
  return found;
}
