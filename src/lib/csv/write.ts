/**
 * Writing tables for spreadsheets (Excel, WPS, Numbers), the one way every tool does it: cells
 * joined by papaparse (RFC 4180 quoting, the project's CSV library) and one formula guard.
 */
import Papa from 'papaparse';

/** A cell: text, a number (written as given; callers round), or empty. */
export type CsvCell = string | number | null;

/**
 * Spreadsheets run a text cell starting with one of these as a formula (OWASP "CSV injection"; tab
 * and carriage return are on its list too), so such a cell gets a leading apostrophe. A plain
 * negative number is data, not a formula, and stays as it is.
 */
export const FORMULA_START = /^(?!-\d+(?:\.\d+)?$)[=+\-@\t\r]/u;

function cellText(cell: CsvCell): string {
  // `+ 0` writes -0 as 0; a non-finite number is no value at all.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell + 0) : '';
  return typeof cell === 'string' ? cell : '';
}

/** Rows as delimited text, every record ended by `newline` (the formula guard applied). */
export function writeDelimited(rows: readonly (readonly CsvCell[])[], delimiter: ',' | '\t', newline: '\r\n' | '\n'): string {
  const data = rows.map((row) => row.map(cellText));
  return Papa.unparse(data, { delimiter, newline, quotes: false, escapeFormulae: FORMULA_START }) + newline;
}

/**
 * CSV that Excel (Chinese Excel included) opens as UTF-8: a byte order mark, CRLF after every
 * record, RFC 4180 quoting and the formula guard.
 */
export function writeCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\ufeff${writeDelimited([headers, ...rows], ',', '\r\n')}`;
}

/** Tab-separated text for pasting into a spreadsheet: no byte order mark, LF, the same guard. */
export function writeTsv(rows: readonly (readonly CsvCell[])[]): string {
  return writeDelimited(rows, '\t', '\n');
}

/** The bytes of CSV text (UTF-8; the byte order mark is already part of writeCsv's text). */
export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
