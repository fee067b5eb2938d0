import type { z } from 'zod';
import { parseNumber, type NumberErrorCode } from './numbers';

/** How one numeric field of a tool is read: what people type, and what the state schema allows. */
export interface NumberFieldSpec {
  kind: 'money' | 'percent' | 'count';
  allowNegative?: boolean;
  /** The zod schema of the field in the tool's state: the one place that states its bounds. */
  schema: z.ZodType<number | undefined>;
  /** Whether an empty field means "not set" (an optional lever) rather than an error. */
  optional?: boolean;
}

export type FieldError =
  | { code: NumberErrorCode }
  | { code: 'too-small'; limit: number; inclusive: boolean }
  | { code: 'too-big'; limit: number; inclusive: boolean }
  | { code: 'out-of-range' };

export type FieldResult = { ok: true; value: number | undefined } | { ok: false; error: FieldError };

/** Reads one field: parses the text as people type it, then checks it against the state schema. */
export function parseField(text: string, spec: NumberFieldSpec): FieldResult {
  if (spec.optional && text.trim() === '') return { ok: true, value: undefined };
  const parsed = parseNumber(text, spec.allowNegative ? { kind: spec.kind, allowNegative: true } : { kind: spec.kind });
  if (!parsed.ok) return { ok: false, error: { code: parsed.error } };
  return checkAgainstSchema(parsed.value, spec.schema);
}

/** Checks a number against a field schema and turns zod's verdict into a field error. */
export function checkAgainstSchema(value: number, schema: z.ZodType<number | undefined>): FieldResult {
  const result = schema.safeParse(value);
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
