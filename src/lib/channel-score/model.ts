/**
 * Channel scorecard (渠道评估): weighted 1–5 scores per channel, a weighted total, a competition
 * rank and a recommendation band.
 *
 * Pure module: no DOM, no UI strings, no zod (the state's schema and types are in schema.ts, the
 * readers of typed text in typed.ts, the link codec in codec.ts; a page downloads those when the
 * scorecard is first used). Criterion and channel names are user text or come from the UI by key;
 * results carry codes the UI translates. Numbers are never NaN or ±Infinity.
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

import { roundTo } from '../numbers.ts';
import type { ChannelState, Thresholds } from './schema.ts';

// ---------------------------------------------------------------------------
// Bounds (the schema in schema.ts checks them; its types are the state's)

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
export const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** One of the built-in criteria. */
export type CriterionKey = (typeof defaultCriterionKeys)[number];

export const DEFAULT_THRESHOLDS: Thresholds = { invest: 4, improve: 3, review: 2 };

/** Default weights, summing to 100 for readability (any sum works). */
export const DEFAULT_WEIGHTS: Readonly<Record<CriterionKey, number>> = {
  sales: 25,
  growth: 15,
  margin: 20,
  collection: 15,
  coverage: 10,
  cooperation: 15,
};

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

export function withoutKey(scores: Readonly<Record<string, number>>, key: string): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).filter(([k]) => k !== key));
}

// ---------------------------------------------------------------------------
// Band lines by key

export type ThresholdKey = keyof Thresholds;
export const thresholdKeys: readonly ThresholdKey[] = ['invest', 'improve', 'review'];

// ---------------------------------------------------------------------------
// The example the page opens with, the radar

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
  weights: Record<CriterionKey, number>;
  channels: readonly Record<CriterionKey, number>[];
  thresholds: Thresholds;
};

/** The example state, with the channels named in the page's language (wholesale, supermarkets, restaurants). */
export function channelExample(names: readonly [string, string, string]): ChannelState {
  // Built as the schema would read it (a unit test checks), so the first paint needs no schema.
  return {
    criteria: defaultCriterionKeys.map((key) => ({ key, weight: exampleScores.weights[key] })),
    channels: exampleScores.channels.map((scores, index) => ({
      key: `ch${index + 1}`,
      name: names[index]!.trim().slice(0, MAX_LABEL_LENGTH),
      scores: { ...scores },
    })),
    thresholds: { ...exampleScores.thresholds },
  };
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
