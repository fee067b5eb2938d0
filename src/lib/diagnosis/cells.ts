/**
 * Reading one cell of a transaction export: an amount to whole cents, a date to a day number, a
 * key (customer, order number, region, rep, dealer) to trimmed text. Each reader returns a value or
 * a code the UI translates; none throws, none guesses.
 *
 * Pure module. Amounts go through numbers.ts (parseMoneyCents), the reader every tool shares, so
 * `1,234.50`, `¥1,234`, `￥`, `RMB`, `1.2万` and full-width digits mean here what they mean in every
 * field of the site. What only a ledger export writes is handled here, before that reader:
 * - `(123.00)` and `123.00-` (SAP puts the sign last) are negatives: returns and credit notes.
 * - A lone dash, with or without a currency sign, is Excel's accounting format for zero (the
 *   opportunity finder's import reads it the same way).
 * - A cell starting with `=` is a formula that was exported as text (`=HYPERLINK(…)`, `=A1*2`):
 *   its value is not in the file, so the row is refused with 'formula'. Nothing is evaluated.
 */

import { parseMoneyCents, type NumberErrorCode } from '../numbers.ts';
import type { UnitMultiplier } from '../opportunities/columns.ts';
import { dayOf } from './calendar.ts';

export type CellReading<T, Code extends string> = { ok: true; value: T } | { ok: false; code: Code };

// ---------------------------------------------------------------------------
// Amounts

/**
 * Why an amount cell cannot be read:
 * - 'empty': blank (a line without an amount is not read as zero: that would be a guess)
 * - 'invalid': not an amount (`abc`, `12.5%`, `1e5`)
 * - 'two-numbers': several numbers in one cell (`12 34`, `1,2`, `1.234,56`)
 * - 'too-large': beyond MAX_AMOUNT_CENTS
 * - 'formula': a formula exported as text
 */
export type AmountCode = Exclude<NumberErrorCode, 'negative' | 'not-whole'> | 'formula';

/** One line's amount may not exceed 1000亿 yuan; larger is a key or a date in the wrong column. */
export const MAX_AMOUNT_CENTS = 10_000_000_000_000;

const PLAIN_AMOUNT = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;
const FORMULA = /^[=＝]|^\{=/u;
const ACCOUNTING_ZERO = /^(?:[¥￥]\s*)?[-－–—]\s*$/u;
const PARENTHESISED = /^([¥￥]?)\s*[(（]\s*(.*?)\s*[)）]$/u;
const SIGN_LAST = /^(.*[\d０-９万千亿kKwWmM元])\s*[-－]$/u;

/** A multiplier a header names ("金额（万元）"), applied to cells that carry none of their own. */
export type AmountUnit = UnitMultiplier;

const UNSCALED = /^[\s+\-\d.,０-９．，＋－¥￥]+$/u;

/**
 * An amount cell to whole cents; negative for returns and credit notes. With `unit`, a cell
 * written as a plain number is in that unit (`1.5` in a 万元 column is 15 000 yuan); a cell that
 * names its own (`8千`) is read as written.
 */
export function readAmount(text: string, unit?: AmountUnit): CellReading<number, AmountCode> {
  if (typeof text !== 'string') return { ok: false, code: 'invalid' };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'empty' };

  // The usual ERP cell (`1234.50`, `-80`) skips the general reader: a million lines are read here.
  const plain = unit === undefined ? PLAIN_AMOUNT.exec(trimmed) : null;
  if (plain !== null) {
    const cents = Number(plain[2]) * 100 + Number((plain[3] ?? '').padEnd(2, '0'));
    return bounded(plain[1] === '-' && cents !== 0 ? -cents : cents);
  }
  if (FORMULA.test(trimmed)) return { ok: false, code: 'formula' };
  if (ACCOUNTING_ZERO.test(trimmed)) return { ok: true, value: 0 };

  const parenthesised = PARENTHESISED.exec(trimmed);
  if (parenthesised !== null) return negated(`${parenthesised[1] ?? ''}${parenthesised[2] ?? ''}`, unit);
  const signLast = SIGN_LAST.exec(trimmed);
  if (signLast !== null) return negated(signLast[1] ?? '', unit);

  const read = parseMoneyCents(scaled(trimmed, unit), { allowNegative: true });
  return read.ok ? bounded(read.cents) : { ok: false, code: amountCode(read.error) };
}

/** Appending the unit lets numbers.ts move the decimal point exactly: 1.1 in 万 is 11 000, not 11 000.000000000002. */
function scaled(text: string, unit: AmountUnit | undefined): string {
  return unit !== undefined && UNSCALED.test(text) ? `${text}${unit}` : text;
}

/** The inside of `(…)` or of `…-` is a magnitude; a sign inside it as well is not an amount. */
function negated(inner: string, unit: AmountUnit | undefined): CellReading<number, AmountCode> {
  const read = parseMoneyCents(scaled(inner, unit), { allowNegative: false });
  if (!read.ok) return { ok: false, code: amountCode(read.error) };
  return bounded(read.cents === 0 ? 0 : -read.cents);
}

function bounded(cents: number): CellReading<number, AmountCode> {
  return Math.abs(cents) > MAX_AMOUNT_CENTS ? { ok: false, code: 'too-large' } : { ok: true, value: cents };
}

function amountCode(error: NumberErrorCode): AmountCode {
  // 'negative' only comes from a second sign inside a negative form; 'not-whole' never for money.
  return error === 'negative' || error === 'not-whole' ? 'invalid' : error;
}

// ---------------------------------------------------------------------------
// Dates

/**
 * Why a date cell cannot be read:
 * - 'empty': blank
 * - 'invalid': not a date in a form read here (`3/5/2026` is refused: month and day order unknown)
 * - 'no-such-day': written as a date that does not exist (`2026-02-30`, Excel serial 60, the
 *   29 February 1900 that Lotus 1-2-3 and Excel invented), or outside the years 1900–9999
 * - 'formula': a formula exported as text
 */
export type DateCode = 'empty' | 'invalid' | 'no-such-day' | 'formula';

// Year first, one separator used twice; a time of day may follow and is dropped.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const SEPARATED = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`, 'u');
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME}$`, 'u');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Excel serial numbers, at most five digits (to 2173): a six-digit `202603` is a year and month.
const SERIAL = /^(\d{1,5})(?:\.\d+)?$/;

/** The first serial after Excel's invented 1900-02-29; from here serials are one day ahead. */
const FIRST_SERIAL_AFTER_FAKE_LEAP_DAY = 61;
const FAKE_LEAP_DAY_SERIAL = 60;
/** Serial 25569 is 1970-01-01, day 0. */
const SERIAL_OF_DAY_ZERO = 25_569;

/** A date cell to a day number (days since 1970-01-01). */
export function readDate(text: string): CellReading<number, DateCode> {
  if (typeof text !== 'string') return { ok: false, code: 'invalid' };
  // NFKC turns full-width digits and separators (２０２６／３／５) into ASCII.
  const normalized = text.normalize('NFKC').trim();
  if (normalized === '') return { ok: false, code: 'empty' };
  if (FORMULA.test(normalized)) return { ok: false, code: 'formula' };

  const separated = SEPARATED.exec(normalized);
  if (separated !== null) return calendarDay(separated[1], separated[3], separated[4]);
  const chinese = CHINESE.exec(normalized);
  if (chinese !== null) return calendarDay(chinese[1], chinese[2], chinese[3]);
  const compact = COMPACT.exec(normalized);
  if (compact !== null) return calendarDay(compact[1], compact[2], compact[3]);
  const serial = SERIAL.exec(normalized);
  if (serial !== null) return serialDay(Number(serial[1]));
  return { ok: false, code: 'invalid' };
}

function calendarDay(year: string | undefined, month: string | undefined, day: string | undefined): CellReading<number, DateCode> {
  const days = dayOf(Number(year), Number(month), Number(day));
  return days === null ? { ok: false, code: 'no-such-day' } : { ok: true, value: days };
}

/** Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 a day that never was. */
function serialDay(serial: number): CellReading<number, DateCode> {
  if (serial < 1) return { ok: false, code: 'invalid' };
  if (serial === FAKE_LEAP_DAY_SERIAL) return { ok: false, code: 'no-such-day' };
  const shift = serial >= FIRST_SERIAL_AFTER_FAKE_LEAP_DAY ? 0 : 1;
  return { ok: true, value: serial - SERIAL_OF_DAY_ZERO + shift };
}

// ---------------------------------------------------------------------------
// Keys

/**
 * Why a key cell cannot be read:
 * - 'empty': blank or only spaces
 * - 'too-long': longer than MAX_KEY_LENGTH, more likely a note than a name
 */
export type KeyCode = 'empty' | 'too-long';

export const MAX_KEY_LENGTH = 200;

/**
 * A customer, order, region, rep or dealer key: trimmed (full-width and non-breaking spaces
 * too), otherwise as written, so `A001` and `a001` stay two customers as they are in the ERP.
 * A formula-looking key (`=HYPERLINK(…)`) is kept as text; the CSV writer guards it on export.
 */
export function readKey(text: string): CellReading<string, KeyCode> {
  if (typeof text !== 'string') return { ok: false, code: 'empty' };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'empty' };
  if (trimmed.length > MAX_KEY_LENGTH) return { ok: false, code: 'too-long' };
  return { ok: true, value: trimmed };
}
