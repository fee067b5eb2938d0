/**
 * Reading a split's input and the methods: each turns the units into quota = base + λ · weight
 * (equal, weights and history have base 0; increment has base = history). See split.ts for the
 * order of the steps.
 *
 * Pure module: no DOM, no UI strings.
 */

import {
  DEFAULT_ALPHA,
  MAX_OVER_PERCENT,
  MAX_ROUNDING_UNIT,
  MAX_SPLIT_TOTAL,
  MAX_SPLIT_UNITS,
  cents,
  isAmount,
  isRecord,
  issue,
  notice,
  splitMethods,
  sum,
  type SplitIssue,
  type SplitMethod,
  type SplitNotice,
} from './model';

// ---------------------------------------------------------------------------
// Reading the input

/** A unit after checking: every optional number is a valid amount or null. */
export interface CheckedUnit {
  name: string;
  history: number | null;
  potential: number | null;
  weight: number | null;
  min: number | null;
  max: number | null;
  commitment: number | null;
}

export interface CheckedInput {
  target: number;
  method: SplitMethod;
  alpha: number;
  overPercent: number;
  roundingUnit: number;
  units: CheckedUnit[];
}

const amountFields = ['history', 'potential', 'weight', 'min', 'max', 'commitment'] as const;

function checkUnit(raw: unknown, index: number, issues: SplitIssue[]): CheckedUnit {
  const unit: CheckedUnit = { name: '', history: null, potential: null, weight: null, min: null, max: null, commitment: null };
  if (!isRecord(raw)) {
    issues.push(issue('invalid-value', { unit: index, field: 'name' }));
    return unit;
  }
  if (typeof raw['name'] === 'string') unit.name = raw['name'];
  else issues.push(issue('invalid-value', { unit: index, field: 'name' }));
  for (const field of amountFields) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (isAmount(value)) unit[field] = value;
    else issues.push(issue('invalid-value', { unit: index, field }));
  }
  if (unit.min !== null && unit.max !== null && unit.min > unit.max) issues.push(issue('min-above-max', { unit: index }));
  return unit;
}

function optionalNumber(raw: Record<string, unknown>, key: string, fallback: number): number | null {
  const value = raw[key];
  if (value === undefined || value === null) return fallback;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function checkInput(input: unknown): { ok: true; value: CheckedInput } | { ok: false; issues: SplitIssue[] } {
  if (!isRecord(input) || !Array.isArray(input['units'])) return { ok: false, issues: [issue('invalid-input')] };
  const issues: SplitIssue[] = [];
  const rawUnits: readonly unknown[] = input['units'];
  if (rawUnits.length === 0) issues.push(issue('no-units'));
  if (rawUnits.length > MAX_SPLIT_UNITS) return { ok: false, issues: [issue('too-many-units', { amount: MAX_SPLIT_UNITS })] };

  const total = input['total'];
  const target = typeof total === 'number' && Number.isFinite(total) ? Math.round(total) : null;
  if (target === null || target <= 0 || target > MAX_SPLIT_TOTAL) issues.push(issue('invalid-total'));

  const method = input['method'];
  const knownMethod = splitMethods.find((name) => name === method);
  if (knownMethod === undefined) issues.push(issue('invalid-method'));

  const alpha = optionalNumber(input, 'alpha', DEFAULT_ALPHA);
  if (alpha === null || alpha < 0 || alpha > 1) issues.push(issue('invalid-alpha'));

  const overPercent = optionalNumber(input, 'overPercent', 0);
  if (overPercent === null || overPercent < 0 || overPercent > MAX_OVER_PERCENT) issues.push(issue('invalid-over'));

  const roundingUnit = optionalNumber(input, 'roundingUnit', 1);
  if (roundingUnit === null || !Number.isInteger(roundingUnit) || roundingUnit < 1 || roundingUnit > MAX_ROUNDING_UNIT) {
    issues.push(issue('invalid-rounding-unit'));
  }

  const units = rawUnits.map((raw, index) => checkUnit(raw, index, issues));
  if (issues.length > 0 || target === null || knownMethod === undefined || alpha === null || overPercent === null || roundingUnit === null) {
    return { ok: false, issues };
  }
  return { ok: true, value: { target, method: knownMethod, alpha, overPercent, roundingUnit, units } };
}

// ---------------------------------------------------------------------------
// Methods: each turns the units into quota = base + λ · weight

export type MethodResult =
  | { ok: true; base: number[]; weights: number[]; notices: SplitNotice[] }
  | { ok: false; issue: SplitIssue };

/** The field's values with missing ones as 0, and a notice naming the units that lacked it. */
function valuesOf(units: readonly CheckedUnit[], field: 'history' | 'potential' | 'weight'): { values: number[]; notices: SplitNotice[] } {
  const missing: number[] = [];
  const values = units.map((unit, index) => {
    const value = unit[field];
    if (value === null) missing.push(index);
    return value ?? 0;
  });
  const notices = missing.length > 0 ? [notice('missing-as-zero', missing, { field })] : [];
  return { values, notices };
}

function zeros(count: number): number[] {
  return new Array<number>(count).fill(0);
}

function equalMethod(units: readonly CheckedUnit[]): MethodResult {
  return { ok: true, base: zeros(units.length), weights: new Array<number>(units.length).fill(1), notices: [] };
}

function weightsMethod(units: readonly CheckedUnit[]): MethodResult {
  const { values, notices } = valuesOf(units, 'weight');
  if (!(sum(values) > 0)) return { ok: false, issue: issue('no-weights') };
  return { ok: true, base: zeros(units.length), weights: values, notices };
}

function historyMethod(units: readonly CheckedUnit[]): MethodResult {
  const { values, notices } = valuesOf(units, 'history');
  if (!(sum(values) > 0)) return { ok: false, issue: issue('no-history') };
  return { ok: true, base: zeros(units.length), weights: values, notices };
}

function incrementMethod(units: readonly CheckedUnit[], assignedTotal: number): MethodResult {
  const history = valuesOf(units, 'history');
  const potential = valuesOf(units, 'potential');
  const negative: number[] = [];
  const headroom = units.map((_, index) => {
    const room = (potential.values[index] ?? 0) - (history.values[index] ?? 0);
    if (room < 0 && units[index]?.potential !== null) negative.push(index);
    return Math.max(0, room);
  });
  const notices = [...history.notices, ...potential.notices];
  if (negative.length > 0) notices.push(notice('negative-headroom', negative));
  const increment = assignedTotal - sum(history.values);
  if (increment < 0) {
    // Cutting each unit by the same percentage of its history is the one rule that needs no
    // extra data and keeps the units' order.
    notices.push(notice('target-below-history', [], { amount: cents(-increment) }));
    return { ok: true, base: history.values, weights: history.values, notices };
  }
  if (increment > 0 && !(sum(headroom) > 0)) return { ok: false, issue: issue('no-headroom') };
  return { ok: true, base: history.values, weights: headroom, notices };
}

function blendMethod(units: readonly CheckedUnit[], alpha: number): MethodResult {
  const usesHistory = alpha > 0;
  const usesPotential = alpha < 1;
  const history = valuesOf(units, 'history');
  const potential = valuesOf(units, 'potential');
  const historySum = sum(history.values);
  const potentialSum = sum(potential.values);
  if (usesHistory && !(historySum > 0)) return { ok: false, issue: issue('no-history') };
  if (usesPotential && !(potentialSum > 0)) return { ok: false, issue: issue('no-potential') };
  const weights = units.map((_, index) => {
    const historyShare = usesHistory ? (history.values[index] ?? 0) / historySum : 0;
    const potentialShare = usesPotential ? (potential.values[index] ?? 0) / potentialSum : 0;
    return alpha * historyShare + (1 - alpha) * potentialShare;
  });
  const notices = [...(usesHistory ? history.notices : []), ...(usesPotential ? potential.notices : [])];
  return { ok: true, base: zeros(units.length), weights, notices };
}

export function applyMethod(input: CheckedInput, assignedTotal: number): MethodResult {
  switch (input.method) {
    case 'equal':
      return equalMethod(input.units);
    case 'weights':
      return weightsMethod(input.units);
    case 'history':
      return historyMethod(input.units);
    case 'increment':
      return incrementMethod(input.units, assignedTotal);
    case 'blend':
      return blendMethod(input.units, input.alpha);
  }
}
