import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  isIsoTimestamp,
  daysBetween,
  defaultPhaseDurations,
  durationsFromPhases,
  generateTimetable,
  isIsoDate,
  phaseFitsPeriod,
  phasesOutOfOrder,
  planWarnings,
  type Phase,
} from '../../../src/lib/promotion';
import { isoDate, planFrom } from './arbitraries';

/** The phases as `key start..end`, easy to read in a failing test. */
function spans(period: { start: string; end: string }, durations = {}): string[] {
  const result = generateTimetable(period, durations);
  if (!result.ok) throw new Error(result.error);
  return result.phases.map((phase) => `${phase.key} ${phase.start}..${phase.end}`);
}

describe('calendar dates', () => {
  it('knows which years have 29 February', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('rejects impossible and badly shaped dates', () => {
    for (const text of ['2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01', '26-01-01', '2026-01-01T00:00', '0999-12-31', '']) {
      expect(isIsoDate(text)).toBe(false);
    }
  });

  it('adds days across month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
  });

  it('counts days between dates, negative backwards', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-12-25')).toBe(-7);
    expect(daysBetween('2025-01-01', 'soon')).toBeNull();
  });

  it('refuses to leave the four-digit years', () => {
    expect(addDays('9999-12-31', 1)).toBeNull();
    expect(addDays('1000-01-01', -1)).toBeNull();
    expect(addDays('2026-01-01', 0.5)).toBeNull();
    expect(dateOfDayNumber(Number.NaN)).toBeNull();
  });

  it('turns any date into a day number and back', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const day = dayNumber(date);
        expect(day).not.toBeNull();
        expect(dateOfDayNumber(day ?? 0)).toBe(date);
      }),
    );
  });
});

describe('generateTimetable', () => {
  it('makes the four phases with the default durations', () => {
    expect(spans({ start: '2026-10-01', end: '2026-10-14' })).toEqual([
      'preparation 2026-09-17..2026-09-30',
      'communication 2026-09-24..2026-10-01',
      'execution 2026-10-01..2026-10-14',
      'evaluation 2026-10-15..2026-10-21',
    ]);
  });

  it('works across a month end', () => {
    expect(spans({ start: '2026-05-03', end: '2026-05-31' })).toEqual([
      'preparation 2026-04-19..2026-05-02',
      'communication 2026-04-26..2026-05-03',
      'execution 2026-05-03..2026-05-31',
      'evaluation 2026-06-01..2026-06-07',
    ]);
  });

  it('works across a year end at both ends', () => {
    expect(spans({ start: '2026-01-05', end: '2026-12-28' })).toEqual([
      'preparation 2025-12-22..2026-01-04',
      'communication 2025-12-29..2026-01-05',
      'execution 2026-01-05..2026-12-28',
      'evaluation 2026-12-29..2027-01-04',
    ]);
  });

  it('counts 29 February in a leap year and not in others', () => {
    expect(spans({ start: '2024-03-07', end: '2024-03-10' })[0]).toBe('preparation 2024-02-22..2024-03-06');
    expect(spans({ start: '2023-03-07', end: '2023-03-10' })[0]).toBe('preparation 2023-02-21..2023-03-06');
    expect(spans({ start: '2024-02-20', end: '2024-02-22' }).at(-1)).toBe('evaluation 2024-02-23..2024-02-29');
  });

  it('handles a one-day promotion on 29 February', () => {
    expect(spans({ start: '2028-02-29', end: '2028-02-29' }).slice(2)).toEqual([
      'execution 2028-02-29..2028-02-29',
      'evaluation 2028-03-01..2028-03-07',
    ]);
  });

  it('uses the durations the user chose', () => {
    expect(spans({ start: '2026-10-01', end: '2026-10-02' }, { preparationDays: 30, communicationDays: 3, evaluationDays: 14 })).toEqual([
      'preparation 2026-09-01..2026-09-30',
      'communication 2026-09-28..2026-10-01',
      'execution 2026-10-01..2026-10-02',
      'evaluation 2026-10-03..2026-10-16',
    ]);
  });

  it('starts preparation no later than communication', () => {
    const result = generateTimetable({ start: '2026-10-01', end: '2026-10-02' }, { preparationDays: 5, communicationDays: 10 });
    expect(result.ok && result.phases[0]).toEqual({ key: 'preparation', start: '2026-09-21', end: '2026-09-30' });
    expect(result.ok && result.durations.preparationDays).toBe(10);
  });

  it('keeps durations whole and between 1 and 365 days, defaulting unusable ones', () => {
    const result = generateTimetable(
      { start: '2026-10-01', end: '2026-10-02' },
      { preparationDays: 1000, communicationDays: 0, evaluationDays: Number.NaN },
    );
    expect(result.ok && result.durations).toEqual({ preparationDays: 365, communicationDays: 1, evaluationDays: 7 });
    const rounded = generateTimetable({ start: '2026-10-01', end: '2026-10-02' }, { evaluationDays: 2.6 });
    expect(rounded.ok && rounded.durations.evaluationDays).toBe(3);
  });

  it('says why it cannot make a timetable', () => {
    expect(generateTimetable({ start: '', end: '2026-10-01' })).toEqual({ ok: false, error: 'no-dates' });
    expect(generateTimetable({ start: '2026-10-02', end: '2026-10-01' })).toEqual({ ok: false, error: 'dates-reversed' });
    expect(generateTimetable({ start: '9999-12-20', end: '9999-12-30' })).toEqual({ ok: false, error: 'out-of-range' });
  });

  it('for any dates and durations, keeps phases in order and in place, with no warnings', () => {
    const durations = fc.record(
      { preparationDays: fc.integer({ min: -5, max: 400 }), communicationDays: fc.integer({ min: -5, max: 400 }), evaluationDays: fc.integer({ min: -5, max: 400 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 120 }), durations, (start, length, chosen) => {
        const period = { start, end: addDays(start, length) ?? start };
        const result = generateTimetable(period, chosen);
        if (!result.ok) {
          expect(result.error).toBe('out-of-range');
          return;
        }
        const [preparation, communication, execution, evaluation] = result.phases;
        expect(execution).toEqual({ key: 'execution', ...period });
        expect(daysBetween(preparation?.start ?? '', period.start)).toBe(result.durations.preparationDays);
        expect(daysBetween(communication?.start ?? '', period.start)).toBe(result.durations.communicationDays);
        expect(daysBetween(period.end, evaluation?.end ?? '')).toBe(result.durations.evaluationDays);
        expect(phasesOutOfOrder(result.phases)).toEqual([]);
        for (const phase of result.phases) expect(phaseFitsPeriod(phase, period)).toBe(true);
        expect(planWarnings(planFrom({ period, timetable: { phases: result.phases } }))).toEqual([]);
      }),
    );
  });
});

describe('phaseFitsPeriod', () => {
  const period = { start: '2026-10-01', end: '2026-10-14' };
  const phase = (key: Phase['key'], start: string, end: string): Phase => ({ key, start, end });

  it('lets preparation end by the first day, not after', () => {
    expect(phaseFitsPeriod(phase('preparation', '2026-09-01', '2026-10-01'), period)).toBe(true);
    expect(phaseFitsPeriod(phase('preparation', '2026-09-01', '2026-10-02'), period)).toBe(false);
  });

  it('lets communication start by the first day and run until the last', () => {
    expect(phaseFitsPeriod(phase('communication', '2026-09-20', '2026-10-14'), period)).toBe(true);
    expect(phaseFitsPeriod(phase('communication', '2026-10-02', '2026-10-05'), period)).toBe(false);
    expect(phaseFitsPeriod(phase('communication', '2026-09-20', '2026-10-15'), period)).toBe(false);
  });

  it('keeps execution within the promotion dates', () => {
    expect(phaseFitsPeriod(phase('execution', '2026-10-03', '2026-10-10'), period)).toBe(true);
    expect(phaseFitsPeriod(phase('execution', '2026-09-30', '2026-10-10'), period)).toBe(false);
  });

  it('starts evaluation on or after the last day', () => {
    expect(phaseFitsPeriod(phase('evaluation', '2026-10-14', '2026-10-20'), period)).toBe(true);
    expect(phaseFitsPeriod(phase('evaluation', '2026-10-13', '2026-10-20'), period)).toBe(false);
  });

  it('cannot judge blank or reversed dates', () => {
    expect(phaseFitsPeriod(phase('execution', '', '2026-10-10'), period)).toBeNull();
    expect(phaseFitsPeriod(phase('execution', '2026-10-10', '2026-10-03'), period)).toBeNull();
    expect(phaseFitsPeriod(phase('execution', '2026-10-03', '2026-10-10'), { start: '2026-10-14', end: '2026-10-01' })).toBeNull();
  });
});

describe('phasesOutOfOrder', () => {
  it('allows overlapping phases that move forward', () => {
    const result = generateTimetable({ start: '2026-10-01', end: '2026-10-14' });
    expect(result.ok && phasesOutOfOrder(result.phases)).toEqual([]);
  });

  it('flags a phase that starts or ends before the one above it, skipping undated ones', () => {
    const phases: Phase[] = [
      { key: 'preparation', start: '2026-09-17', end: '2026-09-30' },
      { key: 'communication', start: '', end: '' },
      { key: 'communication', start: '2026-09-10', end: '2026-10-01' },
      { key: 'execution', start: '2026-10-01', end: '2026-09-30' },
    ];
    expect(phasesOutOfOrder(phases)).toEqual([2, 3]);
  });
});

describe('durationsFromPhases', () => {
  it('reads back the durations a timetable was made with', () => {
    const period = { start: '2026-02-20', end: '2026-03-02' };
    const chosen = { preparationDays: 21, communicationDays: 10, evaluationDays: 5 };
    const result = generateTimetable(period, chosen);
    expect(result.ok && durationsFromPhases(result.phases, period)).toEqual(chosen);
  });

  it('keeps the user durations when the promotion moves', () => {
    const first = generateTimetable({ start: '2026-10-01', end: '2026-10-14' }, { preparationDays: 20, evaluationDays: 3 });
    if (!first.ok) throw new Error(first.error);
    const moved = { start: '2026-11-02', end: '2026-11-08' };
    const again = generateTimetable(moved, durationsFromPhases(first.phases, { start: '2026-10-01', end: '2026-10-14' }));
    expect(again.ok && again.durations).toEqual({ ...defaultPhaseDurations, preparationDays: 20, evaluationDays: 3 });
  });

  it('leaves out what it cannot read', () => {
    expect(durationsFromPhases([], { start: '2026-10-01', end: '2026-10-14' })).toEqual({});
    expect(durationsFromPhases([{ key: 'preparation', start: '2026-10-05', end: '2026-10-06' }], { start: '2026-10-01', end: '2026-10-14' })).toEqual({});
    expect(durationsFromPhases([], { start: '', end: '' })).toEqual({});
  });
});

describe('isIsoTimestamp (plan createdAt/updatedAt)', () => {
  it('accepts RFC 3339 instants in UTC or with an offset, with or without a fraction', () => {
    for (const text of ['2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00Z', '2024-02-29T23:59:59+08:00', '2026-12-31T00:00:00.123456-05:30']) {
      expect(isIsoTimestamp(text), text).toBe(true);
    }
  });

  it('refuses missing seconds or zone, impossible days and times, and anything around the instant', () => {
    for (const text of [
      '',
      '2026-03-01',
      '2026-03-01T08:00Z',
      '2026-03-01T08:00:00',
      '2025-02-29T08:00:00Z',
      '2026-04-31T08:00:00Z',
      '2026-03-01T24:00:00Z',
      '2026-03-01T08:60:00Z',
      '2026-03-01T08:00:00+24:00',
      ' 2026-03-01T08:00:00Z',
      '2026-03-01T08:00:00Z<script>',
      '２０２６-03-01T08:00:00Z',
    ]) {
      expect(isIsoTimestamp(text), text).toBe(false);
    }
  });

  it('agrees with the instant JavaScript itself writes, for any date in range', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        expect(isIsoTimestamp(date.toISOString())).toBe(true);
      }),
    );
  });
});
