/**
 * What a person wrote on a sheet, and what is worked out from it: blank and normalised values for
 * a definition, reading a typed number, the computed columns and the totals of a table. The saved
 * copy's zod schema is in valuesSchema.ts, which downloads with the codec on first use.
 *
 * Everything typed is kept as typed (text), so nothing entered is lost: a number is only read
 * when it is shown, checked or added up. Pure module: no DOM, no UI strings.
 */

import { parseNumber } from '../numbers';
import type { FieldResult } from '../fields';
import type {
  CardsField,
  CellKind,
  NumberKind,
  TableField,
  Worksheet,
  WorksheetColumn,
  WorksheetField,
  WorksheetRow,
} from './schema';
import type { Cells, FieldValue, SheetValues } from './valuesSchema';

/** Every field of a sheet, in reading order. */
export function sheetFields(sheet: Worksheet): WorksheetField[] {
  return sheet.sections.flatMap((section) => section.fields);
}

/** How many rows a blank-row table shows on screen before people add more. */
export const SCREEN_ROWS = 3;

/** The rows a table starts with: its fixed rows, or a few blank ones to type into. */
function blankRows(table: TableField): Cells[] {
  const count = typeof table.rows === 'number' ? Math.min(SCREEN_ROWS, table.rows) : table.rows.length;
  return Array.from({ length: count }, () => ({}));
}

/** The value a field has before anything is written in it. */
export function blankValue(field: WorksheetField): FieldValue {
  switch (field.type) {
    case 'checkboxes':
      return [];
    case 'table':
      return blankRows(field);
    case 'cards':
      return [{}];
    default:
      return '';
  }
}

/** A sheet with nothing written on it. */
export function blankSheet(sheet: Worksheet): SheetValues {
  const values: Record<string, FieldValue> = {};
  for (const field of sheetFields(sheet)) values[field.id] = blankValue(field);
  return { header: { name: '', region: '', date: '' }, values };
}

function keepCells(cells: Cells, ids: readonly string[]): Cells {
  const kept: Cells = {};
  for (const id of ids) {
    const value = cells[id];
    if (typeof value === 'string' && value !== '') kept[id] = value;
  }
  return kept;
}

/** The cells a person types into (computed columns are never stored). */
export function typedColumns(table: TableField): WorksheetColumn[] {
  return table.columns.filter((column) => column.kind !== 'ratio' && column.kind !== 'change');
}

/**
 * Fits saved values to the definition as it is now: fields that no longer exist are dropped,
 * missing ones are blank, a value of the wrong shape is blank, unknown options and columns are
 * dropped, fixed-row tables get exactly their rows. A sheet whose definition changed still opens.
 */
export function normalizeValues(sheet: Worksheet, saved: SheetValues): SheetValues {
  const values: Record<string, FieldValue> = {};
  for (const field of sheetFields(sheet)) {
    const value = saved.values[field.id];
    values[field.id] = normalizeField(field, value);
  }
  return { header: { ...saved.header }, values };
}

function normalizeField(field: WorksheetField, value: FieldValue | undefined): FieldValue {
  if (value === undefined) return blankValue(field);
  switch (field.type) {
    case 'checkboxes': {
      if (!Array.isArray(value)) return [];
      const known = new Set(field.options.map((option) => option.id));
      return (value as unknown[]).filter((id): id is string => typeof id === 'string' && known.has(id));
    }
    case 'table': {
      const rows = asRecords(value);
      if (rows === null) return blankValue(field);
      const ids = typedColumns(field).map((column) => column.id);
      if (typeof field.rows !== 'number') {
        return field.rows.map((_, index) => keepCells(rows[index] ?? {}, ids));
      }
      const kept = rows.slice(0, field.maxRows).map((row) => keepCells(row, ids));
      return kept.length > 0 ? kept : blankValue(field);
    }
    case 'cards': {
      const cards = asRecords(value);
      if (cards === null) return blankValue(field);
      const ids = field.parts.map((part) => part.id);
      const kept = cards.slice(0, field.maxCards).map((card) => keepCells(card, ids));
      return kept.length > 0 ? kept : blankValue(field);
    }
    default:
      return typeof value === 'string' ? value : '';
  }
}

function asRecords(value: FieldValue): Cells[] | null {
  if (!Array.isArray(value)) return null;
  const items = value as unknown[];
  return items.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item)) ? (items as Cells[]) : null;
}

/** Whether a row or card has nothing written in it. */
export function isEmptyRecord(cells: Cells): boolean {
  return Object.values(cells).every((value) => value.trim() === '');
}

/** Whether nothing at all is written on the sheet, header included. */
export function isBlankSheet(values: SheetValues): boolean {
  if (Object.values(values.header).some((value) => value.trim() !== '')) return false;
  return Object.values(values.values).every((value) => {
    if (typeof value === 'string') return value.trim() === '';
    return (value as unknown[]).every((item) => typeof item === 'string' || isEmptyRecord(item as Cells));
  });
}

// ---------------------------------------------------------------------------
// Numbers

/** A percent on a sheet may pass 100 (an achievement of 105 %, an uplift of +150 %), up to this. */
const PERCENT_LIMIT = 100_000;

/**
 * Reads a typed number of the given kind. Blank is fine (`value: undefined`): every field of a
 * worksheet may be left empty. Anything else that is not a number of that kind is an error the
 * form shows beside the field. parseNumber already holds money and counts within MAX_MAGNITUDE and
 * counts to whole numbers, so only a percent has a bound of its own. No zod: the sheet reads its
 * numbers at first paint, and zod comes only with the saved copy's code.
 */
export function readNumber(textValue: string, kind: NumberKind, allowNegative = false): FieldResult {
  if (textValue.trim() === '') return { ok: true, value: undefined };
  const parsed = parseNumber(textValue, { kind, allowNegative });
  if (!parsed.ok) return { ok: false, error: { code: parsed.error } };
  if (kind === 'percent' && parsed.value > PERCENT_LIMIT) return { ok: false, error: { code: 'too-big', limit: PERCENT_LIMIT, inclusive: true } };
  if (kind === 'percent' && parsed.value < -PERCENT_LIMIT) {
    return { ok: false, error: { code: 'too-small', limit: -PERCENT_LIMIT, inclusive: true } };
  }
  return { ok: true, value: parsed.value };
}

/** The number kind of a cell, or null for text, dates and computed cells. */
export function cellNumberKind(column: WorksheetColumn, row: WorksheetRow | undefined): NumberKind | null {
  if (column.kind === 'row') return row?.kind ?? null;
  return column.kind === 'money' || column.kind === 'percent' || column.kind === 'count' ? column.kind : null;
}

/** A cell's number, or null when it is blank, not a number or not a number cell. */
export function cellNumber(cells: Cells, column: WorksheetColumn, row: WorksheetRow | undefined): number | null {
  const kind = cellNumberKind(column, row);
  if (kind === null) return null;
  const result = readNumber(cells[column.id] ?? '', kind, column.allowNegative);
  return result.ok && result.value !== undefined ? result.value : null;
}

/**
 * A computed cell: 'ratio' is of ÷ over in percent (achieved), 'change' is (of ÷ over − 1) in
 * percent (uplift). Null when either side is missing or the denominator is zero.
 */
export function computedCell(
  table: TableField,
  column: WorksheetColumn,
  cells: Cells,
  row: WorksheetRow | undefined,
): number | null {
  if (column.kind !== 'ratio' && column.kind !== 'change') return null;
  const find = (id: string | undefined) => table.columns.find((candidate) => candidate.id === id);
  const ofColumn = find(column.of);
  const overColumn = find(column.over);
  if (!ofColumn || !overColumn) return null;
  const numerator = cellNumber(cells, ofColumn, row);
  const denominator = cellNumber(cells, overColumn, row);
  if (numerator === null || denominator === null || denominator === 0) return null;
  // Multiply before dividing, so 420 of 400 is exactly 105 and 1,320,000 over 300,000 exactly +340.
  return column.kind === 'ratio' ? (numerator * 100) / denominator : ((numerator - denominator) * 100) / denominator;
}

export interface TableTotals {
  /** The sum of each row's money or count cells; null for a row with none filled. */
  rows: (number | null)[];
  /** The sum of each money or count column, by column id; null for a column with none filled. */
  columns: Record<string, number | null>;
  /** The sum of everything; null when nothing is filled. */
  grand: number | null;
}

const summable = (kind: CellKind) => kind === 'money' || kind === 'count';

/** The columns a table's totals add up. */
export function summedColumns(table: TableField): WorksheetColumn[] {
  return table.columns.filter((column) => summable(column.kind));
}

/**
 * Adds cents as whole numbers so 0.1 + 0.2 gives 0.3 and a column of money adds up to the total
 * shown beside it.
 */
function addMoney(values: readonly number[]): number {
  const cents = values.reduce((sum, value) => sum + Math.round(value * 100), 0);
  return cents / 100;
}

/** The row, column and grand totals of a table; cells that are blank or not numbers count as nothing. */
export function tableTotals(table: TableField, rows: readonly Cells[]): TableTotals {
  const columns = summedColumns(table);
  const fixedRows = typeof table.rows === 'number' ? [] : table.rows;
  const rowTotals = rows.map((cells, index) => {
    const numbers = columns
      .map((column) => cellNumber(cells, column, fixedRows[index]))
      .filter((value): value is number => value !== null);
    return numbers.length > 0 ? addMoney(numbers) : null;
  });
  const columnTotals: Record<string, number | null> = {};
  for (const column of columns) {
    const numbers = rows
      .map((cells, index) => cellNumber(cells, column, fixedRows[index]))
      .filter((value): value is number => value !== null);
    columnTotals[column.id] = numbers.length > 0 ? addMoney(numbers) : null;
  }
  const filled = rowTotals.filter((value): value is number => value !== null);
  return { rows: rowTotals, columns: columnTotals, grand: filled.length > 0 ? addMoney(filled) : null };
}

// ---------------------------------------------------------------------------
// Editing

/** A table's or card field's rows after adding a blank one at the end (up to its maximum). */
export function addRecord(field: TableField | CardsField, records: readonly Cells[]): Cells[] {
  const limit = field.type === 'table' ? field.maxRows : field.maxCards;
  if (field.type === 'table' && typeof field.rows !== 'number') return [...records];
  return records.length >= limit ? [...records] : [...records, {}];
}

/** The rows after removing one; the last remaining row or card is emptied instead. */
export function removeRecord(records: readonly Cells[], index: number): Cells[] {
  if (records.length <= 1) return [{}];
  return records.filter((_, position) => position !== index);
}

/**
 * The rows a filled sheet prints: every row with something in it, then blank rows up to the
 * number the blank sheet has, so there is still room to write by hand.
 */
export function paperRows(table: TableField, rows: readonly Cells[]): Cells[] {
  if (typeof table.rows !== 'number') return table.rows.map((_, index) => rows[index] ?? {});
  const written = rows.filter((row) => !isEmptyRecord(row));
  const blanks = Math.max(0, table.rows - written.length);
  return [...written, ...Array.from({ length: blanks }, () => ({}))];
}

/**
 * The cards a filled sheet prints: every written card, then blank ones up to the blank sheet's
 * count, or to the end of the last row of cards.
 */
export function paperCards(field: CardsField, cards: readonly Cells[]): Cells[] {
  const written = cards.filter((card) => !isEmptyRecord(card));
  const fullRows = Math.ceil(written.length / field.perRow) * field.perRow;
  const blanks = Math.max(field.count, fullRows) - written.length;
  return [...written, ...Array.from({ length: blanks }, () => ({}))];
}
