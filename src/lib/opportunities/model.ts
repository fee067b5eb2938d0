/**
 * Customer insight and opportunity finding (客户洞察与生意机会寻找): ABC classification by share of
 * sales, a potential × willingness matrix, opportunity = potential − sales, growth against the last
 * period, and the split into vertical growth (more from outlets already selling) and horizontal
 * growth (outlets not yet covered).
 *
 * This module holds the types, the settings and the totals; what a page does with the results
 * (filters, pages, picks) is in list.ts; the analysis itself is in analysis.ts, the zod schemas in
 * schema.ts and the links in codec.ts, so a page shows the example before
 * those download.
 *
 * Pure module: no DOM, no UI strings. Results carry codes the UI translates; numbers are never
 * NaN or ±Infinity (null plus a code instead). Money is in yuan, percentages in percent units.
 *
 * Rules chosen here (each is tested):
 * - ABC order: sales descending, then name (by UTF-16 code units, so the order is the same in every
 *   browser), then input order. A row is class A while the cumulative share BEFORE it is below the
 *   A cut-off: the rows up to the cut-off plus the one row that crosses it. Exactly reaching 70 %
 *   ends class A, so the next row is B. Same for B with the B cut-off; the rest is C.
 *   Boundaries are compared as `cumulative × 100 < cut-off × total`, without dividing, so 70 of 100
 *   is exactly 70 %.
 * - Equal sales share a class: a run of equal sales takes the class of its first row, even when
 *   the run straddles a cut-off (so class A can be larger than the cut-off suggests).
 * - Rows with 0 sales are always class C when total sales are above 0. When every row has 0 sales
 *   there is no share to classify: status 'no-sales', and class, share and cumulative share are null.
 * - Matrix: a value at or above its threshold is high. The potential threshold is the user's value,
 *   or else the median of the known potentials (the mean of the two middle ones for an even count).
 *   Willingness is high from 4 by default.
 * - Opportunity is never negative: sales above potential give 0 with the notice
 *   'sales-exceed-potential'. No potential gives null with 'missing-potential'.
 * - Horizontal growth is the opportunity of rows marked new or with 0 sales; vertical is the rest.
 */

// Types only (no zod); file extensions, so plain Node (bench/) can load it.
import type { OpportunityState, OpportunityStateRow } from './schema.ts';

export type { OpportunityState, OpportunityStateRow };

// ---------------------------------------------------------------------------
// State (the schemas that check it are in schema.ts)

/** Most rows kept in one saved state: well above the 20,000 a large dealer list reaches. */
export const MAX_ROWS = 50_000;
export const MAX_NAME_LENGTH = 200;

export const DEFAULT_CUTOFFS: AbcCutoffs = { a: 70, b: 90 };
export const DEFAULT_WILLINGNESS_THRESHOLD = 4;

/** The state with nothing in it; the same as opportunityStateSchema.parse({}) (a unit test checks). */
export const defaultOpportunityState: OpportunityState = {
  rows: [],
  cutoffs: { ...DEFAULT_CUTOFFS },
  potentialThreshold: null,
  willingnessThreshold: DEFAULT_WILLINGNESS_THRESHOLD,
  picked: [],
};

// ---------------------------------------------------------------------------
// Inputs and codes

/** A row as the analysis reads it; saved rows and imported rows both fit. */
export interface OpportunityRow {
  readonly name: string;
  readonly sales: number;
  readonly lastSales?: number | null | undefined;
  readonly potential?: number | null | undefined;
  readonly willingness?: number | null | undefined;
  readonly region?: string | null | undefined;
  readonly isNew?: boolean | undefined;
}

export interface AbcCutoffs {
  readonly a: number;
  readonly b: number;
}

export interface AnalysisSettings {
  readonly cutoffs?: AbcCutoffs;
  /** null or absent: the median of the rows' potentials. */
  readonly potentialThreshold?: number | null;
  readonly willingnessThreshold?: number;
}

export type AbcClass = 'A' | 'B' | 'C';
export const abcClasses: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * - 'grow-now': high potential, high willingness
 * - 'nurture': high potential, low willingness
 * - 'maintain': low potential, high willingness
 * - 'watch': low potential, low willingness
 */
export type Quadrant = 'grow-now' | 'nurture' | 'maintain' | 'watch';
export const quadrants: readonly Quadrant[] = ['grow-now', 'nurture', 'maintain', 'watch'];

/** Why a row has no quadrant. */
export type QuadrantReason = 'missing-potential' | 'missing-willingness' | 'missing-both';

/** - 'sales-exceed-potential': opportunity shown as 0; - 'missing-potential': opportunity null */
export type OpportunityNotice = 'sales-exceed-potential' | 'missing-potential';

/**
 * - 'no-last-period': no last-period sales
 * - 'last-period-zero': last period was 0, so a percentage means nothing
 * - 'too-large': the percentage is beyond what a number holds (a near-zero last period)
 */
export type GrowthReason = 'no-last-period' | 'last-period-zero' | 'too-large';

/**
 * - 'invalid-cutoffs': not 0 < a ≤ b ≤ 100
 * - 'invalid-potential-threshold': not a number 0–1e15
 * - 'invalid-willingness-threshold': not a number 1–5
 * - 'invalid-row': row `index` has a bad `field` (money not 0–1e15, willingness not 1–5, name not text)
 */
export type AnalysisError =
  | {
      ok: false;
      error: 'invalid-cutoffs' | 'invalid-potential-threshold' | 'invalid-willingness-threshold';
    }
  | {
      ok: false;
      error: 'invalid-row';
      index: number;
      field: keyof OpportunityRow;
    };

// ---------------------------------------------------------------------------
// ABC classification

export interface AbcEntry {
  /** Share of total sales, percent; null when total sales are 0. */
  sharePercent: number | null;
  /** Share of the rows up to and including this one in sales order, percent; null when total is 0. */
  cumulativePercent: number | null;
  abcClass: AbcClass | null;
}

export type AbcResult =
  | {
      ok: true;
      /** 'no-rows': empty list; 'no-sales': every row has 0 sales, so nothing is classified. */
      status: 'ok' | 'no-rows' | 'no-sales';
      /** Input indexes in classification order (sales descending, then name). */
      order: number[];
      /** One entry per input row, in input order. */
      entries: AbcEntry[];
      totalSales: number;
    }
  | { ok: false; error: 'invalid-cutoffs' }
  | { ok: false; error: 'invalid-row'; index: number; field: 'name' | 'sales' };

/** Text order by UTF-16 code units: the same in every browser. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Matrix, opportunity, growth

/** The median of the values, or null for none. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle]!;
  // Halving each before adding keeps two values near the maximum from overflowing.
  return sorted.length % 2 === 1 ? upper : sorted[middle - 1]! / 2 + upper / 2;
}

export interface QuadrantThresholds {
  /** Potential at or above this is high, yuan. */
  readonly potential: number;
  /** Willingness at or above this is high. */
  readonly willingness: number;
}

export type QuadrantReading = { quadrant: Quadrant; reason: null } | { quadrant: null; reason: QuadrantReason };

export interface OpportunityReading {
  /** potential − sales, never below 0; null when potential is unknown. */
  value: number | null;
  notice: OpportunityNotice | null;
}

export interface GrowthReading {
  /** (sales − last) ÷ last × 100; null with a reason when that means nothing. */
  value: number | null;
  reason: GrowthReason | null;
}

export function growthPercentOf(sales: number, lastSales: number | null | undefined): GrowthReading {
  if (typeof lastSales !== 'number') return { value: null, reason: 'no-last-period' };
  if (lastSales === 0) return { value: null, reason: 'last-period-zero' };
  const value = ((sales - lastSales) / lastSales) * 100;
  return Number.isFinite(value) ? { value: value + 0, reason: null } : { value: null, reason: 'too-large' };
}

// ---------------------------------------------------------------------------
// The whole analysis

export interface AnalysedRow {
  /** Position in the input rows. */
  index: number;
  /** 1-based position in the list ranked by opportunity (ties by name). */
  rank: number;
  name: string;
  region: string | null;
  isNew: boolean;
  sales: number;
  lastSales: number | null;
  potential: number | null;
  willingness: number | null;
  sharePercent: number | null;
  cumulativePercent: number | null;
  abcClass: AbcClass | null;
  quadrant: Quadrant | null;
  quadrantReason: QuadrantReason | null;
  opportunity: number | null;
  opportunityNotice: OpportunityNotice | null;
  growthPercent: number | null;
  growthReason: GrowthReason | null;
}

export interface ParetoPoint {
  name: string;
  sales: number;
  /** Cumulative share including this bar, percent. */
  cumulativePercent: number;
  abcClass: AbcClass;
}

export type AnalysisResult =
  | {
      ok: true;
      status: 'ok' | 'no-rows' | 'no-sales';
      /** Ranked by opportunity descending; rows without opportunity last; ties by name. */
      rows: AnalysedRow[];
      /** Bars in ABC order with the cumulative line; empty unless status is 'ok'. */
      pareto: ParetoPoint[];
      /** The potential threshold used, and where it came from; null when no row has a potential. */
      potentialThreshold: { value: number; source: 'user' | 'median' } | null;
      willingnessThreshold: number;
      totals: OpportunityTotals;
      split: GrowthSplit;
    }
  | AnalysisError;

// ---------------------------------------------------------------------------
// Totals, split

export interface OpportunityTotals {
  rows: number;
  sales: number;
  /** Last-period sales of the rows that have one. */
  lastSales: number;
  /** Like-for-like growth over rows with a last period, percent; null when their last period sums to 0. */
  growthPercent: number | null;
  /** Sum of known potentials. */
  potential: number;
  opportunity: number;
  rowsWithoutPotential: number;
  rowsSalesExceedPotential: number;
  classCounts: Record<AbcClass, number>;
  quadrantCounts: Record<Quadrant, number>;
  /** Rows with no quadrant. */
  unplaced: number;
}

/** Totals over any list of analysed rows (the whole list or a filtered one). */
export function totalsOf(rows: readonly AnalysedRow[]): OpportunityTotals {
  const totals: OpportunityTotals = {
    rows: rows.length,
    sales: 0,
    lastSales: 0,
    growthPercent: null,
    potential: 0,
    opportunity: 0,
    rowsWithoutPotential: 0,
    rowsSalesExceedPotential: 0,
    classCounts: { A: 0, B: 0, C: 0 },
    quadrantCounts: { 'grow-now': 0, nurture: 0, maintain: 0, watch: 0 },
    unplaced: 0,
  };
  let comparableSales = 0;
  for (const row of rows) {
    totals.sales += row.sales;
    if (row.lastSales !== null) {
      totals.lastSales += row.lastSales;
      comparableSales += row.sales;
    }
    if (row.potential === null) totals.rowsWithoutPotential += 1;
    else totals.potential += row.potential;
    totals.opportunity += row.opportunity ?? 0;
    if (row.opportunityNotice === 'sales-exceed-potential') totals.rowsSalesExceedPotential += 1;
    if (row.abcClass !== null) totals.classCounts[row.abcClass] += 1;
    if (row.quadrant !== null) totals.quadrantCounts[row.quadrant] += 1;
    else totals.unplaced += 1;
  }
  totals.growthPercent = growthPercentOf(comparableSales, totals.lastSales > 0 ? totals.lastSales : 0).value;
  return totals;
}

export interface SplitPart {
  /** Sum of opportunity, yuan. */
  opportunity: number;
  rows: number;
  /** Rows counted here whose opportunity is unknown (no potential). */
  rowsWithoutPotential: number;
}

export interface RegionSplit {
  /** null: rows without a region. */
  region: string | null;
  sales: number;
  vertical: SplitPart;
  horizontal: SplitPart;
}

export interface GrowthSplit {
  /** 垂直增长: more from outlets already selling (sales > 0, not marked new). */
  vertical: SplitPart;
  /** 水平增长: outlets not yet covered (sales 0, or marked new). */
  horizontal: SplitPart;
  /** Per region or channel, largest total opportunity first; null when no row has a region. */
  byRegion: RegionSplit[] | null;
}

// ---------------------------------------------------------------------------
// Pareto chart

export interface CompactPareto {
  points: ParetoPoint[];
  /** How many rows were folded into the last "others" bar (0 when none). */
  otherCount: number;
  /** Their sales together. */
  otherSales: number;
}

// ---------------------------------------------------------------------------
// The tool's settings, as links and the form hold them (list filters, paging and picks are in
// list.ts; the edits a person makes to the table are in edits.ts)

/** The tool's number fields, flat, as the form and links hold them. */
export type SettingKey = 'cutA' | 'cutB' | 'potentialThreshold' | 'willingnessThreshold';

export interface OpportunitySettings {
  /** ABC cut-off A, percent. */
  cutA: number;
  /** ABC cut-off B, percent. */
  cutB: number;
  /** Potential threshold, yuan; undefined means the median of the rows. */
  potentialThreshold?: number | undefined;
  /** Willingness threshold, 1–5. */
  willingnessThreshold: number;
}

/** What each setting is, for the field's messages (the bounds are in schema.ts). */
export const settingKinds = {
  cutA: 'percent',
  cutB: 'percent',
  potentialThreshold: 'money',
  willingnessThreshold: 'count',
} as const satisfies Record<SettingKey, 'percent' | 'money' | 'count'>;

export function settingsOf(state: OpportunityState): OpportunitySettings {
  return {
    cutA: state.cutoffs.a,
    cutB: state.cutoffs.b,
    potentialThreshold: state.potentialThreshold ?? undefined,
    willingnessThreshold: state.willingnessThreshold,
  };
}

/** The state with these settings; cut-off A above B is refused (it would leave no order to classes). */
export function applySettings(
  state: OpportunityState,
  settings: OpportunitySettings,
): { ok: true; state: OpportunityState } | { ok: false; error: 'cutoffs-not-ascending' } {
  if (!(settings.cutA <= settings.cutB)) return { ok: false, error: 'cutoffs-not-ascending' };
  return {
    ok: true,
    state: {
      ...state,
      cutoffs: { a: settings.cutA, b: settings.cutB },
      potentialThreshold: settings.potentialThreshold ?? null,
      willingnessThreshold: settings.willingnessThreshold,
    },
  };
}

// ---------------------------------------------------------------------------
// What a page shows

/** An analysis as a page shows it: the Pareto points folded with compactPareto. */
export type CompactAnalysis = Omit<Extract<AnalysisResult, { ok: true }>, 'pareto'> & { pareto: CompactPareto };
