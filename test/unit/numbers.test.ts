import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberErrorMessage, numberErrorMessages } from '../../src/i18n/numbers';
import { locales, type Locale } from '../../src/lib/locale';
import {
  formatCount,
  formatMoney,
  formatPercent,
  NOT_A_NUMBER_TEXT,
  numberErrorCodes,
  parseNumber,
  roundTo,
  type NumberErrorCode,
  type NumberKind,
  type ParseOptions,
} from '../../src/lib/numbers';

const money: ParseOptions = { kind: 'money' };
const count: ParseOptions = { kind: 'count' };
const percent: ParseOptions = { kind: 'percent' };

function ok(value: number) {
  return { ok: true, value };
}
function fail(error: NumberErrorCode) {
  return { ok: false, error };
}

/** ASCII digits to their full-width twins (０..９). */
function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

describe('parseNumber accepts what people type', () => {
  it.each<[string, ParseOptions, number]>([
    ['1200', money, 1200],
    ['0', money, 0],
    ['12.5', money, 12.5],
    ['.5', money, 0.5],
    ['007', count, 7],
    ['+42', count, 42],
    ['＋42', count, 42],
    ['  1200  ', money, 1200],
    ['\u30001200\u3000', money, 1200],
    ['\t1200\n', money, 1200],
  ])('reads plain digits, signs and surrounding space: %j', (text, options, value) => {
    expect(parseNumber(text, options)).toEqual(ok(value));
  });

  it.each<[string, number]>([
    ['１２００', 1200],
    ['１２．５', 12.5],
    ['１，２００', 1200],
    ['１２００元', 1200],
    ['ＲＭＢ１２００', 1200],
    ['１．５ｋ', 1500],
  ])('reads full-width digits, point, comma and letters: %j', (text, value) => {
    expect(parseNumber(text, money)).toEqual(ok(value));
  });

  it.each<[string, number]>([
    ['1,200', 1200],
    ['1，200', 1200],
    ['12,345,678', 12345678],
    ['1,200.50', 1200.5],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1\u2009200', 1200],
    ['1\u202f200', 1200],
    ['1\u3000200', 1200],
    ['12 345 678', 12345678],
    ['1 200 000.25', 1200000.25],
  ])('reads thousands separators between groups of three: %j', (text, value) => {
    expect(parseNumber(text, money)).toEqual(ok(value));
  });

  it.each<[string, number]>([
    ['¥300', 300],
    ['￥300', 300],
    ['¥ 300', 300],
    ['CN¥300', 300],
    ['300元', 300],
    ['300 元', 300],
    ['RMB 3,000', 3000],
    ['rmb3000', 3000],
    ['3000 RMB', 3000],
    ['CNY 3000', 3000],
    ['3000cny', 3000],
  ])('reads each currency mark on money: %j', (text, value) => {
    expect(parseNumber(text, money)).toEqual(ok(value));
  });

  it.each<[string, number]>([
    ['3千', 3000],
    ['30万', 300000],
    ['1.2亿', 120000000],
    ['3百万', 3000000],
    ['1.5千万', 15000000],
    ['2万亿', 2000000000000],
    ['1.5k', 1500],
    ['2K', 2000],
    ['5w', 50000],
    ['5W', 50000],
    ['1.2m', 1200000],
    ['3M', 3000000],
    ['1.5B', 1500000000],
    ['2T', 2000000000000],
    ['30 万', 300000],
  ])('reads each multiplier: %j', (text, value) => {
    expect(parseNumber(text, money)).toEqual(ok(value));
    expect(parseNumber(text, count)).toEqual(ok(value));
  });

  it.each<[string, number]>([
    ['30万元', 300000],
    ['¥1.2亿', 120000000],
    ['￥19.99万', 199900],
    ['RMB 1.5k', 1500],
    ['¥1,200万', 12000000],
    ['-¥30万', -300000],
    ['¥-5', -5],
  ])('reads currency marks combined with multipliers and signs: %j', (text, value) => {
    expect(parseNumber(text, { kind: 'money', allowNegative: true })).toEqual(ok(value));
  });

  it.each<[string, number]>([
    ['1.2亿', 120000000],
    ['0.1万', 1000],
    ['19.99万', 199900],
    ['0.07万', 700],
    ['1.23456789亿', 123456789],
    ['0.3k', 300],
  ])('scales by moving the decimal point, so %j is exact', (text, value) => {
    expect(parseNumber(text, money)).toEqual(ok(value));
  });

  it.each<[string, number]>([
    ['30%', 30],
    ['30', 30],
    ['12.5％', 12.5],
    ['３０％', 30],
    ['30 %', 30],
    ['+5%', 5],
    ['0.3', 0.3],
    ['150%', 150],
    ['1,250%', 1250],
  ])('reads percent in percent units, with or without the sign: %j', (text, value) => {
    expect(parseNumber(text, percent)).toEqual(ok(value));
  });

  it.each<[string, ParseOptions, number]>([
    ['-5', { kind: 'money', allowNegative: true }, -5],
    ['－5', { kind: 'money', allowNegative: true }, -5],
    ['\u22125', { kind: 'money', allowNegative: true }, -5],
    ['-12.5%', { kind: 'percent', allowNegative: true }, -12.5],
    ['-3万', { kind: 'count', allowNegative: true }, -30000],
    ['- 5', { kind: 'count', allowNegative: true }, -5],
  ])('gives a negative for a leading minus when negatives are allowed: %j', (text, options, value) => {
    expect(parseNumber(text, options)).toEqual(ok(value));
  });

  it('reads minus zero as plain zero, which is not a negative', () => {
    const result = parseNumber('-0', money);
    expect(result).toEqual(ok(0));
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  it('accepts a count that is whole after its multiplier', () => {
    expect(parseNumber('1.2345万', count)).toEqual(ok(12345));
    expect(parseNumber('2.0', count)).toEqual(ok(2));
  });

  it('accepts exactly the largest allowed magnitude', () => {
    expect(parseNumber('1000万亿', money)).toEqual(ok(1e15));
    expect(parseNumber('-1000000000000000', { kind: 'money', allowNegative: true })).toEqual(ok(-1e15));
  });
});

describe('parseNumber rejects with a specific code', () => {
  it.each<[string, NumberKind]>([
    ['', 'money'],
    ['   ', 'money'],
    ['\u3000\u3000', 'count'],
    ['\n\t', 'percent'],
  ])('says empty for %j', (text, kind) => {
    expect(parseNumber(text, { kind })).toEqual(fail('empty'));
  });

  it.each<[string, NumberKind]>([
    ['abc', 'money'],
    ['12a', 'money'],
    ['１２a', 'count'],
    ['1..2', 'money'],
    ['1.2.3', 'money'],
    ['5.', 'money'],
    ['.', 'money'],
    ['万', 'money'],
    ['¥', 'money'],
    ['元', 'money'],
    ['-', 'money'],
    ['+-5', 'money'],
    ['NaN', 'money'],
    ['Infinity', 'money'],
    ['1e5', 'money'],
    ['1e16', 'money'],
    ['1E5', 'count'],
    ['0x10', 'count'],
    ['1_000', 'count'],
    ['5¥', 'money'],
    ['元5', 'money'],
    ['%5', 'percent'],
    ['5%%', 'percent'],
    ['¥5元', 'money'],
    ['万5', 'money'],
    ['5万k', 'money'],
    ['abc 12', 'money'],
  ])('says invalid for %j', (text, kind) => {
    expect(parseNumber(text, { kind })).toEqual(fail('invalid'));
  });

  it.each<[string, NumberKind]>([
    ['¥5', 'count'],
    ['5元', 'percent'],
    ['RMB 5', 'count'],
    ['5%', 'money'],
    ['5%', 'count'],
    ['5万%', 'percent'],
    ['5k', 'percent'],
  ])('says invalid for %j when the mark does not belong to a %s field', (text, kind) => {
    expect(parseNumber(text, { kind })).toEqual(fail('invalid'));
  });

  it.each<[string, NumberKind]>([
    ['12 34', 'money'],
    ['10-20', 'money'],
    ['10 - 20', 'count'],
    ['10~20', 'count'],
    ['10 to 20', 'count'],
    ['10到20', 'count'],
    ['5 000 12', 'money'],
    ['1,000 2,000', 'money'],
    ['1,2', 'money'],
    ['12,34', 'money'],
    ['0,500', 'money'],
    ['1.200,50', 'money'],
    ['1,200 300', 'money'],
    ['¥5 ¥6', 'money'],
    ['30万 20万', 'count'],
    ['10%-20%', 'percent'],
    ['-5-3', 'money'],
    ['１２ ３４', 'count'],
  ])('says two-numbers for %j', (text, kind) => {
    expect(parseNumber(text, { kind })).toEqual(fail('two-numbers'));
  });

  it.each<[string, NumberKind]>([
    ['-5', 'money'],
    ['－5', 'count'],
    ['-12.5%', 'percent'],
    ['-¥30万', 'money'],
    ['¥-1', 'money'],
    ['-0.01', 'money'],
  ])('says negative for %j when negatives are not allowed', (text, kind) => {
    expect(parseNumber(text, { kind })).toEqual(fail('negative'));
    expect(parseNumber(text, { kind, allowNegative: false })).toEqual(fail('negative'));
  });

  it.each<[string]>([['2.5'], ['0.5'], ['1.23456万'], ['1,200.5'], ['1.0001k']])(
    'says not-whole for a count of %j',
    (text) => {
      expect(parseNumber(text, count)).toEqual(fail('not-whole'));
    },
  );

  it('allows fractions for money and percent that it rejects for counts', () => {
    expect(parseNumber('2.5', money)).toEqual(ok(2.5));
    expect(parseNumber('2.5', percent)).toEqual(ok(2.5));
  });

  it.each<[string, NumberKind]>([
    ['10000000000000000', 'money'],
    ['1000000000000000.01', 'money'],
    ['99999999亿', 'money'],
    ['1001万亿', 'count'],
    ['9'.repeat(400), 'count'],
    ['2000T', 'money'],
    ['9999999999999999%', 'percent'],
  ])('says too-large for %j', (text, kind) => {
    expect(parseNumber(text, { kind })).toEqual(fail('too-large'));
  });

  it('reports a negative before a magnitude problem', () => {
    expect(parseNumber('-99999999亿', money)).toEqual(fail('negative'));
    expect(parseNumber('-99999999亿', { kind: 'money', allowNegative: true })).toEqual(fail('too-large'));
  });

  it('says invalid instead of throwing for non-string input', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(parseNumber(input as unknown as string, money)).toEqual(fail('invalid'));
    }
  });
});

describe('parseNumber properties', () => {
  const knownCodes = new Set<string>(numberErrorCodes);
  const kinds = fc.constantFrom<NumberKind>('money', 'percent', 'count');
  const numberish = fc.stringMatching(/^[-+ ]?[¥元万亿kKwW%,. 0-9]{0,12}$/);

  function isWellFormed(result: ReturnType<typeof parseNumber>): boolean {
    return result.ok ? Number.isFinite(result.value) : knownCodes.has(result.error);
  }

  it('never throws and returns a finite value or a known code for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), numberish),
        kinds,
        fc.boolean(),
        (text, kind, allowNegative) => isWellFormed(parseNumber(text, { kind, allowNegative })),
      ),
      { numRuns: 2000 },
    );
  });

  it('is unchanged when the digits are typed full-width', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), numberish), kinds, fc.boolean(), (text, kind, allowNegative) => {
        const options = { kind, allowNegative };
        expect(parseNumber(fullWidthDigits(text), options)).toEqual(parseNumber(text, options));
      }),
      { numRuns: 1000 },
    );
  });

  it('never returns a negative value unless negatives are allowed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), numberish), kinds, (text, kind) => {
        const result = parseNumber(text, { kind });
        return !result.ok || result.value >= 0;
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every accepted value within one quadrillion', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), numberish), kinds, (text, kind) => {
        const result = parseNumber(text, { kind, allowNegative: true });
        return !result.ok || Math.abs(result.value) <= 1e15;
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the same whole number whichever thousands separator is used', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e15 }),
        fc.constantFrom(',', '，', ' ', '\u00a0', '\u2009', '\u202f', '\u3000'),
        (value, separator) => {
          const grouped = String(value).replace(/\B(?=(\d{3})+$)/g, separator);
          expect(parseNumber(grouped, count)).toEqual(ok(value));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns only whole counts', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const result = parseNumber(text, count);
        return !result.ok || Number.isInteger(result.value);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('format then parse round trips', () => {
  const locale = fc.constantFrom<Locale>(...locales);
  const amount = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });
  const allowAll = { allowNegative: true };

  it('gives back money rounded to two decimals in both languages', () => {
    fc.assert(
      fc.property(amount, locale, (value, loc) => {
        const text = formatMoney(value, loc, { decimals: 2 });
        expect(parseNumber(text, { kind: 'money', ...allowAll })).toEqual(ok(roundTo(value, 2)));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back money with the default decimals in both languages', () => {
    fc.assert(
      fc.property(amount, locale, (value, loc) => {
        const text = formatMoney(value, loc);
        expect(parseNumber(text, { kind: 'money', ...allowAll })).toEqual(ok(roundTo(value, 2)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives back whole counts exactly in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), locale, (value, loc) => {
        const text = formatCount(value, loc);
        expect(parseNumber(text, { kind: 'count', ...allowAll })).toEqual(ok(value === 0 ? 0 : value));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back percentages rounded to the shown decimals, signed or not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        locale,
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (value, loc, decimals, signed) => {
          const text = formatPercent(value, loc, { decimals, signed });
          expect(parseNumber(text, { kind: 'percent', ...allowAll })).toEqual(ok(roundTo(value, decimals)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives back compact money and counts within the shown precision', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), locale, (value, loc) => {
        const tolerance = Math.abs(value) * 0.005 + 0.005;
        const moneyBack = parseNumber(formatMoney(value, loc, { compact: true }), { kind: 'money', ...allowAll });
        expect(moneyBack.ok).toBe(true);
        if (moneyBack.ok) expect(Math.abs(moneyBack.value - value)).toBeLessThanOrEqual(tolerance);

        const whole = Math.round(value);
        const countBack = parseNumber(formatCount(whole, loc, { compact: true }), { kind: 'count', ...allowAll });
        expect(countBack.ok).toBe(true);
        if (countBack.ok) expect(Math.abs(countBack.value - whole)).toBeLessThanOrEqual(Math.abs(whole) * 0.005 + 0.5);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatMoney', () => {
  it('shows whole yuan without decimals and ¥ in both languages', () => {
    expect(formatMoney(300000, 'zh-CN')).toBe('¥300,000');
    expect(formatMoney(300000, 'en')).toBe('¥300,000');
  });

  it('shows two decimals for fractional yuan or when asked', () => {
    expect(formatMoney(1234.5, 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney(300000, 'zh-CN', { decimals: 2 })).toBe('¥300,000.00');
    expect(formatMoney(2.345, 'en', { decimals: 0 })).toBe('¥2');
  });

  it('puts the minus before the currency sign and never shows minus zero', () => {
    expect(formatMoney(-5, 'en')).toBe('-¥5');
    expect(formatMoney(-0.001, 'zh-CN')).toBe('¥0');
  });

  it('uses 万 and 亿 in compact Chinese and stays plain below 1万', () => {
    expect(formatMoney(300000, 'zh-CN', { compact: true })).toBe('¥30万');
    expect(formatMoney(120000000, 'zh-CN', { compact: true })).toBe('¥1.2亿');
    expect(formatMoney(123456789, 'zh-CN', { compact: true })).toBe('¥1.23亿');
    expect(formatMoney(5000, 'zh-CN', { compact: true })).toBe('¥5,000');
    expect(formatMoney(-300000, 'zh-CN', { compact: true })).toBe('-¥30万');
  });

  it('uses K, M and B in compact English and stays plain below 1K', () => {
    expect(formatMoney(300000, 'en', { compact: true })).toBe('¥300K');
    expect(formatMoney(1200000, 'en', { compact: true })).toBe('¥1.2M');
    expect(formatMoney(2500000000, 'en', { compact: true })).toBe('¥2.5B');
    expect(formatMoney(999, 'en', { compact: true })).toBe('¥999');
  });

  it('shows other currencies with their usual symbol', () => {
    expect(formatMoney(5, 'en', { currency: 'USD' })).toBe('$5');
    expect(formatMoney(5, 'zh-CN', { currency: 'USD' })).toBe('US$5');
  });

  it('shows a dash for values that are not finite', () => {
    expect(formatMoney(Number.NaN, 'en')).toBe(NOT_A_NUMBER_TEXT);
    expect(formatMoney(Number.POSITIVE_INFINITY, 'zh-CN')).toBe(NOT_A_NUMBER_TEXT);
  });
});

describe('formatPercent', () => {
  it('shows one decimal by default and the requested decimals otherwise', () => {
    expect(formatPercent(25.99, 'zh-CN')).toBe('26.0%');
    expect(formatPercent(25.99, 'en', { decimals: 2 })).toBe('25.99%');
    expect(formatPercent(30, 'en', { decimals: 0 })).toBe('30%');
  });

  it('adds a plus sign when signed, but not to zero', () => {
    expect(formatPercent(25.99, 'en', { signed: true })).toBe('+26.0%');
    expect(formatPercent(-3, 'zh-CN', { signed: true })).toBe('-3.0%');
    expect(formatPercent(0.01, 'en', { signed: true })).toBe('0.0%');
  });

  it('never shows minus zero', () => {
    expect(formatPercent(-0.04, 'en')).toBe('0.0%');
  });

  it('shows a dash for values that are not finite', () => {
    expect(formatPercent(Number.NaN, 'en')).toBe(NOT_A_NUMBER_TEXT);
  });
});

describe('formatCount', () => {
  it('groups thousands and rounds to a whole number', () => {
    expect(formatCount(1200, 'zh-CN')).toBe('1,200');
    expect(formatCount(1200, 'en')).toBe('1,200');
    expect(formatCount(2.6, 'en')).toBe('3');
  });

  it('uses 万 in compact Chinese and K in compact English', () => {
    expect(formatCount(300000, 'zh-CN', { compact: true })).toBe('30万');
    expect(formatCount(300000, 'en', { compact: true })).toBe('300K');
    expect(formatCount(9999, 'zh-CN', { compact: true })).toBe('9,999');
  });

  it('shows a dash for values that are not finite', () => {
    expect(formatCount(Number.NEGATIVE_INFINITY, 'zh-CN')).toBe(NOT_A_NUMBER_TEXT);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero like the formatters do', () => {
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
    expect(roundTo(1.005, 2)).toBe(1); // 1.005 is stored just below 1.005
    expect(roundTo(2.5, 0)).toBe(3);
  });

  it('turns minus zero into zero', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});

describe('number error messages', () => {
  it('has a non-empty message for every code in both languages', () => {
    for (const code of numberErrorCodes) {
      for (const loc of locales) {
        expect(numberErrorMessage(code, loc).trim()).not.toBe('');
        expect(numberErrorMessage(code, loc)).toBe(numberErrorMessages[code][loc]);
      }
    }
  });

  it('has Chinese messages in Chinese and English messages without Chinese characters', () => {
    for (const code of numberErrorCodes) {
      expect(numberErrorMessages[code]['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(numberErrorMessages[code].en).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('gives each code its own message', () => {
    for (const loc of locales) {
      const texts = numberErrorCodes.map((code) => numberErrorMessages[code][loc]);
      expect(new Set(texts).size).toBe(numberErrorCodes.length);
    }
  });

  it('lists exactly the six codes', () => {
    expect([...numberErrorCodes].sort()).toEqual(
      ['empty', 'invalid', 'negative', 'not-whole', 'too-large', 'two-numbers'].sort(),
    );
    expect(Object.keys(numberErrorMessages).sort()).toEqual([...numberErrorCodes].sort());
  });
});
