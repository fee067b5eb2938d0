/**
 * Moving an analysis between a Web Worker and the page (tables above a few thousand rows): the
 * per-row results travel as typed arrays and are unpacked against the rows the page already has.
 *
 * Pure module: no DOM, no UI strings, no zod; never throws.
 */

import { compactAnalysis, inputOf } from './analysis.ts';
import {
  abcClasses,
  quadrants,
  type AnalysedRow,
  type AnalysisResult,
  type CompactAnalysis,
  type GrowthReason,
  type OpportunityNotice,
  type OpportunityRow,
  type QuadrantReason,
} from './model.ts';

/**
 * The per-row results of an analysis in ranked order, one typed array per field. Typed arrays
 * move between a Web Worker and the page without copying, where 20,000 row objects take a
 * noticeable while to copy. Codes are 1-based positions in their lists, 0 for null; NaN is null.
 */
export interface PackedColumns {
  index: Int32Array;
  sharePercent: Float64Array;
  cumulativePercent: Float64Array;
  abcClass: Uint8Array;
  quadrant: Uint8Array;
  quadrantReason: Uint8Array;
  opportunity: Float64Array;
  opportunityNotice: Uint8Array;
  growthPercent: Float64Array;
  growthReason: Uint8Array;
}

/** A compact analysis whose rows are packed; names and amounts stay with the rows the page holds. */
export type PackedAnalysis = Omit<CompactAnalysis, 'rows'> & { columns: PackedColumns };

const quadrantReasons: readonly QuadrantReason[] = ['missing-potential', 'missing-willingness', 'missing-both'];
const opportunityNotices: readonly OpportunityNotice[] = ['sales-exceed-potential', 'missing-potential'];
const growthReasons: readonly GrowthReason[] = ['no-last-period', 'last-period-zero', 'too-large'];

function codeOf<T>(list: readonly T[], value: T | null): number {
  return value === null ? 0 : list.indexOf(value) + 1;
}

function fromCode<T>(list: readonly T[], code: number | undefined): T | null {
  return code === undefined || code === 0 ? null : (list[code - 1] ?? null);
}

function numberOrNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}

export function packAnalysis(result: Extract<AnalysisResult, { ok: true }>, maxBars: number): PackedAnalysis {
  const count = result.rows.length;
  const columns: PackedColumns = {
    index: new Int32Array(count),
    sharePercent: new Float64Array(count),
    cumulativePercent: new Float64Array(count),
    abcClass: new Uint8Array(count),
    quadrant: new Uint8Array(count),
    quadrantReason: new Uint8Array(count),
    opportunity: new Float64Array(count),
    opportunityNotice: new Uint8Array(count),
    growthPercent: new Float64Array(count),
    growthReason: new Uint8Array(count),
  };
  result.rows.forEach((row, position) => {
    columns.index[position] = row.index;
    columns.sharePercent[position] = row.sharePercent ?? Number.NaN;
    columns.cumulativePercent[position] = row.cumulativePercent ?? Number.NaN;
    columns.abcClass[position] = codeOf(abcClasses, row.abcClass);
    columns.quadrant[position] = codeOf(quadrants, row.quadrant);
    columns.quadrantReason[position] = codeOf(quadrantReasons, row.quadrantReason);
    columns.opportunity[position] = row.opportunity ?? Number.NaN;
    columns.opportunityNotice[position] = codeOf(opportunityNotices, row.opportunityNotice);
    columns.growthPercent[position] = row.growthPercent ?? Number.NaN;
    columns.growthReason[position] = codeOf(growthReasons, row.growthReason);
  });
  const { rows: _rows, ...rest } = compactAnalysis(result, maxBars);
  return { ...rest, columns };
}

/**
 * The ranked rows again, from packed columns and the very rows that were analysed; a column index
 * that names no row is skipped (it cannot happen when the rows are the analysed ones).
 */
export function unpackAnalysis(packed: PackedAnalysis, rows: readonly OpportunityRow[]): CompactAnalysis {
  const { columns, ...rest } = packed;
  const analysed: AnalysedRow[] = [];
  for (let position = 0; position < columns.index.length; position++) {
    const index = columns.index[position] ?? -1;
    const row = rows[index];
    if (row === undefined) continue;
    analysed.push({
      ...inputOf(row, index),
      rank: position + 1,
      sharePercent: numberOrNull(columns.sharePercent[position]),
      cumulativePercent: numberOrNull(columns.cumulativePercent[position]),
      abcClass: fromCode(abcClasses, columns.abcClass[position]),
      quadrant: fromCode(quadrants, columns.quadrant[position]),
      quadrantReason: fromCode(quadrantReasons, columns.quadrantReason[position]),
      opportunity: numberOrNull(columns.opportunity[position]),
      opportunityNotice: fromCode(opportunityNotices, columns.opportunityNotice[position]),
      growthPercent: numberOrNull(columns.growthPercent[position]),
      growthReason: fromCode(growthReasons, columns.growthReason[position]),
    });
  }
  return { ...rest, rows: analysed };
}
