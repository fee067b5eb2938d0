/**
 * The Target splitter's state (业绩目标制定与分解) as one zod schema: what each field means, its unit
 * and its bounds, the state a fresh tool starts from, and what makes a unit's name. Links and the
 * saved copy (link.ts, codec.ts) and the form (formReading.ts) read into this.
 *
 * Pure module: no DOM, no UI strings. Unit names are plain text: trimmed, 1–60 UTF-16 code units,
 * no control characters. They are never interpreted, so `<script>` in a name is just those nine
 * characters.
 */

import * as z from 'zod/mini';
import { MAX_NAME_LENGTH, MAX_UNITS } from './form';
import { MAX_OVER_PERCENT, MAX_ROUNDING_UNIT, MAX_SPLIT_TOTAL, MAX_UNIT_AMOUNT, seasonalityKinds, splitMethods } from './model';

// Tabs, line breaks and other control characters would break CSV cells and table rows.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** A unit's name: trimmed, 1–60 UTF-16 code units, no control characters. Plain text. */
export const unitNameSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(MAX_NAME_LENGTH),
  z.refine((name) => !CONTROL_CHARACTER.test(name)),
);

/** An amount in yuan (or a weight): 0 to 1e15. */
export const amountSchema = z.number().check(z.minimum(0), z.maximum(MAX_UNIT_AMOUNT));

/**
 * Twelve amounts ≥ 0, January first. Bounded with minLength and maxLength, kinds every island's
 * zod chunk has anyway, rather than z.length, which only this schema would add to it.
 */
export const monthListSchema = z.array(amountSchema).check(z.minLength(12), z.maxLength(12));

export const splitUnitSchema = z.object({
  /** Region, team, person or dealer. See unitNameSchema. */
  name: unitNameSchema,
  /** Last period's actual, yuan, 0–1e15. Used by 'history', 'increment', 'blend'. */
  history: z.optional(amountSchema),
  /** Potential (what the unit could sell), yuan, 0–1e15. Used by 'increment', 'blend'. */
  potential: z.optional(amountSchema),
  /** Manual weight for 'weights', 0–1e15, any scale (3:2:1 or 30:20:10 are the same). */
  weight: z.optional(amountSchema),
  /** Smallest quota, yuan, 0–1e15. A minimum above the maximum is reported by the split. */
  min: z.optional(amountSchema),
  /** Largest quota, yuan, 0–1e15. */
  max: z.optional(amountSchema),
  /** The unit's own bottom-up commitment, yuan, 0–1e15; compared with its quota. */
  commitment: z.optional(amountSchema),
  /** Last year's monthly actuals, 12 amounts, January first; for the 'history' month profile. */
  months: z.optional(monthListSchema),
});

/** The target: whole yuan, 1 to 1e15. Default 1,000,000. */
export const totalSchema = z.int().check(z.minimum(1), z.maximum(MAX_SPLIT_TOTAL));
/** Over-assignment, percent, 0–100 (read to 0.01 point). Default 0. */
export const overPercentSchema = z.number().check(z.minimum(0), z.maximum(MAX_OVER_PERCENT));
/** Rounding unit, whole yuan, 1–1e12 (1, 100, 1000, 10000 are offered). Default 1. */
export const roundingUnitSchema = z.int().check(z.minimum(1), z.maximum(MAX_ROUNDING_UNIT));
/** Blend only: weight of the history share, a fraction 0–1 (the UI shows percent). Default 0.5. */
export const alphaSchema = z.number().check(z.minimum(0), z.maximum(1));

export const splitStateSchema = z.object({
  total: totalSchema,
  /** 'equal' | 'weights' | 'history' | 'increment' | 'blend'. Default 'weights'. */
  method: z.enum(splitMethods),
  alpha: alphaSchema,
  overPercent: overPercentSchema,
  roundingUnit: roundingUnitSchema,
  /** Month profile: 'flat' | 'spring-festival' | 'year-end' | 'retail-peaks' | 'custom' | 'history'. Default 'flat'. */
  seasonality: z.enum(seasonalityKinds),
  /** Custom month weights, 12 values 0–1e15, used when seasonality is 'custom'. */
  monthWeights: z.optional(monthListSchema),
  /** 0–500 units, in the order shown. An empty list is a valid state the split reports as 'no-units'. */
  units: z.array(splitUnitSchema).check(z.maxLength(MAX_UNITS)),
});

export type SplitState = z.output<typeof splitStateSchema>;
export type SplitStateUnit = z.output<typeof splitUnitSchema>;

/** A fresh tool: ¥1,000,000 by weights, no units yet (the UI adds named examples in its language). */
export const splitDefaults: SplitState = {
  total: 1_000_000,
  method: 'weights',
  alpha: 0.5,
  overPercent: 0,
  roundingUnit: 1,
  seasonality: 'flat',
  units: [],
};

/** Why a text cannot be a unit's name. */
export type NameError = 'empty' | 'too-long' | 'invalid';

export function nameError(name: string): NameError | null {
  const result = unitNameSchema.safeParse(name);
  if (result.success) return null;
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_NAME_LENGTH) return 'too-long';
  return 'invalid';
}


/** Blend's α as the form shows it: a percent, 0–100 (50 means α = 0.5). */
export const alphaPercentSchema = z.number().check(z.minimum(0), z.maximum(100));
