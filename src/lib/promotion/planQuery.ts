/**
 * Reading a plan builder link. It uses the link codec's flag reader (share.ts, which brings the
 * number fields and zod), so the builder loads it with the plan store, never at first paint: a
 * visit without a query string has nothing to read.
 */

import { readFlag, type IgnoredParam } from '../share';
import { EXAMPLE_PARAM, exampleKeys, PLAN_PARAM, type ExampleKey } from './plans';

/** The flag that opens present mode. */
export const PRESENT_FLAG = 'present';

export interface PlanQuery {
  /** The share code, or null when the link carries no plan. */
  code: string | null;
  /** The built-in example the link asks for, or null; a link with a plan (`p`) never has one. */
  example: ExampleKey | null;
  present: boolean;
  /** Parameters left out; only their names are kept, never their values. */
  ignored: IgnoredParam[];
}

/**
 * Reads a plan builder link: `?p=<share code>`, `?example=<key>` and `present=1`; anything else is
 * reported. An example that is not one of exampleKeys is reported by name, never by its value; with
 * a plan in the link too, the plan wins and the example is reported as a conflict.
 */
export function readPlanQuery(search: string): PlanQuery {
  const query: PlanQuery = { code: null, example: null, present: false, ignored: [] };
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(search)) {
    const shownName = name.slice(0, 32);
    if (seen.has(name)) {
      query.ignored.push({ param: shownName, reason: 'repeated' });
      continue;
    }
    seen.add(name);
    if (name === PLAN_PARAM) query.code = value;
    else if (name === EXAMPLE_PARAM) {
      const key = exampleKeys.find((candidate) => candidate === value);
      if (key) query.example = key;
      else query.ignored.push({ param: shownName, reason: value === '' ? 'empty' : 'out-of-range' });
    } else if (name === PRESENT_FLAG) {
      const on = readFlag(value);
      query.present = on === true;
      if (on === null) query.ignored.push({ param: shownName, reason: 'not-a-flag' });
    } else query.ignored.push({ param: shownName, reason: 'unknown' });
  }
  if (query.code !== null && query.example !== null) {
    query.ignored.push({ param: EXAMPLE_PARAM, reason: 'conflict' });
    query.example = null;
  }
  return query;
}
