/**
 * Reading tables that people export from Excel or WPS, the one way every tool does it: bytes
 * decoded (UTF-8, UTF-16, GB18030), then split into records by papaparse (RFC 4180 quoting, quoted
 * line breaks, delimiter guessing), never by hand: quoted commas and line breaks inside cells are
 * where hand-written splitters fail.
 *
 * - Encoding: a UTF-16 byte order mark means UTF-16 (Excel's "Unicode text" export); otherwise
 *   bytes that are valid UTF-8 are UTF-8 (BOM or not), and anything else is GB18030, the superset
 *   of GBK that Chinese Excel uses for "CSV (逗号分隔)". Bytes valid in neither are decoded with
 *   replacement characters and flagged, never refused.
 * - Line numbers are the physical line in the text (1-based, header counted) where a record
 *   starts, so a cell with a quoted line break moves later records down, as a text editor shows.
 */

import Papa from 'papaparse';

// ---------------------------------------------------------------------------
// Decoding

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: TextEncodingName;
      /** Some bytes were valid in no supported encoding and became U+FFFD. */
      replaced: boolean;
    }
  /** 'unsupported-encoding': this runtime has no GB18030 decoder (a JavaScript build without full ICU). */
  | { ok: false; error: 'not-bytes' | 'unsupported-encoding' };

/** Decodes a file's bytes to text, detecting UTF-8 / UTF-16 (by BOM) / GB18030. Never throws. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: 'not-bytes' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes);
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== null) return { ok: true, text: stripByteOrderMark(utf8), encoding: 'utf-8', replaced: false };
  return decodeWith('gb18030', bytes);
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array): DecodeResult {
  const strict = tryDecode(encoding, bytes, true);
  if (strict !== null) return { ok: true, text: stripByteOrderMark(strict), encoding, replaced: false };
  const lenient = tryDecode(encoding, bytes, false);
  if (lenient === null) return { ok: false, error: 'unsupported-encoding' };
  return { ok: true, text: stripByteOrderMark(lenient), encoding, replaced: true };
}

/** The decoded text, or null when the bytes are invalid (fatal mode) or the decoder is missing. */
function tryDecode(encoding: TextEncodingName, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

// TextDecoder drops a UTF-8/16 BOM itself; GB18030 has its own BOM that decodes to U+FEFF.
function stripByteOrderMark(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------
// Splitting into rows

export type Delimiter = ',' | '\t';

export interface TableRow {
  /** Physical line in the file where this record starts, 1-based, header counted. */
  line: number;
  /** Cells as written (quotes removed, not trimmed). */
  cells: readonly string[];
}

/**
 * - 'unclosed-quote': a quote opened at `line` never closes, so the rest of the file may sit in one cell
 * - 'stray-quote': a quoted cell at `line` has text after its closing quote
 */
export interface TableWarning {
  code: 'unclosed-quote' | 'stray-quote';
  line: number;
}

/** The non-blank records of a text, with the line each starts on. */
export interface Records {
  delimiter: Delimiter;
  records: TableRow[];
  warnings: TableWarning[];
}

/**
 * Splits CSV or TSV text into records. The delimiter (comma or tab) is guessed unless given. Blank
 * records are dropped; line numbers keep counting them. Never throws.
 */
export function readRecords(text: string, delimiter?: Delimiter): Records {
  const clean = stripByteOrderMark(text);
  const chosen = delimiter ?? guessDelimiter(clean);
  const result = Papa.parse<string[]>(clean, { delimiter: chosen, skipEmptyLines: false, header: false, dynamicTyping: false });
  const data = result.data.filter((cells): cells is string[] => Array.isArray(cells));
  const startLines = recordStartLines(data);
  const records: TableRow[] = [];
  data.forEach((cells, index) => {
    const texts = cells.map((cell) => (typeof cell === 'string' ? cell : ''));
    if (texts.some((cell) => cell.trim() !== '')) records.push({ line: startLines[index] ?? 1, cells: texts });
  });
  return { delimiter: chosen, records, warnings: readWarnings(result.errors, startLines) };
}

/**
 * papaparse guesses from consistent field counts, so blank lines must be skipped while guessing.
 * When it cannot tell (one column, or a title row above the header) the more frequent of tab and
 * comma in the first lines decides; comma wins a tie.
 */
function guessDelimiter(text: string): Delimiter {
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: [',', '\t'], skipEmptyLines: 'greedy', preview: 200 });
  const undetectable = guess.errors.some((error) => error.code === 'UndetectableDelimiter');
  if (!undetectable && (guess.meta.delimiter === ',' || guess.meta.delimiter === '\t')) return guess.meta.delimiter;
  const head = text.slice(0, 20_000);
  const tabs = head.split('\t').length - 1;
  const commas = head.split(',').length - 1;
  return tabs > commas ? '\t' : ',';
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Start line of every record: each record takes one line plus the line breaks quoted inside it. */
function recordStartLines(records: readonly (readonly string[])[]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const cells of records) {
    lines.push(line);
    line += 1;
    for (const cell of cells) line += cell.match(LINE_BREAK)?.length ?? 0;
  }
  return lines;
}

function readWarnings(errors: readonly Papa.ParseError[], startLines: readonly number[]): TableWarning[] {
  const warnings: TableWarning[] = [];
  for (const error of errors) {
    const code = error.code === 'MissingQuotes' ? 'unclosed-quote' : error.code === 'InvalidQuotes' ? 'stray-quote' : null;
    if (code === null) continue;
    const line = (error.row !== undefined ? startLines[error.row] : undefined) ?? 1;
    // Papa reports each bad quote of a record; one warning per line says it (and keeps list keys unique).
    if (warnings.some((warning) => warning.code === code && warning.line === line)) continue;
    warnings.push({ code, line });
  }
  return warnings;
}
