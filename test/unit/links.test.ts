import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWholeState, encodeWholeState } from '../../src/lib/links/wholeState';

describe('a whole state in one link parameter', () => {
  it('reads back every JSON value it writes, in the URL-safe alphabet without padding (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = encodeWholeState(value);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        // JSON has no -0 and no undefined: what comes back is what JSON says.
        expect(decodeWholeState(text)).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });

  it('reads Chinese text and a pasted code with white space and padding', () => {
    const text = encodeWholeState({ name: '华东区 渠道' });
    expect(decodeWholeState(` ${text}==\n`)).toEqual({ ok: true, value: { name: '华东区 渠道' } });
  });

  it('names what is wrong with a broken parameter, never throwing', () => {
    expect(decodeWholeState('<img src=x>')).toEqual({ ok: false, error: 'not-base64url' });
    expect(decodeWholeState('abcde')).toEqual({ ok: false, error: 'not-base64url' });
    expect(decodeWholeState('_w')).toEqual({ ok: false, error: 'not-utf8' });
    expect(decodeWholeState(encodeWholeState('x').slice(0, -1) + 'A')).toMatchObject({ ok: false });
    expect(decodeWholeState('bm90IGpzb24')).toEqual({ ok: false, error: 'not-json' });
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => void decodeWholeState(text)));
  });
});
