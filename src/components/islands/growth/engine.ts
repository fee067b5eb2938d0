// What the growth calculator downloads on first use (see useGrowthState): the link and saved-copy
// codec with the zod schema, the fields' bounds and the reader of typed numbers. The island never
// imports it statically.
import { safeParse, type $ZodType } from 'zod/v4/core';
import { parseFields } from '../../../lib/fields';
import { growthCodec } from '../../../lib/growth/codec';
import type { GrowthState } from '../../../lib/growth/model';
import { growthQuery, growthQueryFor, growthStateSchema } from '../../../lib/growth/schema';

export const engine = {
  ...growthCodec,
  /** The number fields with their bounds (the link's parameters). */
  query: growthQuery,
  /** The same fields with the bounds of a basis (a buyer share is at most 100 %). */
  queryFor: growthQueryFor,
  parseFields,
  /** Whether a field's schema takes no value (an optional lever). */
  isOptional: (schema: $ZodType<number | undefined>) => safeParse(schema, undefined).success,
  /** Checks a whole state put together from the fields; the state as the schema reads it, or null. */
  checkState: (candidate: unknown): GrowthState | null => {
    const parsed = safeParse(growthStateSchema, candidate);
    return parsed.success ? parsed.data : null;
  },
};
export type GrowthEngine = typeof engine;
