import * as z from 'zod/mini';
import { growthFields, type GrowthKey, type GrowthState } from './growthTool';
import type { QueryNumber, QueryReading } from './share';
import type { ToolDefinition } from './toolState';

// The growth calculator's zod side, downloaded when the tool is first used (useToolState): the
// computation and the form need none of it to show the example.

/**
 * The state of the growth formula calculator: the one place that says what each field means,
 * its unit and its bounds. URL, saved state and form all go through it.
 */
export const growthStateSchema = z.object({
  /** 覆盖客户数: customers the business reaches in the period. A whole count. */
  customers: z.int().check(z.minimum(0), z.maximum(1e9)),
  /** 活跃率: share of covered customers who buy in the period, in percent (30 means 30 %). */
  active: z.number().check(z.minimum(0), z.maximum(100)),
  /** 平均成交金额: average value of a deal, in yuan. */
  aov: z.number().check(z.minimum(0), z.maximum(1e12)),
  /** The goal as a multiple of current sales (2 doubles them). Used when `target` is absent. */
  goal: z.number().check(z.gt(0), z.maximum(100)),
  /** The goal as an amount in yuan; when set it replaces `goal`. */
  target: z.optional(z.number().check(z.gt(0), z.maximum(1e15))),
  /** Fixed uplifts in percent (+20 means ×1.2); a lever without one is solved by the planner. */
  upCustomers: z.optional(z.number().check(z.gt(-100), z.maximum(1000))),
  upActive: z.optional(z.number().check(z.gt(-100), z.maximum(1000))),
  upAov: z.optional(z.number().check(z.gt(-100), z.maximum(1000))),
  /** Sensitivity step in percent: what +step % on one lever alone does. */
  step: z.number().check(z.gt(-100), z.maximum(1000)),
});

const shape = growthStateSchema.shape;

/** The link parameters with the schema's bounds for each (the form reads fields the same way). */
export const growthQuery: readonly QueryNumber<GrowthKey>[] = growthFields.map((field) => ({ ...field, schema: shape[field.key] }));

/**
 * The state a link describes: its valid values over the defaults. A link that names both a
 * multiple and a target means the target (the more specific goal); the multiple is reported.
 */
export function growthStateFromLink(defaults: GrowthState, reading: QueryReading<GrowthKey>): GrowthState {
  const state: GrowthState = { ...defaults };
  for (const [key, value] of Object.entries(reading.values) as [GrowthKey, number][]) state[key] = value;
  if (reading.values.target !== undefined && reading.values.goal !== undefined) {
    reading.ignored.push({ param: 'goal', reason: 'conflict' });
  }
  return state;
}

/** What the calculator's page downloads on first use. */
export const growthDefinition: ToolDefinition<GrowthState, GrowthKey> = {
  schema: growthStateSchema,
  query: growthQuery,
  fromLink: growthStateFromLink,
};
