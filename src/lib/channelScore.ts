/**
 * Channel scorecard (渠道评估): weighted 1–5 scores per channel, a weighted total, a competition
 * rank and a recommendation band.
 *
 * Pure module: no DOM, no UI strings. Criterion and channel names are user text or come from the
 * UI by key; results carry codes the UI translates. Numbers are never NaN or ±Infinity.
 *
 * Rules chosen here (each is tested):
 * - Weights are any numbers 0–1000; they are divided by their sum, so 5/3/2 means 50 %/30 %/20 %.
 *   All weights 0 is an error ('zero-weights'), as is an empty list ('no-criteria').
 * - A channel missing a score (or holding one outside 1–5) on a criterion with weight above 0 is
 *   'incomplete': it gets no total, rank or band, and its cells say which scores are missing.
 *   A criterion with weight 0 does not count, so a missing score there does not matter.
 * - Totals: Σ weight × score ÷ Σ weight on the 1–5 scale, and (total − 1) ÷ 4 × 100 on 0–100, so
 *   all 1s is 0 and all 5s is 100.
 * - Rank: competition ranking by total among complete channels ("1, 1, 3"); totals equal to
 *   9 decimals tie (float sums of different weights may differ in the last bit). Ties are listed
 *   by name, then position.
 * - Bands: total ≥ invest → 'invest', ≥ improve → 'improve', ≥ review → 'review', else 'exit';
 *   boundaries inclusive, compared on the total rounded to 9 decimals. Thresholds must be 1–5 and
 *   strictly descending.
 */

import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { checkAgainstSchema, parseField, type FieldError, type FieldResult } from './fields.ts';
import { parseNumber, roundTo } from './numbers.ts';
import { readQuery, type QueryReading } from './share.ts';

// ---------------------------------------------------------------------------
// State

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MAX_WEIGHT = 1000;
export const MAX_CRITERIA = 20;
export const MAX_CHANNELS = 50;
export const MAX_LABEL_LENGTH = 60;
/** Longest state text accepted from a link; longer ones are not read at all. */
export const MAX_ENCODED_LENGTH = 8000;

/** The built-in criteria, by key; the UI names them in each language. */
export const defaultCriterionKeys = ['sales', 'growth', 'margin', 'collection', 'coverage', 'cooperation'] as const;

/** Keys are short ids that stay stable when the name changes: a-z, 0-9 and '-', up to 32 characters. */
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
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

export type Thresholds = z.output<typeof thresholdsSchema>;
export const DEFAULT_THRESHOLDS: Thresholds = { invest: 4, improve: 3, review: 2 };

/** Default weights, summing to 100 for readability (any sum works). */
export const DEFAULT_WEIGHTS: Readonly<Record<(typeof defaultCriterionKeys)[number], number>> = {
  sales: 25,
  growth: 15,
  margin: 20,
  collection: 15,
  coverage: 10,
  cooperation: 15,
};

/** The scorecard's saved state: localStorage, JSON import, and links (see encodeChannelState). */
export const channelStateSchema = z
  .object({
    /** Up to 20 criteria, keys unique. Default: the six built-ins with DEFAULT_WEIGHTS. */
    criteria: z._default(z.array(criterionSchema).check(z.maxLength(MAX_CRITERIA)), () =>
      defaultCriterionKeys.map((key) => ({ key, weight: DEFAULT_WEIGHTS[key] })),
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

export type ChannelState = z.output<typeof channelStateSchema>;
export type Criterion = z.output<typeof criterionSchema>;
export type Channel = z.output<typeof channelSchema>;

export const defaultChannelState: ChannelState = channelStateSchema.parse({});

function unique(keys: readonly string[]): boolean {
  return new Set(keys).size === keys.length;
}

// ---------------------------------------------------------------------------
// Weights

/**
 * - 'no-criteria': nothing to score against
 * - 'zero-weights': every weight is 0
 * - 'invalid-weight': the weight at `index` is not a number 0–1000
 */
export type WeightError = { ok: false; error: 'no-criteria' | 'zero-weights' } | { ok: false; error: 'invalid-weight'; index: number };

/** Weights divided by their sum, so they add up to 1. Never throws. */
export function normaliseWeights(weights: readonly number[]): { ok: true; weights: number[] } | WeightError {
  if (!Array.isArray(weights) || weights.length === 0) return { ok: false, error: 'no-criteria' };
  const index = weights.findIndex((w) => !(typeof w === 'number' && w >= 0 && w <= MAX_WEIGHT));
  if (index >= 0) return { ok: false, error: 'invalid-weight', index };
  const sum = weights.reduce((total, w) => total + w, 0);
  if (sum === 0) return { ok: false, error: 'zero-weights' };
  return { ok: true, weights: weights.map((w) => w / sum) };
}

// ---------------------------------------------------------------------------
// Bands

export type Band = 'invest' | 'improve' | 'review' | 'exit';
export const bands: readonly Band[] = ['invest', 'improve', 'review', 'exit'];

/**
 * - 'invalid-thresholds': a threshold is not a number 1–5
 * - 'thresholds-not-descending': not invest > improve > review
 */
export type ThresholdError = 'invalid-thresholds' | 'thresholds-not-descending';

export function checkThresholds(thresholds: Thresholds): ThresholdError | null {
  const values = [thresholds?.invest, thresholds?.improve, thresholds?.review];
  if (!values.every((v) => typeof v === 'number' && v >= MIN_SCORE && v <= MAX_SCORE)) return 'invalid-thresholds';
  return thresholds.invest > thresholds.improve && thresholds.improve > thresholds.review ? null : 'thresholds-not-descending';
}

/** Band of a 1–5 total; boundaries inclusive. Assumes checked thresholds. */
export function bandOf(total: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Band {
  const value = roundTo(total, 9);
  if (value >= thresholds.invest) return 'invest';
  if (value >= thresholds.improve) return 'improve';
  if (value >= thresholds.review) return 'review';
  return 'exit';
}

// ---------------------------------------------------------------------------
// Ranking

/**
 * Competition ranks ("1, 1, 3") for values, higher first; values equal to 9 decimals share a rank.
 * Returns one rank per input value, in input order.
 */
export function competitionRanks(values: readonly number[]): number[] {
  const rounded = values.map((value) => roundTo(value, 9));
  return rounded.map((value) => 1 + rounded.filter((other) => other > value).length);
}

// ---------------------------------------------------------------------------
// Scorecard

/** - 'missing': no score yet; - 'out-of-range': a score that is not a number 1–5 */
export type CellCode = 'missing' | 'out-of-range';

export interface ScoreCell {
  criterion: string;
  /** The score, or null when missing or out of range. */
  score: number | null;
  code: CellCode | null;
  /** Normalised weight × score: this criterion's part of the total; null without a score. */
  contribution: number | null;
}

export interface ChannelResult {
  key: string;
  name: string;
  /** Position in the state's channel list. */
  index: number;
  /** 'incomplete': a weighted criterion lacks a valid score; total, rank and band are null. */
  status: 'complete' | 'incomplete';
  /** One cell per criterion, in criteria order. */
  cells: ScoreCell[];
  /** Weighted total on the 1–5 scale. */
  total: number | null;
  /** The total on 0–100: (total − 1) ÷ 4 × 100. */
  percent: number | null;
  rank: number | null;
  band: Band | null;
}

export interface WeightShare {
  key: string;
  weight: number;
  /** weight ÷ Σ weights; the shares add up to 1. */
  share: number;
}

export type ScorecardError =
  | WeightError
  | { ok: false; error: ThresholdError }
  | { ok: false; error: 'duplicate-criterion' | 'duplicate-channel'; key: string };

export type ScorecardResult =
  | {
      ok: true;
      weights: WeightShare[];
      /** Complete channels by rank (ties by name, then position), then incomplete ones in list order. */
      channels: ChannelResult[];
      /** How many channels are complete. */
      ranked: number;
    }
  | ScorecardError;

export interface ScorecardInput {
  readonly criteria: readonly { readonly key: string; readonly weight: number }[];
  readonly channels: readonly {
    readonly key: string;
    readonly name: string;
    readonly scores: Readonly<Record<string, number | undefined>>;
  }[];
  readonly thresholds: Thresholds;
}

function firstDuplicate(keys: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
}

function readScore(scores: Readonly<Record<string, number | undefined>> | undefined, key: string): Pick<ScoreCell, 'score' | 'code'> {
  const value = scores !== undefined && Object.hasOwn(scores, key) ? scores[key] : undefined;
  if (value === undefined || value === null) return { score: null, code: 'missing' };
  if (typeof value === 'number' && value >= MIN_SCORE && value <= MAX_SCORE) return { score: value, code: null };
  return { score: null, code: 'out-of-range' };
}

/** Scores every channel, ranks the complete ones and bands them. Never throws. */
export function scoreChannels(input: ScorecardInput): ScorecardResult {
  const criteria = Array.isArray(input?.criteria) ? input.criteria : [];
  const channelList = Array.isArray(input?.channels) ? input.channels : [];
  const normalised = normaliseWeights(criteria.map((criterion) => criterion?.weight));
  if (!normalised.ok) return normalised;
  const duplicateCriterion = firstDuplicate(criteria.map((criterion) => criterion.key));
  if (duplicateCriterion !== null) return { ok: false, error: 'duplicate-criterion', key: duplicateCriterion };
  const duplicateChannel = firstDuplicate(channelList.map((channel) => channel?.key));
  if (duplicateChannel !== null) return { ok: false, error: 'duplicate-channel', key: duplicateChannel };
  const thresholdError = checkThresholds(input.thresholds);
  if (thresholdError !== null) return { ok: false, error: thresholdError };

  const shares = normalised.weights;
  const results = channelList.map((channel, index): ChannelResult => {
    const cells = criteria.map((criterion, position): ScoreCell => {
      const read = readScore(channel?.scores, criterion.key);
      const contribution = read.score === null ? null : shares[position]! * read.score;
      return { criterion: criterion.key, ...read, contribution };
    });
    const complete = cells.every((cell, position) => cell.code === null || criteria[position]!.weight === 0);
    const total = complete ? weightedTotal(criteria, cells) : null;
    return {
      key: channel?.key ?? '',
      name: typeof channel?.name === 'string' ? channel.name : '',
      index,
      status: complete ? 'complete' : 'incomplete',
      cells,
      total,
      percent: total === null ? null : ((total - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)) * 100,
      rank: null,
      band: total === null ? null : bandOf(total, input.thresholds),
    };
  });

  const complete = results.filter((result) => result.total !== null);
  const ranks = competitionRanks(complete.map((result) => result.total ?? 0));
  complete.forEach((result, position) => {
    result.rank = ranks[position] ?? null;
  });
  complete.sort(
    (left, right) =>
      (left.rank ?? 0) - (right.rank ?? 0) || (left.name < right.name ? -1 : left.name > right.name ? 1 : 0) || left.index - right.index,
  );
  const incomplete = results.filter((result) => result.total === null);
  return {
    ok: true,
    weights: criteria.map((criterion, position) => ({ key: criterion.key, weight: criterion.weight, share: shares[position]! })),
    channels: [...complete, ...incomplete],
    ranked: complete.length,
  };
}

/** Σ weight × score ÷ Σ weight over weighted criteria, held inside 1–5 against float drift. */
function weightedTotal(criteria: ScorecardInput['criteria'], cells: readonly ScoreCell[]): number {
  let weighted = 0;
  let weights = 0;
  cells.forEach((cell, position) => {
    const weight = criteria[position]!.weight;
    if (weight > 0 && cell.score !== null) {
      weighted += weight * cell.score;
      weights += weight;
    }
  });
  return Math.min(MAX_SCORE, Math.max(MIN_SCORE, weighted / weights));
}

// ---------------------------------------------------------------------------
// Editing helpers (pure: each returns a new state)

/** The first `prefix` + n (n = 1, 2, …) not already used. */
export function nextKey(prefix: string, used: readonly string[]): string {
  const taken = new Set(used);
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function addCriterion(state: ChannelState, name: string, weight = 10): ChannelState {
  const key = nextKey('c', state.criteria.map((c) => c.key));
  return { ...state, criteria: [...state.criteria, { key, name: name.trim().slice(0, MAX_LABEL_LENGTH), weight }] };
}

/** Removes the criterion and every channel's score for it. */
export function removeCriterion(state: ChannelState, key: string): ChannelState {
  return {
    ...state,
    criteria: state.criteria.filter((c) => c.key !== key),
    channels: state.channels.map((channel) => ({ ...channel, scores: withoutKey(channel.scores, key) })),
  };
}

/** Renames or re-weights a criterion; an empty name goes back to the UI's built-in name. */
export function updateCriterion(state: ChannelState, key: string, change: { name?: string; weight?: number }): ChannelState {
  return {
    ...state,
    criteria: state.criteria.map((criterion) => {
      if (criterion.key !== key) return criterion;
      const name = (change.name ?? criterion.name ?? '').trim().slice(0, MAX_LABEL_LENGTH);
      const updated = { key: criterion.key, weight: change.weight ?? criterion.weight };
      return name === '' ? updated : { ...updated, name };
    }),
  };
}

export function renameChannel(state: ChannelState, key: string, name: string): ChannelState {
  return {
    ...state,
    channels: state.channels.map((channel) =>
      channel.key === key ? { ...channel, name: name.trim().slice(0, MAX_LABEL_LENGTH) } : channel,
    ),
  };
}

export function addChannel(state: ChannelState, name: string): ChannelState {
  const key = nextKey('ch', state.channels.map((c) => c.key));
  return { ...state, channels: [...state.channels, { key, name: name.trim().slice(0, MAX_LABEL_LENGTH), scores: {} }] };
}

export function removeChannel(state: ChannelState, key: string): ChannelState {
  return { ...state, channels: state.channels.filter((c) => c.key !== key) };
}

/** Sets one score; null clears it. */
export function setScore(state: ChannelState, channelKey: string, criterionKey: string, score: number | null): ChannelState {
  return {
    ...state,
    channels: state.channels.map((channel) =>
      channel.key !== channelKey
        ? channel
        : { ...channel, scores: score === null ? withoutKey(channel.scores, criterionKey) : { ...channel.scores, [criterionKey]: score } },
    ),
  };
}

function withoutKey(scores: Readonly<Record<string, number>>, key: string): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).filter(([k]) => k !== key));
}

// ---------------------------------------------------------------------------
// Links

/**
 * - 'invalid-state': the state fails the schema (encode), or the decoded JSON does (decode)
 * - 'too-long': longer than MAX_ENCODED_LENGTH
 * - 'not-base64': not base64url text
 * - 'not-json': the decoded bytes are not UTF-8 JSON
 */
export type LinkError = 'invalid-state' | 'too-long' | 'not-base64' | 'not-json';

/** The state as base64url JSON for a link parameter. */
export function encodeChannelState(state: ChannelState): { ok: true; text: string } | { ok: false; error: LinkError } {
  const checked = channelStateSchema.safeParse(state);
  if (!checked.success) return { ok: false, error: 'invalid-state' };
  const text = toBase64Url(new TextEncoder().encode(JSON.stringify(checked.data)));
  return text.length > MAX_ENCODED_LENGTH ? { ok: false, error: 'too-long' } : { ok: true, text };
}

/** Reads a state written by encodeChannelState, validated by the schema. Never throws. */
export function decodeChannelState(text: string): { ok: true; state: ChannelState } | { ok: false; error: LinkError } {
  if (typeof text !== 'string') return { ok: false, error: 'not-base64' };
  if (text.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'too-long' };
  const bytes = fromBase64Url(text);
  if (bytes === null) return { ok: false, error: 'not-base64' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const checked = channelStateSchema.safeParse(value);
  return checked.success ? { ok: true, state: checked.data } : { ok: false, error: 'invalid-state' };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// What people type, what links carry, and the example the page opens with

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

export type ThresholdKey = keyof Thresholds;
export const thresholdKeys: readonly ThresholdKey[] = ['invest', 'improve', 'review'];

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

/** The link parameter that carries the whole state. */
export const STATE_PARAM = 's';
/** Flags a link may carry besides the state. */
export const channelFlags = ['present'] as const;

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

/** Whether two states say the same thing (scores compared by criterion, whatever their order). */
export function sameChannelState(left: ChannelState, right: ChannelState): boolean {
  return canonical(left) === canonical(right);
}

function canonical(state: ChannelState): string {
  return JSON.stringify({
    criteria: state.criteria.map((c) => [c.key, c.name ?? null, c.weight]),
    channels: state.channels.map((c) => [c.key, c.name, Object.entries(c.scores).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]),
    thresholds: [state.thresholds.invest, state.thresholds.improve, state.thresholds.review],
  });
}

/**
 * The Part 3 case (new-channels chapter): wholesale, supermarkets and restaurants scored on the
 * six built-in criteria weighted 25/20/20/15/10/10, banded at 3.5 / 2.8 / 2 so the totals
 * 3.45 / 2.55 / 3.65 fall where the case's decisions put them. Illustrative numbers.
 */
export const exampleScores = {
  weights: { sales: 25, growth: 20, margin: 20, collection: 15, coverage: 10, cooperation: 10 },
  channels: [
    { sales: 5, growth: 2, margin: 2, collection: 4, coverage: 5, cooperation: 3 },
    { sales: 4, growth: 1, margin: 4, collection: 1, coverage: 2, cooperation: 2 },
    { sales: 1, growth: 5, margin: 5, collection: 4, coverage: 3, cooperation: 5 },
  ],
  thresholds: { invest: 3.5, improve: 2.8, review: 2 },
} as const satisfies {
  weights: Record<(typeof defaultCriterionKeys)[number], number>;
  channels: readonly Record<(typeof defaultCriterionKeys)[number], number>[];
  thresholds: Thresholds;
};

/** The example state, with the channels named in the page's language (wholesale, supermarkets, restaurants). */
export function channelExample(names: readonly [string, string, string]): ChannelState {
  return channelStateSchema.parse({
    criteria: defaultCriterionKeys.map((key) => ({ key, weight: exampleScores.weights[key] })),
    channels: exampleScores.channels.map((scores, index) => ({ key: `ch${index + 1}`, name: names[index], scores: { ...scores } })),
    thresholds: { ...exampleScores.thresholds },
  });
}

/** Most channels a radar chart compares; more lines than this cannot be told apart. */
export const MAX_RADAR_CHANNELS = 5;

/**
 * The channels on the radar: the ones chosen that still exist, in list order, at most five.
 * Before anyone has chosen (null), the first five.
 */
export function radarChannelKeys(channels: readonly { key: string }[], chosen: readonly string[] | null): string[] {
  const keys = channels.map((c) => c.key);
  const picked = chosen === null ? keys : keys.filter((key) => chosen.includes(key));
  return picked.slice(0, MAX_RADAR_CHANNELS);
}
