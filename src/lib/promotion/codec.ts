/**
 * The plan builder's links, as a ToolCodec: a whole plan in `p` (its share code: base64url of the
 * exported JSON, read back like an imported file), a built-in example named by `example`, and
 * `present=1`. Saved plans are kept one key each by planStore.ts, in the same envelope version.
 */

import type { LinkReading, ToolCodec } from '../savedTool';
import { encodePlan } from './envelope';
import { PLAN_STORE_VERSION } from './planStore';
import { PLAN_PARAM, type ExampleKey } from './plans';
import { PRESENT_FLAG, readPlanQuery } from './planQuery';
import { planSchema, type Plan } from './schema';
import { decodePlan, type ImportError } from './transfer';

/** What a builder link says besides a plan. */
export interface PlanLinkExtra {
  /** The built-in example the link asks for (its texts are fetched by the page), or null. */
  example: ExampleKey | null;
  /** Why the link's plan could not be read, or null when it had none or it was read. */
  errors: ImportError[] | null;
}

export type PlanLinkReading = LinkReading<Plan, PlanLinkExtra>;

export const planCodec: ToolCodec<Plan, PlanLinkExtra> = {
  version: PLAN_STORE_VERSION,
  schema: planSchema,
  /** A plan's link opens on its plan; a broken one or an example's on `example` (the page makes the example). */
  readLink(search, { example }): PlanLinkReading {
    const query = readPlanQuery(search);
    const decoded = query.code === null ? null : decodePlan(query.code);
    return {
      carriesState: query.code !== null || query.example !== null,
      state: decoded?.ok ? decoded.plan : example,
      present: query.present,
      ignored: query.ignored,
      extra: { example: query.example, errors: decoded && !decoded.ok ? decoded.errors : null },
    };
  },
  writeLink(plan, present) {
    return `?${PLAN_PARAM}=${encodePlan(plan)}${present ? `&${PRESENT_FLAG}=1` : ''}`;
  },
};
