/**
 * The customer bridge from period A to period B: how much of the change came from new customers
 * (Part 2's 水平增长), how much was lost with customers who stopped, and how much retained
 * customers grew or shrank (垂直增长). In whole cents, so that
 * sales A + new − lost + growth − decline = sales B exactly.
 *
 * Pure module.
 *
 * A customer "bought" in a period when its net sales there are above zero. Each customer's
 * change b − a goes to exactly one bucket, which is why the bridge always closes:
 * - new: bought in B, not in A (amount b − a, above zero);
 * - lost: bought in A, not in B (amount a − b, above zero);
 * - grew / shrank: bought in both, by the sign of b − a;
 * - a customer that bought in neither but has returns in either (net zero or below on both sides)
 *   moves with growth or decline by the sign of b − a, and is counted as `returnsOnly`, so a
 *   late credit note is never called a new or a lost customer.
 */

import type { Ledger } from './ledger.ts';
import { inPeriod, type PeriodPair } from './periods.ts';

export type CustomerMoveKind = 'new' | 'lost' | 'grew' | 'shrank';

export interface CustomerMove {
  customer: string;
  aCents: number;
  bCents: number;
  changeCents: number;
  kind: CustomerMoveKind | 'returns-only';
}

export interface CustomerBridge {
  salesACents: number;
  salesBCents: number;
  /** All four as amounts of zero or more. */
  newCents: number;
  lostCents: number;
  growthCents: number;
  declineCents: number;
  /**
   * How many customers fall in each bucket. `unchanged`: bought the same in both; `returnsOnly`:
   * moved by returns alone. Customers with nothing in either period are in none.
   */
  customers: { new: number; lost: number; grew: number; shrank: number; unchanged: number; returnsOnly: number };
  /** The customers that moved most, largest |change| first (ties by key), up to the limit asked for. */
  movers: CustomerMove[];
}

export const DEFAULT_MOVERS_LIMIT = 20;

export function customerBridge(ledger: Ledger, periods: PeriodPair, options: { moversLimit?: number } = {}): CustomerBridge {
  const count = ledger.customers.length;
  const salesA = new Array<number>(count).fill(0);
  const salesB = new Array<number>(count).fill(0);
  const e = ledger.entries;
  for (let i = 0; i < e.day.length; i += 1) {
    const day = e.day[i] ?? 0;
    const customer = e.customer[i] ?? 0;
    const net = e.net[i] ?? 0;
    if (inPeriod(day, periods.a)) salesA[customer] = (salesA[customer] ?? 0) + net;
    if (inPeriod(day, periods.b)) salesB[customer] = (salesB[customer] ?? 0) + net;
  }

  const bridge: CustomerBridge = {
    salesACents: 0, salesBCents: 0, newCents: 0, lostCents: 0, growthCents: 0, declineCents: 0,
    customers: { new: 0, lost: 0, grew: 0, shrank: 0, unchanged: 0, returnsOnly: 0 },
    movers: [],
  };
  const moves: CustomerMove[] = [];
  for (let customer = 0; customer < count; customer += 1) {
    const a = salesA[customer] ?? 0;
    const b = salesB[customer] ?? 0;
    bridge.salesACents += a;
    bridge.salesBCents += b;
    const change = b - a;
    const kind = moveKind(a, b);
    if (kind === 'new') bridge.newCents += change;
    else if (kind === 'lost') bridge.lostCents -= change;
    else if (change > 0) bridge.growthCents += change;
    else bridge.declineCents -= change;
    if (kind === 'returns-only') bridge.customers.returnsOnly += change === 0 ? 0 : 1;
    else if (kind === 'grew' || kind === 'shrank') bridge.customers[change === 0 ? 'unchanged' : kind] += 1;
    else bridge.customers[kind] += 1;
    if (change !== 0) moves.push({ customer: ledger.customers[customer] ?? '', aCents: a, bCents: b, changeCents: change, kind });
  }
  const limit = Math.max(0, Math.trunc(options.moversLimit ?? DEFAULT_MOVERS_LIMIT));
  moves.sort((x, y) => Math.abs(y.changeCents) - Math.abs(x.changeCents) || (x.customer < y.customer ? -1 : 1));
  bridge.movers = moves.slice(0, limit);
  return bridge;
}

function moveKind(a: number, b: number): CustomerMove['kind'] {
  if (a <= 0 && b > 0) return 'new';
  if (a > 0 && b <= 0) return 'lost';
  if (a > 0 && b > 0) return b >= a ? 'grew' : 'shrank';
  return 'returns-only';
}
