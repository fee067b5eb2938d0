/**
 * Reading numbers the way people type them into a calculator field, and writing numbers back
 * in a form the same reader accepts.
 *
 * Pure module: no DOM, no UI. Error messages live in src/i18n/numbers.ts.
 *
 * Parsing choices (kept deliberate so every tool behaves the same):
 * - Full-width characters (１２００, ．，％－＋, ＲＭＢ, ｋ) are read as their ASCII twins; ￥ as ¥.
 * - Any run of whitespace counts as one space, so `1  200` is the same as `1 200`.
 * - Thousands separators: `,` or a space (also nbsp, thin space, U+3000) between groups of exactly
 *   three digits, one kind per number, first group not starting with 0. Anything else with a comma
 *   between digits (`1,2`, `12,34`, `0,500`, `1.200,50`) is `two-numbers`, never a silent guess.
 * - Currency marks (¥ ￥ CN¥ RMB CNY as a prefix; 元 RMB CNY as a suffix; at most one) are only for
 *   money; on percent or count they are `invalid`.
 * - Multipliers 千 万 亿 百万 千万 万亿 and k w m b t (any case) are for money and count only.
 *   b (billion) and t (trillion) and the compounds are accepted so compact output round-trips.
 * - `%` is only for percent; a percent field also takes a bare number. `30%` and `30` both give 30.
 * - Scientific notation (`1e5`), `NaN`, `Infinity` and a trailing point (`5.`) are `invalid`;
 *   a leading point (`.5`) is fine.
 * - Error precedence: empty, invalid / two-numbers, negative, too-large, not-whole.
 */

import type { Locale } from './locale';

export const numberErrorCodes = [
  'empty',
  'invalid',
  'two-numbers',
  'negative',
  'not-whole',
  'too-large',
] as const;
export type NumberErrorCode = (typeof numberErrorCodes)[number];

export type NumberKind = 'money' | 'percent' | 'count';

export interface ParseOptions {
  kind: NumberKind;
  /** Negative values are rejected unless this is true. */
  allowNegative?: boolean;
}

export type ParseResult = { ok: true; value: number } | { ok: false; error: NumberErrorCode };

/** Largest magnitude accepted; beyond this doubles stop holding every digit people typed. */
export const MAX_MAGNITUDE = 1e15;

const MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = {
  千: 3,
  万: 4,
  亿: 8,
  百万: 6,
  千万: 7,
  万亿: 12,
  k: 3,
  w: 4,
  m: 6,
  b: 9,
  t: 12,
};

// Longest compounds first so 万亿 is not read as 万 followed by stray text.
const MULTIPLIER = '万亿|千万|百万|千|万|亿|[kwmbt]';
const CURRENCY_PREFIX = 'cn¥|¥|rmb|cny';
const CURRENCY_SUFFIX = '元|rmb|cny';
// Either grouped digits with one consistent separator, or plain digits; then an optional fraction.
const AMOUNT =
  '(?:(?<grouped>[1-9]\\d{0,2}(?<sep>[, ])\\d{3}(?:\\k<sep>\\d{3})*)|(?<plain>\\d+))?(?:\\.(?<frac>\\d+))?';

// Whitespace is collapsed to single spaces before matching, so ` ?` is enough and keeps it linear.
const NUMBER_PATTERN = new RegExp(
  `^(?<sign1>[+-])? ?(?<prefix>${CURRENCY_PREFIX})? ?(?<sign2>[+-])? ?${AMOUNT}` +
    ` ?(?<mult>${MULTIPLIER})? ?(?<suffix>${CURRENCY_SUFFIX})? ?(?<percent>%)?$`,
  'iu',
);

// Where one number ends and another begins: spaces, list punctuation, range words,
// and a dash that follows something (a leading dash is a minus sign).
const SEPARATOR_PATTERN = /\s*(?:[,;/、~–—|]|到|至|\bto\b|(?<=[^\s+-]\s*)-)\s*|\s+/iu;
const CURRENCY_ONLY_PATTERN = new RegExp(`^(?:${CURRENCY_PREFIX}|${CURRENCY_SUFFIX})$`, 'iu');

const WHITESPACE_RUN = /[\s\u00a0\u2009\u202f\u3000]+/gu;

/** Full-width ASCII (U+FF01..U+FF5E) to ASCII, ￥ to ¥, minus sign to hyphen, whitespace collapsed. */
function normalize(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (ch === '￥') out += '¥';
    else if (ch === '\u2212') out += '-';
    else out += ch;
  }
  return out.replace(WHITESPACE_RUN, ' ').trim();
}

interface Syntax {
  negative: boolean;
  intDigits: string;
  fracDigits: string;
  exponent: number;
}

/** Matches one number for the given kind, or null when the text is not exactly one number. */
function readSyntax(text: string, kind: NumberKind): Syntax | null {
  const groups = NUMBER_PATTERN.exec(text)?.groups;
  if (groups === undefined) return null;
  const sign1 = groups['sign1'];
  const sign2 = groups['sign2'];
  const prefix = groups['prefix'];
  const suffix = groups['suffix'];
  const mult = groups['mult'];
  const percent = groups['percent'];
  const grouped = groups['grouped'];
  const plain = groups['plain'];
  const frac = groups['frac'];

  if (grouped === undefined && plain === undefined && frac === undefined) return null;
  if (sign1 !== undefined && sign2 !== undefined) return null;
  if (prefix !== undefined && suffix !== undefined) return null;
  if (kind !== 'money' && (prefix !== undefined || suffix !== undefined)) return null;
  if (kind === 'percent' && mult !== undefined) return null;
  if (kind !== 'percent' && percent !== undefined) return null;

  const exponent = mult === undefined ? 0 : (MULTIPLIER_EXPONENTS[mult.toLowerCase()] ?? 0);
  return {
    negative: (sign1 ?? sign2) === '-',
    intDigits: grouped !== undefined ? grouped.replace(/[, ]/g, '') : (plain ?? ''),
    fracDigits: frac ?? '',
    exponent,
  };
}

/** Moves the decimal point in the digit string instead of multiplying floats: 1.2亿 is exactly 1.2e8. */
function shiftDecimal(intDigits: string, fracDigits: string, exponent: number): { whole: string; fraction: string } {
  const digits = intDigits + fracDigits.padEnd(exponent, '0');
  const point = intDigits.length + exponent;
  return { whole: digits.slice(0, point) || '0', fraction: digits.slice(point) };
}

const MAX_MAGNITUDE_DIGITS = String(MAX_MAGNITUDE);

/** Compares the digit strings, because near 1e15 a double cannot tell 1e15 from 1e15 + 0.01. */
function exceedsMaximum(whole: string, fraction: string): boolean {
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length !== MAX_MAGNITUDE_DIGITS.length) return digits.length > MAX_MAGNITUDE_DIGITS.length;
  return digits > MAX_MAGNITUDE_DIGITS || (digits === MAX_MAGNITUDE_DIGITS && /[1-9]/.test(fraction));
}

function looksLikeSeveralNumbers(text: string, kind: NumberKind): boolean {
  const parts = text.split(SEPARATOR_PATTERN).filter((part) => part !== '' && !CURRENCY_ONLY_PATTERN.test(part));
  return parts.length >= 2 && parts.every((part) => readSyntax(part, kind) !== null);
}

/**
 * Reads one number typed by a person. Never throws.
 * Percent values stay in percent units: `12.5%` gives 12.5.
 */
export function parseNumber(text: string, options: ParseOptions): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'invalid' };
  const kind: NumberKind = options?.kind ?? 'money';
  const allowNegative = options?.allowNegative === true;

  const normalized = normalize(text);
  if (normalized === '') return { ok: false, error: 'empty' };

  const syntax = readSyntax(normalized, kind);
  if (syntax === null) {
    return { ok: false, error: looksLikeSeveralNumbers(normalized, kind) ? 'two-numbers' : 'invalid' };
  }

  const { whole, fraction } = shiftDecimal(syntax.intDigits, syntax.fracDigits, syntax.exponent);
  const magnitude = Number(fraction === '' ? whole : `${whole}.${fraction}`);
  // -0 is reported as 0 so "-0" is not a negative.
  const value = syntax.negative && magnitude !== 0 ? -magnitude : magnitude;

  if (value < 0 && !allowNegative) return { ok: false, error: 'negative' };
  if (exceedsMaximum(whole, fraction)) return { ok: false, error: 'too-large' };
  if (kind === 'count' && /[1-9]/.test(fraction)) return { ok: false, error: 'not-whole' };
  return { ok: true, value };
}

/**
 * Rounds half away from zero on the exact decimal value of the double, the same way
 * Intl.NumberFormat rounds, so roundTo(v, 2) equals what formatMoney(v, …, { decimals: 2 }) shows.
 * Decimals are clamped to 0..20; -0 becomes 0; non-finite values pass through.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return value;
  const rounded = Number(value.toFixed(clampDecimals(decimals)));
  return rounded === 0 ? 0 : rounded;
}

function clampDecimals(decimals: number): number {
  return Number.isFinite(decimals) ? Math.min(20, Math.max(0, Math.trunc(decimals))) : 0;
}

/** Shown for NaN or ±Infinity instead of Intl's "NaN" / "∞", which no field accepts. */
export const NOT_A_NUMBER_TEXT = '—';

// Below these magnitudes compact output is plain: 万 starts at 1e4, K at 1e3.
const COMPACT_FROM: Readonly<Record<Locale, number>> = { 'zh-CN': 1e4, en: 1e3 };

const formatterCache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatterCache.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(locale, options);
    formatterCache.set(key, cached);
  }
  return cached;
}

export interface MoneyFormatOptions {
  /** zh-CN: 万/亿 (¥30万, ¥1.2亿); en: K/M/B/T (¥300K). Plain below 1万 / 1K. */
  compact?: boolean;
  /** ISO 4217 code, default 'CNY'. CNY shows as ¥ in both languages. */
  currency?: string;
  /** Non-compact: exact fraction digits (default 0 for whole yuan, else 2). Compact: at most this many (default 2). */
  decimals?: number;
}

/**
 * Money for display: `¥300,000`, `¥300,000.50`, `-¥5`, compact `¥30万` / `¥300K`.
 * CNY uses the narrow symbol ¥ so every output parses back as money. Other currencies use
 * Intl's standard symbol (en `$`, zh-CN `US$`) and are display-only.
 * Non-finite input gives NOT_A_NUMBER_TEXT. An unknown currency code throws RangeError (a bug, not input).
 */
export function formatMoney(value: number, locale: Locale, options: MoneyFormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  const currency = options.currency ?? 'CNY';
  const base: Intl.NumberFormatOptions = {
    style: 'currency',
    currency,
    currencyDisplay: currency === 'CNY' ? 'narrowSymbol' : 'symbol',
    signDisplay: 'negative',
  };
  if (options.compact === true && Math.abs(value) >= COMPACT_FROM[locale]) {
    const most = clampDecimals(options.decimals ?? 2);
    return formatter(locale, { ...base, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: most }).format(value);
  }
  const decimals =
    options.decimals !== undefined ? clampDecimals(options.decimals) : Number.isInteger(roundTo(value, 2)) ? 0 : 2;
  return formatter(locale, { ...base, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export interface PercentFormatOptions {
  /** Exact fraction digits, default 1. */
  decimals?: number;
  /** Show + on positive values (`+26.0%`); zero stays unsigned. */
  signed?: boolean;
}

/**
 * A percentage given in percent units (25.99 means 25.99%): `26.0%`, `25.99%`, `+26.0%`, `1,250.0%`.
 * Same in both languages. Non-finite input gives NOT_A_NUMBER_TEXT.
 */
export function formatPercent(value: number, locale: Locale, options: PercentFormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  const decimals = clampDecimals(options.decimals ?? 1);
  // Decimal style plus '%' rather than style 'percent', which would divide by 100 in floating point.
  return `${formatter(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: options.signed === true ? 'exceptZero' : 'negative',
  }).format(value)}%`;
}

export interface CountFormatOptions {
  /** zh-CN: 万/亿 (30万); en: K/M/B/T (300K), at most 2 decimals. Plain below 1万 / 1K. */
  compact?: boolean;
}

/**
 * A count of things, rounded to a whole number: `1,200`, compact `30万` / `300K`.
 * Non-finite input gives NOT_A_NUMBER_TEXT.
 */
export function formatCount(value: number, locale: Locale, options: CountFormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  if (options.compact === true && Math.abs(value) >= COMPACT_FROM[locale]) {
    return formatter(locale, {
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
      signDisplay: 'negative',
    }).format(value);
  }
  return formatter(locale, { maximumFractionDigits: 0, signDisplay: 'negative' }).format(value);
}

/** A number as a short plain decimal: no exponent, no float noise such as 25.999999999999996. */
export function plainNumber(value: number): string {
  const rounded = Number(value.toPrecision(12));
  // Below a billionth nothing a person typed is lost by writing zero.
  if (Math.abs(rounded) < 1e-9) return '0';
  const text = String(rounded);
  if (!text.includes('e')) return text;
  return rounded.toFixed(12).replace(/\.?0+$/, '');
}

export type CentsResult = { ok: true; cents: number } | { ok: false; error: NumberErrorCode };

/**
 * Reads an amount of money as whole cents, exactly: the same syntax and error codes as
 * parseNumber with kind 'money', but the decimal point is moved in the digit string, so
 * `1.2万` is 1 200 000 cents and `0.1` is 10 cents with no binary fraction in between. Digits
 * past the cent round half away from zero on the decimal digits (`1.005` is 101 cents), the way
 * a DECIMAL(·, 2) cast does. 'too-large' also when the cents would not be a safe integer.
 * Never throws.
 */
export function parseMoneyCents(text: string, options: { allowNegative?: boolean } = {}): CentsResult {
  if (typeof text !== 'string') return { ok: false, error: 'invalid' };
  const normalized = normalize(text);
  if (normalized === '') return { ok: false, error: 'empty' };
  const syntax = readSyntax(normalized, 'money');
  if (syntax === null) {
    return { ok: false, error: looksLikeSeveralNumbers(normalized, 'money') ? 'two-numbers' : 'invalid' };
  }
  const yuan = shiftDecimal(syntax.intDigits, syntax.fracDigits, syntax.exponent);
  const cents = shiftDecimal(syntax.intDigits, syntax.fracDigits, syntax.exponent + 2);
  const roundsUp = (cents.fraction[0] ?? '0') >= '5';
  const magnitude = Number(cents.whole) + (roundsUp ? 1 : 0);
  if (syntax.negative && magnitude !== 0 && options.allowNegative !== true) return { ok: false, error: 'negative' };
  if (exceedsMaximum(yuan.whole, yuan.fraction) || !Number.isSafeInteger(magnitude)) {
    return { ok: false, error: 'too-large' };
  }
  return { ok: true, cents: syntax.negative && magnitude !== 0 ? -magnitude : magnitude };
}
