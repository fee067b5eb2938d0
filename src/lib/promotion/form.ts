/**
 * What the plan builder's form needs besides the plan's own logic: reading typed numbers against
 * the plan's field schemas, editing a plan by a field's dotted path, keeping typed text in step
 * when a row is removed, list fields typed one item per line, blank rows, and the share link's
 * query. Pure functions; the island only calls them.
 */

import * as z from 'zod/mini';
import { parseField, type FieldKind, type FieldResult } from '../fields';
import { readFlag, type IgnoredParam } from '../share';
import { dayNumber } from './dates';
import { MAX_PHASE_DAYS } from './timetable';
import { elementCompleteness } from './completeness';
import {
  budgetLineSchema,
  checkpointSchema,
  elementKeys,
  emptyPlan,
  fieldSchemas,
  hasText,
  invitationSchema,
  metricValueSchema,
  ownerSchema,
  productSchema,
  SHORT_TEXT_MAX,
  type Phase,
  type PhaseKey,
  type Plan,
} from './schema';

/** The kinds of number a plan holds, named as in `fieldSchemas`. */
export type PlanNumberKind = keyof typeof fieldSchemas;

/** How each kind is typed: money and counts take 万 and ¥, percents take %. */
const typedAs: Record<PlanNumberKind, FieldKind> = {
  money: 'money',
  unitPrice: 'money',
  percent: 'percent',
  lift: 'percent',
  count: 'count',
  measure: 'money',
};

/** The kind of field a number's error message speaks of (its bounds are shown in that unit). */
export function messageKindOf(kind: PlanNumberKind): FieldKind {
  return kind === 'measure' ? 'count' : typedAs[kind];
}

/**
 * Reads a number typed into a plan field; a blank field is "not filled in" (undefined). A goal's
 * measure is in the metric's own unit, so it may be negative and may be written as money
 * (`30万`, `¥200,000`) or as a percent (`35%`).
 */
export function parsePlanNumber(text: string, kind: PlanNumberKind): FieldResult {
  const spec = { kind: typedAs[kind], schema: fieldSchemas[kind], optional: true, allowNegative: kind === 'measure' };
  const result = parseField(text, spec);
  if (kind === 'measure' && !result.ok && result.error.code === 'invalid' && /[%％]/.test(text)) {
    return parseField(text, { ...spec, kind: 'percent' });
  }
  return result;
}

/** Where a plan holds a number, and of which kind. */
const numberPaths: readonly [RegExp, PlanNumberKind][] = [
  [/^goal\.(baseline|target)$/, 'measure'],
  [/^products\.\d+\.unitPrice$/, 'unitPrice'],
  [/^offer\.discountPercent$/, 'percent'],
  [/^budget\.total$/, 'money'],
  [/^budget\.lines\.\d+\.amount$/, 'money'],
  [/^budget\.forecast\.baselineSales$/, 'money'],
  [/^budget\.forecast\.expectedLiftPercent$/, 'lift'],
  [/^budget\.forecast\.grossMarginPercent$/, 'percent'],
  [/^communication\.invitations\.\d+\.count$/, 'count'],
  [/^evaluation\.actuals\.(sales|cost)$/, 'money'],
  [/^evaluation\.actuals\.metrics\.\d+\.value$/, 'measure'],
];

/** The kind of number at a plan path, or null where the plan holds no number. */
export function numberKindOf(path: string): PlanNumberKind | null {
  return numberPaths.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}

/** The plan's lists of short texts that the form shows as one item per line. */
export const lineListPaths = ['communication.channels', 'evaluation.metrics'] as const;
export type LineListPath = (typeof lineListPaths)[number];

/**
 * Texts typed into the form that the plan could not take as they are (a number that does not
 * parse, a list over its limits), keyed by path: what to keep so a reload shows what was typed.
 */
export function draftsOf(texts: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(texts).filter(([path, text]) => {
      const kind = numberKindOf(path);
      if (kind) return !parsePlanNumber(text, kind).ok;
      if ((lineListPaths as readonly string[]).includes(path)) return linesToList(text).error !== null;
      return false;
    }),
  );
}

/** A phase length the timetable generator takes: whole days, 1 to MAX_PHASE_DAYS. */
export const phaseDaysSchema = z.int().check(z.minimum(1), z.maximum(MAX_PHASE_DAYS));

/** Reads a typed phase length in days; a blank field is an error here, since generating needs it. */
export function parsePhaseDays(text: string): FieldResult {
  return parseField(text, { kind: 'count', schema: phaseDaysSchema });
}

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

/**
 * Typed texts of fields, keyed by path, after row `removed` of the list at `listPath` is deleted:
 * that row's texts go, the rows below move up one, so each text stays beside its own row.
 */
export function shiftTexts(
  texts: Readonly<Record<string, string>>,
  listPath: string,
  removed: number,
): Record<string, string> {
  const prefix = `${listPath}.`;
  const shifted: Record<string, string> = {};
  for (const [path, text] of Object.entries(texts)) {
    if (!path.startsWith(prefix)) {
      shifted[path] = text;
      continue;
    }
    const [index, ...rest] = path.slice(prefix.length).split('.');
    const row = Number(index);
    if (!Number.isInteger(row) || row === removed) continue;
    const moved = row > removed ? row - 1 : row;
    shifted[[listPath, String(moved), ...rest].join('.')] = text;
  }
  return shifted;
}

/** Most items a one-per-line list keeps (the schema's limit for channels and metrics). */
export const MAX_LINE_ITEMS = 20;

/** - 'too-many': more than MAX_LINE_ITEMS lines; 'too-long': a line longer than SHORT_TEXT_MAX. */
export type LinesError = 'too-many' | 'too-long';

/**
 * A list typed one item per line: the lines with something on them, trimmed. What the schema
 * cannot hold (lines past the limit, the end of an overlong line) is left out of the list and
 * reported, so the caller can keep the typed text and say why.
 */
export function linesToList(text: string): { items: string[]; error: LinesError | null } {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(hasText);
  const tooLong = lines.some((line) => line.length > SHORT_TEXT_MAX);
  const items = lines.slice(0, MAX_LINE_ITEMS).map((line) => line.slice(0, SHORT_TEXT_MAX));
  return { items, error: lines.length > MAX_LINE_ITEMS ? 'too-many' : tooLong ? 'too-long' : null };
}

/** The lists of a plan that the form shows as rows, and a blank row for each. */
export const blankRows = {
  products: () => productSchema.parse({}),
  'budget.lines': () => budgetLineSchema.parse({}),
  'communication.invitations': () => invitationSchema.parse({}),
  'evaluation.owners': () => ownerSchema.parse({}),
  'evaluation.checkpoints': () => checkpointSchema.parse({}),
  'evaluation.actuals.metrics': () => metricValueSchema.parse({}),
} as const;
export type RowList = keyof typeof blankRows;
export const rowLists = Object.keys(blankRows) as RowList[];

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

/** A phase drawn on the timeline: its first day and the day after its last, as day numbers. */
export interface TimelineBar {
  key: PhaseKey;
  index: number;
  from: number;
  to: number;
}

/** The phases that have both dates in order, as bars for a timeline. */
export function timelineBars(phases: readonly Phase[]): TimelineBar[] {
  return phases.flatMap((phase, index) => {
    const from = dayNumber(phase.start);
    const to = dayNumber(phase.end);
    return from === null || to === null || from > to ? [] : [{ key: phase.key, index, from, to: to + 1 }];
  });
}

/** The query parameter that carries a shared plan, and the flag that opens present mode. */
export const PLAN_PARAM = 'p';
export const PRESENT_FLAG = 'present';

export interface PlanQuery {
  /** The share code, or null when the link carries no plan. */
  code: string | null;
  present: boolean;
  /** Parameters left out; only their names are kept, never their values. */
  ignored: IgnoredParam[];
}

/** Reads a plan builder link: `?p=<share code>` and `present=1`; anything else is reported. */
export function readPlanQuery(search: string): PlanQuery {
  const query: PlanQuery = { code: null, present: false, ignored: [] };
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(search)) {
    const shownName = name.slice(0, 32);
    if (seen.has(name)) {
      query.ignored.push({ param: shownName, reason: 'repeated' });
      continue;
    }
    seen.add(name);
    if (name === PLAN_PARAM) query.code = value;
    else if (name === PRESENT_FLAG) {
      const on = readFlag(value);
      query.present = on === true;
      if (on === null) query.ignored.push({ param: shownName, reason: 'not-a-flag' });
    }
    else query.ignored.push({ param: shownName, reason: 'unknown' });
  }
  return query;
}

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
