import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseField, parseFields } from '../../src/lib/fields';

const rate = { kind: 'percent', schema: z.number().min(0).max(100) } as const;
const multiple = { kind: 'multiple', schema: z.number().gt(0).max(100) } as const;

describe('reading a field', () => {
  it('accepts a rate typed with a full-width percent sign', () => {
    expect(parseField('３５％', rate)).toEqual({ ok: true, value: 35 });
  });

  it('names the bound a rate over 100% breaks', () => {
    expect(parseField('１２０%', rate)).toEqual({ ok: false, error: { code: 'too-big', limit: 100, inclusive: true } });
  });

  it('passes the parser’s own error through', () => {
    expect(parseField('abc', rate)).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(parseField('-5', rate)).toEqual({ ok: false, error: { code: 'negative' } });
    expect(parseField('', rate)).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('treats an empty optional field as not set', () => {
    expect(parseField('  ', { ...rate, optional: true })).toEqual({ ok: true, value: undefined });
  });

  it('reads a multiple written as 2, 2倍, 2x or ×1.5, and rejects money or percent marks on it', () => {
    expect(parseField('2', multiple)).toEqual({ ok: true, value: 2 });
    expect(parseField('2倍', multiple)).toEqual({ ok: true, value: 2 });
    expect(parseField('2x', multiple)).toEqual({ ok: true, value: 2 });
    expect(parseField('×1.5', multiple)).toEqual({ ok: true, value: 1.5 });
    expect(parseField('2%', multiple)).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(parseField('2万', multiple)).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(parseField('0', multiple)).toEqual({ ok: false, error: { code: 'too-small', limit: 0, inclusive: false } });
  });

  it('reports a count that must be whole', () => {
    expect(parseField('2.5', { kind: 'money', schema: z.number().int() })).toEqual({ ok: false, error: { code: 'not-whole' } });
  });

  it('keeps the good fields of a form and marks only the bad ones', () => {
    const specs = { a: rate, b: rate, c: multiple };
    expect(parseFields({ a: '30', b: 'abc', c: '2' }, specs)).toEqual({
      values: { a: 30, c: 2 },
      errors: { b: { code: 'invalid' } },
    });
  });
});
