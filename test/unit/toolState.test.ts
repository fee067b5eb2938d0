import { describe, expect, it } from 'vitest';
import { openingState } from '../../src/lib/toolState';
import type { QueryReading } from '../../src/lib/share';

type State = { n: number };
const defaults: State = { n: 1 };
const noLink: QueryReading<'n'> = { values: {}, flags: {}, ignored: [], carriesState: false };
const link: QueryReading<'n'> = { values: { n: 7 }, flags: {}, ignored: [], carriesState: true };
const fromLink = (base: State, reading: QueryReading<'n'>) => ({ ...base, ...reading.values });

describe('what a tool opens with', () => {
  it('opens a link’s scenario and keeps the saved one for later', () => {
    const opening = openingState({ reading: link, saved: { status: 'ok', value: { n: 3 } }, defaults, fromLink });
    expect(opening.state).toEqual({ n: 7 });
    expect(opening.source).toBe('link');
    expect(opening.savedKept).toBe(true);
  });

  it('restores the saved scenario when the address carries none', () => {
    const opening = openingState({ reading: noLink, saved: { status: 'ok', value: { n: 3 } }, defaults, fromLink });
    expect(opening).toMatchObject({ state: { n: 3 }, source: 'saved', savedKept: false });
  });

  it('falls back to the example and passes on where unreadable data was set aside', () => {
    const opening = openingState({
      reading: noLink,
      saved: { status: 'set-aside', setAsideKey: 'k:set-aside', raw: 'x' },
      defaults,
      fromLink,
    });
    expect(opening).toMatchObject({ state: defaults, source: 'default', setAsideKey: 'k:set-aside' });
  });

  it('tells the view when the browser refuses storage', () => {
    expect(openingState({ reading: noLink, saved: { status: 'unavailable' }, defaults, fromLink }).storageUnavailable).toBe(true);
  });
});
