/**
 * The Target splitter's links: the typable one (`?total=100万&units=华东:3,华南:2,华北:1`), the
 * compact whole-state one (`?s=…`, through lib/links/wholeState) and the page's address with its
 * present flag. codec.ts offers these to the saved-tool hook as a ToolCodec.
 *
 * Pure module: no DOM, no UI strings. Results carry codes that the UI translates. The whole-state
 * link is base64url (no padding) of the UTF-8 JSON of a short-key form, version `v: 1`; decoding
 * checks length, alphabet, UTF-8, JSON, shape and finally the same zod schema, and never throws.
 */

import type { $ZodType } from 'zod/v4/core';
import { parseField, type FieldError } from '../fields';
import { decodeWholeState, encodeWholeState } from '../links/wholeState';
import { parseNumber } from '../numbers';
import { readFlag } from '../share';
import { MAX_UNITS } from './form';
import { splitMethods } from './model';
import {
  amountSchema,
  nameError,
  overPercentSchema,
  roundingUnitSchema,
  splitDefaults,
  splitStateSchema,
  totalSchema,
  type SplitState,
  type SplitStateUnit,
} from './schema';


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
