/**
 * The course's figures for two periods, from a ledger: covered customers, transactions, ordering
 * customers and sales, in total and per region, rep or dealer, and the three factors on both
 * bases with the identity checked.
 *
 * Pure module. Money is whole cents (numbers that are safe integers), so sums are exact.
 *
 * Definitions (the course's, made countable):
 * - A transaction is an order (one customer's order number) whose lines in the period net to
 *   more than zero; a credit note or a fully returned order nets to zero or less and is no
 *   transaction, though its amount still counts against sales. A line without an order number
 *   is a transaction when its amount is above zero.
 * - An ordering customer (buyer) has at least one transaction in the period.
 * - Sales are the net of every line in the period: sales less returns.
 * - Covered: periods.ts (Coverage). Per unit, a customer is covered by a unit when it bought
 *   from that unit (a positive line carrying the unit) in the unit's look-back window, so a
 *   customer served by two reps is covered by both, and the units' covered counts can add up to
 *   more than the total; each unit's own identity still holds. A customer list names no units, so
 *   per unit the look-back rule is used even when the total uses a list.
 */

import type { Ledger, UnitDimension } from './ledger.ts';
import {
  DEFAULT_LOOK_BACK_MONTHS,
  inPeriod,
  isValidCoverage,
  lookBackWindow,
  type Coverage,
  type Period,
  type PeriodPair,
} from './periods.ts';

export interface PeriodCounts {
  covered: number;
  transactions: number;
  /** Ordering customers. */
  buyers: number;
  salesCents: number;
  /** Used rows dated in the period. */
  lines: number;
}

/** 'transactions': the course's reading (purchase frequency, value per transaction); 'buyers': share of buyers, sales per buyer. */
export const bases = ['transactions', 'buyers'] as const;
export type Basis = (typeof bases)[number];
export const DEFAULT_BASIS: Basis = 'transactions';

/**
 * The three factors of one period on one basis, in the order LMDI takes them:
 * [covered customers, 活跃率 as a fraction (1.25 = 125 %), 平均成交金额 in cents].
 * - 'no-covered': nobody is covered, so no rate exists
 * - 'no-transactions': nothing was bought in the period (at most returns), so no average exists
 */
export type FactorsResult =
  | {
      ok: true;
      factors: readonly [covered: number, activeRate: number, averageCents: number];
      /** The three multiplied and rounded to the cent. */
      productCents: number;
      /**
       * Whether that product is the period's sales to the cent. In doubles it is, while sales stay
       * within ±10^14 cents (1万亿 yuan) (a property test checks it); a false here is a bug to report.
       */
      identityHolds: boolean;
    }
  | { ok: false; code: 'no-covered' | 'no-transactions' };

export function factorsOf(counts: PeriodCounts, basis: Basis): FactorsResult {
  const { covered, salesCents } = counts;
  const events = basis === 'transactions' ? counts.transactions : counts.buyers;
  if (covered <= 0) return { ok: false, code: 'no-covered' };
  if (events <= 0) return { ok: false, code: 'no-transactions' };
  const activeRate = events / covered;
  const averageCents = salesCents / events;
  const productCents = Math.round(covered * activeRate * averageCents);
  return { ok: true, factors: [covered, activeRate, averageCents], productCents, identityHolds: productCents === salesCents };
}

export interface PeriodFigures extends PeriodCounts {
  period: Period;
  /** With a customer list: ordering customers missing from it, counted as covered all the same. */
  buyersOutsideList: number;
  factors: Record<Basis, FactorsResult>;
}

export interface Figures {
  a: PeriodFigures;
  b: PeriodFigures;
  coverage: Coverage;
  /** Used rows dated in neither period (they may still make customers covered). */
  linesOutsidePeriods: number;
}

export type FiguresResult = { ok: true; figures: Figures } | { ok: false; error: 'bad-coverage' };

/** The total figures for both periods. */
export function periodFigures(ledger: Ledger, periods: PeriodPair, coverage: Coverage): FiguresResult {
  if (!isValidCoverage(coverage)) return { ok: false, error: 'bad-coverage' };
  const months = coverage.kind === 'look-back' ? coverage.months : DEFAULT_LOOK_BACK_MONTHS;
  const list = coverage.kind === 'list' ? listedKeys(coverage.customers) : null;
  const figuresOf = (period: Period): PeriodFigures => {
    const tally = tallyBy(ledger, period, lookBackWindow(period, months), null, 0);
    const counts = tally.counts[0] ?? emptyCounts();
    let buyersOutsideList = 0;
    if (list !== null) {
      for (const key of tally.buyerKeys) if (!list.has(ledger.customers[key] ?? '')) buyersOutsideList += 1;
      counts.covered = list.size + buyersOutsideList;
    }
    return {
      ...counts,
      period,
      buyersOutsideList,
      factors: { transactions: factorsOf(counts, 'transactions'), buyers: factorsOf(counts, 'buyers') },
    };
  };
  const e = ledger.entries;
  let linesOutsidePeriods = 0;
  for (let i = 0; i < e.day.length; i += 1) {
    const day = e.day[i] ?? 0;
    if (!inPeriod(day, periods.a) && !inPeriod(day, periods.b)) linesOutsidePeriods += e.lines[i] ?? 0;
  }
  return { ok: true, figures: { a: figuresOf(periods.a), b: figuresOf(periods.b), coverage, linesOutsidePeriods } };
}

/** A list's keys read like the file's customer cells: trimmed, blanks dropped, each once. */
function listedKeys(customers: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const customer of customers) {
    const key = typeof customer === 'string' ? customer.trim() : '';
    if (key !== '') keys.add(key);
  }
  return keys;
}

export interface UnitCounts {
  /** The unit's label; null for rows where the unit's cell was blank. */
  label: string | null;
  a: PeriodCounts;
  b: PeriodCounts;
}

/**
 * The counts of both periods per unit of one dimension, for every unit seen in the file
 * (including units with nothing in either period). Sales of the units add up to the total's.
 * Empty when the mapping has no column for the dimension.
 */
export function unitCounts(ledger: Ledger, dimension: UnitDimension, periods: PeriodPair, lookBackMonths: number): UnitCounts[] {
  if (!ledger.dimensions.includes(dimension)) return [];
  const labels = ledger.units[dimension];
  const unitOf = ledger.entries[dimension];
  const months = Number.isInteger(lookBackMonths) && lookBackMonths >= 1 ? lookBackMonths : DEFAULT_LOOK_BACK_MONTHS;
  const tallyOf = (period: Period) => tallyBy(ledger, period, lookBackWindow(period, months), unitOf, labels.length).counts;
  const a = tallyOf(periods.a);
  const b = tallyOf(periods.b);
  // The "not given" unit is listed only when some row left the unit's cell blank.
  const hasBlank = unitOf.some((unit) => unit < 0);
  const rows: UnitCounts[] = [];
  for (let slot = hasBlank ? 0 : 1; slot <= labels.length; slot += 1) {
    rows.push({ label: slot === 0 ? null : (labels[slot - 1] ?? null), a: a[slot] ?? emptyCounts(), b: b[slot] ?? emptyCounts() });
  }
  return rows;
}

function emptyCounts(): PeriodCounts {
  return { covered: 0, transactions: 0, buyers: 0, salesCents: 0, lines: 0 };
}

/**
 * One pass over the entries for one period: counts per slot (slot 0 is the whole when `unitOf`
 * is null, otherwise the "not given" unit, and unit id u is slot u + 1), and the customer ids
 * of the buyers of slot 0.
 */
function tallyBy(
  ledger: Ledger,
  period: Period,
  window: Period,
  unitOf: readonly number[] | null,
  unitCount: number,
): { counts: PeriodCounts[]; buyerKeys: number[] } {
  const e = ledger.entries;
  const customerCount = Math.max(1, ledger.customers.length);
  const orderCount = Math.max(1, ledger.orderCustomers.length);
  const counts = Array.from({ length: unitCount + 1 }, emptyCounts);
  // Keys are slot × count + id, so one flat set serves every unit.
  const covered = new Set<number>();
  const buyers = new Set<number>();
  const orderNets = new Map<number, number>();

  for (let i = 0; i < e.day.length; i += 1) {
    const day = e.day[i] ?? 0;
    const slot = unitOf === null ? 0 : (unitOf[i] ?? -1) + 1;
    const customer = e.customer[i] ?? 0;
    const positiveLines = e.positiveLines[i] ?? 0;
    if (positiveLines > 0 && inPeriod(day, window)) covered.add(slot * customerCount + customer);
    if (!inPeriod(day, period)) continue;
    const slotCounts = counts[slot];
    if (slotCounts === undefined) continue;
    const net = e.net[i] ?? 0;
    slotCounts.salesCents += net;
    slotCounts.lines += e.lines[i] ?? 0;
    const order = e.order[i] ?? -1;
    if (order >= 0) {
      const key = slot * orderCount + order;
      orderNets.set(key, (orderNets.get(key) ?? 0) + net);
    } else if (positiveLines > 0) {
      slotCounts.transactions += positiveLines;
      buyers.add(slot * customerCount + customer);
    }
  }
  for (const [key, net] of orderNets) {
    if (net <= 0) continue;
    const slot = Math.floor(key / orderCount);
    const slotCounts = counts[slot];
    if (slotCounts !== undefined) slotCounts.transactions += 1;
    buyers.add(slot * customerCount + (ledger.orderCustomers[key - slot * orderCount] ?? 0));
  }
  // Every buyer has a positive line in the period, which lies in the window: buyers ⊆ covered.
  for (const key of covered) {
    const slotCounts = counts[Math.floor(key / customerCount)];
    if (slotCounts !== undefined) slotCounts.covered += 1;
  }
  const buyerKeys: number[] = [];
  for (const key of buyers) {
    const slot = Math.floor(key / customerCount);
    const slotCounts = counts[slot];
    if (slotCounts !== undefined) slotCounts.buyers += 1;
    if (slot === 0) buyerKeys.push(key);
  }
  return { counts, buyerKeys };
}
