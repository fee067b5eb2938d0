/**
 * Reading a customer / outlet / dealer table that people export from Excel or WPS, and writing a
 * table back as CSV that Excel opens correctly.
 *
 * Pure module: no DOM, no UI strings. Results carry codes that the UI translates.
 *
 * CSV splitting is done by papaparse (RFC 4180 quoting, quoted line breaks, delimiter guessing),
 * never by hand: quoted commas and line breaks inside cells are where hand-written splitters fail.
 *
 * Choices made here:
 * - Encoding: a UTF-16 byte order mark means UTF-16 (Excel's "Unicode text" export); otherwise
 *   bytes that are valid UTF-8 are UTF-8 (BOM or not), and anything else is GB18030, the superset
 *   of GBK that Chinese Excel uses for "CSV (逗号分隔)". Bytes valid in neither are decoded with
 *   replacement characters and flagged, never refused.
 * - Line numbers are the physical line in the file (1-based, header counted) where a record starts,
 *   so a cell with a quoted line break moves later records down, as a text editor shows them.
 * - The header is the first non-blank row, unless one of the next few rows names more known
 *   columns: Chinese sheets often carry a title row ("2024年经销商销售表") above the header.
 * - A unit in a header ("销售额（万元）", "Sales (k)") scales plain-number cells of that column;
 *   a cell that carries its own unit ("12万") is read as written.
 * - A blank sales cell is read as 0 (an outlet not yet covered) and the row says so; a blank
 *   optional cell is null. A lone dash is Excel's accounting-format zero: 0 for money, blank for
 *   willingness.
 */

import { decodeBytes, readRecords, type DecodeResult, type Delimiter, type TableRow, type TableWarning } from '../csv/read.ts';
import { parseNumber, type NumberErrorCode } from '../numbers.ts';
import {
  importFields,
  recognizeColumns,
  type ColumnMapping,
  type ColumnRecognition,
  type ColumnUnits,
  type ImportField,
  type UnitMultiplier,
} from './columns.ts';

// ---------------------------------------------------------------------------
// Splitting into rows (decoding and splitting are lib/csv/read.ts)

export type ParsedTable =
  | {
      ok: true;
      delimiter: Delimiter;
      /** Header cells, trimmed. */
      header: readonly string[];
      headerLine: number;
      /** Non-blank records below the header. */
      rows: readonly TableRow[];
      warnings: readonly TableWarning[];
    }
  /** 'empty': nothing but blank lines. */
  | { ok: false; error: 'empty' | 'not-text' };

/** How many rows from the top may hold the header (title rows above it are skipped). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Splits CSV or TSV text into rows below its header. The delimiter (comma or tab) is guessed
 * unless given. Blank lines are dropped; line numbers keep counting them. Never throws.
 */
export function parseTable(text: string, options: { delimiter?: Delimiter } = {}): ParsedTable {
  if (typeof text !== 'string') return { ok: false, error: 'not-text' };
  const { delimiter, records, warnings } = readRecords(text, options.delimiter);
  const headerIndex = pickHeaderRow(records);
  const headerRow = records[headerIndex];
  if (headerRow === undefined) return { ok: false, error: 'empty' };
  return {
    ok: true,
    delimiter,
    header: headerRow.cells.map((cell) => cell.trim()),
    headerLine: headerRow.line,
    rows: records.slice(headerIndex + 1),
    warnings,
  };
}

/** The row among the first few that names the most known columns; the first row when none does. */
function pickHeaderRow(records: readonly TableRow[]): number {
  let best = 0;
  let bestCount = 0;
  records.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const count = Object.keys(recognizeColumns(row.cells).mapping).length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

// ---------------------------------------------------------------------------
// Reading rows through a mapping

/** A row read from the file, in the units of the state (yuan). */
export interface ImportedRow {
  line: number;
  name: string;
  sales: number;
  lastSales: number | null;
  potential: number | null;
  /** Whole number 1–5. */
  willingness: number | null;
  region: string | null;
  /** 'sales-blank': the sales cell was empty and is read as 0 (an uncovered outlet). */
  notices: readonly 'sales-blank'[];
}

/**
 * Why a cell made its row bad: a numbers.ts code, or
 * - 'out-of-range': willingness is not 1–5
 * - 'too-long': a name or region longer than MAX_TEXT_LENGTH
 * ('empty' on `name` means the row has no name.)
 */
export type CellErrorCode = NumberErrorCode | 'out-of-range' | 'too-long';

export interface CellProblem {
  field: ImportField;
  code: CellErrorCode;
}

export interface BadRow {
  line: number;
  /** Every problem of the row, in field order; at least one. */
  problems: readonly CellProblem[];
}

export interface DuplicateName {
  line: number;
  name: string;
  /** Line of the first row with this name. */
  firstLine: number;
}

/**
 * - 'missing-name-column' / 'missing-sales-column': the mapping lacks a required field
 * - 'invalid-column': a mapped index is not a whole number ≥ 0
 */
export type MappingError = 'missing-name-column' | 'missing-sales-column' | 'invalid-column';

export type MappingResult =
  | {
      ok: true;
      rows: ImportedRow[];
      bad: BadRow[];
      /** Rows kept whose name repeats an earlier row's; saved picks refer to rows by name. */
      duplicates: DuplicateName[];
    }
  | { ok: false; error: MappingError };

/** Names and regions longer than this are not a name someone typed. */
export const MAX_TEXT_LENGTH = 200;

const PLAIN_NUMBER = /^[\s+\-\d.,０-９．，＋－]+$/u;
const ACCOUNTING_ZERO = /^(?:[¥￥]\s*)?[-－–—]$/u;

/**
 * Reads each row through the mapping: money with parseNumber (scaled by the header unit),
 * willingness as a whole number 1–5, text trimmed. Good rows are kept even when others are bad.
 */
export function applyMapping(
  rows: readonly TableRow[],
  mapping: ColumnMapping,
  options: { units?: ColumnUnits } = {},
): MappingResult {
  if (mapping.name === undefined) return { ok: false, error: 'missing-name-column' };
  if (mapping.sales === undefined) return { ok: false, error: 'missing-sales-column' };
  if (Object.values(mapping).some((column) => !Number.isInteger(column) || column < 0)) {
    return { ok: false, error: 'invalid-column' };
  }
  const units = options.units ?? {};
  const good: ImportedRow[] = [];
  const bad: BadRow[] = [];
  const duplicates: DuplicateName[] = [];
  const firstLineByName = new Map<string, number>();

  for (const row of rows) {
    const read = readRow(row, mapping, units);
    if ('problems' in read) {
      bad.push(read);
      continue;
    }
    const firstLine = firstLineByName.get(read.name);
    if (firstLine === undefined) firstLineByName.set(read.name, read.line);
    else duplicates.push({ line: read.line, name: read.name, firstLine });
    good.push(read);
  }
  return { ok: true, rows: good, bad, duplicates };
}

type CellReading<T> = { ok: true; value: T } | { ok: false; code: CellErrorCode };

function readRow(row: TableRow, mapping: ColumnMapping, units: ColumnUnits): ImportedRow | BadRow {
  const cell = (field: ImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : (row.cells[column] ?? '').trim();
  };
  const salesText = cell('sales');
  const readings = {
    name: readText(cell('name'), true),
    sales: salesText === '' ? ({ ok: true, value: 0 } as const) : readMoney(salesText, units.sales),
    lastSales: readOptionalMoney(cell('lastSales'), units.lastSales),
    potential: readOptionalMoney(cell('potential'), units.potential),
    willingness: readWillingness(cell('willingness')),
    region: readText(cell('region'), false),
  };
  const problems: CellProblem[] = [];
  for (const field of importFields) {
    const reading = readings[field];
    if (!reading.ok) problems.push({ field, code: reading.code });
  }
  const { name, sales, lastSales, potential, willingness, region } = readings;
  if (!name.ok || !sales.ok || !lastSales.ok || !potential.ok || !willingness.ok || !region.ok) {
    return { line: row.line, problems };
  }
  return {
    line: row.line,
    name: name.value ?? '',
    sales: sales.value,
    lastSales: lastSales.value,
    potential: potential.value,
    willingness: willingness.value,
    region: region.value,
    notices: salesText === '' ? ['sales-blank'] : [],
  };
}

function readText(text: string, required: boolean): CellReading<string | null> {
  if (text === '') return required ? { ok: false, code: 'empty' } : { ok: true, value: null };
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, code: 'too-long' };
  return { ok: true, value: text };
}

function readMoney(text: string, unit: UnitMultiplier | undefined): CellReading<number> {
  if (ACCOUNTING_ZERO.test(text)) return { ok: true, value: 0 };
  // Appending the unit lets numbers.ts shift the decimal point exactly: 1.1 in 万 is 11000, not 11000.000000000002.
  const scaled = unit !== undefined && PLAIN_NUMBER.test(text) ? `${text}${unit}` : text;
  const parsed = parseNumber(scaled, { kind: 'money' });
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, code: parsed.error };
}

function readOptionalMoney(text: string, unit: UnitMultiplier | undefined): CellReading<number | null> {
  return text === '' ? { ok: true, value: null } : readMoney(text, unit);
}

function readWillingness(text: string): CellReading<number | null> {
  if (text === '' || ACCOUNTING_ZERO.test(text)) return { ok: true, value: null };
  const parsed = parseNumber(text, { kind: 'count' });
  if (!parsed.ok) return { ok: false, code: parsed.error };
  return parsed.value >= 1 && parsed.value <= 5 ? { ok: true, value: parsed.value } : { ok: false, code: 'out-of-range' };
}

/**
 * One call for the usual path: decode, split, recognise, read. The UI still shows the mapping step
 * when `recognition.unrecognised` is not empty or a required field is missing.
 */
export function importTable(bytes: Uint8Array):
  | {
      ok: true;
      decoded: Extract<DecodeResult, { ok: true }>;
      table: Extract<ParsedTable, { ok: true }>;
      recognition: ColumnRecognition;
      result: MappingResult;
    }
  | { ok: false; error: 'not-bytes' | 'unsupported-encoding' | 'empty' | 'not-text' } {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const table = parseTable(decoded.text);
  if (!table.ok) return table;
  const recognition = recognizeColumns(table.header);
  const result = applyMapping(table.rows, recognition.mapping, { units: recognition.units });
  return { ok: true, decoded, table, recognition, result };
}

