import { safeParse, type $ZodType } from 'zod/v4/core';
import { parseNumber, type NumberErrorCode } from './numbers';

/**
 * What a field holds. `multiple` is a plain factor such as 2 or 1.5 (optionally written `2倍`,
 * `2x` or `×2`); the other kinds are numbers.ts's.
 */
export type FieldKind = 'money' | 'percent' | 'count' | 'multiple';

/** How one numeric field of a tool is read: what people type, and what the state schema allows. */
export interface NumberFieldSpec {
  kind: FieldKind;
  allowNegative?: boolean;
  /** The zod schema of the field in the tool's state: the one place that states its bounds. */
  schema: $ZodType<number | undefined>;
  /** Whether an empty field means "not set" (an optional lever) rather than an error. */
  optional?: boolean;
}

export type FieldError =
  | { code: NumberErrorCode }
  | { code: 'too-small'; limit: number; inclusive: boolean }
  | { code: 'too-big'; limit: number; inclusive: boolean }
  | { code: 'out-of-range' };

export type FieldResult = { ok: true; value: number | undefined } | { ok: false; error: FieldError };

const multipleMark = /^\s*[×xX]\s*|\s*(?:倍|[×xX])\s*$/g;

/** Reads one field: parses the text as people type it, then checks it against the state schema. */
export function parseField(text: string, spec: NumberFieldSpec): FieldResult {
  if (spec.optional && text.trim() === '') return { ok: true, value: undefined };
  const parsed = parseNumber(
    spec.kind === 'multiple' ? text.replace(multipleMark, '') : text,
    // A multiple is read like a count that may have decimals; a percent sign makes no sense on it.
    { kind: spec.kind === 'multiple' ? 'money' : spec.kind, allowNegative: spec.allowNegative ?? false },
  );
  if (!parsed.ok) return { ok: false, error: { code: parsed.error } };
  if (spec.kind === 'multiple' && /[%％¥￥元万亿千kKwWmM]/.test(text)) return { ok: false, error: { code: 'invalid' } };
  return checkAgainstSchema(parsed.value, spec.schema);
}

/** Checks a number against a field schema and turns zod's verdict into a field error. */
export function checkAgainstSchema(value: number, schema: $ZodType<number | undefined>): FieldResult {
  const result = safeParse(schema, value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (issue?.code === 'too_small' && typeof issue.minimum === 'number') {
    return { ok: false, error: { code: 'too-small', limit: issue.minimum, inclusive: issue.inclusive ?? true } };
  }
  if (issue?.code === 'too_big' && typeof issue.maximum === 'number') {
    return { ok: false, error: { code: 'too-big', limit: issue.maximum, inclusive: issue.inclusive ?? true } };
  }
  if (issue?.code === 'invalid_type' && issue.expected === 'int') return { ok: false, error: { code: 'not-whole' } };
  return { ok: false, error: { code: 'out-of-range' } };
}

/**
 * Reads every field of a form. `values` holds the fields that parsed; `errors` the ones that did
 * not, so a view can mark exactly those and keep the rest.
 */
export function parseFields<Key extends string>(
  texts: Readonly<Record<Key, string>>,
  specs: Readonly<Record<Key, NumberFieldSpec>>,
): { values: Partial<Record<Key, number>>; errors: Partial<Record<Key, FieldError>> } {
  const values: Partial<Record<Key, number>> = {};
  const errors: Partial<Record<Key, FieldError>> = {};
  for (const key of Object.keys(specs) as Key[]) {
    const result = parseField(texts[key] ?? '', specs[key]);
    if (!result.ok) errors[key] = result.error;
    else if (result.value !== undefined) values[key] = result.value;
  }
  return { values, errors };
}
