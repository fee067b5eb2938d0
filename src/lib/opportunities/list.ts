/**
 * What the opportunity finder's page does with an analysis: filter, page, group and pick its rows.
 * Pure, like the analysis it reads.
 */

import type { AbcClass, AnalysedRow, OpportunityState, OpportunityTotals, Quadrant } from './model.ts';
import { compareText, totalsOf } from './model.ts';

export interface RowFilter {
  /** Keep rows of these classes (null: unclassified). Absent or empty: no constraint. */
  readonly classes?: readonly (AbcClass | null)[];
  /** Keep rows in these quadrants (null: no quadrant). Absent or empty: no constraint. */
  readonly quadrants?: readonly (Quadrant | null)[];
  /** Keep rows of these regions (null: no region). Absent or empty: no constraint. */
  readonly regions?: readonly (string | null)[];
}

/** The rows that pass every given constraint, in their given order. */
export function filterRows(rows: readonly AnalysedRow[], filter: RowFilter = {}): AnalysedRow[] {
  const allows = <T>(choices: readonly T[] | undefined, value: T): boolean =>
    choices === undefined || choices.length === 0 || choices.includes(value);
  return rows.filter(
    (row) =>
      allows(filter.classes, row.abcClass) &&
      allows(filter.quadrants, row.quadrant) &&
      allows(filter.regions, row.region),
  );
}

/** 'all': no constraint; 'none': rows without one (unclassified, unplaced, no region). */
export type ClassChoice = AbcClass | 'none' | 'all';
export type QuadrantChoice = Quadrant | 'none' | 'all';
export type RegionChoice = { kind: 'all' } | { kind: 'none' } | { kind: 'region'; region: string };

/** The filters of the ranked list, one choice each. */
export interface ListFilterChoice {
  abcClass: ClassChoice;
  quadrant: QuadrantChoice;
  region: RegionChoice;
}

export const allRows: ListFilterChoice = {
  abcClass: 'all',
  quadrant: 'all',
  region: { kind: 'all' },
};

/** The filter of filterRows for a set of choices. */
export function rowFilterOf(choice: ListFilterChoice): RowFilter {
  return {
    classes: choice.abcClass === 'all' ? [] : [choice.abcClass === 'none' ? null : choice.abcClass],
    quadrants: choice.quadrant === 'all' ? [] : [choice.quadrant === 'none' ? null : choice.quadrant],
    regions: choice.region.kind === 'all' ? [] : [choice.region.kind === 'none' ? null : choice.region.region],
  };
}

export interface Page<T> {
  items: T[];
  /** 1-based page shown, clamped to the pages there are. */
  page: number;
  /** At least 1, so an empty list still has its (empty) first page. */
  pageCount: number;
  /** 1-based positions of the first and last item shown; 0 and 0 for an empty list. */
  first: number;
  last: number;
}

/** One page of a list; a page number out of range shows the nearest page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const perPage = Number.isInteger(size) && size > 0 ? size : 1;
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const wanted = Number.isFinite(page) ? Math.trunc(page) : 1;
  const current = Math.min(pageCount, Math.max(1, wanted));
  const start = (current - 1) * perPage;
  const shown = items.slice(start, start + perPage);
  return {
    items: shown,
    page: current,
    pageCount,
    first: shown.length ? start + 1 : 0,
    last: start + shown.length,
  };
}

/** The regions of the rows in name order, and whether some rows have none. */
export function regionsOf(rows: readonly Pick<AnalysedRow, 'region'>[]): {
  regions: string[];
  hasNone: boolean;
} {
  const found = new Set<string>();
  let hasNone = false;
  for (const row of rows) {
    if (row.region === null) hasNone = true;
    else found.add(row.region);
  }
  return { regions: [...found].sort(compareText), hasNone };
}

export interface QuadrantGroup {
  /** The first rows of the quadrant in the given (ranked) order. */
  top: AnalysedRow[];
  count: number;
  /** Sum of the quadrant's known opportunity. */
  opportunity: number;
}

/** The four matrix lists: each quadrant's first `size` rows in the given order, its count and opportunity. */
export function quadrantGroups(rows: readonly AnalysedRow[], size: number): Record<Quadrant, QuadrantGroup> {
  const empty = (): QuadrantGroup => ({ top: [], count: 0, opportunity: 0 });
  const groups: Record<Quadrant, QuadrantGroup> = {
    'grow-now': empty(),
    nurture: empty(),
    maintain: empty(),
    watch: empty(),
  };
  for (const row of rows) {
    if (row.quadrant === null) continue;
    const group = groups[row.quadrant];
    group.count += 1;
    group.opportunity += row.opportunity ?? 0;
    if (group.top.length < size) group.top.push(row);
  }
  return groups;
}

export interface ScatterPoint {
  name: string;
  potential: number;
  willingness: number;
  quadrant: Quadrant;
}

/**
 * Points of the matrix chart: placed rows in the given order, at most `limit` (a canvas of 20,000
 * dots is a blot, and slow); `omitted` says how many placed rows were left out.
 */
export function scatterPointsOf(
  rows: readonly AnalysedRow[],
  limit: number,
): { points: ScatterPoint[]; omitted: number } {
  const points: ScatterPoint[] = [];
  let omitted = 0;
  for (const row of rows) {
    if (row.quadrant === null || row.potential === null || row.willingness === null) continue;
    if (points.length >= limit) omitted += 1;
    else
      points.push({
        name: row.name,
        potential: row.potential,
        willingness: row.willingness,
        quadrant: row.quadrant,
      });
  }
  return { points, omitted };
}

/** Totals over the picked rows (every row whose name is picked). */
export function pickedTotals(rows: readonly AnalysedRow[], picked: readonly string[]): OpportunityTotals {
  const names = new Set(picked);
  return totalsOf(rows.filter((row) => names.has(row.name)));
}

/** Picks or unpicks a row as a target; picks keep the order they were made in. */
export function setPicked(state: OpportunityState, name: string, picked: boolean): OpportunityState {
  const has = state.picked.includes(name);
  if (picked === has) return state;
  return {
    ...state,
    picked: picked ? [...state.picked, name] : state.picked.filter((other) => other !== name),
  };
}
