import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPlainVisit,
  mustAskBeforeSaving,
  openingState,
  otherTabChange,
  textsAfterOpening,
  type LinkReading,
} from '../../src/lib/savedTool';
import type { LoadResult } from '../../src/lib/storage';

interface Scenario {
  customers: number;
}
const example: Scenario = { customers: 200 };
const noLink: LinkReading<Scenario> = { carriesState: false, state: example, present: false, ignored: [], extra: undefined };
const linkTo = (customers: number): LinkReading<Scenario> => ({ ...noLink, carriesState: true, state: { customers } });
const savedAs = (customers: number): LoadResult<Scenario> => ({ status: 'ok', value: { customers } });
const empty: LoadResult<Scenario> = { status: 'empty' };

describe('a plain visit', () => {
  it('is an address without a query and a browser with nothing saved', () => {
    expect(isPlainVisit('', 'none')).toBe(true);
  });

  it('is not plain with a link, a saved copy, or storage that cannot say', () => {
    expect(isPlainVisit('?customers=1', 'none')).toBe(false);
    expect(isPlainVisit('', 'some')).toBe(false);
    expect(isPlainVisit('', 'unknown')).toBe(false);
  });
});

describe('what a tool opens with', () => {
  it('opens a link over a saved copy, and keeps the saved copy to restore', () => {
    const opened = openingState(linkTo(80), savedAs(120), example);
    expect(opened.state).toEqual({ customers: 80 });
    expect(opened.source).toBe('link');
    expect(opened.savedKept).toBe(true);
  });

  it('opens the saved copy when there is no link, and the example when there is neither', () => {
    expect(openingState(noLink, savedAs(120), example)).toMatchObject({ state: { customers: 120 }, source: 'saved' });
    expect(openingState(noLink, empty, example)).toMatchObject({ state: example, source: 'default', savedKept: false });
  });

  it('reports a saved copy that could not be read, and storage that is off', () => {
    const aside: LoadResult<Scenario> = { status: 'set-aside', setAsideKey: 'playbook:growth:set-aside:x', raw: '{' };
    expect(openingState(noLink, aside, example)).toMatchObject({ source: 'default', setAsideKey: 'playbook:growth:set-aside:x' });
    expect(openingState(noLink, { status: 'unavailable' }, example).storageUnavailable).toBe(true);
  });

  it('a link always wins, whatever is saved (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.option(fc.nat(), { nil: undefined }), (linked, saved) => {
        const opened = openingState(linkTo(linked), saved === undefined ? empty : savedAs(saved), example);
        expect(opened.state.customers).toBe(linked);
        expect(opened.savedKept).toBe(saved !== undefined);
      }),
    );
  });
});

describe('saving after a link', () => {
  it('asks before a shared link replaces a different saved copy', () => {
    const saved = savedAs(120);
    expect(mustAskBeforeSaving(openingState(linkTo(80), saved, example), saved)).toBe(true);
  });

  it('does not ask when the link is the saved copy itself (a reload) or nothing is saved', () => {
    const saved = savedAs(80);
    expect(mustAskBeforeSaving(openingState(linkTo(80), saved, example), saved)).toBe(false);
    expect(mustAskBeforeSaving(openingState(linkTo(80), empty, example), empty)).toBe(false);
    expect(mustAskBeforeSaving(openingState(noLink, saved, example), saved)).toBe(false);
  });
});

describe('text typed before the tool was ready', () => {
  it('is kept over the texts of the state the tool opens with', () => {
    expect(textsAfterOpening({ customers: '120', active: '60' }, { customers: '3' })).toEqual({ customers: '3', active: '60' });
  });

  it('every typed text survives, every other field shows the opened state (property)', () => {
    const keys = ['customers', 'active', 'aov', 'goal'] as const;
    const texts = fc.record(Object.fromEntries(keys.map((key) => [key, fc.string()])) as Record<(typeof keys)[number], fc.Arbitrary<string>>);
    const typed = fc.record(Object.fromEntries(keys.map((key) => [key, fc.string()])) as Record<(typeof keys)[number], fc.Arbitrary<string>>, {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(texts, typed, (opened, early) => {
        const result = textsAfterOpening(opened, early);
        for (const key of keys) expect(result[key]).toBe(key in early ? early[key] : opened[key]);
      }),
    );
  });
});

describe('a change from another tab', () => {
  const key = 'playbook:growth';

  it('is offered when another tab writes this tool’s saved copy', () => {
    expect(otherTabChange({ key, newValue: '{"version":1,"data":{"customers":90}}' }, key, '{"version":1,"data":{"customers":80}}')).toBe('offer');
    expect(otherTabChange({ key, newValue: null }, key, '{"version":1}')).toBe('offer');
  });

  it('is ignored when another tab writes back the same copy at another time (it only opened it)', () => {
    const copy = (customers: number, savedAt: string) => JSON.stringify({ version: 1, savedAt, data: { customers } });
    expect(otherTabChange({ key, newValue: copy(80, '2026-12-08T01:00:00.000Z') }, key, copy(80, '2026-12-07T09:00:00.000Z'))).toBe('none');
    expect(otherTabChange({ key, newValue: copy(90, '2026-12-08T01:00:00.000Z') }, key, copy(80, '2026-12-07T09:00:00.000Z'))).toBe('offer');
    expect(otherTabChange({ key, newValue: '{broken' }, key, copy(80, '2026-12-07T09:00:00.000Z'))).toBe('offer');
  });

  it('is ignored for another key, or when the value is the one this tab wrote', () => {
    expect(otherTabChange({ key: 'playbook:channel-score', newValue: 'x' }, key, null)).toBe('none');
    expect(otherTabChange({ key, newValue: 'same' }, key, 'same')).toBe('none');
  });
});
