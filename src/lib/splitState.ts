/**
 * The Target splitter's state (业绩目标制定与分解): its one zod schema, the typable link
 * (`?total=100万&units=华东:3,华南:2,华北:1`), the compact full-state link (`?s=…`), CSV / TSV
 * export and reading rows pasted from a spreadsheet.
 *
 * Pure module: no DOM, no UI strings. Results carry codes that the UI translates.
 *
 * Choices made here:
 * - Unit names are plain text: trimmed, 1–60 UTF-16 code units, no control characters. They are
 *   never interpreted, so `<script>` in a name is just those nine characters.
 * - The full-state link is base64url (no padding) of the UTF-8 JSON of a short-key form, version
 *   `v: 1`; it is synchronous and needs no library. Decoding checks length, alphabet, UTF-8, JSON,
 *   shape and finally the same zod schema, and never throws.
 * - CSV and TSV are written by papaparse (the project's CSV library; RFC 4180 quoting) with a
 *   formula guard on text cells; numbers are written as numbers, so a negative gap stays a number.
 * - Pasted rows are split by papaparse with a tab delimiter, which handles the quoted cells Excel
 *   writes for cells holding a tab or a line break.
 */

import Papa from 'papaparse';
import { z } from 'zod';
import { parseField, type FieldError } from './fields';
import { parseNumber, type NumberErrorCode } from './numbers';
import {
  MAX_OVER_PERCENT,
  MAX_ROUNDING_UNIT,
  MAX_SPLIT_TOTAL,
  MAX_UNIT_AMOUNT,
  seasonalityKinds,
  splitMethods,
  type MonthTable,
  type SplitSuccess,
} from './split';

// ---------------------------------------------------------------------------
// Schema

/** The most units the tool keeps: more than a page of people can read and adjust. */
export const MAX_UNITS = 500;
export const MAX_NAME_LENGTH = 60;

// Tabs, line breaks and other control characters would break CSV cells and table rows.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** A unit's name: trimmed, 1–60 UTF-16 code units, no control characters. Plain text. */
export const unitNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .refine((name) => !CONTROL_CHARACTER.test(name));

/** An amount in yuan (or a weight): 0 to 1e15. */
export const amountSchema = z.number().min(0).max(MAX_UNIT_AMOUNT);

/** Twelve amounts ≥ 0, January first. */
export const monthListSchema = z.array(amountSchema).length(12);

export const splitUnitSchema = z.object({
  /** Region, team, person or dealer. See unitNameSchema. */
  name: unitNameSchema,
  /** Last period's actual, yuan, 0–1e15. Used by 'history', 'increment', 'blend'. */
  history: amountSchema.optional(),
  /** Potential (what the unit could sell), yuan, 0–1e15. Used by 'increment', 'blend'. */
  potential: amountSchema.optional(),
  /** Manual weight for 'weights', 0–1e15, any scale (3:2:1 or 30:20:10 are the same). */
  weight: amountSchema.optional(),
  /** Smallest quota, yuan, 0–1e15. A minimum above the maximum is reported by the split. */
  min: amountSchema.optional(),
  /** Largest quota, yuan, 0–1e15. */
  max: amountSchema.optional(),
  /** The unit's own bottom-up commitment, yuan, 0–1e15; compared with its quota. */
  commitment: amountSchema.optional(),
  /** Last year's monthly actuals, 12 amounts, January first; for the 'history' month profile. */
  months: monthListSchema.optional(),
});

/** The target: whole yuan, 1 to 1e15. Default 1,000,000. */
export const totalSchema = z.number().int().min(1).max(MAX_SPLIT_TOTAL);
/** Over-assignment, percent, 0–100 (read to 0.01 point). Default 0. */
export const overPercentSchema = z.number().min(0).max(MAX_OVER_PERCENT);
/** Rounding unit, whole yuan, 1–1e12 (1, 100, 1000, 10000 are offered). Default 1. */
export const roundingUnitSchema = z.number().int().min(1).max(MAX_ROUNDING_UNIT);
/** Blend only: weight of the history share, a fraction 0–1 (the UI shows percent). Default 0.5. */
export const alphaSchema = z.number().min(0).max(1);

export const splitStateSchema = z.object({
  total: totalSchema,
  /** 'equal' | 'weights' | 'history' | 'increment' | 'blend'. Default 'weights'. */
  method: z.enum(splitMethods),
  alpha: alphaSchema,
  overPercent: overPercentSchema,
  roundingUnit: roundingUnitSchema,
  /** Month profile: 'flat' | 'spring-festival' | 'year-end' | 'retail-peaks' | 'custom' | 'history'. Default 'flat'. */
  seasonality: z.enum(seasonalityKinds),
  /** Custom month weights, 12 values 0–1e15, used when seasonality is 'custom'. */
  monthWeights: monthListSchema.optional(),
  /** 0–500 units, in the order shown. An empty list is a valid state the split reports as 'no-units'. */
  units: z.array(splitUnitSchema).max(MAX_UNITS),
});

export type SplitState = z.output<typeof splitStateSchema>;
export type SplitStateUnit = z.output<typeof splitUnitSchema>;

/** A fresh tool: ¥1,000,000 by weights, no units yet (the UI adds named examples in its language). */
export const splitDefaults: SplitState = {
  total: 1_000_000,
  method: 'weights',
  alpha: 0.5,
  overPercent: 0,
  roundingUnit: 1,
  seasonality: 'flat',
  units: [],
};

// ---------------------------------------------------------------------------
// Typable link

/**
 * Why a query parameter (or one item of `units`) was not used:
 * 'unknown', 'repeated', 'too-long', 'conflict' (both `s` and simple parameters), 'too-many'
 * (units beyond MAX_UNITS), 'malformed' (a broken `s`), a number code (empty, invalid, two-numbers,
 * negative, not-whole, too-large) or a bound code (too-small, too-big, out-of-range).
 */
export type SplitIgnoredReason =
  | 'unknown'
  | 'repeated'
  | 'too-long'
  | 'conflict'
  | 'too-many'
  | 'malformed'
  | FieldError['code'];

export interface SplitIgnoredParam {
  /** The parameter's name, cut to 32 characters. Its value is never shown back. */
  param: string;
  reason: SplitIgnoredReason;
  /** For `units`: the 1-based position of the item in the list; otherwise null. */
  item: number | null;
}

export interface SplitQueryReading {
  /** The link's valid values over splitDefaults. */
  state: SplitState;
  ignored: SplitIgnoredParam[];
  /** Whether the address carried any state parameter at all (valid or not). */
  carriesState: boolean;
}

const MAX_PARAM_NAME_SHOWN = 32;
const MAX_VALUE_LENGTH = 64;
const MAX_UNITS_VALUE_LENGTH = 40_000;
const simpleParams = ['total', 'units', 'round', 'over', 'method'] as const;
const ITEM_SEPARATOR = /[,，、;；]/u;
const WEIGHT_SEPARATOR = /[:：]/u;

function shownName(name: string): string {
  return Array.from(name).slice(0, MAX_PARAM_NAME_SHOWN).join('');
}

/** A weight as people type it in a link: money style (`3`, `30万`) or percent (`30%`). */
function parseWeight(text: string): { ok: true; value: number } | { ok: false; error: SplitIgnoredReason } {
  let parsed = parseNumber(text, { kind: 'money' });
  if (!parsed.ok && parsed.error === 'invalid') {
    const percent = parseNumber(text, { kind: 'percent' });
    if (percent.ok) parsed = percent;
  }
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const checked = amountSchema.safeParse(parsed.value);
  return checked.success ? { ok: true, value: checked.data } : { ok: false, error: 'too-big' };
}

function nameError(name: string): SplitIgnoredReason | null {
  const result = unitNameSchema.safeParse(name);
  if (result.success) return null;
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_NAME_LENGTH) return 'too-long';
  return 'invalid';
}

/** Reads `units=华东:3,华南:2,华北` (name, optional `:weight`; commas or 、 between items). */
function readUnits(value: string, ignored: SplitIgnoredParam[]): SplitStateUnit[] {
  const units: SplitStateUnit[] = [];
  const items = value.split(ITEM_SEPARATOR);
  let position = 0;
  for (const rawItem of items) {
    const item = rawItem.trim();
    if (item === '') continue; // a stray or trailing comma is not an item
    position += 1;
    if (units.length >= MAX_UNITS) {
      ignored.push({ param: 'units', reason: 'too-many', item: position });
      break;
    }
    // The last colon separates the weight, so a name may itself contain a colon when weighted.
    const colons = [...item.matchAll(new RegExp(WEIGHT_SEPARATOR, 'gu'))];
    const lastColon = colons.at(-1)?.index;
    const name = (lastColon === undefined ? item : item.slice(0, lastColon)).trim();
    const weightText = lastColon === undefined ? null : item.slice(lastColon + 1).trim();
    const badName = nameError(name);
    if (badName !== null) {
      ignored.push({ param: 'units', reason: badName, item: position });
      continue;
    }
    const unit: SplitStateUnit = { name };
    if (weightText !== null) {
      const weight = parseWeight(weightText);
      if (weight.ok) unit.weight = weight.value;
      else ignored.push({ param: 'units', reason: weight.error, item: position });
    }
    units.push(unit);
  }
  return units;
}

/**
 * Reads the typable link: `total` (money, `100万` works), `units` (`name:weight` items), `round`
 * (rounding unit), `over` (percent) and `method`. Unknown, repeated, oversized or invalid
 * parameters are left out and reported by name only. `s` is left to readStateQuery. When the
 * link gives units but no method, the method is 'weights' if any unit has a weight, else 'equal'.
 */
export function readSimpleQuery(search: string): SplitQueryReading {
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  const state: SplitState = { ...splitDefaults, units: [] };
  const ignored: SplitIgnoredParam[] = [];
  const seen = new Set<string>();
  let carriesState = false;
  let methodGiven = false;
  let unitsGiven = false;

  for (const [name, value] of params) {
    const param = shownName(name);
    if (seen.has(name)) {
      ignored.push({ param, reason: 'repeated', item: null });
      continue;
    }
    seen.add(name);
    if (name === 's') continue;
    const known = simpleParams.find((candidate) => candidate === name);
    if (known === undefined) {
      ignored.push({ param, reason: 'unknown', item: null });
      continue;
    }
    carriesState = true;
    const limit = known === 'units' ? MAX_UNITS_VALUE_LENGTH : MAX_VALUE_LENGTH;
    if (value.length > limit) {
      ignored.push({ param, reason: 'too-long', item: null });
      continue;
    }
    switch (known) {
      case 'units':
        state.units = readUnits(value, ignored);
        unitsGiven = state.units.length > 0;
        break;
      case 'method': {
        const method = splitMethods.find((candidate) => candidate === value.trim().toLowerCase());
        if (method === undefined) ignored.push({ param, reason: 'invalid', item: null });
        else {
          state.method = method;
          methodGiven = true;
        }
        break;
      }
      default: {
        const spec = numberParams[known];
        const result = parseField(value, { kind: spec.kind, schema: spec.schema });
        if (!result.ok) ignored.push({ param, reason: result.error.code, item: null });
        else if (result.value !== undefined) state[spec.key] = result.value;
      }
    }
  }
  if (unitsGiven && !methodGiven) state.method = state.units.some((unit) => unit.weight !== undefined) ? 'weights' : 'equal';
  return { state, ignored, carriesState };
}

interface NumberParam {
  key: 'total' | 'roundingUnit' | 'overPercent';
  kind: 'money' | 'count' | 'percent';
  schema: z.ZodType<number>;
}

const numberParams = {
  total: { key: 'total', kind: 'money', schema: totalSchema },
  round: { key: 'roundingUnit', kind: 'count', schema: roundingUnitSchema },
  over: { key: 'overPercent', kind: 'percent', schema: overPercentSchema },
} as const satisfies Record<string, NumberParam>;

/**
 * Reads a link: a valid `s` gives the whole state (simple parameters beside it are reported as
 * 'conflict'); otherwise the simple parameters, with a broken `s` reported by its decode error.
 */
export function readStateQuery(search: string): SplitQueryReading {
  const text = typeof search === 'string' ? search : '';
  const simple = readSimpleQuery(text);
  const encoded = new URLSearchParams(text).get('s');
  if (encoded === null) return simple;
  const decoded = decodeState(encoded);
  if (!decoded.ok) {
    return { ...simple, ignored: [{ param: 's', reason: decoded.error, item: null }, ...simple.ignored], carriesState: true };
  }
  const present = new Set(new URLSearchParams(text).keys());
  const isSimple = (param: string): boolean => simpleParams.some((name) => name === param);
  const ignored: SplitIgnoredParam[] = [
    ...simple.ignored.filter((entry) => !isSimple(entry.param)),
    ...simpleParams.filter((name) => present.has(name)).map((name) => ({ param: name, reason: 'conflict' as const, item: null })),
  ];
  return { state: decoded.state, ignored, carriesState: true };
}

/** A number as a link writes it, or null when only the full-state form keeps it exactly. */
function linkNumber(value: number): string | null {
  const text = String(value);
  return /e/i.test(text) ? null : text;
}

// encodeURIComponent refuses half a surrogate pair; such a name travels in `s` (JSON escapes it).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the state is fully said by the typable link (names, weights, total, round, over, method). */
function simpleQueryOf(state: SplitState): string | null {
  if (state.seasonality !== 'flat' || state.monthWeights !== undefined || state.alpha !== splitDefaults.alpha) return null;
  const items: string[] = [];
  for (const unit of state.units) {
    const { name, weight, ...rest } = unit;
    if (Object.values(rest).some((value) => value !== undefined)) return null;
    if (ITEM_SEPARATOR.test(name) || WEIGHT_SEPARATOR.test(name) || LONE_SURROGATE.test(name)) return null;
    const weightText = weight === undefined ? null : linkNumber(weight);
    if (weight !== undefined && weightText === null) return null;
    items.push(weightText === null ? encodeItem(name) : `${encodeItem(name)}:${weightText}`);
  }
  const total = linkNumber(state.total);
  const over = linkNumber(state.overPercent);
  if (total === null || over === null) return null;
  const parts = [`total=${total}`];
  if (items.length > 0) parts.push(`units=${items.join(',')}`);
  if (state.roundingUnit !== 1) parts.push(`round=${state.roundingUnit}`);
  if (state.overPercent !== 0) parts.push(`over=${over}`);
  const inferred = state.units.length === 0 ? splitDefaults.method : state.units.some((unit) => unit.weight !== undefined) ? 'weights' : 'equal';
  if (state.method !== inferred) parts.push(`method=${state.method}`);
  return `?${parts.join('&')}`;
}

/** Percent-encodes a name for a query value; `+` and `&` must not survive as themselves. */
function encodeItem(name: string): string {
  return encodeURIComponent(name);
}

/**
 * The shortest link for a state: the typable form when it says everything, else `?s=…`.
 * readStateQuery reads both back to the same state.
 */
export function writeStateQuery(state: SplitState): string {
  return simpleQueryOf(state) ?? `?s=${encodeState(state)}`;
}

// ---------------------------------------------------------------------------
// Full-state link

/** Longer `s` values are refused unread (a full 500-unit state with months stays below this). */
export const MAX_ENCODED_LENGTH = 500_000;
const ENCODING_VERSION = 1;

export type DecodeError = 'malformed' | 'invalid' | 'too-long';
export type DecodeResult = { ok: true; state: SplitState } | { ok: false; error: DecodeError };

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_VALUE = new Map([...BASE64URL].map((character, index) => [character, index]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1] ?? 0;
    const c = bytes[index + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const available = Math.min(3, bytes.length - index);
    for (let k = 0; k <= available; k += 1) out += BASE64URL[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let written = 0;
  for (const character of text) {
    const value = BASE64URL_VALUE.get(character);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written] = (buffer >> bits) & 0xff;
      written += 1;
    }
  }
  return bytes.subarray(0, written);
}

type CompactUnit = (string | number | number[] | null)[];

/** Short keys and unit rows as arrays: [name, history, potential, weight, min, max, commitment, months]. */
function compact(state: SplitState): Record<string, unknown> {
  const units: CompactUnit[] = state.units.map((unit) => {
    const row: CompactUnit = [
      unit.name,
      unit.history ?? null,
      unit.potential ?? null,
      unit.weight ?? null,
      unit.min ?? null,
      unit.max ?? null,
      unit.commitment ?? null,
      unit.months === undefined ? null : [...unit.months],
    ];
    while (row.length > 1 && row.at(-1) === null) row.pop();
    return row;
  });
  return {
    v: ENCODING_VERSION,
    t: state.total,
    m: state.method,
    a: state.alpha,
    o: state.overPercent,
    r: state.roundingUnit,
    p: state.seasonality,
    ...(state.monthWeights === undefined ? {} : { w: [...state.monthWeights] }),
    u: units,
  };
}

const unitKeys = ['name', 'history', 'potential', 'weight', 'min', 'max', 'commitment', 'months'] as const;

/** The short-key form back to the schema's shape; null when it is not that form at all. */
function expand(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (record['v'] !== ENCODING_VERSION || !Array.isArray(record['u'])) return null;
  const rows: unknown[] = record['u'];
  const units: Record<string, unknown>[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || row.length > unitKeys.length) return null;
    const unit: Record<string, unknown> = {};
    unitKeys.forEach((key, index) => {
      const cell: unknown = row[index];
      if (cell !== null && cell !== undefined) unit[key] = cell;
    });
    units.push(unit);
  }
  return {
    total: record['t'],
    method: record['m'],
    alpha: record['a'],
    overPercent: record['o'],
    roundingUnit: record['r'],
    seasonality: record['p'],
    ...(record['w'] === undefined ? {} : { monthWeights: record['w'] }),
    units,
  };
}

/** The whole state as a URL-safe string (base64url of UTF-8 JSON with short keys). */
export function encodeState(state: SplitState): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(compact(state))));
}

/** Reads an encodeState string back, validated by splitStateSchema. Never throws. */
export function decodeState(text: string): DecodeResult {
  if (typeof text !== 'string') return { ok: false, error: 'malformed' };
  if (text.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'too-long' };
  const bytes = fromBase64Url(text.trim());
  if (bytes === null) return { ok: false, error: 'malformed' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  const expanded = expand(parsed);
  if (expanded === null) return { ok: false, error: 'invalid' };
  const checked = splitStateSchema.safeParse(expanded);
  return checked.success ? { ok: true, state: checked.data } : { ok: false, error: 'invalid' };
}

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

type Cell = string | number | null;

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

// A text cell starting with one of these is run as a formula by spreadsheets; an apostrophe makes
// it text. Numbers are written as numbers and are not touched.
const FORMULA_START = /^[=+\-@\t\r]/;

function unparse(rows: Cell[][], delimiter: string, newline: string): string {
  return Papa.unparse(rows, { delimiter, newline, escapeFormulae: FORMULA_START, quotes: false }) + newline;
}

/**
 * CSV for Excel and WPS: UTF-8 with a BOM (so Excel reads the Chinese), CRLF after every record,
 * RFC 4180 quoting, and the formula guard on text cells.
 */
export function toCsv(plan: ExportPlan, headers: ExportHeaders): string {
  return `\uFEFF${unparse(exportRows(plan, headers), ',', '\r\n')}`;
}

/** Tab-separated text for pasting into a spreadsheet: no BOM, LF line ends, same guard. */
export function toTsv(plan: ExportPlan, headers: ExportHeaders): string {
  return unparse(exportRows(plan, headers), '\t', '\n');
}

// ---------------------------------------------------------------------------
// Paste

export type PastedCell = { ok: true; value: number | null } | { ok: false; error: NumberErrorCode };
export type PastedName = { ok: true; value: string } | { ok: false; error: 'empty' | 'too-long' | 'invalid' };

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

export const pasteColumns = ['name', 'history', 'potential', 'min', 'max', 'commitment'] as const;

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
  if (name === '') return { ok: false, error: 'empty' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, error: 'too-long' };
  return unitNameSchema.safeParse(name).success ? { ok: true, value: name } : { ok: false, error: 'invalid' };
}

function readCell(text: string | undefined): PastedCell {
  const trimmed = (text ?? '').trim();
  // Empty, or Excel's accounting-format dash: not given (no cap, no history).
  if (trimmed === '' || /^[-‐‑–—]$/u.test(trimmed)) return { ok: true, value: null };
  const parsed = parseNumber(trimmed, { kind: 'money' });
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.error };
}

/**
 * Reads a block pasted from a spreadsheet: tab-separated columns name, history, potential, min,
 * max, commitment; CRLF or LF; Excel's quoted cells; blank rows skipped; an optional header row
 * (zh or en) skipped. Every cell is read on its own, so one bad cell is marked and the rest kept.
 */
export function parsePastedRows(text: string): PasteReading {
  if (typeof text !== 'string') return { rows: [], headerSkipped: false, truncated: false };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { delimiter: '\t', header: false, skipEmptyLines: false });
  const records = parsed.data.filter((record): record is string[] => Array.isArray(record));
  const rows: PastedRow[] = [];
  let headerSkipped = false;
  let truncated = false;
  let firstContent = true;

  records.forEach((record, index) => {
    const cells = record.map((cell) => (typeof cell === 'string' ? cell : ''));
    if (cells.every((cell) => cell.trim() === '')) return;
    if (firstContent) {
      firstContent = false;
      if (looksLikeHeader(cells)) {
        headerSkipped = true;
        return;
      }
    }
    if (rows.length >= MAX_UNITS) {
      truncated = true;
      return;
    }
    rows.push({
      row: index + 1,
      name: readName(cells[0] ?? ''),
      history: readCell(cells[1]),
      potential: readCell(cells[2]),
      min: readCell(cells[3]),
      max: readCell(cells[4]),
      commitment: readCell(cells[5]),
      extraCells: cells.slice(pasteColumns.length).some((cell) => cell.trim() !== ''),
    });
  });
  return { rows, headerSkipped, truncated };
}
