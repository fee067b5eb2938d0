import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { plainNumber, readFlag, readQuery, writeQuery, type QueryChoice, type QueryNumber } from '../../src/lib/share';

const fields: QueryNumber<'total' | 'rate'>[] = [
  { key: 'total', param: 'total', kind: 'money', schema: z.number().min(0) },
  { key: 'rate', param: 'rate', kind: 'percent', schema: z.number().min(0).max(100) },
];
const choices: QueryChoice<'basis'>[] = [{ key: 'basis', param: 'basis', options: ['transactions', 'buyers'], omitWhen: 'transactions' }];

describe('reading a tool’s state from a link', () => {
  it('uses the first of a repeated parameter and reports the repeat', () => {
    const reading = readQuery('?total=5&total=9', fields);
    expect(reading.values).toEqual({ total: 5 });
    expect(reading.ignored).toEqual([{ param: 'total', reason: 'repeated' }]);
  });

  it('ignores oversized values unread and cuts long parameter names', () => {
    const reading = readQuery(`?total=${'9'.repeat(500)}&${'x'.repeat(300)}=1`, fields);
    expect(reading.values).toEqual({});
    expect(reading.ignored).toEqual([
      { param: 'total', reason: 'too-long' },
      { param: 'x'.repeat(32), reason: 'unknown' },
    ]);
  });

  it('reads flags as on or off, and reports any other flag value by name, never by value', () => {
    expect(readQuery('?present=1', fields, ['present']).flags).toEqual({ present: true });
    expect(readQuery('?present=0', fields, ['present'])).toMatchObject({ flags: { present: false }, ignored: [] });
    const reading = readQuery(`?present=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, fields, ['present']);
    expect(reading.flags).toEqual({ present: false });
    expect(reading.ignored).toEqual([{ param: 'present', reason: 'not-a-flag' }]);
  });

  it('knows the flag values links write, and nothing else', () => {
    for (const on of ['', '1', 'true']) expect(readFlag(on)).toBe(true);
    for (const off of ['0', 'false']) expect(readFlag(off)).toBe(false);
    for (const other of ['yes', 'TRUE', ' 1', '１', '1\u0000']) expect(readFlag(other)).toBeNull();
  });

  it('never throws and never returns a value outside the schema, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, value) => {
        const reading = readQuery(`?${encodeURIComponent(name)}=${encodeURIComponent(value)}&rate=${encodeURIComponent(value)}`, fields);
        if (reading.values.rate !== undefined) expect(reading.values.rate).toBeLessThanOrEqual(100);
        for (const ignored of reading.ignored) expect(ignored.param.length).toBeLessThanOrEqual(32);
      }),
    );
  });
});

describe('reading and writing a choice between named options', () => {
  it('reads one of the options, in any case, and carries state with it', () => {
    expect(readQuery('?basis=buyers', fields, [], choices)).toMatchObject({ choices: { basis: 'buyers' }, ignored: [], carriesState: true });
    expect(readQuery('?basis=%20Buyers%20', fields, [], choices).choices).toEqual({ basis: 'buyers' });
    expect(readQuery('?total=5', fields, [], choices).choices).toEqual({});
  });

  it('reports anything else by name, never by value', () => {
    for (const value of ['<img src=x onerror=alert(1)>', 'sellers', '', '1', 'x'.repeat(500)]) {
      const reading = readQuery(`?basis=${encodeURIComponent(value)}`, fields, [], choices);
      expect(reading.choices).toEqual({});
      expect(reading.ignored).toEqual([{ param: 'basis', reason: value.length > 64 ? 'too-long' : 'not-an-option' }]);
      expect(JSON.stringify(reading.ignored)).not.toContain('onerror');
    }
  });

  it('writes an option after the numbers, and leaves the default out', () => {
    expect(writeQuery({ total: 5, basis: 'buyers' }, fields, { present: true }, choices)).toBe('?total=5&basis=buyers&present=1');
    expect(writeQuery({ total: 5, basis: 'transactions' }, fields, {}, choices)).toBe('?total=5');
    expect(writeQuery({ total: 5, basis: 'something else' }, fields, {}, choices)).toBe('?total=5');
  });
});

describe('writing a link', () => {
  it('leaves out unset values and writes flags as 1', () => {
    expect(writeQuery({ total: 1200, rate: undefined }, fields, { present: true })).toBe('?total=1200&present=1');
    expect(writeQuery({}, fields)).toBe('');
  });

  it('writes plain decimals without float noise or exponents', () => {
    expect(plainNumber(25.999999999999996)).toBe('26');
    expect(plainNumber(1e15)).toBe('1000000000000000');
    expect(plainNumber(0.0000005)).toBe('0.0000005');
    expect(plainNumber(1e-12)).toBe('0');
  });
});
