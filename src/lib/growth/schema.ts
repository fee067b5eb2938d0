import * as z from 'zod/mini';
import {
  buyerShareMax,
  growthBases,
  growthFields,
  type GrowthChoiceKey,
  type GrowthKey,
} from './model';
import type { QueryNumber } from '../share';

// The growth calculator's zod side, downloaded when the tool is first used (see its codec): the
// computation and the form need none of it to show the example.

/**
 * The highest activity rate the form takes on the transactions basis, in percent: 100 transactions
 * per covered customer in a period. No cap belongs to the measure itself; this one only stops a
 * slip of the keyboard (a stray zero) from reading as a plan.
 */
export const activityRateMax = 10_000;

/** 活跃率 in percent on the transactions basis: any frequency up to activityRateMax. */
const activityRate = z.number().check(z.minimum(0), z.maximum(activityRateMax));
/** 活跃率 in percent on the buyers basis: a share of the covered customers, at most 100 %. */
const buyerShare = z.number().check(z.minimum(0), z.maximum(buyerShareMax));

/**
 * The state of the growth formula calculator: the one place that says what each field means,
 * its unit and its bounds. URL, saved state and form all go through it.
 */
export const growthStateSchema = z
  .object({
    /**
     * 口径: what the three factors measure (model.ts, growthBases). A copy saved before the
     * basis existed has none and opens on the course's transactions basis, with the same numbers.
     */
    basis: z._default(z.enum(growthBases), 'transactions'),
    /** 覆盖客户数: customers the business reaches in the period. A whole count. */
    customers: z.int().check(z.minimum(0), z.maximum(1e9)),
    /**
     * 活跃率 in percent. Transactions basis: transactions per covered customer in the period
     * (30 means 0.3 each, 150 means 1.5 each). Buyers basis: the share of covered customers who
     * ordered (30 means 30 %), at most 100 (checked below, where the basis is known).
     */
    active: activityRate,
    /** 平均成交金额 in yuan: per transaction (transactions basis) or per ordering customer (buyers basis). */
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
  })
  .check(
    z.refine((state) => state.basis !== 'buyers' || state.active <= buyerShareMax, {
      message: 'On the buyers basis the activity rate is a share: at most 100 %.',
      path: ['active'],
    }),
  );

const shape = growthStateSchema.shape;

/** The link parameters with the schema's bounds for each (the form reads fields the same way). */
export const growthQuery: readonly QueryNumber<GrowthKey>[] = growthFields.map((field) => ({ ...field, schema: shape[field.key] }));

/** The same fields with the buyers basis's bound on the activity rate (a share: at most 100 %). */
const buyersQuery: readonly QueryNumber<GrowthKey>[] = growthQuery.map((field) =>
  field.key === 'active' ? { ...field, schema: buyerShare } : field,
);

/** The number fields with the bounds of a basis (the form marks an entry over 100 % on the buyers basis). */
export function growthQueryFor(choices: Readonly<Record<GrowthChoiceKey, string>>): readonly QueryNumber<GrowthKey>[] {
  return choices.basis === 'buyers' ? buyersQuery : growthQuery;
}
