/**
 * The Target splitter's state (业绩目标制定与分解): its one zod schema, the typable link
 * (`?total=100万&units=华东:3,华南:2,华北:1`), the compact full-state link (`?s=…`), and the
 * form as typed read into a state. Export and pasted rows are in splitSpreadsheet.ts.
 *
 * Pure module: no DOM, no UI strings. Results carry codes that the UI translates.
 *
 * Choices made here:
 * - Unit names are plain text: trimmed, 1–60 UTF-16 code units, no control characters. They are
 *   never interpreted, so `<script>` in a name is just those nine characters.
 * - The full-state link is base64url (no padding) of the UTF-8 JSON of a short-key form, version
 *   `v: 1`; it is synchronous and needs no library. Decoding checks length, alphabet, UTF-8, JSON,
 *   shape and finally the same zod schema, and never throws.
 */

import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { parseField, type FieldError } from './fields';
import { decodeWholeState, encodeWholeState } from './links/wholeState';
import { parseNumber } from './numbers';
import { readFlag } from './share';
import {
  MAX_OVER_PERCENT,
  MAX_ROUNDING_UNIT,
  MAX_SPLIT_TOTAL,
  MAX_UNIT_AMOUNT,
  seasonalityKinds,
  splitMethods,
} from './split';
import { MAX_NAME_LENGTH, MAX_UNITS, unitColumns, type AmountColumn, type SplitForm, type SplitFormErrors, type SplitFormReading, type SplitRowErrors } from './splitForm';

export * from './splitForm';

// ---------------------------------------------------------------------------
// Schema

// Tabs, line breaks and other control characters would break CSV cells and table rows.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** A unit's name: trimmed, 1–60 UTF-16 code units, no control characters. Plain text. */
export const unitNameSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(MAX_NAME_LENGTH),
  z.refine((name) => !CONTROL_CHARACTER.test(name)),
);

/** An amount in yuan (or a weight): 0 to 1e15. */
export const amountSchema = z.number().check(z.minimum(0), z.maximum(MAX_UNIT_AMOUNT));

/**
 * Twelve amounts ≥ 0, January first. Bounded with minLength and maxLength, kinds every island's
 * zod chunk has anyway, rather than z.length, which only this schema would add to it.
 */
export const monthListSchema = z.array(amountSchema).check(z.minLength(12), z.maxLength(12));

export const splitUnitSchema = z.object({
  /** Region, team, person or dealer. See unitNameSchema. */
  name: unitNameSchema,
  /** Last period's actual, yuan, 0–1e15. Used by 'history', 'increment', 'blend'. */
  history: z.optional(amountSchema),
  /** Potential (what the unit could sell), yuan, 0–1e15. Used by 'increment', 'blend'. */
  potential: z.optional(amountSchema),
  /** Manual weight for 'weights', 0–1e15, any scale (3:2:1 or 30:20:10 are the same). */
  weight: z.optional(amountSchema),
  /** Smallest quota, yuan, 0–1e15. A minimum above the maximum is reported by the split. */
  min: z.optional(amountSchema),
  /** Largest quota, yuan, 0–1e15. */
  max: z.optional(amountSchema),
  /** The unit's own bottom-up commitment, yuan, 0–1e15; compared with its quota. */
  commitment: z.optional(amountSchema),
  /** Last year's monthly actuals, 12 amounts, January first; for the 'history' month profile. */
  months: z.optional(monthListSchema),
});

/** The target: whole yuan, 1 to 1e15. Default 1,000,000. */
export const totalSchema = z.int().check(z.minimum(1), z.maximum(MAX_SPLIT_TOTAL));
/** Over-assignment, percent, 0–100 (read to 0.01 point). Default 0. */
export const overPercentSchema = z.number().check(z.minimum(0), z.maximum(MAX_OVER_PERCENT));
/** Rounding unit, whole yuan, 1–1e12 (1, 100, 1000, 10000 are offered). Default 1. */
export const roundingUnitSchema = z.int().check(z.minimum(1), z.maximum(MAX_ROUNDING_UNIT));
/** Blend only: weight of the history share, a fraction 0–1 (the UI shows percent). Default 0.5. */
export const alphaSchema = z.number().check(z.minimum(0), z.maximum(1));

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
  monthWeights: z.optional(monthListSchema),
  /** 0–500 units, in the order shown. An empty list is a valid state the split reports as 'no-units'. */
  units: z.array(splitUnitSchema).check(z.maxLength(MAX_UNITS)),
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
  | 'not-a-flag'
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
/** The typable link's parameters, in the order links write them. */
export const simpleParams = ['total', 'units', 'round', 'over', 'method'] as const;
/** The parameter that carries the whole state when the typable link cannot say it. */
export const STATE_PARAM = 's';
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

/** Why a text cannot be a unit's name. */
export type NameError = 'empty' | 'too-long' | 'invalid';

function nameError(name: string): NameError | null {
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
    if (name === STATE_PARAM) continue;
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
  schema: $ZodType<number>;
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
  const encoded = new URLSearchParams(text).get(STATE_PARAM);
  if (encoded === null) return simple;
  const decoded = decodeState(encoded);
  if (!decoded.ok) {
    return { ...simple, ignored: [{ param: STATE_PARAM, reason: decoded.error, item: null }, ...simple.ignored], carriesState: true };
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
  return encodeWholeState(compact(state));
}

/** Reads an encodeState string back, validated by splitStateSchema. Never throws. */
export function decodeState(text: string): DecodeResult {
  if (typeof text !== 'string') return { ok: false, error: 'malformed' };
  if (text.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'too-long' };
  const read = decodeWholeState(text);
  if (!read.ok) return { ok: false, error: 'malformed' };
  const expanded = expand(read.value);
  if (expanded === null) return { ok: false, error: 'invalid' };
  const checked = splitStateSchema.safeParse(expanded);
  return checked.success ? { ok: true, state: checked.data } : { ok: false, error: 'invalid' };
}

/** Whether two states are the same scenario (what their full-state links say). */
export function sameState(left: SplitState, right: SplitState): boolean {
  return encodeState(left) === encodeState(right);
}

// ---------------------------------------------------------------------------
// The page's address

/** Present mode is how the page is shown, not part of the scenario, so it sits beside the state. */
export const PRESENT_PARAM = 'present';

/** Reads the address: the scenario (readStateQuery) and whether it asks for present mode. */
export function readToolLink(search: string): { reading: SplitQueryReading; present: boolean } {
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  const flag = params.get(PRESENT_PARAM);
  params.delete(PRESENT_PARAM);
  const reading = readStateQuery(params.toString());
  const present = flag === null ? false : readFlag(flag);
  if (present === null) reading.ignored.push({ param: PRESENT_PARAM, reason: 'not-a-flag', item: null });
  return { reading, present: present === true };
}

/** The address of a scenario (writeStateQuery), with `present=1` while presenting. */
export function writeToolLink(state: SplitState, present: boolean): string {
  const query = writeStateQuery(state);
  return present ? `${query}&${PRESENT_PARAM}=1` : query;
}

/**
 * The scenario a link opens: the link's own, with the example's units when it names none (a bare
 * `?total=…`, or a broken `s` that fell back to the defaults), so the page never opens empty.
 */
export function stateFromLink(reading: SplitQueryReading, example: SplitState): SplitState {
  return reading.state.units.length > 0 ? reading.state : { ...reading.state, units: example.units };
}

// ---------------------------------------------------------------------------
// The form as typed

/** Blend's α as the form shows it: a percent, 0–100 (50 means α = 0.5). */
export const alphaPercentSchema = z.number().check(z.minimum(0), z.maximum(100));

const MONTHS = 12;
const amountColumns = unitColumns.filter((column): column is AmountColumn => column !== 'name');
const totalSpec = { kind: 'money', schema: totalSchema } as const;
const overSpec = { kind: 'percent', schema: overPercentSchema, optional: true } as const;
const roundingSpec = { kind: 'count', schema: roundingUnitSchema } as const;
const alphaSpec = { kind: 'percent', schema: alphaPercentSchema } as const;
const amountSpec = { kind: 'money', schema: amountSchema } as const;

/** Reads a weight: plain or money style (`3`, `30万`) or a percent (`30%`). Empty is undefined. */
function readWeight(text: string, optional: boolean): FieldResult {
  const money = parseField(text, { ...amountSpec, optional });
  if (money.ok || money.error.code !== 'invalid') return money;
  const percent = parseField(text, { kind: 'percent', schema: amountSchema, optional });
  return percent.ok ? percent : money;
}

type FieldResult = ReturnType<typeof parseField>;

/** Reads a unit's name cell: trimmed, or why it cannot be a name. */
export function readNameCell(text: string): { ok: true; value: string } | { ok: false; error: NameError } {
  const error = nameError(text);
  return error === null ? { ok: true, value: text.trim() } : { ok: false, error };
}

/**
 * Reads one amount cell of the units table (empty means not given). Weights also take a percent.
 */
export function readAmountCell(column: AmountColumn, text: string): FieldResult {
  return column === 'weight' ? readWeight(text, true) : parseField(text, { ...amountSpec, optional: true });
}

/**
 * Reads 12 month texts: all empty is `value: undefined`; otherwise every one must be an amount
 * (or a weight, for month weights), and `errors` has 12 entries when any is not.
 */
export function readMonthCells(texts: readonly string[], asWeights: boolean): { value: number[] | undefined; errors: (FieldError | null)[] } {
  const cells = Array.from({ length: MONTHS }, (_, month) => texts[month] ?? '');
  if (cells.every((text) => text.trim() === '')) return { value: undefined, errors: [] };
  const results = cells.map((text) => (asWeights ? readWeight(text, false) : parseField(text, amountSpec)));
  if (results.every((result) => result.ok)) return { value: results.map((result) => (result.ok ? (result.value ?? 0) : 0)), errors: [] };
  return { value: undefined, errors: results.map((result) => (result.ok ? null : result.error)) };
}

/**
 * Reads the whole form. Fields the chosen method or seasonality does not use never block the
 * result: α outside 'blend' falls back to `fallback.alpha` when it cannot be read, and a unit's
 * months outside 'history' are kept only when they can be read. Custom month weights are part of
 * the state only while they are in use, so a plain scenario keeps its short link.
 */
export function readSplitForm(form: SplitForm, fallback: SplitState): SplitFormReading {
  const errors: SplitFormErrors = { monthWeights: [], rows: [] };
  let errorCount = 0;
  /** A field's number, or undefined; its error counts only while the field is in use. */
  const read = (key: 'total' | 'over' | 'rounding' | 'alpha', result: FieldResult, inUse = true): number | undefined => {
    if (result.ok) return result.value;
    if (inUse) {
      errors[key] = result.error;
      errorCount += 1;
    }
    return undefined;
  };

  const total = read('total', parseField(form.total, totalSpec));
  const over = read('over', parseField(form.over, overSpec));
  const rounding = read('rounding', parseField(form.rounding, roundingSpec));
  const alphaPercent = read('alpha', parseField(form.alpha, alphaSpec), form.method === 'blend');

  let monthWeights: number[] | undefined;
  if (form.seasonality === 'custom') {
    const weights = readMonthCells(form.monthWeights, true);
    if (weights.value === undefined && weights.errors.length === 0) {
      // Nothing typed at all: every month needs its weight.
      errors.monthWeights = new Array<FieldError | null>(MONTHS).fill({ code: 'empty' });
    } else errors.monthWeights = weights.errors;
    errorCount += errors.monthWeights.filter((error) => error !== null).length;
    monthWeights = weights.value;
  }

  const units: SplitStateUnit[] = form.rows.map((row) => {
    const rowErrors: SplitRowErrors = { name: null, cells: {}, months: [] };
    const name = readNameCell(row.cells.name);
    if (!name.ok) {
      rowErrors.name = name.error;
      errorCount += 1;
    }
    const unit: SplitStateUnit = { name: name.ok ? name.value : '' };
    for (const column of amountColumns) {
      const result = readAmountCell(column, row.cells[column]);
      if (!result.ok) {
        rowErrors.cells[column] = result.error;
        errorCount += 1;
      } else if (result.value !== undefined) unit[column] = result.value;
    }
    const months = readMonthCells(row.months, false);
    if (form.seasonality === 'history') {
      rowErrors.months = months.errors;
      errorCount += months.errors.filter((error) => error !== null).length;
    }
    if (months.value !== undefined) unit.months = months.value;
    errors.rows.push(rowErrors);
    return unit;
  });

  if (errorCount > 0 || total === undefined || rounding === undefined) return { state: null, errors, errorCount };
  const candidate: SplitState = {
    total,
    method: form.method,
    alpha: alphaPercent === undefined ? fallback.alpha : alphaPercent / 100,
    overPercent: over ?? 0,
    roundingUnit: rounding,
    seasonality: form.seasonality,
    ...(monthWeights === undefined ? {} : { monthWeights }),
    units,
  };
  const checked = splitStateSchema.safeParse(candidate);
  return { state: checked.success ? checked.data : null, errors, errorCount };
}
