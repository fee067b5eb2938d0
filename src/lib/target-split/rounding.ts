/**
 * Rounding in whole rounding units so that sums hold exactly: the units' parts by the largest
 * remainder method within their caps (apportion, roundShares), and the unit × month table by
 * controlled rounding along augmenting paths, a small max-flow (roundTable).
 *
 * Pure module: no DOM, no UI strings.
 */

import { sum } from './model';
import type { CheckedUnit } from './methods';

/** A year has twelve months: the month table's columns. */
export const MONTHS = 12;

// ---------------------------------------------------------------------------
// Integer apportionment

export interface ApportionBounds {
  /** Hard bounds: never crossed. Σ lower ≤ count ≤ Σ upper is required. */
  readonly lower?: readonly number[];
  readonly upper?: readonly number[];
  /** Soft bounds inside the hard ones: kept whenever some other move can be made instead. */
  readonly softLower?: readonly number[];
  readonly softUpper?: readonly number[];
}

/**
 * Whole numbers x_i adding up to exactly `count`, as close to the real targets t_i as the bounds
 * allow: floors first (clamped into the soft bounds when they leave room), then one more to the
 * largest remainders, or one less from the smallest, ties to the earlier index. A move that keeps
 * a unit inside its soft bounds always goes before one that does not. Everything is integer
 * arithmetic on the floors, so float error in the targets can shift a unit but never the sum.
 */
export function apportion(count: number, targets: readonly number[], bounds: ApportionBounds = {}): number[] {
  const low = (index: number): number => bounds.lower?.[index] ?? 0;
  const high = (index: number): number => bounds.upper?.[index] ?? Number.POSITIVE_INFINITY;
  const softLow = (index: number): number => Math.max(low(index), bounds.softLower?.[index] ?? 0);
  const softHigh = (index: number): number => Math.min(high(index), bounds.softUpper?.[index] ?? Number.POSITIVE_INFINITY);
  const parts = targets.map((target, index) => {
    const floor = Number.isFinite(target) ? Math.floor(target) : 0;
    const soft = softLow(index) <= softHigh(index);
    return Math.min(soft ? softHigh(index) : high(index), Math.max(soft ? softLow(index) : low(index), floor));
  });
  let missing = count - sum(parts);
  const order = targets.map((_, index) => index);
  const remainderOf = (index: number): number => (targets[index] ?? 0) - (parts[index] ?? 0);

  while (missing !== 0) {
    const adding = missing > 0;
    const movable = order.filter((index) => (adding ? (parts[index] ?? 0) < high(index) : (parts[index] ?? 0) > low(index)));
    const keepsSoft = movable.filter((index) =>
      adding ? (parts[index] ?? 0) + 1 <= softHigh(index) : (parts[index] ?? 0) - 1 >= softLow(index),
    );
    const candidates = keepsSoft.length > 0 ? keepsSoft : movable;
    if (candidates.length === 0) break;
    candidates.sort((a, b) => {
      const difference = adding ? remainderOf(b) - remainderOf(a) : remainderOf(a) - remainderOf(b);
      return difference !== 0 ? difference : adding ? a - b : b - a;
    });
    // One more each, in order, to the candidates within one of the best: exactly what giving
    // units one at a time to the current best would do, in far fewer passes.
    const best = remainderOf(candidates[0] ?? 0);
    let moves = 0;
    for (const index of candidates) {
      if (moves === Math.abs(missing)) break;
      const remainder = remainderOf(index);
      if (moves > 0 && (adding ? remainder <= best - 1 : remainder >= best + 1)) break;
      parts[index] = (parts[index] ?? 0) + (adding ? 1 : -1);
      moves += 1;
    }
    missing += adding ? -moves : moves;
  }
  return parts;
}

export interface Rounded {
  parts: number[];
  remainder: { unit: number; amount: number } | null;
  broken: number[];
}

/**
 * Rounds the capped shares to multiples of the rounding unit. Caps in whole rounding units (min
 * rounded up, max rounded down) are soft bounds, kept whenever the sum allows; the nearest
 * multiples outside the caps are hard bounds, so a cap that allows no multiple, or caps whose
 * multiples cannot reach the total, are missed by less than one rounding unit and reported.
 */
export function roundShares(values: readonly number[], units: readonly CheckedUnit[], assignedTotal: number, roundingUnit: number): Rounded {
  const steps = Math.floor(assignedTotal / roundingUnit);
  const leftover = assignedTotal - steps * roundingUnit;
  const parts = apportion(
    steps,
    values.map((value) => value / roundingUnit),
    {
      lower: units.map((unit) => (unit.min === null ? 0 : Math.floor(unit.min / roundingUnit))),
      upper: units.map((unit) => (unit.max === null ? Number.POSITIVE_INFINITY : Math.ceil(unit.max / roundingUnit))),
      softLower: units.map((unit) => (unit.min === null ? 0 : Math.ceil(unit.min / roundingUnit))),
      softUpper: units.map((unit) => (unit.max === null ? Number.POSITIVE_INFINITY : Math.floor(unit.max / roundingUnit))),
    },
  ).map((part) => part * roundingUnit);

  let remainder: Rounded['remainder'] = null;
  if (leftover > 0) {
    const unit = remainderRecipient(parts, values, units, leftover);
    parts[unit] = (parts[unit] ?? 0) + leftover;
    remainder = { unit, amount: leftover };
  }
  const broken = parts.flatMap((part, index) => {
    const unit = units[index];
    const below = unit !== undefined && unit.min !== null && part < unit.min;
    const above = unit !== undefined && unit.max !== null && part > unit.max;
    return below || above ? [index] : [];
  });
  return { parts, remainder, broken };
}

/**
 * The unit with the largest part that can take `amount` more under its maximum, or the largest
 * part of all when none can. Equal parts go to the larger exact share, then the earlier unit.
 */
function remainderRecipient(parts: readonly number[], exact: readonly number[], units: readonly CheckedUnit[], amount: number): number {
  const larger = (a: number, b: number): boolean =>
    (parts[a] ?? 0) > (parts[b] ?? 0) || ((parts[a] ?? 0) === (parts[b] ?? 0) && (exact[a] ?? 0) > (exact[b] ?? 0));
  let best = -1;
  let largest = 0;
  parts.forEach((part, index) => {
    if (larger(index, largest)) largest = index;
    const max = units[index]?.max ?? null;
    if (max !== null && part + amount > max) return;
    if (best === -1 || larger(index, best)) best = index;
  });
  return best === -1 ? largest : best;
}

// ---------------------------------------------------------------------------
// The month table

export interface RoundedTable {
  cells: number[][];
  columns: number[];
  stretched: number[];
}

/**
 * Writes steps × weight = denominator × floor + remainder into the two arrays at `cell`, exactly:
 * plain numbers while the product stays below 2^53 (always, for realistic inputs), BigInt beyond.
 */
function divideExactly(steps: number, weight: number, denominator: number, floors: Float64Array, remainders: Float64Array, cell: number): void {
  const product = steps * weight;
  if (product <= Number.MAX_SAFE_INTEGER) {
    const remainder = product % denominator;
    floors[cell] = (product - remainder) / denominator;
    remainders[cell] = remainder;
    return;
  }
  const big = BigInt(steps) * BigInt(weight);
  const scale = BigInt(denominator);
  floors[cell] = Number(big / scale);
  remainders[cell] = Number(big % scale);
}

/** Controlled rounding of steps_i × w_ij / D; see phaseMonths. Cells are stored row-major. */
export function roundTable(steps: readonly number[], weights: readonly (readonly number[])[], denominator: number): RoundedTable {
  const rows = steps.length;
  const floors = new Float64Array(rows * MONTHS);
  const remainders = new Float64Array(rows * MONTHS);
  // Column sums kept as Σ floors plus Σ remainders, both exact as numbers: the remainders are
  // below D (≤ 1e9) each, so their sum stays far below 2^53 for any table this module accepts.
  const columnFloors = new Array<number>(MONTHS).fill(0);
  const columnRemainders = new Array<number>(MONTHS).fill(0);
  const rowNeed = new Array<number>(rows).fill(0);

  for (let row = 0; row < rows; row += 1) {
    let placed = 0;
    for (let month = 0; month < MONTHS; month += 1) {
      const cell = row * MONTHS + month;
      divideExactly(steps[row] ?? 0, weights[row]?.[month] ?? 0, denominator, floors, remainders, cell);
      const floor = floors[cell] ?? 0;
      const remainder = remainders[cell] ?? 0;
      columnFloors[month] = (columnFloors[month] ?? 0) + floor;
      columnRemainders[month] = (columnRemainders[month] ?? 0) + remainder;
      placed += floor;
    }
    rowNeed[row] = (steps[row] ?? 0) - placed;
  }

  // Company month totals: the exact column sums rounded by largest remainder.
  const columns = columnFloors.map((floor, month) => floor + Math.floor((columnRemainders[month] ?? 0) / denominator));
  const extra = apportion(
    sum(steps) - sum(columns),
    columnRemainders.map((remainder) => (remainder % denominator) / denominator),
  );
  extra.forEach((value, month) => (columns[month] = (columns[month] ?? 0) + value));
  const columnNeed = columns.map((column, month) => column - (columnFloors[month] ?? 0));
  const added = new Float64Array(rows * MONTHS);

  // Stage 1a: largest remainders first, where row and column both still need a unit.
  const candidates: number[] = [];
  for (let cell = 0; cell < rows * MONTHS; cell += 1) if ((remainders[cell] ?? 0) > 0) candidates.push(cell);
  candidates.sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b);
  for (const cell of candidates) {
    const row = Math.floor(cell / MONTHS);
    const month = cell % MONTHS;
    if ((rowNeed[row] ?? 0) > 0 && (columnNeed[month] ?? 0) > 0) {
      added[cell] = 1;
      rowNeed[row] = (rowNeed[row] ?? 0) - 1;
      columnNeed[month] = (columnNeed[month] ?? 0) - 1;
    }
  }

  // Stages 1b, 2, 3: augmenting paths with growing cell capacities.
  const capacities: ((cell: number) => number)[] = [
    (cell) => ((remainders[cell] ?? 0) > 0 ? 1 : 0),
    (cell) => ((weights[Math.floor(cell / MONTHS)]?.[cell % MONTHS] ?? 0) > 0 ? Number.POSITIVE_INFINITY : 0),
    () => Number.POSITIVE_INFINITY,
  ];
  const flow: FlowState = { added, rowNeed, columnNeed };
  for (const capacity of capacities) {
    for (let row = 0; row < rows; row += 1) {
      while ((rowNeed[row] ?? 0) > 0 && augment(flow, row, capacity)) {
        // keep augmenting this row while a path exists
      }
    }
  }

  const stretched: number[] = [];
  const cells: number[][] = [];
  for (let row = 0; row < rows; row += 1) {
    const cellRow: number[] = [];
    let beyond = false;
    for (let month = 0; month < MONTHS; month += 1) {
      const cell = row * MONTHS + month;
      const more = added[cell] ?? 0;
      if (more > ((remainders[cell] ?? 0) > 0 ? 1 : 0)) beyond = true;
      cellRow.push((floors[cell] ?? 0) + more);
    }
    if (beyond) stretched.push(row);
    cells.push(cellRow);
  }
  return { cells, columns, stretched };
}

interface FlowState {
  /** Units added above each cell's floor, row-major. */
  added: Float64Array;
  rowNeed: number[];
  columnNeed: number[];
}

/**
 * One augmenting path from `start` (a row that still needs units) to a month that still needs
 * units, by breadth-first search: row → month along a cell below its capacity, month → row along
 * a cell that already took extra units (taking one back). Applies the path; false when none.
 */
function augment(flow: FlowState, start: number, capacity: (cell: number) => number): boolean {
  const { added, rowNeed, columnNeed } = flow;
  const rows = rowNeed.length;
  const monthFrom = new Array<number>(MONTHS).fill(-1);
  const rowFrom = new Int32Array(rows).fill(-1);
  const rowSeen = new Uint8Array(rows);
  rowSeen[start] = 1;
  let frontier = [start];
  let found = -1;

  while (frontier.length > 0 && found === -1) {
    const nextRows: number[] = [];
    for (const row of frontier) {
      for (let month = 0; month < MONTHS && found === -1; month += 1) {
        const cell = row * MONTHS + month;
        if (monthFrom[month] !== -1 || (added[cell] ?? 0) >= capacity(cell)) continue;
        monthFrom[month] = row;
        if ((columnNeed[month] ?? 0) > 0) {
          found = month;
          break;
        }
        for (let other = 0; other < rows; other += 1) {
          if (rowSeen[other] === 1 || (added[other * MONTHS + month] ?? 0) <= 0) continue;
          rowSeen[other] = 1;
          rowFrom[other] = month;
          nextRows.push(other);
        }
      }
      if (found !== -1) break;
    }
    frontier = nextRows;
  }
  if (found === -1) return false;

  // Walk back: add on forward cells, take back on the cells used in reverse.
  let month = found;
  for (;;) {
    const row = monthFrom[month] ?? start;
    added[row * MONTHS + month] = (added[row * MONTHS + month] ?? 0) + 1;
    if (row === start) break;
    const previousMonth = rowFrom[row] ?? 0;
    added[row * MONTHS + previousMonth] = (added[row * MONTHS + previousMonth] ?? 0) - 1;
    month = previousMonth;
  }
  rowNeed[start] = (rowNeed[start] ?? 0) - 1;
  columnNeed[found] = (columnNeed[found] ?? 0) - 1;
  return true;
}
