/**
 * Edits to the opportunity finder's table that a person makes after the first look: replacing it
 * with an imported one, adding an outlet not yet covered, removing an added one. Kept apart from
 * model.ts so a page fetches them with the import and the growth-split panel that use them.
 */

import type { NumberFieldSpec } from '../fields.ts';
import {
  MAX_NAME_LENGTH,
  MAX_ROWS,
  type OpportunityRow,
  type OpportunityState,
  type OpportunityStateRow,
} from './model.ts';
import { isMoney, regionOf } from './analysis.ts';
import { moneySchema } from './schema.ts';

/**
 * The state with an imported table in place of the old one. Outlets the user added (isNew) stay
 * unless the file has a row of the same name; picks stay for names still in the table. Beyond
 * MAX_ROWS the rest is cut and counted in `truncated`.
 */
export function replaceRows(
  state: OpportunityState,
  imported: readonly OpportunityRow[],
): { state: OpportunityState; keptNew: number; truncated: number } {
  const importedRows: OpportunityStateRow[] = imported.map((row) => ({
    name: row.name.trim(),
    sales: row.sales,
    lastSales: row.lastSales ?? null,
    potential: row.potential ?? null,
    willingness: row.willingness ?? null,
    region: regionOf(row.region),
    isNew: false,
  }));
  const importedNames = new Set(importedRows.map((row) => row.name));
  const added = state.rows.filter((row) => row.isNew && !importedNames.has(row.name));
  const combined = [...importedRows, ...added];
  const rows = combined.slice(0, MAX_ROWS);
  const names = new Set(rows.map((row) => row.name));
  return {
    state: { ...state, rows, picked: state.picked.filter((name) => names.has(name)) },
    keptNew: rows.filter((row) => row.isNew).length,
    truncated: combined.length - rows.length,
  };
}

/**
 * - 'name-empty' / 'name-too-long' / 'region-too-long': text out of bounds
 * - 'name-taken': a row of that name is in the table already (picks refer to rows by name)
 * - 'too-many-rows': the table holds MAX_ROWS rows already
 */
export type AddOutletError = 'name-empty' | 'name-too-long' | 'name-taken' | 'region-too-long' | 'too-many-rows';

/** Adds an outlet not yet covered (sales 0, marked new): horizontal growth the user knows of. */
export function addOutlet(
  state: OpportunityState,
  outlet: { name: string; potential: number | null; region: string },
): { ok: true; state: OpportunityState } | { ok: false; error: AddOutletError } {
  const name = outlet.name.trim();
  const region = outlet.region.trim();
  if (name === '') return { ok: false, error: 'name-empty' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, error: 'name-too-long' };
  if (region.length > MAX_NAME_LENGTH) return { ok: false, error: 'region-too-long' };
  if (state.rows.some((row) => row.name === name)) return { ok: false, error: 'name-taken' };
  if (state.rows.length >= MAX_ROWS) return { ok: false, error: 'too-many-rows' };
  const potential = isMoney(outlet.potential) ? outlet.potential : null;
  const row: OpportunityStateRow = {
    name,
    sales: 0,
    lastSales: null,
    potential,
    willingness: null,
    region: region === '' ? null : region,
    isNew: true,
  };
  return { ok: true, state: { ...state, rows: [...state.rows, row] } };
}

/** Removes an added outlet (only rows marked new) and its pick. */
export function removeOutlet(state: OpportunityState, name: string): OpportunityState {
  const rows = state.rows.filter((row) => !(row.isNew && row.name === name));
  const stillThere = rows.some((row) => row.name === name);
  return { ...state, rows, picked: stillThere ? state.picked : state.picked.filter((picked) => picked !== name) };
}

/** The potential field of "add an uncovered outlet": money in yuan, 0–1e15, required. */
export const outletPotentialField = { kind: 'money', schema: moneySchema } as const satisfies NumberFieldSpec;
