/**
 * The opportunity finder's analysis (the rules are in the comment of model.ts, which holds
 * the types and what a page does with the results): ABC classes, the matrix, opportunity and
 * growth per row, the ranking, the growth split and the Pareto bars. Kept apart so a page can show
 * the example's results, worked out when the page is built, before this downloads with the rest of
 * the code a first change needs (src/components/islands/opportunities/engine.ts). How a large
 * analysis crosses from a Web Worker to the page is in packed.ts.
 *
 * Pure module: no DOM, no UI strings, no zod; never throws.
 */

import { MAX_MAGNITUDE } from '../numbers.ts';
import {
  compareText,
  DEFAULT_CUTOFFS,
  DEFAULT_WILLINGNESS_THRESHOLD,
  growthPercentOf,
  medianOf,
  totalsOf,
  type AbcClass,
  type AbcCutoffs,
  type AbcEntry,
  type AbcResult,
  type AnalysedRow,
  type AnalysisError,
  type AnalysisResult,
  type AnalysisSettings,
  type CompactAnalysis,
  type CompactPareto,
  type GrowthSplit,
  type OpportunityReading,
  type OpportunityRow,
  type ParetoPoint,
  type Quadrant,
  type QuadrantReading,
  type QuadrantThresholds,
  type RegionSplit,
  type SplitPart,
} from './model.ts';

export function validCutoffs(cutoffs: AbcCutoffs): boolean {
  const { a, b } = cutoffs ?? {};
  return typeof a === 'number' && typeof b === 'number' && a > 0 && a <= b && b <= 100;
}

export function isMoney(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= MAX_MAGNITUDE;
}

/** Indexes ordered by sales descending, then name, then position. */
function salesOrder(rows: readonly { name: string; sales: number }[]): number[] {
  return rows
    .map((_, index) => index)
    .sort((i, j) => {
      const left = rows[i]!;
      const right = rows[j]!;
      return right.sales - left.sales || compareText(left.name, right.name) || i - j;
    });
}

/** ABC classes by cumulative share of sales; see the module comment for the rules. Never throws. */
export function classifyAbc(
  rows: readonly { readonly name: string; readonly sales: number }[],
  cutoffs: AbcCutoffs = DEFAULT_CUTOFFS,
): AbcResult {
  if (!validCutoffs(cutoffs)) return { ok: false, error: 'invalid-cutoffs' };
  for (const [index, row] of rows.entries()) {
    if (typeof row?.name !== 'string') return { ok: false, error: 'invalid-row', index, field: 'name' };
    if (!isMoney(row.sales)) return { ok: false, error: 'invalid-row', index, field: 'sales' };
  }
  const order = salesOrder(rows);
  // Summed in classification order so the last cumulative sum equals the total exactly.
  const totalSales = order.reduce((sum, index) => sum + rows[index]!.sales, 0);
  const empty: AbcEntry = { sharePercent: null, cumulativePercent: null, abcClass: null };
  const entries: AbcEntry[] = rows.map(() => empty);
  if (rows.length === 0 || totalSales === 0) {
    return { ok: true, status: rows.length === 0 ? 'no-rows' : 'no-sales', order, entries, totalSales };
  }

  let before = 0;
  let previous: { sales: number; abcClass: AbcClass } | null = null;
  for (const index of order) {
    const sales = rows[index]!.sales;
    const byPosition: AbcClass =
      before * 100 < cutoffs.a * totalSales ? 'A' : before * 100 < cutoffs.b * totalSales ? 'B' : 'C';
    const abcClass: AbcClass = previous !== null && previous.sales === sales ? previous.abcClass : byPosition;
    before += sales;
    entries[index] = {
      sharePercent: (sales / totalSales) * 100,
      cumulativePercent: (before / totalSales) * 100,
      abcClass,
    };
    previous = { sales, abcClass };
  }
  return { ok: true, status: 'ok', order, entries, totalSales };
}

/** Quadrant of one row; a value exactly at a threshold counts as high. */
export function quadrantOf(
  potential: number | null | undefined,
  willingness: number | null | undefined,
  thresholds: QuadrantThresholds,
): QuadrantReading {
  const hasPotential = typeof potential === 'number';
  const hasWillingness = typeof willingness === 'number';
  if (!hasPotential || !hasWillingness) {
    const reason = !hasPotential && !hasWillingness ? 'missing-both' : hasPotential ? 'missing-willingness' : 'missing-potential';
    return { quadrant: null, reason };
  }
  const highPotential = potential >= thresholds.potential;
  const highWillingness = willingness >= thresholds.willingness;
  const quadrant: Quadrant = highPotential
    ? highWillingness ? 'grow-now' : 'nurture'
    : highWillingness ? 'maintain' : 'watch';
  return { quadrant, reason: null };
}

export function opportunityOf(sales: number, potential: number | null | undefined): OpportunityReading {
  if (typeof potential !== 'number') return { value: null, notice: 'missing-potential' };
  if (sales > potential) return { value: 0, notice: 'sales-exceed-potential' };
  return { value: potential - sales, notice: null };
}

function validateRow(row: OpportunityRow, index: number): AnalysisError | null {
  const fail = (field: keyof OpportunityRow): AnalysisError => ({ ok: false, error: 'invalid-row', index, field });
  if (typeof row !== 'object' || row === null) return fail('name');
  if (typeof row.name !== 'string') return fail('name');
  if (!isMoney(row.sales)) return fail('sales');
  if (row.lastSales != null && !isMoney(row.lastSales)) return fail('lastSales');
  if (row.potential != null && !isMoney(row.potential)) return fail('potential');
  const { willingness } = row;
  if (willingness != null && !(typeof willingness === 'number' && willingness >= 1 && willingness <= 5)) {
    return fail('willingness');
  }
  if (row.region != null && typeof row.region !== 'string') return fail('region');
  return null;
}

function validateSettings(settings: AnalysisSettings): AnalysisError | null {
  if (!validCutoffs(settings.cutoffs ?? DEFAULT_CUTOFFS)) return { ok: false, error: 'invalid-cutoffs' };
  const potential = settings.potentialThreshold;
  if (potential != null && !isMoney(potential)) return { ok: false, error: 'invalid-potential-threshold' };
  const willingness = settings.willingnessThreshold ?? DEFAULT_WILLINGNESS_THRESHOLD;
  if (!(typeof willingness === 'number' && willingness >= 1 && willingness <= 5)) {
    return { ok: false, error: 'invalid-willingness-threshold' };
  }
  return null;
}

/** A row's region as the analysis reads it: trimmed, and null when blank. */
/** What an analysed row repeats of its input row, with absent values as null. */
export function inputOf(row: OpportunityRow, index: number) {
  return {
    index,
    name: row.name,
    region: regionOf(row.region),
    isNew: row.isNew === true,
    sales: row.sales,
    lastSales: row.lastSales ?? null,
    potential: row.potential ?? null,
    willingness: row.willingness ?? null,
  };
}

export function regionOf(region: string | null | undefined): string | null {
  const trimmed = typeof region === 'string' ? region.trim() : '';
  return trimmed === '' ? null : trimmed;
}

/** Orders analysed rows by opportunity (unknown last), then name, then input position. */
export function compareByOpportunity(left: AnalysedRow, right: AnalysedRow): number {
  const a = left.opportunity;
  const b = right.opportunity;
  if (a !== b) {
    if (a === null) return 1;
    if (b === null) return -1;
    return b - a;
  }
  return compareText(left.name, right.name) || left.index - right.index;
}

/** Classifies, places in the matrix, measures opportunity and growth, ranks. Never throws. */
export function analyseOpportunities(rows: readonly OpportunityRow[], settings: AnalysisSettings = {}): AnalysisResult {
  if (!Array.isArray(rows)) return { ok: false, error: 'invalid-row', index: 0, field: 'name' };
  const settingsError = validateSettings(settings ?? {});
  if (settingsError) return settingsError;
  for (const [index, row] of rows.entries()) {
    const rowError = validateRow(row, index);
    if (rowError) return rowError;
  }
  const cutoffs = settings.cutoffs ?? DEFAULT_CUTOFFS;
  const abc = classifyAbc(rows, cutoffs);
  if (!abc.ok) return abc;

  const knownPotentials = rows.flatMap((row) => (typeof row.potential === 'number' ? [row.potential] : []));
  const userPotential = settings.potentialThreshold;
  const potentialThreshold =
    typeof userPotential === 'number'
      ? { value: userPotential, source: 'user' as const }
      : knownPotentials.length > 0
        ? { value: medianOf(knownPotentials)!, source: 'median' as const }
        : null;
  const willingnessThreshold = settings.willingnessThreshold ?? DEFAULT_WILLINGNESS_THRESHOLD;
  // Without any potential every row lacks one, so the threshold is never compared.
  const thresholds = { potential: potentialThreshold?.value ?? 0, willingness: willingnessThreshold };

  const analysed = rows.map((row, index): AnalysedRow => {
    const entry = abc.entries[index]!;
    const placed = quadrantOf(row.potential, row.willingness, thresholds);
    const opportunity = opportunityOf(row.sales, row.potential);
    const growth = growthPercentOf(row.sales, row.lastSales);
    return {
      ...inputOf(row, index),
      rank: 0,
      sharePercent: entry.sharePercent,
      cumulativePercent: entry.cumulativePercent,
      abcClass: entry.abcClass,
      quadrant: placed.quadrant,
      quadrantReason: placed.reason,
      opportunity: opportunity.value,
      opportunityNotice: opportunity.notice,
      growthPercent: growth.value,
      growthReason: growth.reason,
    };
  });
  analysed.sort(compareByOpportunity);
  analysed.forEach((row, position) => {
    row.rank = position + 1;
  });

  const pareto: ParetoPoint[] = [];
  if (abc.status === 'ok') {
    for (const index of abc.order) {
      const row = rows[index]!;
      const entry = abc.entries[index]!;
      pareto.push({ name: row.name, sales: row.sales, cumulativePercent: entry.cumulativePercent ?? 0, abcClass: entry.abcClass ?? 'C' });
    }
  }
  return {
    ok: true,
    status: abc.status,
    rows: analysed,
    pareto,
    potentialThreshold,
    willingnessThreshold,
    totals: totalsOf(analysed),
    split: splitGrowth(analysed),
  };
}

export function isHorizontal(row: Pick<AnalysedRow, 'sales' | 'isNew'>): boolean {
  return row.isNew || row.sales === 0;
}

function emptyPart(): SplitPart {
  return { opportunity: 0, rows: 0, rowsWithoutPotential: 0 };
}

function addToPart(part: SplitPart, row: AnalysedRow): void {
  part.rows += 1;
  if (row.opportunity === null) part.rowsWithoutPotential += 1;
  else part.opportunity += row.opportunity;
}

/** Vertical versus horizontal opportunity, overall and per region. */
export function splitGrowth(rows: readonly AnalysedRow[]): GrowthSplit {
  const vertical = emptyPart();
  const horizontal = emptyPart();
  const regions = new Map<string | null, RegionSplit>();
  for (const row of rows) {
    const side = isHorizontal(row) ? 'horizontal' : 'vertical';
    addToPart(side === 'horizontal' ? horizontal : vertical, row);
    let region = regions.get(row.region);
    if (region === undefined) {
      region = { region: row.region, sales: 0, vertical: emptyPart(), horizontal: emptyPart() };
      regions.set(row.region, region);
    }
    region.sales += row.sales;
    addToPart(region[side], row);
  }
  const hasRegion = rows.some((row) => row.region !== null);
  const byRegion = hasRegion
    ? [...regions.values()].sort(
        (left, right) =>
          right.vertical.opportunity + right.horizontal.opportunity - (left.vertical.opportunity + left.horizontal.opportunity) ||
          compareRegion(left.region, right.region),
      )
    : null;
  return { vertical, horizontal, byRegion };
}

function compareRegion(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return compareText(left, right);
}

/**
 * Keeps the first `maxBars − 1` bars and folds the tail into one "others" total, so a chart of
 * 20,000 rows stays readable. The cumulative line still ends at 100 %.
 */
export function compactPareto(points: readonly ParetoPoint[], maxBars: number): CompactPareto {
  const limit = Number.isInteger(maxBars) && maxBars >= 2 ? maxBars : 2;
  if (points.length <= limit) return { points: [...points], otherCount: 0, otherSales: 0 };
  const kept = points.slice(0, limit - 1);
  const tail = points.slice(limit - 1);
  const otherSales = tail.reduce((sum, point) => sum + point.sales, 0);
  return { points: kept, otherCount: tail.length, otherSales };
}

export function compactAnalysis(result: Extract<AnalysisResult, { ok: true }>, maxBars: number): CompactAnalysis {
  return { ...result, pareto: compactPareto(result.pareto, maxBars) };
}
