/**
 * The channel scorecard's state as zod reads it (saved copy, links, JSON): what each field means,
 * its bounds, its defaults. The state's types are this schema's output. Constructing schemas runs
 * zod at import, so the island reaches this module only through its engine, on first use.
 */

import * as z from 'zod/mini';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WEIGHTS,
  defaultCriterionKeys,
  KEY_PATTERN,
  MAX_CHANNELS,
  MAX_CRITERIA,
  MAX_LABEL_LENGTH,
  MAX_SCORE,
  MAX_WEIGHT,
  MIN_SCORE,
} from './model.ts';

const keySchema = z.string().check(z.regex(KEY_PATTERN));

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

/** Scores by criterion key, 1–5. A criterion without an entry is not scored yet. */
export const scoresSchema = z.record(keySchema, scoreSchema);

export const channelSchema = z.object({
  /** Stable id, 'ch1', 'ch2', …. */
  key: keySchema,
  /** The user's name for the channel, trimmed, up to 60 characters; may be empty while typing. */
  name: z.string().check(z.trim(), z.maxLength(MAX_LABEL_LENGTH)),
  /** Score per criterion key. Default {}. */
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

/** The scorecard's saved state: the browser's storage, JSON import, and links (see codec.ts). */
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

export type Criterion = z.output<typeof criterionSchema>;
export type Channel = z.output<typeof channelSchema>;
/** Band thresholds on the 1–5 total, strictly descending. */
export type Thresholds = z.output<typeof thresholdsSchema>;
/** The scorecard's state: up to 20 criteria, up to 50 channels, the band lines. */
export type ChannelState = z.output<typeof channelStateSchema>;

/** What the schema reads from `{}`: the six built-ins with DEFAULT_WEIGHTS, no channels, 4 / 3 / 2. */
export const defaultChannelState: ChannelState = channelStateSchema.parse({});

function unique(keys: readonly string[]): boolean {
  return new Set(keys).size === keys.length;
}
