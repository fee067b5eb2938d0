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
// Recognising columns

export const importFields = ['name', 'sales', 'lastSales', 'potential', 'willingness', 'region'] as const;
export type ImportField = (typeof importFields)[number];
export type MoneyField = 'sales' | 'lastSales' | 'potential';
export const moneyFields: readonly MoneyField[] = ['sales', 'lastSales', 'potential'];

/** Field → 0-based column index. `name` and `sales` are required by applyMapping. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** A multiplier that numbers.ts understands as a suffix, so scaling stays exact in decimal. */
export type UnitMultiplier = '千' | '万' | '百万' | '亿';
export type ColumnUnits = Partial<Record<MoneyField, UnitMultiplier>>;

export interface ColumnRecognition {
  mapping: ColumnMapping;
  /** Units read from money headers, e.g. 万 from "销售额（万元）". */
  units: ColumnUnits;
  /** Column indexes that no field claimed (unknown names, blanks, and second claimants). */
  unrecognised: number[];
}

// Exact names, compared after normalizeHeader (lower case, no spaces or punctuation).
const EXACT_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  name: [
    '名称', '客户', '客户名称', '客户名', '经销商', '经销商名称', '代理商', '门店', '门店名称', '店名', '网点',
    '网点名称', '终端', '终端名称', '单位名称', '公司名称', 'name', 'customer', 'customername', 'dealer',
    'dealername', 'outlet', 'outletname', 'store', 'storename', 'account', 'client',
  ],
  sales: [
    '本期销售', '本期销售额', '本期', '销售额', '销售', '销售金额', '本月销售', '本月销售额', '本年销售',
    '今年销售', '本期业绩', '业绩', '金额', 'sales', 'thisperiod', 'salesthisperiod', 'currentsales', 'current',
    'revenue', 'salesamount',
  ],
  lastSales: [
    '上期销售', '上期销售额', '上期', '去年同期', '去年同期销售', '去年同期销售额', '上月销售', '上年销售',
    '去年销售', '同期', 'lastperiod', 'saleslastperiod', 'previous', 'previousperiod', 'previoussales',
    'priorperiod', 'lastyear', 'lastsales',
  ],
  potential: ['潜力', '潜在销售', '潜在销售额', '销售潜力', '市场潜力', '潜力值', 'potential', 'salespotential', 'marketpotential'],
  willingness: ['合作意愿', '意愿', '意愿度', '合作意向', '意向', 'willingness', 'willingnesstocooperate', 'cooperation'],
  region: ['区域', '渠道', '地区', '片区', '大区', '区域渠道', 'region', 'channel', 'area', 'territory', 'regionchannel'],
};

// Fallback keywords for longer names ("2024年销售额", "客户所在区域"). Checked in this order, so
// "去年同期销售额" is last period, not sales, and "客户区域" is a region, not a name. Names holding a
// NOT_A_FIELD word get no keyword match.
const KEYWORDS: readonly (readonly [ImportField, readonly string[]])[] = [
  ['lastSales', ['上期', '去年', '同期', '上月', '上年', 'last', 'previous', 'prior']],
  ['potential', ['潜力', '潜在', 'potential']],
  ['willingness', ['意愿', '意向', 'willing']],
  ['region', ['区域', '渠道', '地区', '片区', 'region', 'channel', 'area', 'territory']],
  ['name', ['名称', '客户', '经销商', '门店', '网点', '终端', 'name', 'customer', 'dealer', 'outlet', 'store']],
  ['sales', ['销售', '业绩', 'sales', 'revenue']],
];

// Names about something else that merely mention a keyword: "销售代表", "客户编号", "区域经理".
const NOT_A_FIELD = [
  '代表', '人员', '负责人', '经理', '业务员', '联系人', '编码', '编号', '代码', '电话', '手机', '地址', '日期', '时间',
  'rep', 'manager', 'code', 'phone', 'address', 'contact', 'date',
];

const UNIT_NAMES: Readonly<Record<string, UnitMultiplier | null>> = {
  元: null, rmb: null, cny: null, '¥': null, yuan: null,
  千: '千', 千元: '千', k: '千', '¥k': '千', thousand: '千', thousands: '千', '000': '千',
  万: '万', 万元: '万', w: '万', 万rmb: '万',
  百万: '百万', 百万元: '百万', m: '百万', mn: '百万', million: '百万', millions: '百万',
  亿: '亿', 亿元: '亿',
};

const BRACKETED = /[([【〔]([^)\]】〕]*)[)\]】〕]/gu;
const HEADER_NOISE = /[\s_\-.:：*#/、|]+/gu;

/** Lower case, half-width, brackets and punctuation removed: "本期 销售（万元）" → "本期销售". */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(BRACKETED, '').replace(HEADER_NOISE, '');
}

/** The unit named in a header's brackets, null when none or when it names no multiplier. */
function headerUnit(text: string): UnitMultiplier | null {
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(BRACKETED)) {
    const unit = UNIT_NAMES[(match[1] ?? '').replace(HEADER_NOISE, '')];
    if (unit !== undefined) return unit;
  }
  return null;
}

/**
 * Maps header cells to fields in either language. Exact names win over keywords; each field takes
 * the first column that claims it, each column serves one field. Never throws.
 */
export function recognizeColumns(header: readonly string[]): ColumnRecognition {
  const mapping: ColumnMapping = {};
  const names = header.map((cell) => (typeof cell === 'string' ? normalizeHeader(cell) : ''));
  const taken = new Set<number>();

  const claim = (field: ImportField, column: number): void => {
    if (mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  for (const field of importFields) {
    const column = names.findIndex((name, index) => !taken.has(index) && EXACT_NAMES[field].includes(name));
    if (column >= 0) claim(field, column);
  }
  names.forEach((name, column) => {
    if (name === '' || taken.has(column) || NOT_A_FIELD.some((word) => name.includes(word))) return;
    const found = KEYWORDS.find(([field, words]) => mapping[field] === undefined && words.some((word) => name.includes(word)));
    if (found) claim(found[0], column);
  });

  const units = unitsForMapping(header, mapping);
  const unrecognised = header.map((_, index) => index).filter((index) => !taken.has(index));
  return { mapping, units, unrecognised };
}

/** Units named in the headers of the columns a mapping gives to money fields. Never throws. */
export function unitsForMapping(header: readonly string[], mapping: ColumnMapping): ColumnUnits {
  const units: ColumnUnits = {};
  for (const field of moneyFields) {
    const column = mapping[field];
    const cell = column === undefined ? undefined : header[column];
    const unit = typeof cell === 'string' ? headerUnit(cell) : null;
    if (unit !== null) units[field] = unit;
  }
  return units;
}

/** What a person chose for each column in the mapping step: a field, or null to leave it out. */
export type ColumnChoice = ImportField | null;

/** The choices a recognition implies: each column's field, null for the unrecognised ones. */
export function choicesFromMapping(mapping: ColumnMapping, columnCount: number): ColumnChoice[] {
  const choices: ColumnChoice[] = Array.from({ length: Math.max(0, columnCount) }, () => null);
  for (const field of importFields) {
    const column = mapping[field];
    if (column !== undefined && column >= 0 && column < choices.length) choices[column] = field;
  }
  return choices;
}

/**
 * - 'missing-name-column' / 'missing-sales-column': no column was given the required field
 * - 'field-twice': two columns were given `field`
 */
export type ChoiceError =
  | { ok: false; error: 'missing-name-column' | 'missing-sales-column' }
  | { ok: false; error: 'field-twice'; field: ImportField };

/** Turns the per-column choices into a mapping; each field at most once, name and sales required. */
export function mappingFromChoices(choices: readonly ColumnChoice[]): { ok: true; mapping: ColumnMapping } | ChoiceError {
  const mapping: ColumnMapping = {};
  for (const [column, field] of choices.entries()) {
    if (field === null || !importFields.includes(field)) continue;
    if (mapping[field] !== undefined) return { ok: false, error: 'field-twice', field };
    mapping[field] = column;
  }
  if (mapping.name === undefined) return { ok: false, error: 'missing-name-column' };
  if (mapping.sales === undefined) return { ok: false, error: 'missing-sales-column' };
  return { ok: true, mapping };
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

