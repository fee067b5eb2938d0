/**
 * The streaming half of the diagnosis: rows go in one at a time (a worker feeds it chunk by chunk)
 * and come out as a ledger, the per-order aggregates every figure is computed from. The ledger
 * does not depend on the periods, so the page can change periods or coverage without reading the
 * file again; the default periods need the latest date, known only at the end.
 *
 * Pure module.
 *
 * What an entry is: the net of the lines of one order (customer + order number) on one day for
 * one region, rep and dealer. Lines without an order number (no order column, or a blank cell
 * in it) are coalesced per customer, day and units instead, and each of their positive lines is a
 * transaction (aggregate.ts). Rows that cannot be read are not added at all: their customers are
 * not counted anywhere.
 */

import { readAmount, readDate, readKey, type AmountCode, type AmountUnit, type DateCode, type KeyCode } from './cells.ts';

export const diagnosisFields = ['customer', 'date', 'amount', 'order', 'region', 'rep', 'dealer', 'product'] as const;
export type DiagnosisField = (typeof diagnosisFields)[number];

/** The units the change is broken down by. */
export const unitDimensions = ['region', 'rep', 'dealer'] as const;
export type UnitDimension = (typeof unitDimensions)[number];

/**
 * Field → 0-based column index. customer, date and amount are required. `product` is accepted so
 * a confirmed mapping can be kept whole, but no figure uses it yet.
 */
export type DiagnosisMapping = Partial<Record<DiagnosisField, number>>;

/** - 'missing-customer' / 'missing-date' / 'missing-amount': a required field has no column
 * - 'invalid-column': a column index is not a whole number ≥ 0
 * - 'column-twice': two fields were given one column */
export type LedgerMappingError = 'missing-customer' | 'missing-date' | 'missing-amount' | 'invalid-column' | 'column-twice';

/** Why a row was not used: a cell's code, per column. `cumulative-too-large`: totals would lose cents. */
export type RowProblemCode = AmountCode | DateCode | KeyCode | 'cumulative-too-large';

export interface RejectedRow {
  /** The row number as the caller counts it (the file's line, or the sheet's row). */
  row: number;
  field: DiagnosisField;
  column: number;
  code: RowProblemCode;
}

/** Per-entry columns, index-aligned. Plain arrays, so a worker can post the ledger as it is. */
export interface LedgerEntries {
  customer: number[];
  /** Index into `orderCustomers`; -1 for lines without an order number. */
  order: number[];
  day: number[];
  /** Unit ids per dimension; -1 when the cell was blank (the "not given" unit). */
  region: number[];
  rep: number[];
  dealer: number[];
  /** Net amount in cents: sales less returns. */
  net: number[];
  /** Lines with an amount above zero (purchases, as opposed to returns and zero lines). */
  positiveLines: number[];
  lines: number[];
}

export interface Ledger {
  /** Whether the mapping had an order column. */
  hasOrderColumn: boolean;
  /** The unit dimensions the mapping had a column for. */
  dimensions: UnitDimension[];
  /** Customer id → key, in order of first appearance. */
  customers: string[];
  /** Order id → its customer id. */
  orderCustomers: number[];
  /** Unit id → label, per dimension. */
  units: Record<UnitDimension, string[]>;
  entries: LedgerEntries;
  rowsRead: number;
  rowsUsed: number;
  /**
   * Every problem of the rows not used, by row number, listed until the listing limit is reached
   * (a row's problems are listed together); `rejectedCount` counts every rejected row.
   */
  rejected: RejectedRow[];
  rejectedCount: number;
  /** Used rows in an order column whose order cell was blank; each was read as its own transaction. */
  rowsWithoutOrder: number;
  /** Earliest and latest valid date among used rows; null when none was used. */
  firstDay: number | null;
  lastDay: number | null;
}

export interface LedgerBuilder {
  /** Adds one row: its number (for the rejected list) and its cells as written. */
  add(row: number, cells: readonly string[]): void;
  /** The ledger of every row added so far. The builder can go on taking rows afterwards. */
  finish(): Ledger;
}

/** How many rejected rows are listed one by one; the rest are counted. Enough for every real file. */
export const DEFAULT_REJECTED_LIMIT = 100_000;

export interface LedgerOptions {
  /** How many problems are listed one by one (DEFAULT_REJECTED_LIMIT). */
  rejectedLimit?: number;
  /** The unit the amount column's header names, if any (columns.ts finds it). */
  amountUnit?: AmountUnit | null;
}

/** Checks a mapping and returns a builder for it. */
export function createLedgerBuilder(
  mapping: DiagnosisMapping,
  options: LedgerOptions = {},
): { ok: true; builder: LedgerBuilder } | { ok: false; error: LedgerMappingError } {
  const error = mappingError(mapping);
  if (error !== null) return { ok: false, error };
  const builder = new Builder(mapping, options.rejectedLimit ?? DEFAULT_REJECTED_LIMIT, options.amountUnit ?? undefined);
  return { ok: true, builder };
}

function mappingError(mapping: DiagnosisMapping): LedgerMappingError | null {
  if (mapping.customer === undefined) return 'missing-customer';
  if (mapping.date === undefined) return 'missing-date';
  if (mapping.amount === undefined) return 'missing-amount';
  const columns = diagnosisFields.map((field) => mapping[field]).filter((column) => column !== undefined);
  if (columns.some((column) => !Number.isInteger(column) || column < 0)) return 'invalid-column';
  return new Set(columns).size === columns.length ? null : 'column-twice';
}

/** Interns strings as small integers, so an entry holds numbers and each key is stored once. */
class Interned {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

class Builder implements LedgerBuilder {
  private readonly customers = new Interned();
  private readonly orders = new Map<string, number>();
  private readonly orderCustomers: number[] = [];
  private readonly units = { region: new Interned(), rep: new Interned(), dealer: new Interned() };
  private readonly entryIndex = new Map<string, number>();
  private readonly entries: LedgerEntries = {
    customer: [], order: [], day: [], region: [], rep: [], dealer: [], net: [], positiveLines: [], lines: [],
  };
  private rowsRead = 0;
  private rowsUsed = 0;
  private readonly rejected: RejectedRow[] = [];
  private rejectedCount = 0;
  private rowsWithoutOrder = 0;
  private firstDay: number | null = null;
  private lastDay: number | null = null;
  /** Sum of |amount| of used rows: while it is a safe integer, every sum of amounts is exact. */
  private absoluteCents = 0;

  constructor(
    private readonly mapping: DiagnosisMapping,
    private readonly rejectedLimit: number,
    private readonly amountUnit: AmountUnit | undefined,
  ) {}

  add(row: number, cells: readonly string[]): void {
    this.rowsRead += 1;
    const problems: RejectedRow[] = [];
    const cell = (field: DiagnosisField): string => {
      const column = this.mapping[field];
      return column === undefined ? '' : (cells[column] ?? '');
    };
    const note = (field: DiagnosisField, code: RowProblemCode): void => {
      problems.push({ row, field, column: this.mapping[field] ?? -1, code });
    };

    const customer = readKey(cell('customer'));
    if (!customer.ok) note('customer', customer.code);
    const day = readDate(cell('date'));
    if (!day.ok) note('date', day.code);
    const amount = readAmount(cell('amount'), this.amountUnit);
    if (!amount.ok) note('amount', amount.code);
    const unitIds = { region: -1, rep: -1, dealer: -1 };
    for (const dimension of unitDimensions) {
      if (this.mapping[dimension] === undefined) continue;
      const key = readKey(cell(dimension));
      // A blank unit is the "not given" unit, not a reason to lose the row's sales.
      if (key.ok) unitIds[dimension] = this.units[dimension].id(key.value);
      else if (key.code !== 'empty') note(dimension, key.code);
    }
    let orderKey: string | null = null;
    if (this.mapping.order !== undefined) {
      const key = readKey(cell('order'));
      if (key.ok) orderKey = key.value;
      else if (key.code !== 'empty') note('order', key.code);
    }
    if (problems.length === 0 && amount.ok && !Number.isSafeInteger(this.absoluteCents + Math.abs(amount.value))) {
      note('amount', 'cumulative-too-large');
    }
    if (problems.length > 0 || !customer.ok || !day.ok || !amount.ok) {
      this.reject(problems);
      return;
    }

    this.rowsUsed += 1;
    this.absoluteCents += Math.abs(amount.value);
    if (this.mapping.order !== undefined && orderKey === null) this.rowsWithoutOrder += 1;
    if (this.firstDay === null || day.value < this.firstDay) this.firstDay = day.value;
    if (this.lastDay === null || day.value > this.lastDay) this.lastDay = day.value;

    const customerId = this.customers.id(customer.value);
    const orderId = orderKey === null ? -1 : this.orderId(customerId, orderKey);
    const key = `${customerId}\t${orderId}\t${day.value}\t${unitIds.region}\t${unitIds.rep}\t${unitIds.dealer}`;
    let index = this.entryIndex.get(key);
    if (index === undefined) {
      index = this.entries.net.length;
      this.entryIndex.set(key, index);
      const e = this.entries;
      e.customer.push(customerId);
      e.order.push(orderId);
      e.day.push(day.value);
      e.region.push(unitIds.region);
      e.rep.push(unitIds.rep);
      e.dealer.push(unitIds.dealer);
      e.net.push(0);
      e.positiveLines.push(0);
      e.lines.push(0);
    }
    this.entries.net[index] = (this.entries.net[index] ?? 0) + amount.value;
    if (amount.value > 0) this.entries.positiveLines[index] = (this.entries.positiveLines[index] ?? 0) + 1;
    this.entries.lines[index] = (this.entries.lines[index] ?? 0) + 1;
  }

  /** One order is one customer's order number: two customers' documents may share a number. */
  private orderId(customerId: number, orderKey: string): number {
    const key = `${customerId}\t${orderKey}`;
    let id = this.orders.get(key);
    if (id === undefined) {
      id = this.orderCustomers.length;
      this.orders.set(key, id);
      this.orderCustomers.push(customerId);
    }
    return id;
  }

  private reject(problems: readonly RejectedRow[]): void {
    this.rejectedCount += 1;
    if (this.rejected.length < this.rejectedLimit) this.rejected.push(...problems);
  }

  finish(): Ledger {
    const copy = (values: number[]): number[] => values.slice();
    const e = this.entries;
    return {
      hasOrderColumn: this.mapping.order !== undefined,
      dimensions: unitDimensions.filter((dimension) => this.mapping[dimension] !== undefined),
      customers: this.customers.values.slice(),
      orderCustomers: copy(this.orderCustomers),
      units: {
        region: this.units.region.values.slice(),
        rep: this.units.rep.values.slice(),
        dealer: this.units.dealer.values.slice(),
      },
      entries: {
        customer: copy(e.customer), order: copy(e.order), day: copy(e.day), region: copy(e.region), rep: copy(e.rep),
        dealer: copy(e.dealer), net: copy(e.net), positiveLines: copy(e.positiveLines), lines: copy(e.lines),
      },
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      // By row, then column, so the list reads like the file whatever order the rows came in.
      rejected: this.rejected.slice().sort((x, y) => x.row - y.row || x.column - y.column),
      rejectedCount: this.rejectedCount,
      rowsWithoutOrder: this.rowsWithoutOrder,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
    };
  }
}

/** Reads a whole table at once: the same builder, for tests and small pasted tables. */
export function buildLedger(
  rows: Iterable<{ row: number; cells: readonly string[] }>,
  mapping: DiagnosisMapping,
  options: LedgerOptions = {},
): { ok: true; ledger: Ledger } | { ok: false; error: LedgerMappingError } {
  const created = createLedgerBuilder(mapping, options);
  if (!created.ok) return created;
  for (const { row, cells } of rows) created.builder.add(row, cells);
  return { ok: true, ledger: created.builder.finish() };
}
