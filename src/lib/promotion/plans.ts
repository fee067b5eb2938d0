/**
 * A plan as a whole, for the builder's first paint: a blank plan, its title and file name, a copy
 * under a new identity, and reading or replacing a value by a field's dotted path. Split from
 * form.ts (which re-exports all of it) so that the builder's first download holds only this; the
 * form's parsing of typed text loads with the editors, reading a link (planQuery.ts) with the store.
 * Nothing here needs zod.
 */

import { elementCompleteness } from './completeness';
import { blankRows, elementKeys, emptyPlan, hasText, rowLists, SHORT_TEXT_MAX, type Plan, type RowList } from './planShape';

// The blank rows are plain literals in planShape.ts; this module offers them as before.
export { blankRows, rowLists, type RowList } from './planShape';

type Segment = string | number;

function segments(path: string): Segment[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The value at a dotted path ('budget.lines.0.amount'), or undefined where there is none. */
export function getAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of segments(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<Segment, unknown>)[key];
  }
  return value;
}

function setIn(container: unknown, keys: Segment[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (Array.isArray(container)) {
    if (typeof key !== 'number' || key > container.length) return container;
    const copy = container.slice();
    copy[key] = setIn(copy[key], rest, value);
    return copy;
  }
  if (container === null || typeof container !== 'object') return container;
  const record = container as Record<string, unknown>;
  return { ...record, [key]: setIn(record[String(key)], rest, value) };
}

/**
 * A copy of `root` with the value at a dotted path replaced; everything else is shared. A path
 * that leads nowhere (a row that does not exist) leaves the value as it was.
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  return setIn(root, segments(path), value) as T;
}

/** Most rows each list may have (the schema's limits). */
export const maxRows: Record<RowList, number> = {
  products: 20,
  'budget.lines': 50,
  'communication.invitations': 20,
  'evaluation.owners': 20,
  'evaluation.checkpoints': 50,
  'evaluation.actuals.metrics': 20,
};

/** An empty plan with one blank row in every list, so the form has a field to type into at once. */
export function blankPlan(options: { id?: string; now?: Date } = {}): Plan {
  let plan = emptyPlan(options);
  for (const list of rowLists) plan = setAt(plan, list, [blankRows[list]()]);
  return plan;
}

/** The plan's title: its name, else its theme, else `fallback` ("未命名方案 2"). */
export function planTitle(plan: Plan, fallback: string): string {
  return plan.name.trim() || plan.theme.title.trim() || fallback;
}

/** Whether nothing at all has been written in the plan: no name and every element empty. */
export function isBlankPlan(plan: Plan): boolean {
  return !hasText(plan.name) && elementKeys.every((element) => elementCompleteness(plan, element).status === 'empty');
}

/** The same plan under a new identity: a copy, an example loaded, an import whose id is taken. */
export function withIdentity(plan: Plan, options: { id: string; now: Date; name?: string; fresh: boolean }): Plan {
  const stamp = options.now.toISOString();
  const named = { ...plan, id: options.id.slice(0, 64), name: (options.name ?? plan.name).slice(0, SHORT_TEXT_MAX) };
  return options.fresh ? { ...named, createdAt: stamp, updatedAt: stamp, version: 1 } : named;
}

/** The query parameter that carries a shared plan (read by planQuery.ts, with the present flag). */
export const PLAN_PARAM = 'p';

/** The query parameter that opens a built-in example (`?example=tea`); its texts are in example.ts. */
export const EXAMPLE_PARAM = 'example';

/**
 * The built-in examples: the holiday air-purifier promotion (a gift offer) and Part 4's case, the
 * summer sugar-free tea promotion for small shops (a discount offer). Named here, without their
 * texts, so that the page can offer and read them before example.ts loads.
 */
export const exampleKeys = ['purifier', 'tea'] as const;
export type ExampleKey = (typeof exampleKeys)[number];

/** A file name for a plan: its title without characters file systems refuse, ending in `.json`. */
export function planFileName(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80)
    .replace(/^[.-]+|[.-]+$/g, '');
  return `${base || 'promotion-plan'}.json`;
}
