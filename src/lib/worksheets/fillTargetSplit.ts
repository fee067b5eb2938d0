/** Filling a sheet from the target splitter's saved split: units × 12 months (see fill.ts). */

import { planTargets } from '../target-split/split';
import { splitStateSchema, type SplitState } from '../target-split/schema';
import type { Filler, FillOutcome } from './fill';
import type { TargetSplitFill, Worksheet } from './schema';
import { sheetFields } from './values';
import type { Cells, FieldValue, SheetValues } from './valuesSchema';

/** A whole number of yuan as a cell holds it. */
const yuan = (value: number) => String(Math.round(value));

/**
 * Writes the split into the sheet: one row per unit with its quota and/or its twelve months
 * (columns `m1`…`m12`), replacing the table's rows, and the target, over-assignment, rounding unit and method into the
 * fields the definition names. Nothing is written when the split cannot be computed.
 */
export function applyTargetSplitFill(sheet: Worksheet, values: SheetValues, fill: TargetSplitFill, state: SplitState): FillOutcome {
  const fields = sheetFields(sheet);
  const table = fields.find((field) => field.id === fill.table);
  if (table?.type !== 'table' || typeof table.rows !== 'number') return { values, filled: 0 };
  const plan = planTargets(state);
  if (!plan.ok || plan.split.units.length === 0) return { values, filled: 0 };

  let filled = 0;
  const rows: Cells[] = plan.split.units.slice(0, table.maxRows).map((unit, index) => {
    const cells: Cells = { [fill.unitColumn]: unit.name };
    if (fill.quotaColumn !== undefined) {
      cells[fill.quotaColumn] = yuan(unit.quota);
      filled += 1;
    }
    if (fill.months) {
      (plan.months.rows[index]?.months ?? []).forEach((amount, month) => {
        cells[`m${month + 1}`] = yuan(amount);
        filled += 1;
      });
    }
    return cells;
  });
  const next: Record<string, FieldValue> = { ...values.values, [table.id]: rows };
  const setNumber = (id: string | undefined, value: number, skipWhen: number) => {
    if (id === undefined || value === skipWhen) return;
    next[id] = String(value);
    filled += 1;
  };
  setNumber(fill.target, state.total, Number.NaN);
  setNumber(fill.over, state.overPercent, 0);
  setNumber(fill.rounding, state.roundingUnit, 1);
  if (fill.method !== undefined) {
    const methods = fields.find((field) => field.id === fill.method);
    if (methods?.type === 'checkboxes' && methods.options.some((option) => option.id === state.method)) {
      next[methods.id] = [state.method];
      filled += 1;
    }
  }
  return { values: { header: values.header, values: next }, filled };
}

/** The target splitter saves under `playbook:target-split`, version 1 (TargetSplitter's state hook). */
export const targetSplitFiller: Filler<SplitState> = {
  storageKey: 'playbook:target-split',
  version: 1,
  schema: splitStateSchema,
  apply: (sheet, values, fill, state) =>
    fill.source === 'target-split' ? applyTargetSplitFill(sheet, values, fill, state) : { values, filled: 0 },
};
