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

/**
 * A query parameter that picks one of a few named options (`basis=buyers`), bound to a key of the
 * tool's state. Options are written in lower case; a link may write them in any case.
 */
export interface QueryChoice<Key extends string> {
  key: Key;
  param: string;
  options: readonly string[];
  /** The option links leave out because it is the default (keeps typed links short). */
  omitWhen?: string;
}

/** Why a query parameter was not used. */
export type IgnoredReason =
  | 'unknown'
  | 'repeated'
  | 'too-long'
  | 'conflict'
  | 'not-a-flag'
  | 'not-an-option'
  | FieldError['code'];

export interface IgnoredParam {
  /** The parameter's name, cut to a safe length. Its value is never shown back. */
  param: string;
  reason: IgnoredReason;
}

export interface QueryReading<Key extends string, ChoiceKey extends string = never> {
  values: Partial<Record<Key, number>>;
  /** The options the link picked, each one of its parameter's options (readQuery always sets it). */
  choices?: Partial<Record<ChoiceKey, string>>;
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
 * Reads a tool's state from a query string. Each number is parsed as people type (`30万` works
 * in a link too) and checked against the state schema; a choice must name one of its options.
 * Anything unknown, repeated, oversized or invalid is left out and reported, never passed on.
 */
export function readQuery<Key extends string, ChoiceKey extends string = never>(
  search: string,
  fields: readonly QueryNumber<Key>[],
  flagNames: readonly string[] = [],
  choiceFields: readonly QueryChoice<ChoiceKey>[] = [],
): QueryReading<Key, ChoiceKey> {
  const params = new URLSearchParams(search);
  const byParam = new Map(fields.map((field) => [field.param, field]));
  const choiceByParam = new Map(choiceFields.map((choice) => [choice.param, choice]));
  const values: Partial<Record<Key, number>> = {};
  const choices: Partial<Record<ChoiceKey, string>> = {};
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
    const choice = choiceByParam.get(name);
    if (!field && !choice) {
      ignored.push({ param: shownName, reason: 'unknown' });
      continue;
    }
    carriesState = true;
    if (value.length > maxValueLength) {
      ignored.push({ param: shownName, reason: 'too-long' });
      continue;
    }
    if (field) {
      const result = parseField(value, { ...field, optional: false });
      if (result.ok && result.value !== undefined) values[field.key] = result.value;
      else if (!result.ok) ignored.push({ param: shownName, reason: result.error.code });
    } else if (choice) {
      const option = choice.options.find((candidate) => candidate === value.trim().toLowerCase());
      if (option === undefined) ignored.push({ param: shownName, reason: 'not-an-option' });
      else choices[choice.key] = option;
    }
  }
  return { values, choices, flags, ignored, carriesState };
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
 * parameters in the fields' order, plain numbers without exponents, unset values and default
 * options left out, then the choices, then the flags that are on.
 */
export function writeQuery<Key extends string, ChoiceKey extends string = never>(
  values: { readonly [K in NoInfer<Key>]?: number | undefined } & { readonly [K in NoInfer<ChoiceKey>]?: string | undefined },
  fields: readonly QueryNumber<Key>[],
  flags: Record<string, boolean> = {},
  choiceFields: readonly QueryChoice<ChoiceKey>[] = [],
): string {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = values[field.key];
    if (value !== undefined && Number.isFinite(value) && value !== field.omitWhen) {
      params.set(field.param, plainNumber(value));
    }
  }
  for (const choice of choiceFields) {
    const value = values[choice.key];
    if (value !== undefined && choice.options.includes(value) && value !== choice.omitWhen) params.set(choice.param, value);
  }
  for (const [name, on] of Object.entries(flags)) if (on) params.set(name, '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
