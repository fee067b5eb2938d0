/**
 * The opportunity finder's zod schemas: the saved state (the browser's storage, JSON import, the worker's
 * saved text) and the settings' link parameters. Kept apart from model.ts, which computes
 * without zod, so a page shows the example before these download (on first use, see
 * src/components/islands/opportunities/engine.ts).
 */

import * as z from 'zod/mini';
import { MAX_MAGNITUDE } from '../numbers.ts';
import {
  DEFAULT_CUTOFFS,
  DEFAULT_WILLINGNESS_THRESHOLD,
  MAX_NAME_LENGTH,
  MAX_ROWS,
  settingKinds,
  type SettingKey,
} from './model.ts';
// Types only: this module stays loadable by plain Node (bench/), whose resolver needs file extensions.
import type { QueryNumber } from '../share.ts';

/** Money in yuan: 0 to MAX_MAGNITUDE (1e15), finite. */
export const moneySchema = z.number().check(z.minimum(0), z.maximum(MAX_MAGNITUDE));

/** One customer, outlet or dealer. */
export const opportunityRowSchema = z.object({
  /** Name shown in lists and used by `picked`; trimmed, 1–200 characters. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  /** Sales this period, yuan, 0–1e15. 0 means not yet covered. */
  sales: moneySchema,
  /** Sales in the comparison period, yuan, 0–1e15; null (default) when unknown. */
  lastSales: z._default(z.nullable(moneySchema), null),
  /** What this row could sell per period, yuan, 0–1e15; null (default) when unknown. */
  potential: z._default(z.nullable(moneySchema), null),
  /** Willingness to cooperate, whole number 1 (none) – 5 (eager); null (default) when unknown. */
  willingness: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(5))), null),
  /** Region or channel, trimmed, up to 200 characters; null (default) when none. */
  region: z._default(z.nullable(z.string().check(z.trim(), z.maxLength(MAX_NAME_LENGTH))), null),
  /** Added by the user as a prospect not yet covered (counts as horizontal growth). Default false. */
  isNew: z._default(z.boolean(), false),
});

/** One ABC cut-off, percent of total sales: above 0, at most 100. */
const cutoffPercentSchema = z.number().check(z.gt(0), z.maximum(100));

/** ABC cut-offs in percent of total sales: 0 < a ≤ b ≤ 100. a = b leaves no class B. */
export const cutoffsSchema = z
  .object({
    /** Class A ends once the cumulative share reaches this, percent; default 70. */
    a: cutoffPercentSchema,
    /** Class B ends once the cumulative share reaches this, percent; default 90. */
    b: cutoffPercentSchema,
  })
  .check(z.refine((cutoffs) => cutoffs.a <= cutoffs.b, { message: 'cutoffs-not-ascending', path: ['b'] }));

/** Willingness at or above this is high: 1–5 (decimals allowed, 3.5 splits 3 from 4). */
const willingnessThresholdSchema = z.number().check(z.minimum(1), z.maximum(5));

/** The opportunity finder's saved state (the browser's storage, JSON import). */
export const opportunityStateSchema = z.object({
  /** The table, at most 50,000 rows. Default empty. */
  rows: z._default(z.array(opportunityRowSchema).check(z.maxLength(MAX_ROWS)), []),
  /** ABC cut-offs, percent. Default 70 / 90. */
  cutoffs: z._default(cutoffsSchema, { ...DEFAULT_CUTOFFS }),
  /** Potential at or above this is high, yuan 0–1e15; null (default) means the median of the rows. */
  potentialThreshold: z._default(z.nullable(moneySchema), null),
  /** Willingness at or above this is high, 1–5; default 4. */
  willingnessThreshold: z._default(willingnessThresholdSchema, DEFAULT_WILLINGNESS_THRESHOLD),
  /** Names of the rows the user picked as targets. Default empty. */
  picked: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH))).check(z.maxLength(MAX_ROWS)),
    [],
  ),
});

export type OpportunityState = z.output<typeof opportunityStateSchema>;
export type OpportunityStateRow = z.output<typeof opportunityRowSchema>;

/**
 * Query parameters of the settings (`?cut_a=60&cut_b=85&potential=50万&willing=3`). The table itself
 * never goes into a link: 20,000 rows do not fit in an address, and a link should not carry
 * customer data. Defaults are left out so an untouched tool has a clean address.
 */
export const settingsQuery: readonly QueryNumber<SettingKey>[] = [
  { key: 'cutA', param: 'cut_a', kind: settingKinds.cutA, schema: cutoffPercentSchema, omitWhen: DEFAULT_CUTOFFS.a },
  { key: 'cutB', param: 'cut_b', kind: settingKinds.cutB, schema: cutoffPercentSchema, omitWhen: DEFAULT_CUTOFFS.b },
  { key: 'potentialThreshold', param: 'potential', kind: settingKinds.potentialThreshold, schema: z.optional(moneySchema) },
  {
    key: 'willingnessThreshold',
    param: 'willing',
    kind: settingKinds.willingnessThreshold,
    schema: willingnessThresholdSchema,
    omitWhen: DEFAULT_WILLINGNESS_THRESHOLD,
  },
];
