/** Filling a sheet from the growth calculator's saved scenario (see fill.ts). */

import { growthStateSchema } from '../growth/schema';
import { computeGrowthScenario, leverKeys, type GrowthState, type LeverKey } from '../growth/model';
import { roundTo } from '../numbers';
import { plainNumber } from '../share';
import type { Filler, FillOutcome } from './fill';
import type { GrowthFill, Worksheet } from './schema';
import { sheetFields } from './values';
import type { Cells, SheetValues } from './valuesSchema';

/** The growth rows a sheet can name: the three levers, and sales (their product). */
export type GrowthRowId = LeverKey | 'sales';

export interface GrowthCells {
  current: string | null;
  target: string | null;
  change: string | null;
}

/**
 * A number as a cell holds it: plain digits a person could have typed, rounded to what the
 * cell's kind shows (2 decimals), without exponent or float noise.
 */
export function cellText(value: number | null, decimals = 2): string | null {
  return value === null || !Number.isFinite(value) ? null : plainNumber(roundTo(value, decimals));
}

/**
 * A planned count is usually fractional (200 × 1.26 = 251.98 customers). A fraction of a customer
 * cannot be covered, so the sheet rounds up: the plan on paper still reaches the target.
 */
function wholeUp(value: number | null): string | null {
  return value === null || !Number.isFinite(value) ? null : plainNumber(Math.ceil(roundTo(value, 6)));
}

/**
 * The growth calculator's scenario as sheet cells: for each lever its current value, planned value
 * and uplift in percent; for sales the current sales, the target and the change the target asks for.
 */
export function growthCells(state: GrowthState): Record<GrowthRowId, GrowthCells> {
  const scenario = computeGrowthScenario(state);
  const cells = {} as Record<GrowthRowId, GrowthCells>;
  for (const lever of scenario.levers) {
    cells[lever.key] = {
      current: lever.key === 'customers' ? wholeUp(lever.current) : cellText(lever.current),
      target: lever.key === 'customers' ? wholeUp(lever.planned) : cellText(lever.planned),
      change: cellText(lever.upliftPercent),
    };
  }
  cells.sales = {
    current: cellText(scenario.sales),
    target: cellText(scenario.target),
    change:
      scenario.target !== null && scenario.sales !== null && scenario.sales > 0
        ? cellText(((scenario.target - scenario.sales) * 100) / scenario.sales)
        : null,
  };
  return cells;
}

function isGrowthRow(id: string): id is GrowthRowId {
  return id === 'sales' || (leverKeys as readonly string[]).includes(id);
}

/**
 * Writes a growth scenario into the table a sheet names (computed columns are left to compute),
 * and ticks the basis its numbers are on where the sheet has a field for it. A copy saved before
 * the calculator had a basis reads as the course's transactions basis (lib/growth/schema.ts).
 */
export function applyGrowthFill(sheet: Worksheet, values: SheetValues, fill: GrowthFill, state: GrowthState): FillOutcome {
  const fields = sheetFields(sheet);
  const table = fields.find((field) => field.id === fill.table);
  if (table?.type !== 'table' || typeof table.rows === 'number') return { values, filled: 0 };
  const cells = growthCells(state);
  const typed = (id: string | undefined) => {
    const column = table.columns.find((candidate) => candidate.id === id);
    return column && column.kind !== 'ratio' && column.kind !== 'change' ? column.id : null;
  };
  const targets = { current: typed(fill.current), target: typed(fill.target), change: typed(fill.change) };
  const existing = values.values[table.id];
  const rows: Cells[] = Array.isArray(existing) ? (existing as Cells[]).map((row) => ({ ...row })) : [];
  let filled = 0;
  table.rows.forEach((row, index) => {
    const source = isGrowthRow(row.id) ? cells[row.id] : undefined;
    if (!source) return;
    const cellsOfRow: Cells = { ...(rows[index] ?? {}) };
    for (const role of ['current', 'target', 'change'] as const) {
      const column = targets[role];
      const value = source[role];
      if (column !== null && value !== null) {
        cellsOfRow[column] = value;
        filled += 1;
      }
    }
    rows[index] = cellsOfRow;
  });
  const next = { ...values.values, [table.id]: rows };
  const bases = fill.basis === undefined ? undefined : fields.find((field) => field.id === fill.basis);
  if (filled > 0 && bases?.type === 'checkboxes' && bases.options.some((option) => option.id === state.basis)) {
    next[bases.id] = [state.basis];
    filled += 1;
  }
  return { values: { header: values.header, values: next }, filled };
}

/** The growth calculator saves under `playbook:growth`, version 1 (islands/growth/useGrowthState.ts). */
export const growthFiller: Filler<GrowthState> = {
  storageKey: 'playbook:growth',
  version: 1,
  schema: growthStateSchema,
  apply: (sheet, values, fill, state) => (fill.source === 'growth' ? applyGrowthFill(sheet, values, fill, state) : { values, filled: 0 }),
};
