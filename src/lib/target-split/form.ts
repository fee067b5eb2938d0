/**
 * The Target splitter's form as typed: its shape, and the form that shows a state (formOf).
 * Reading it back into a state is readSplitForm in formReading.ts, which needs the schemas and
 * loads with the engine; the page shows this form before that code has loaded.
 *
 * Pure module: no DOM, no UI strings.
 */

import type { FieldError } from '../fields';
import type { SeasonalityKind, SplitMethod } from './model';
import type { NameError, SplitState } from './schema';

/** The most units the tool keeps: more than a page of people can read and adjust. */
export const MAX_UNITS = 500;
export const MAX_NAME_LENGTH = 60;
/** The rounding units offered in the list; any other whole number is typed as a custom one. */
export const roundingChoices = ['1', '100', '1000', '10000'] as const;

/** The units table's columns in the order shown: the six a pasted block fills, then the weight. */
export const unitColumns = ['name', 'history', 'potential', 'min', 'max', 'commitment', 'weight'] as const;
export type UnitColumn = (typeof unitColumns)[number];
export type AmountColumn = Exclude<UnitColumn, 'name'>;
/** The columns a block pasted from a spreadsheet fills, in its order (see spreadsheet.ts). */
export type PastedColumn = Exclude<UnitColumn, 'weight'>;

const MONTHS = 12;

export interface SplitFormRow {
  /** Identifies the row while it is edited and moved (list keys, field ids); not part of the state. */
  readonly id: number;
  readonly cells: Readonly<Record<UnitColumn, string>>;
  /** Last year's monthly actuals as typed, 12 texts, January first; all empty means none. */
  readonly months: readonly string[];
}

/** Every field of the tool as typed. Method and seasonality are chosen from lists, so always valid. */
export interface SplitForm {
  readonly total: string;
  readonly method: SplitMethod;
  /** α in percent (see alphaPercentSchema). */
  readonly alpha: string;
  /** Over-assignment in percent; empty means none. */
  readonly over: string;
  readonly rounding: string;
  readonly seasonality: SeasonalityKind;
  /** Custom month weights as typed, 12 texts. */
  readonly monthWeights: readonly string[];
  readonly rows: readonly SplitFormRow[];
}

export interface SplitRowErrors {
  name: NameError | null;
  cells: Partial<Record<AmountColumn, FieldError>>;
  /** 12 entries (null where fine) when the months are in use and some are wrong; otherwise empty. */
  months: (FieldError | null)[];
}

export interface SplitFormErrors {
  total?: FieldError;
  alpha?: FieldError;
  over?: FieldError;
  rounding?: FieldError;
  /** 12 entries (null where fine) when custom weights are in use and some are wrong; otherwise empty. */
  monthWeights: (FieldError | null)[];
  rows: SplitRowErrors[];
}

export interface SplitFormReading {
  /** The scenario the form describes, or null while a field in use needs fixing. */
  state: SplitState | null;
  errors: SplitFormErrors;
  /** How many fields need fixing. */
  errorCount: number;
}

/**
 * A number as the form writes it: every digit the state holds (a cent of ¥123,456,789,012.34
 * included) and never an exponent, so reading the text back gives the same number. Only amounts
 * below a millionth, which JavaScript writes with an exponent, are cut to 12 significant digits.
 */
export function formNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? tinyNumber(value) : text;
}

/**
 * An amount below a millionth as share.ts's plainNumber writes it (12 significant digits, zero
 * below a billionth; a unit test holds the two equal). Not imported: share.ts would bring the
 * link codec and zod into the page's first download, which shows this form.
 */
function tinyNumber(value: number): string {
  const rounded = Number(value.toPrecision(12));
  return Math.abs(rounded) < 1e-9 ? '0' : rounded.toFixed(12).replace(/\.?0+$/, '');
}

function emptyMonths(): string[] {
  return new Array<string>(MONTHS).fill('');
}

/**
 * Whether text pasted into a cell is a block of several cells (a tab, or a line break before the
 * last line): such a paste fills the table; one cell (with the line break spreadsheets add) is typed.
 */
export function isPastedBlock(text: string): boolean {
  return typeof text === 'string' && /[\t\n\r]/.test(text.replace(/(\r\n|\n|\r)$/, ''));
}

/** A row with every cell empty except, optionally, its name. */
export function emptyRow(id: number, name = ''): SplitFormRow {
  return { id, cells: { name, history: '', potential: '', min: '', max: '', commitment: '', weight: '' }, months: emptyMonths() };
}

/** The form that shows a state; `nextId` numbers the rows. readSplitForm reads it back to the state. */
export function formOf(state: SplitState, nextId: () => number): SplitForm {
  const text = (value: number | undefined) => (value === undefined ? '' : formNumber(value));
  return {
    total: formNumber(state.total),
    method: state.method,
    alpha: formNumber(Number((state.alpha * 100).toPrecision(15))),
    over: formNumber(state.overPercent),
    rounding: formNumber(state.roundingUnit),
    seasonality: state.seasonality,
    monthWeights: state.monthWeights?.map(formNumber) ?? emptyMonths(),
    rows: state.units.map((unit) => ({
      id: nextId(),
      cells: {
        name: unit.name,
        history: text(unit.history),
        potential: text(unit.potential),
        min: text(unit.min),
        max: text(unit.max),
        commitment: text(unit.commitment),
        weight: text(unit.weight),
      },
      months: unit.months?.map(formNumber) ?? emptyMonths(),
    })),
  };
}
