import { parseField, type FieldError, type NumberFieldSpec } from './fields';
import { plainNumber } from './numbers';

// Re-exported for the modules that already read numbers and links together.
export { plainNumber };

/** A numeric query parameter of a tool, bound to a key of the tool's state. */
export interface QueryNumber<Key extends string> extends NumberFieldSpec {
  key: Key;
  param: string;
  /** A value links leave out because it is the default (keeps typed links short). */
  omitWhen?: number;
}

/** Why a query parameter was not used. */
export type IgnoredReason = 'unknown' | 'repeated' | 'too-long' | 'conflict' | 'not-a-flag' | FieldError['code'];

export interface IgnoredParam {
  /** The parameter's name, cut to a safe length. Its value is never shown back. */
  param: string;
  reason: IgnoredReason;
}

export interface QueryReading<Key extends string> {
  values: Partial<Record<Key, number>>;
  /** Flags such as `present=1`, read as booleans. */
  flags: Record<string, boolean>;
  ignored: IgnoredParam[];
  /** Whether the address carried any state parameter at all (valid or not). */
  carriesState: boolean;
}

/** Longer values are not something a person typed or a tool wrote: ignore them unread. */
const maxValueLength = 64;
const maxParamNameShown = 32;

/**
 * Reads a tool's state from a query string. Each parameter is parsed as people type (`30万`
 * works in a link too) and checked against the state schema; anything unknown, repeated,
 * oversized or invalid is left out and reported, never passed on.
 */
export function readQuery<Key extends string>(
  search: string,
  fields: readonly QueryNumber<Key>[],
  flagNames: readonly string[] = [],
): QueryReading<Key> {
  const params = new URLSearchParams(search);
  const byParam = new Map(fields.map((field) => [field.param, field]));
  const values: Partial<Record<Key, number>> = {};
  const flags: Record<string, boolean> = {};
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  let carriesState = false;

  for (const [name, value] of params) {
    const shownName = name.slice(0, maxParamNameShown);
    if (seen.has(name)) {
      ignored.push({ param: shownName, reason: 'repeated' });
      continue;
    }
    seen.add(name);

    if (flagNames.includes(name)) {
      const on = readFlag(value);
      flags[name] = on === true;
      if (on === null) ignored.push({ param: shownName, reason: 'not-a-flag' });
      continue;
    }
    const field = byParam.get(name);
    if (!field) {
      ignored.push({ param: shownName, reason: 'unknown' });
      continue;
    }
    carriesState = true;
    if (value.length > maxValueLength) {
      ignored.push({ param: shownName, reason: 'too-long' });
      continue;
    }
    const result = parseField(value, { ...field, optional: false });
    if (result.ok && result.value !== undefined) values[field.key] = result.value;
    else if (!result.ok) ignored.push({ param: shownName, reason: result.error.code });
  }
  return { values, flags, ignored, carriesState };
}

/**
 * A flag's value as links write it: on for `''`, `1` or `true`, off for `0` or `false`. Anything else
 * is null, so the caller leaves the flag off and reports it instead of dropping it silently.
 */
export function readFlag(value: string): boolean | null {
  if (value === '' || value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

/**
 * Writes state back as a short query string that a trainer can read aloud and type:
 * parameters in the fields' order, plain numbers without exponents, unset values left out.
 */
export function writeQuery<Key extends string>(
  values: Partial<Record<Key, number | undefined>>,
  fields: readonly QueryNumber<Key>[],
  flags: Record<string, boolean> = {},
): string {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = values[field.key];
    if (value !== undefined && Number.isFinite(value) && value !== field.omitWhen) {
      params.set(field.param, plainNumber(value));
    }
  }
  for (const [name, on] of Object.entries(flags)) if (on) params.set(name, '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
