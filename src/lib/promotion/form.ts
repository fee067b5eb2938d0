/**
 * What the plan builder's form needs besides the plan's own logic: reading typed numbers against
 * the plan's field schemas, editing a plan by a field's dotted path, keeping typed text in step
 * when a row is removed, list fields typed one item per line, blank rows, and the share link's
 * query. Pure functions; the island only calls them.
 */

import * as z from 'zod/mini';
import { parseField, type FieldKind, type FieldResult } from '../fields';
import { dayNumber } from './dates';
import { MAX_PHASE_DAYS } from './timetable';
import { fieldSchemas, hasText, SHORT_TEXT_MAX, type Phase, type PhaseKey } from './schema';

// The plan as a whole (blank plan, title, link query, values by path) is in plans.ts, which the
// builder's first paint loads alone; it is part of this module's interface too.
export * from './plans';
export * from './planQuery';

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
