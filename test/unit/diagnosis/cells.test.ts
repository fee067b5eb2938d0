import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAmount, readDate, readKey, MAX_AMOUNT_CENTS } from '../../../src/lib/diagnosis/cells';
import { dayOf, isoDate } from '../../../src/lib/diagnosis/calendar';
import { parseMoneyCents } from '../../../src/lib/numbers';

const cents = (text: string) => readAmount(text);
const date = (text: string) => {
  const read = readDate(text);
  return read.ok ? isoDate(read.value) : read.code;
};

describe('readAmount', () => {
  it.each([
    ['1234.50', 123450],
    ['1,234.50', 123450],
    ['¥1,234', 123400],
    ['￥1,234.5', 123450],
    ['RMB 88', 8800],
    ['88元', 8800],
    ['1.2万', 1200000],
    ['0.5万', 500000],
    ['3千', 300000],
    ['１，２３４．５０', 123450],
    ['  99.9  ', 9990],
    ['-123', -12300],
    ['-¥1,234.00', -123400],
    ['(123.00)', -12300],
    ['（123.00）', -12300],
    ['(¥1,234.56)', -123456],
    ['¥(1,234.56)', -123456],
    ['123.00-', -12300],
    ['0', 0],
    ['-0', 0],
    ['(0)', 0],
  ])('reads %s as %i cents', (text, expected) => {
    expect(cents(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['-', '¥ -', '￥-', '—', ' - '])('reads the accounting dash %j as zero', (text) => {
    expect(cents(text)).toEqual({ ok: true, value: 0 });
  });

  it('rounds digits past the cent half away from zero on the decimal digits', () => {
    expect(cents('1.005')).toEqual({ ok: true, value: 101 });
    expect(cents('1.004')).toEqual({ ok: true, value: 100 });
    expect(cents('-1.005')).toEqual({ ok: true, value: -101 });
    expect(cents('(2.675)')).toEqual({ ok: true, value: -268 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'invalid'],
    ['12.5%', 'invalid'],
    ['1.234,56', 'two-numbers'],
    ['1e5', 'invalid'],
    ['(-5)', 'invalid'],
    ['--5', 'invalid'],
    ['12 34', 'two-numbers'],
    ['100 / 200', 'two-numbers'],
    ['=HYPERLINK("http://x","100")', 'formula'],
    ['=A1*2', 'formula'],
    ['＝100', 'formula'],
    ['{=SUM(A1:A3)}', 'formula'],
    ['2000亿', 'too-large'],
    ['99999999999999999999', 'too-large'],
  ])('refuses %j with %s', (text, code) => {
    expect(cents(text)).toEqual({ ok: false, code });
  });

  it('accepts the largest line amount and refuses one cent more', () => {
    expect(cents('1000亿')).toEqual({ ok: true, value: MAX_AMOUNT_CENTS });
    expect(cents('100000000000.01')).toEqual({ ok: false, code: 'too-large' });
  });

  it('reads any two-decimal amount written plain, grouped or in parentheses to the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.integer({ min: 0, max: 99 }), (yuan, cent) => {
        const expected = yuan * 100 + cent;
        const fraction = String(cent).padStart(2, '0');
        const grouped = yuan.toLocaleString('en-US');
        expect(cents(`${yuan}.${fraction}`)).toEqual({ ok: true, value: expected });
        expect(cents(`¥${grouped}.${fraction}`)).toEqual({ ok: true, value: expected });
        expect(cents(`(${grouped}.${fraction})`)).toEqual({ ok: true, value: expected === 0 ? 0 : -expected });
      }),
    );
  });
});

describe('parseMoneyCents', () => {
  it('moves the decimal point in the digits, so no binary fraction shows', () => {
    expect(parseMoneyCents('0.1')).toEqual({ ok: true, cents: 10 });
    expect(parseMoneyCents('1.15万')).toEqual({ ok: true, cents: 1150000 });
    expect(parseMoneyCents('-3', {})).toEqual({ ok: false, error: 'negative' });
    expect(parseMoneyCents('-3', { allowNegative: true })).toEqual({ ok: true, cents: -300 });
    expect(parseMoneyCents('', {})).toEqual({ ok: false, error: 'empty' });
  });
});

describe('readDate', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026/03/05 14:30', '2026-03-05'],
    ['2026-03-05T14:30:00', '2026-03-05'],
    ['2026-03-05 14:30:00.000', '2026-03-05'],
    ['2026.3.5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['2026 年 3 月 5 日', '2026-03-05'],
    ['2026年03月05日 09:00', '2026-03-05'],
    ['２０２６／３／５', '2026-03-05'],
    ['20260305', '2026-03-05'],
    ['2024-02-29', '2024-02-29'],
    // Excel serials, with the 1900 leap-year bug.
    ['46086', '2026-03-05'],
    ['46086.75', '2026-03-05'],
    ['25569', '1970-01-01'],
    ['1', '1900-01-01'],
    ['59', '1900-02-28'],
    ['61', '1900-03-01'],
  ])('reads %j as %s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['2026-02-30', 'no-such-day'],
    ['2025-02-29', 'no-such-day'],
    ['2026/13/01', 'no-such-day'],
    ['2026年4月31日', 'no-such-day'],
    ['20260230', 'no-such-day'],
    ['60', 'no-such-day'],
    ['0', 'invalid'],
    ['3/5/2026', 'invalid'],
    ['2026-03/05', 'invalid'],
    ['202603', 'invalid'],
    ['March 5, 2026', 'invalid'],
    ['-45000', 'invalid'],
    ['=TODAY()', 'formula'],
    ['0500-01-01', 'no-such-day'],
  ])('refuses %j with %s', (text, code) => {
    expect(date(text)).toBe(code);
  });

  it('reads every real date the same in all four written forms', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1901-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (when) => {
        const y = when.getUTCFullYear();
        const m = when.getUTCMonth() + 1;
        const d = when.getUTCDate();
        const expected = dayOf(y, m, d);
        const pad = (n: number) => String(n).padStart(2, '0');
        for (const text of [`${y}-${pad(m)}-${pad(d)}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}${pad(m)}${pad(d)}`]) {
          expect(readDate(text)).toEqual({ ok: true, value: expected });
        }
      }),
    );
  });

  it('counts serials one day apart from 1900-03-01 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 99_998 }), (serial) => {
        const a = readDate(String(serial));
        const b = readDate(String(serial + 1));
        expect(a.ok && b.ok && b.value - a.value).toBe(1);
      }),
    );
  });
});

describe('readKey', () => {
  it('trims ordinary, full-width and non-breaking spaces and keeps the rest as written', () => {
    expect(readKey('  A001 ')).toEqual({ ok: true, value: 'A001' });
    expect(readKey('\u3000华东区\u00a0')).toEqual({ ok: true, value: '华东区' });
    expect(readKey('a001')).toEqual({ ok: true, value: 'a001' });
    expect(readKey('=HYPERLINK("x","甲公司")')).toEqual({ ok: true, value: '=HYPERLINK("x","甲公司")' });
  });

  it('refuses a blank key and a key too long to be a name', () => {
    expect(readKey('')).toEqual({ ok: false, code: 'empty' });
    expect(readKey(' \u3000 ')).toEqual({ ok: false, code: 'empty' });
    expect(readKey('x'.repeat(201))).toEqual({ ok: false, code: 'too-long' });
  });
});
