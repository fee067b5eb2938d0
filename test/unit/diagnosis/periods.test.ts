import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoDate } from '../../../src/lib/diagnosis/calendar';
import { choosePeriods, isValidCoverage, lookBackWindow, type Period, type PeriodRequest } from '../../../src/lib/diagnosis/periods';

const day = (text: string): number => {
  const [y, m, d] = text.split('-').map(Number);
  const value = dayOf(y ?? 0, m ?? 0, d ?? 0);
  if (value === null) throw new Error(`not a date: ${text}`);
  return value;
};
const show = (period: Period) => `${isoDate(period.start)}..${isoDate(period.end)}`;
const periodsFor = (request: PeriodRequest, latest: string) => {
  const result = choosePeriods(request, day(latest));
  if (!result.ok) throw new Error(result.error);
  return { a: show(result.periods.a), b: show(result.periods.b), partial: result.partial };
};

describe('choosePeriods', () => {
  it('compares the latest date’s calendar month with the same month a year before by default', () => {
    expect(periodsFor({ choice: 'same-month-last-year' }, '2026-03-05')).toEqual({
      a: '2025-03-01..2025-03-31',
      b: '2026-03-01..2026-03-31',
      partial: true,
    });
    expect(periodsFor({ choice: 'same-month-last-year' }, '2024-02-29').b).toBe('2024-02-01..2024-02-29');
    expect(periodsFor({ choice: 'same-month-last-year' }, '2024-02-29').a).toBe('2023-02-01..2023-02-28');
  });

  it('says the period is complete when the data reaches its last day', () => {
    expect(periodsFor({ choice: 'same-month-last-year' }, '2026-03-31').partial).toBe(false);
  });

  it('compares with the previous month, across a year end', () => {
    expect(periodsFor({ choice: 'previous-month' }, '2026-01-15')).toMatchObject({
      a: '2025-12-01..2025-12-31',
      b: '2026-01-01..2026-01-31',
    });
  });

  it('compares whole calendar quarters', () => {
    expect(periodsFor({ choice: 'quarter' }, '2026-05-10')).toMatchObject({
      a: '2026-01-01..2026-03-31',
      b: '2026-04-01..2026-06-30',
    });
    expect(periodsFor({ choice: 'quarter' }, '2026-02-01')).toMatchObject({
      a: '2025-10-01..2025-12-31',
      b: '2026-01-01..2026-03-31',
    });
  });

  it('compares year to date with the same days a year before, 29 February falling back to the 28th', () => {
    expect(periodsFor({ choice: 'year-to-date' }, '2026-03-05')).toEqual({
      a: '2025-01-01..2025-03-05',
      b: '2026-01-01..2026-03-05',
      partial: false,
    });
    expect(periodsFor({ choice: 'year-to-date' }, '2024-02-29').a).toBe('2023-01-01..2023-02-28');
  });

  it('takes two custom ranges as given, overlapping or not', () => {
    const a = { start: day('2025-01-01'), end: day('2025-12-31') };
    const b = { start: day('2025-02-01'), end: day('2026-01-31') };
    expect(choosePeriods({ choice: 'custom', a, b }, null)).toEqual({ ok: true, periods: { a, b }, partial: false });
  });

  it('refuses a custom range that ends before it starts, or bounds that are not days', () => {
    const good = { start: 1, end: 2 };
    expect(choosePeriods({ choice: 'custom', a: { start: 5, end: 4 }, b: good }, null)).toEqual({ ok: false, error: 'start-after-end' });
    expect(choosePeriods({ choice: 'custom', a: good, b: { start: 1.5, end: 4 } }, null)).toEqual({ ok: false, error: 'not-a-day' });
  });

  it('needs a latest date for every choice but custom', () => {
    expect(choosePeriods({ choice: 'same-month-last-year' }, null)).toEqual({ ok: false, error: 'no-dates' });
  });

  it('always puts period A before period B, each non-empty, for any latest date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('1950-01-01'), max: day('2150-12-31') }),
        fc.constantFrom('same-month-last-year', 'previous-month', 'quarter', 'year-to-date') ,
        (latest, choice) => {
          const result = choosePeriods({ choice }, latest);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { a, b } = result.periods;
          expect(a.start).toBeLessThanOrEqual(a.end);
          expect(b.start).toBeLessThanOrEqual(b.end);
          expect(a.end).toBeLessThan(b.start);
          expect(latest >= b.start && latest <= b.end).toBe(true);
        },
      ),
    );
  });
});

describe('lookBackWindow', () => {
  it('spans the twelve calendar months that end with the period’s month', () => {
    const window = lookBackWindow({ start: day('2026-03-01'), end: day('2026-03-31') }, 12);
    expect(show(window)).toBe('2025-04-01..2026-03-31');
  });

  it('ends with the period, not with its month', () => {
    const window = lookBackWindow({ start: day('2026-01-01'), end: day('2026-03-05') }, 12);
    expect(show(window)).toBe('2025-04-01..2026-03-05');
  });

  it('takes other lengths and always holds the whole period', () => {
    expect(show(lookBackWindow({ start: day('2026-03-01'), end: day('2026-03-31') }, 1))).toBe('2026-03-01..2026-03-31');
    expect(show(lookBackWindow({ start: day('2024-01-01'), end: day('2026-03-31') }, 12))).toBe('2024-01-01..2026-03-31');
  });

  it('accepts look-backs of 1 to 120 whole months and any list', () => {
    expect(isValidCoverage({ kind: 'look-back', months: 12 })).toBe(true);
    expect(isValidCoverage({ kind: 'look-back', months: 0 })).toBe(false);
    expect(isValidCoverage({ kind: 'look-back', months: 121 })).toBe(false);
    expect(isValidCoverage({ kind: 'look-back', months: 6.5 })).toBe(false);
    expect(isValidCoverage({ kind: 'list', customers: [] })).toBe(true);
  });
});
