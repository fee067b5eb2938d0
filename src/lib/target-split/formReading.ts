/**
 * The Target splitter's form as typed (form.ts) read into a state: every cell checked against the
 * schema, with an error beside each field that needs fixing. Loaded with the engine, as it needs
 * zod; the form's shape is apart in form.ts, which the page shows before this has loaded.
 *
 * Pure module: no DOM, no UI strings.
 */

import { parseField, type FieldError } from '../fields';
import { unitColumns, type AmountColumn, type SplitForm, type SplitFormErrors, type SplitFormReading, type SplitRowErrors } from './form';
import {
  alphaPercentSchema,
  amountSchema,
  nameError,
  overPercentSchema,
  roundingUnitSchema,
  splitStateSchema,
  totalSchema,
  type NameError,
  type SplitState,
  type SplitStateUnit,
} from './schema';

const MONTHS = 12;
const amountColumns = unitColumns.filter((column): column is AmountColumn => column !== 'name');
const totalSpec = { kind: 'money', schema: totalSchema } as const;
const overSpec = { kind: 'percent', schema: overPercentSchema, optional: true } as const;
const roundingSpec = { kind: 'count', schema: roundingUnitSchema } as const;
const alphaSpec = { kind: 'percent', schema: alphaPercentSchema } as const;
const amountSpec = { kind: 'money', schema: amountSchema } as const;

/** Reads a weight: plain or money style (`3`, `30万`) or a percent (`30%`). Empty is undefined. */
function readWeight(text: string, optional: boolean): FieldResult {
  const money = parseField(text, { ...amountSpec, optional });
  if (money.ok || money.error.code !== 'invalid') return money;
  const percent = parseField(text, { kind: 'percent', schema: amountSchema, optional });
  return percent.ok ? percent : money;
}

type FieldResult = ReturnType<typeof parseField>;

/** Reads a unit's name cell: trimmed, or why it cannot be a name. */
export function readNameCell(text: string): { ok: true; value: string } | { ok: false; error: NameError } {
  const error = nameError(text);
  return error === null ? { ok: true, value: text.trim() } : { ok: false, error };
}

/**
 * Reads one amount cell of the units table (empty means not given). Weights also take a percent.
 */
export function readAmountCell(column: AmountColumn, text: string): FieldResult {
  return column === 'weight' ? readWeight(text, true) : parseField(text, { ...amountSpec, optional: true });
}

/**
 * Reads 12 month texts: all empty is `value: undefined`; otherwise every one must be an amount
 * (or a weight, for month weights), and `errors` has 12 entries when any is not.
 */
export function readMonthCells(texts: readonly string[], asWeights: boolean): { value: number[] | undefined; errors: (FieldError | null)[] } {
  const cells = Array.from({ length: MONTHS }, (_, month) => texts[month] ?? '');
  if (cells.every((text) => text.trim() === '')) return { value: undefined, errors: [] };
  const results = cells.map((text) => (asWeights ? readWeight(text, false) : parseField(text, amountSpec)));
  if (results.every((result) => result.ok)) return { value: results.map((result) => (result.ok ? (result.value ?? 0) : 0)), errors: [] };
  return { value: undefined, errors: results.map((result) => (result.ok ? null : result.error)) };
}

/**
 * Reads the whole form. Fields the chosen method or seasonality does not use never block the
 * result: α outside 'blend' falls back to `fallback.alpha` when it cannot be read, and a unit's
 * months outside 'history' are kept only when they can be read. Custom month weights are part of
 * the state only while they are in use, so a plain scenario keeps its short link.
 */
export function readSplitForm(form: SplitForm, fallback: SplitState): SplitFormReading {
  const errors: SplitFormErrors = { monthWeights: [], rows: [] };
  let errorCount = 0;
  /** A field's number, or undefined; its error counts only while the field is in use. */
  const read = (key: 'total' | 'over' | 'rounding' | 'alpha', result: FieldResult, inUse = true): number | undefined => {
    if (result.ok) return result.value;
    if (inUse) {
      errors[key] = result.error;
      errorCount += 1;
    }
    return undefined;
  };

  const total = read('total', parseField(form.total, totalSpec));
  const over = read('over', parseField(form.over, overSpec));
  const rounding = read('rounding', parseField(form.rounding, roundingSpec));
  const alphaPercent = read('alpha', parseField(form.alpha, alphaSpec), form.method === 'blend');

  let monthWeights: number[] | undefined;
  if (form.seasonality === 'custom') {
    const weights = readMonthCells(form.monthWeights, true);
    if (weights.value === undefined && weights.errors.length === 0) {
      // Nothing typed at all: every month needs its weight.
      errors.monthWeights = new Array<FieldError | null>(MONTHS).fill({ code: 'empty' });
    } else errors.monthWeights = weights.errors;
    errorCount += errors.monthWeights.filter((error) => error !== null).length;
    monthWeights = weights.value;
  }

  const units: SplitStateUnit[] = form.rows.map((row) => {
    const rowErrors: SplitRowErrors = { name: null, cells: {}, months: [] };
    const name = readNameCell(row.cells.name);
    if (!name.ok) {
      rowErrors.name = name.error;
      errorCount += 1;
    }
    const unit: SplitStateUnit = { name: name.ok ? name.value : '' };
    for (const column of amountColumns) {
      const result = readAmountCell(column, row.cells[column]);
      if (!result.ok) {
        rowErrors.cells[column] = result.error;
        errorCount += 1;
      } else if (result.value !== undefined) unit[column] = result.value;
    }
    const months = readMonthCells(row.months, false);
    if (form.seasonality === 'history') {
      rowErrors.months = months.errors;
      errorCount += months.errors.filter((error) => error !== null).length;
    }
    if (months.value !== undefined) unit.months = months.value;
    errors.rows.push(rowErrors);
    return unit;
  });

  if (errorCount > 0 || total === undefined || rounding === undefined) return { state: null, errors, errorCount };
  const candidate: SplitState = {
    total,
    method: form.method,
    alpha: alphaPercent === undefined ? fallback.alpha : alphaPercent / 100,
    overPercent: over ?? 0,
    roundingUnit: rounding,
    seasonality: form.seasonality,
    ...(monthWeights === undefined ? {} : { monthWeights }),
    units,
  };
  const checked = splitStateSchema.safeParse(candidate);
  return { state: checked.success ? checked.data : null, errors, errorCount };
}
