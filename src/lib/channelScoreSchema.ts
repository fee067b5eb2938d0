/**
 * The channel scorecard's zod side: the state schema (saved copy, links, JSON), the readers of what
 * people type (bounds from the schemas) and the link codec. Constructing schemas runs zod at import,
 * so the island loads this module with `import()` when the scorecard is first used (see
 * useScorecardState); everything that shows the example is in channelScore.ts, which has no zod.
 */

import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { checkAgainstSchema, parseField, type FieldError, type FieldResult } from './fields.ts';
import { decodeWholeState, encodeWholeState } from './links/wholeState.ts';
import { parseNumber } from './numbers.ts';
import { readQuery, type QueryReading } from './share.ts';
import {
  channelFlags,
  checkThresholds,
  defaultChannelState,
  DEFAULT_THRESHOLDS,
  KEY_PATTERN,
  MAX_CHANNELS,
  MAX_CRITERIA,
  MAX_ENCODED_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_SCORE,
  MAX_WEIGHT,
  MIN_SCORE,
  normaliseWeights,
  STATE_PARAM,
  thresholdKeys,
  withoutKey,
  type ChannelState,
  type LinkError,
  type ThresholdKey,
  type Thresholds,
} from './channelScore.ts';

// A refine rather than z.regex: every island's zod chunk has refine anyway, and only this schema used regex.
const keySchema = z.string().check(z.refine((key) => KEY_PATTERN.test(key)));

/** A score: 1 (poor) to 5 (excellent); decimals allowed. */
export const scoreSchema = z.number().check(z.minimum(MIN_SCORE), z.maximum(MAX_SCORE));

/** A weight: 0–1000, any scale; weights are normalised by their sum. */
export const weightSchema = z.number().check(z.minimum(0), z.maximum(MAX_WEIGHT));

/** A band threshold on the 1–5 total. */
export const thresholdSchema = z.number().check(z.minimum(MIN_SCORE), z.maximum(MAX_SCORE));

export const criterionSchema = z.object({
  /** Stable id; built-ins use defaultCriterionKeys, added ones get 'c1', 'c2', …. */
  key: keySchema,
  /** The user's name, trimmed, up to 60 characters. Absent: the UI's name for a built-in key. */
  name: z.optional(z.string().check(z.trim(), z.maxLength(MAX_LABEL_LENGTH))),
  /** Relative weight, 0–1000. */
  weight: weightSchema,
});

/**
 * Scores by criterion key, read exactly as `z.record(keySchema, scoreSchema)` reads them: an
 * object (not an array) whose keys are criterion keys and whose values are scores; a `__proto__`
 * key is dropped. Written as a custom check because the record kind would add ~0.55 KB to the zod
 * chunk every island downloads, and this was its only use on a tool page.
 */
export const scoresSchema = z
  .custom<Record<string, number>>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.entries(value).every(
        ([key, score]) => key === '__proto__' || (KEY_PATTERN.test(key) && scoreSchema.safeParse(score).success),
      ),
  )
  // Runs only on a valid map: z.custom stops at its own failure (abort), so `scores` is an object here.
  .check(z.overwrite((scores) => (Object.hasOwn(scores, '__proto__') ? withoutKey(scores, '__proto__') : scores)));

export const channelSchema = z.object({
  /** Stable id, 'ch1', 'ch2', …. */
  key: keySchema,
  /** The user's name for the channel, trimmed, up to 60 characters; may be empty while typing. */
  name: z.string().check(z.trim(), z.maxLength(MAX_LABEL_LENGTH)),
  /** Score per criterion key, 1–5. A criterion without an entry is not scored yet. Default {}. */
  scores: z._default(scoresSchema, {}),
});

export const thresholdsSchema = z
  .object({
    /** Total at or above this → 'invest'. Default 4. */
    invest: thresholdSchema,
    /** Total at or above this → 'improve'. Default 3. */
    improve: thresholdSchema,
    /** Total at or above this → 'review'; below → 'exit'. Default 2. */
    review: thresholdSchema,
  })
  .check(
    z.refine((t) => t.invest > t.improve && t.improve > t.review, {
      message: 'thresholds-not-descending',
      path: ['improve'],
    }),
  );

/** The scorecard's saved state: localStorage, JSON import, and links (see encodeChannelState). */
export const channelStateSchema = z
  .object({
    /** Up to 20 criteria, keys unique. Default: the six built-ins with DEFAULT_WEIGHTS. */
    criteria: z._default(z.array(criterionSchema).check(z.maxLength(MAX_CRITERIA)), () =>
      defaultChannelState.criteria.map((criterion) => ({ ...criterion })),
    ),
    /** Up to 50 channels, keys unique. Default none. */
    channels: z._default(z.array(channelSchema).check(z.maxLength(MAX_CHANNELS)), []),
    /** Band thresholds on the 1–5 total, strictly descending. Default 4 / 3 / 2. */
    thresholds: z._default(thresholdsSchema, () => ({ ...DEFAULT_THRESHOLDS })),
  })
  .check(
    z.refine((state) => unique(state.criteria.map((c) => c.key)), { message: 'duplicate-criterion', path: ['criteria'] }),
    z.refine((state) => unique(state.channels.map((c) => c.key)), { message: 'duplicate-channel', path: ['channels'] }),
  );

// The state's types are written out in channelScore.ts (no zod there); these fail to compile if
// the schema and the types drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statesAgree: Same<z.output<typeof channelStateSchema>, ChannelState> = true;
const thresholdsAgree: Same<z.output<typeof thresholdsSchema>, Thresholds> = true;
void statesAgree;
void thresholdsAgree;

function unique(keys: readonly string[]): boolean {
  return new Set(keys).size === keys.length;
}

// ---------------------------------------------------------------------------
// Links

/** The state as base64url JSON for a link parameter. */
export function encodeChannelState(state: ChannelState): { ok: true; text: string } | { ok: false; error: LinkError } {
  const checked = channelStateSchema.safeParse(state);
  if (!checked.success) return { ok: false, error: 'invalid-state' };
  const text = encodeWholeState(checked.data);
  return text.length > MAX_ENCODED_LENGTH ? { ok: false, error: 'too-long' } : { ok: true, text };
}

/** Reads a state written by encodeChannelState, validated by the schema. Never throws. */
export function decodeChannelState(text: string): { ok: true; state: ChannelState } | { ok: false; error: LinkError } {
  if (typeof text !== 'string') return { ok: false, error: 'not-base64' };
  if (text.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'too-long' };
  const read = decodeWholeState(text);
  if (!read.ok) return { ok: false, error: read.error === 'not-base64url' ? 'not-base64' : 'not-json' };
  const checked = channelStateSchema.safeParse(read.value);
  return checked.success ? { ok: true, state: checked.data } : { ok: false, error: 'invalid-state' };
}

// ---------------------------------------------------------------------------
// What people type, and what links carry

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

export interface ChannelLinkReading {
  /** The link's flags (present) and its other parameters, which are ignored and reported. */
  reading: QueryReading<never>;
  /** What `s` held: null when the link has none. */
  link: { ok: true; state: ChannelState } | { ok: false; error: LinkError } | null;
}

/**
 * Reads a scorecard link: the state from `s` (first one; a repeat is reported), the `present`
 * flag, and every other parameter reported as unknown. Never throws; values are never echoed.
 */
export function readChannelLink(search: string): ChannelLinkReading {
  const params = new URLSearchParams(search);
  const states = params.getAll(STATE_PARAM);
  params.delete(STATE_PARAM);
  const reading = readQuery<never>(params.toString(), [], channelFlags);
  if (states.length > 1) reading.ignored.unshift({ param: STATE_PARAM, reason: 'repeated' });
  const first = states[0];
  return { reading: { ...reading, carriesState: first !== undefined }, link: first === undefined ? null : decodeChannelState(first) };
}

/** The query string for a state: `?s=…` plus flags that are on; no `s` when it will not fit a link. */
export function writeChannelLink(state: ChannelState, flags: Readonly<Record<string, boolean>> = {}): { search: string; fits: boolean } {
  const encoded = encodeChannelState(state);
  const params = new URLSearchParams();
  if (encoded.ok) params.set(STATE_PARAM, encoded.text);
  for (const [name, on] of Object.entries(flags)) if (on) params.set(name, '1');
  const text = params.toString();
  return { search: text ? `?${text}` : '', fits: encoded.ok };
}

