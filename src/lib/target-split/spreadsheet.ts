/**
 * The Target splitter and spreadsheets (Excel, WPS, Numbers): the plan exported as CSV / TSV, and
 * rows pasted from a spreadsheet read back cell by cell.
 *
 * Pure module: no DOM, no UI strings. Results carry codes that the UI translates. Kept apart from
 * the link and form modules because papaparse is large next to the rest of the tool: the page loads this
 * module only when someone pastes or exports.
 *
 * Choices made here:
 * - CSV and TSV are written by lib/csv/write.ts (papaparse, one formula guard; a negative gap
 *   stays a number).
 * - Pasted rows are split by lib/csv/read.ts with a tab delimiter, which handles the quoted cells
 *   Excel writes for cells holding a tab or a line break. A cell that cannot be read keeps its text, so
 *   the table can show it beside its message for the person to correct.
 */

import { readRecords } from '../csv/read';
import { writeCsv, writeTsv, type CsvCell } from '../csv/write';
import { parseNumber, type NumberErrorCode } from '../numbers';
import { MAX_NAME_LENGTH, MAX_UNITS, emptyRow, formNumber, type PastedColumn, type SplitFormRow } from './form';
import type { SplitSuccess } from './model';
import type { MonthTable } from './months';
import { unitNameSchema } from './schema';

// ---------------------------------------------------------------------------
// Export

/** Column headers in the UI's language; the layout and numbers do not depend on the locale. */
export interface ExportHeaders {
  unit: string;
  history: string;
  quota: string;
  /** Share of the assigned total, written in percent with 2 decimals. */
  share: string;
  /** 12 month headers, January first. */
  months: readonly string[];
  /** 4 quarter headers. */
  quarters: readonly string[];
  commitment: string;
  gap: string;
  /** Label of the last row, the totals. */
  totalRow: string;
}

export interface ExportPlan {
  split: SplitSuccess;
  /** The month table, or null to export the quotas only. */
  months: MonthTable | null;
}

type Cell = CsvCell;

/** Money as a plain number: whole yuan as is, anything else to the cent (never an exponent). */
function moneyCell(value: number | null): Cell {
  if (value === null || !Number.isFinite(value)) return null;
  return Number.isInteger(value) ? value : Math.round(value * 100) / 100;
}

/** The export as rows of cells: a header row, one row per unit, a total row. */
export function exportRows(plan: ExportPlan, headers: ExportHeaders): Cell[][] {
  const { split, months } = plan;
  const monthHeaders = Array.from({ length: 12 }, (_, index) => headers.months[index] ?? String(index + 1));
  const quarterHeaders = Array.from({ length: 4 }, (_, index) => headers.quarters[index] ?? `Q${index + 1}`);
  const withMonths = months !== null && months.rows.length === split.units.length;
  const header: Cell[] = [
    headers.unit,
    headers.history,
    headers.quota,
    headers.share,
    ...(withMonths ? [...monthHeaders, ...quarterHeaders] : []),
    headers.commitment,
    headers.gap,
  ];
  const rows: Cell[][] = split.units.map((unit, index) => {
    const row = months?.rows[index];
    return [
      unit.name,
      moneyCell(unit.history),
      unit.quota,
      Math.round(unit.share * 10_000) / 100,
      ...(withMonths ? [...(row?.months ?? []), ...(row?.quarters ?? [])] : []),
      moneyCell(unit.commitment),
      moneyCell(unit.gap),
    ];
  });
  const histories = split.units.flatMap((unit) => (unit.history === null ? [] : [unit.history]));
  const reconciliation = split.reconciliation;
  const committed = reconciliation.committedUnits > 0;
  const totalRow: Cell[] = [
    headers.totalRow,
    histories.length > 0 ? moneyCell(histories.reduce((a, b) => a + b, 0)) : null,
    split.assignedTotal,
    100,
    ...(withMonths && months !== null ? [...months.monthTotals, ...months.quarterTotals] : []),
    committed ? moneyCell(reconciliation.commitmentTotal) : null,
    committed ? moneyCell(reconciliation.gap) : null,
  ];
  return [header, ...rows, totalRow];
}

/**
 * CSV for Excel and WPS: UTF-8 with a BOM (so Excel reads the Chinese), CRLF after every record,
 * RFC 4180 quoting, and the formula guard on text cells (lib/csv/write.ts).
 */
export function toCsv(plan: ExportPlan, headers: ExportHeaders): string {
  const [header = [], ...rows] = exportRows(plan, headers);
  return writeCsv(header.map((cell) => String(cell ?? '')), rows);
}

/** Tab-separated text for pasting into a spreadsheet: no BOM, LF line ends, same guard. */
export function toTsv(plan: ExportPlan, headers: ExportHeaders): string {
  return writeTsv(exportRows(plan, headers));
}

// ---------------------------------------------------------------------------
// Paste

/** A pasted cell: its number (null when empty), or why it could not be read and its text. */
export type PastedCell = { ok: true; value: number | null } | { ok: false; error: NumberErrorCode; text: string };
/** A pasted name: the name, or why it cannot be one and its text (whitespace runs as one space). */
export type PastedName = { ok: true; value: string } | { ok: false; error: 'empty' | 'too-long' | 'invalid'; text: string };

export interface PastedRow {
  /** 1-based row in the pasted block (the header row, if any, is row 1). */
  row: number;
  name: PastedName;
  history: PastedCell;
  potential: PastedCell;
  min: PastedCell;
  max: PastedCell;
  commitment: PastedCell;
  /** The row had non-empty cells beyond the sixth column; they were ignored. */
  extraCells: boolean;
}

export interface PasteReading {
  rows: PastedRow[];
  headerSkipped: boolean;
  /** More than MAX_UNITS rows were pasted; the rest were left out. */
  truncated: boolean;
}

export const pasteColumns = ['name', 'history', 'potential', 'min', 'max', 'commitment'] as const satisfies readonly PastedColumn[];

// Words a header cell may contain, zh and en; the name column alone must match a word exactly.
const HEADER_WORDS = [
  'name', 'unit', 'region', 'team', 'dealer', 'person', 'rep', 'history', 'last', 'actual', 'potential',
  'min', 'max', 'floor', 'cap', 'commit',
  '名称', '名字', '姓名', '单位', '区域', '大区', '地区', '团队', '经销商', '门店', '人员', '销售',
  '历史', '去年', '上年', '上期', '实际', '业绩', '潜力', '最低', '最小', '下限', '保底',
  '最高', '最大', '上限', '封顶', '承诺',
];

function normalizeHeader(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

function isNumberCell(text: string): boolean {
  return parseNumber(text, { kind: 'money', allowNegative: true }).ok;
}

function looksLikeHeader(cells: readonly string[]): boolean {
  const [name = '', ...rest] = cells.slice(0, pasteColumns.length);
  if (rest.some((cell) => isNumberCell(cell))) return false;
  const nameCell = normalizeHeader(name);
  if (HEADER_WORDS.includes(nameCell)) return true;
  return rest.some((cell) => {
    const text = normalizeHeader(cell);
    return text !== '' && HEADER_WORDS.some((word) => text.includes(word));
  });
}

function readName(text: string): PastedName {
  // A quoted cell may hold line breaks or tabs; in a name they are just spaces.
  const name = text.replace(/\s+/gu, ' ').trim();
  if (name === '') return { ok: false, error: 'empty', text: name };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, error: 'too-long', text: name };
  return unitNameSchema.safeParse(name).success ? { ok: true, value: name } : { ok: false, error: 'invalid', text: name };
}

function readCell(text: string | undefined): PastedCell {
  const trimmed = (text ?? '').trim();
  // Empty, or Excel's accounting-format dash: not given (no cap, no history).
  if (trimmed === '' || /^[-‐‑–—]$/u.test(trimmed)) return { ok: true, value: null };
  const parsed = parseNumber(trimmed, { kind: 'money' });
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.error, text: trimmed };
}

/**
 * Reads a block pasted from a spreadsheet: tab-separated columns name, history, potential, min,
 * max, commitment; CRLF or LF; Excel's quoted cells; blank rows skipped; an optional header row
 * (zh or en) skipped. Every cell is read on its own, so one bad cell is marked and the rest kept.
 */
export function parsePastedRows(text: string): PasteReading {
  if (typeof text !== 'string') return { rows: [], headerSkipped: false, truncated: false };
  const { records } = readRecords(text, '\t');
  const rows: PastedRow[] = [];
  let headerSkipped = false;
  let truncated = false;
  let firstContent = true;

  for (const { line, cells } of records) {
    if (firstContent) {
      firstContent = false;
      if (looksLikeHeader(cells)) {
        headerSkipped = true;
        continue;
      }
    }
    if (rows.length >= MAX_UNITS) {
      truncated = true;
      continue;
    }
    rows.push({
      row: line,
      name: readName(cells[0] ?? ''),
      history: readCell(cells[1]),
      potential: readCell(cells[2]),
      min: readCell(cells[3]),
      max: readCell(cells[4]),
      commitment: readCell(cells[5]),
      extraCells: cells.slice(pasteColumns.length).some((cell) => cell.trim() !== ''),
    });
  }
  return { rows, headerSkipped, truncated };
}

/** What a paste comes to, for the line that reports it. */
export interface PasteSummary {
  rows: number;
  headerSkipped: boolean;
  /** Cells of the six columns that could not be read. */
  badCells: number;
  /** Some row had cells beyond the sixth column. */
  extraCells: boolean;
  /** Rows past MAX_UNITS were left out. */
  truncated: boolean;
}

export function pasteSummary(reading: PasteReading): PasteSummary {
  let badCells = 0;
  for (const row of reading.rows) {
    for (const column of pasteColumns) if (!row[column].ok) badCells += 1;
  }
  return {
    rows: reading.rows.length,
    headerSkipped: reading.headerSkipped,
    badCells,
    extraCells: reading.rows.some((row) => row.extraCells),
    truncated: reading.truncated,
  };
}

/** The texts a pasted row puts into the table: each value read, or the text of a cell that was not. */
export function pastedRowCells(row: PastedRow): Record<PastedColumn, string> {
  const cell = (value: PastedCell): string => (value.ok ? (value.value === null ? '' : formNumber(value.value)) : value.text);
  return {
    name: row.name.ok ? row.name.value : row.name.text,
    history: cell(row.history),
    potential: cell(row.potential),
    min: cell(row.min),
    max: cell(row.max),
    commitment: cell(row.commitment),
  };
}

/**
 * Reads a block of numbers pasted from a spreadsheet (monthly actuals) as rows of cell texts:
 * tab-separated, blank rows skipped, a first row without any number taken for a header and skipped.
 * The cells are left as text; the form reads each one and marks the ones it cannot.
 */
export function readPastedGrid(text: string): { rows: string[][]; headerSkipped: boolean } {
  if (typeof text !== 'string') return { rows: [], headerSkipped: false };
  const rows = readRecords(text, '\t').records.map(({ cells }) => cells.map((cell) => cell.trim()));
  const first = rows[0];
  const headerSkipped = first !== undefined && !first.some((cell) => isNumberCell(cell));
  return { rows: headerSkipped ? rows.slice(1) : rows, headerSkipped };
}

/**
 * Writes pasted rows into the table from row `at` on, the way a spreadsheet pastes: each pasted
 * row overwrites the six pasted columns of the row it lands on (its weight and months stay), rows
 * past the end are added, and rows beyond MAX_UNITS are left out and counted in `dropped`.
 */
export function placePastedRows(
  rows: readonly SplitFormRow[],
  pasted: readonly Readonly<Record<PastedColumn, string>>[],
  at: number,
  nextId: () => number,
): { rows: SplitFormRow[]; dropped: number } {
  const start = Math.max(0, Math.min(Math.trunc(at), rows.length));
  const result = [...rows];
  let dropped = 0;
  pasted.forEach((cells, offset) => {
    const index = start + offset;
    if (index >= MAX_UNITS) {
      dropped += 1;
      return;
    }
    const current = result[index] ?? emptyRow(nextId());
    result[index] = { ...current, cells: { ...cells, weight: current.cells.weight } };
  });
  return { rows: result, dropped };
}

const MONTHS = 12;

/**
 * Writes a block of numbers pasted into the months grid, from row `at` and month `month` on:
 * rightwards and downwards, as a spreadsheet does. Cells past December or the last row are left
 * out and counted in `dropped`.
 */
export function placePastedMonths(
  rows: readonly SplitFormRow[],
  block: readonly (readonly string[])[],
  at: number,
  month: number,
): { rows: SplitFormRow[]; dropped: number } {
  const result = [...rows];
  let dropped = 0;
  block.forEach((line, offset) => {
    const index = at + offset;
    const row = result[index];
    if (row === undefined) {
      dropped += line.length;
      return;
    }
    const months = [...row.months];
    line.forEach((text, column) => {
      if (month + column < MONTHS) months[month + column] = text;
      else dropped += 1;
    });
    result[index] = { ...row, months };
  });
  return { rows: result, dropped };
}
