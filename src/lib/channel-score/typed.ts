/**
 * Reading what people type into the scorecard's number fields, with the bounds of the schema, and
 * applying what can be used to the state. Part of the engine: the island loads it on first use.
 */

import { checkAgainstSchema, parseField, type FieldError, type FieldResult } from '../fields.ts';
import { parseNumber } from '../numbers.ts';
import { checkThresholds, normaliseWeights, setScore, thresholdKeys, type ThresholdKey } from './model.ts';
import { scoreId, thresholdTexts, weightTexts, type FieldTexts } from './fields.ts';
import { scoreSchema, thresholdSchema, weightSchema, type ChannelState, type Thresholds } from './schema.ts';
import type { $ZodType } from 'zod/v4/core';

/** Reads a typed score: empty means "not scored yet" (value undefined); otherwise a number 1–5. */
export function readScoreText(text: string): FieldResult {
  if (typeof text === 'string' && text.trim() === '') return { ok: true, value: undefined };
  return readPlainDecimal(text, scoreSchema);
}

/**
 * A plain decimal such as 3.5 checked against a schema. Units that make sense for money or
 * percents (¥, 万, %, 倍) make no sense on a 1–5 scale, so they are refused rather than read.
 */
function readPlainDecimal(text: string, schema: $ZodType<number>): FieldResult {
  if (typeof text !== 'string') return { ok: false, error: { code: 'invalid' } };
  const parsed = parseNumber(text, { kind: 'money' });
  if (!parsed.ok) return { ok: false, error: { code: parsed.error } };
  if (/[%％¥￥元万亿千kKwWmM×xX倍]/.test(text)) return { ok: false, error: { code: 'invalid' } };
  return checkAgainstSchema(parsed.value, schema);
}

/** Reads a typed weight, 0–1000; "25%" is read as 25, since weights are often written as percents. */
export function readWeightText(text: string): FieldResult {
  return parseField(text, { kind: 'percent', schema: weightSchema });
}

/**
 * Reads every typed weight together, by criterion key: each must be a number 0–1000 (its error
 * sits beside its field), and one at least must be above 0 (`zero`: valid one by one, all 0).
 */
export function readWeightTexts(
  texts: Readonly<Record<string, string>>,
): { ok: true; weights: Record<string, number> } | { ok: false; errors: Record<string, FieldError>; zero: boolean } {
  const errors: Record<string, FieldError> = {};
  const weights: Record<string, number> = {};
  for (const [key, text] of Object.entries(texts)) {
    const result = readWeightText(text);
    if (result.ok && result.value !== undefined) weights[key] = result.value;
    else if (!result.ok) errors[key] = result.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, zero: false };
  return normaliseWeights(Object.values(weights)).ok ? { ok: true, weights } : { ok: false, errors, zero: true };
}

/**
 * Reads the three typed band thresholds. Each must be a number 1–5 (its error sits beside its
 * field); together they must fall strictly (`order`: they are valid one by one but not descending).
 */
export function readThresholdTexts(
  texts: Readonly<Record<ThresholdKey, string>>,
): { ok: true; thresholds: Thresholds } | { ok: false; errors: Partial<Record<ThresholdKey, FieldError>>; order: boolean } {
  const errors: Partial<Record<ThresholdKey, FieldError>> = {};
  const values: Partial<Record<ThresholdKey, number>> = {};
  for (const key of thresholdKeys) {
    const result = readPlainDecimal(texts[key] ?? '', thresholdSchema);
    if (result.ok && result.value !== undefined) values[key] = result.value;
    else if (!result.ok) errors[key] = result.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, order: false };
  const thresholds = values as Thresholds;
  return checkThresholds(thresholds) === null ? { ok: true, thresholds } : { ok: false, errors, order: true };
}

/**
 * The state with what is typed in its number fields applied: the field `changed` (weights and
 * thresholds are read as a group, so one fixed weight can make the others usable again), or every
 * field when `changed` is absent (texts typed before the engine arrived). A text that cannot be
 * used changes nothing: the results keep the last valid state.
 */
export function applyTexts(state: ChannelState, texts: FieldTexts, changed?: string): ChannelState {
  let next = state;
  const group = (prefix: string) => changed === undefined || changed.startsWith(prefix);
  if (group('weight:')) {
    const read = readWeightTexts(weightTexts(state, texts));
    if (read.ok) {
      next = { ...next, criteria: next.criteria.map((criterion) => ({ ...criterion, weight: read.weights[criterion.key] ?? criterion.weight })) };
    }
  }
  if (group('threshold:')) {
    const read = readThresholdTexts(thresholdTexts(state, texts));
    if (read.ok) next = { ...next, thresholds: read.thresholds };
  }
  for (const channel of state.channels) {
    for (const criterion of state.criteria) {
      const id = scoreId(channel.key, criterion.key);
      const text = texts[id];
      if (text === undefined || (changed !== undefined && changed !== id)) continue;
      const read = readScoreText(text);
      if (read.ok) next = setScore(next, channel.key, criterion.key, read.value ?? null);
    }
  }
  return next;
}
