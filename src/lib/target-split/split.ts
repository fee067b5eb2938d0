/**
 * Target splitting (业绩目标制定与分解): a company or regional target broken down to units
 * (regions, teams, people, dealers) and over the twelve months.
 *
 * Pure modules: no DOM, no UI strings. Results carry codes the UI translates; no output number is
 * ever NaN or ±Infinity. Public functions never throw, whatever they are given. What a split is
 * (input, codes, results, limits) is model.ts; this module puts the steps together.
 *
 * How a split is made, in order:
 * 1. The assigned total is the target plus the over-assignment: round(target × (1 + p/100)) in
 *    whole yuan, computed exactly (p is read to 0.01 percentage point, halves round up).
 * 2. The method (methods.ts) turns the units' data into a line per unit, quota = base + λ · weight
 *    (equal, weights and history have base 0; increment has base = history).
 * 3. Caps (caps.ts): quota = clamp(base + λ · weight, min, max), with λ found by clamping the units that
 *    break a cap and sharing what remains among the others by weight, until nothing moves.
 * 4. Rounding (rounding.ts): parts are whole multiples of the rounding unit, found in integers by the largest
 *    remainder method within each unit's caps, so they add up exactly to the assigned total.
 *    When that total is not a multiple of the rounding unit, the remainder (less than one unit)
 *    goes to the unit with the largest part that can take it under its maximum (see `remainder`).
 * 5. Months (months.ts): each quota is phased over 12 months and the unit × month table is rounded so that
 *    every row adds up to the unit's quota and every column to the company's month total.
 *
 * Ties are always broken towards the earlier unit (or the earlier month).
 */

import { checkFeasible, shareWithCaps } from './caps';
import { applyMethod, checkInput } from './methods';
import {
  assignedTotalOf,
  cents,
  isAmount,
  isRecord,
  issue,
  notice,
  seasonalityKinds,
  type Reconciliation,
  type SeasonalityKind,
  type SplitInput,
  type SplitIssue,
  type SplitNotice,
  type SplitResult,
  type SplitSuccess,
  type UnitQuota,
} from './model';
import { phaseMonths, type MonthProfile, type MonthTable } from './months';
import { roundShares } from './rounding';

/** (quota − history) / history in percent; null without a positive history or when it overflows. */
function growthPercentOf(quota: number, history: number | null): number | null {
  if (history === null || !(history > 0)) return null;
  const percent = ((quota - history) / history) * 100;
  return Number.isFinite(percent) ? percent : null;
}

/** Commitments against quotas: per unit in UnitQuota.gap, totals here. */
export function reconcile(
  quotas: readonly number[],
  commitments: readonly (number | null | undefined)[],
  assignedTotal: number,
  target: number,
): Reconciliation {
  let committedUnits = 0;
  let commitmentTotal = 0;
  let quotaOfCommitted = 0;
  quotas.forEach((quota, index) => {
    const commitment = commitments[index];
    if (!isAmount(commitment)) return;
    committedUnits += 1;
    commitmentTotal += commitment;
    quotaOfCommitted += Number.isFinite(quota) ? quota : 0;
  });
  const allCommitted = quotas.length > 0 && committedUnits === quotas.length;
  return {
    committedUnits,
    allCommitted,
    commitmentTotal: cents(commitmentTotal),
    quotaOfCommitted: cents(quotaOfCommitted),
    gap: cents(commitmentTotal - quotaOfCommitted),
    gapToAssignedTotal: allCommitted && Number.isFinite(assignedTotal) ? cents(commitmentTotal - assignedTotal) : null,
    gapToTarget: allCommitted && Number.isFinite(target) ? cents(commitmentTotal - target) : null,
  };
}

/**
 * Splits a target over units. Never throws; returns every input problem it finds at once, or the
 * quotas with notices. See the module comment for the order of the steps.
 */
export function splitTarget(input: SplitInput): SplitResult {
  const checked = checkInput(input);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  const { target, method, overPercent, roundingUnit, units } = checked.value;
  const assignedTotal = assignedTotalOf(target, overPercent);

  const infeasible = checkFeasible(units, assignedTotal);
  if (infeasible !== null) return { ok: false, issues: [infeasible] };
  const shaped = applyMethod(checked.value, assignedTotal);
  if (!shaped.ok) return { ok: false, issues: [shaped.issue] };

  const capped = shareWithCaps(
    assignedTotal,
    shaped.base,
    shaped.weights,
    units.map((unit) => unit.min),
    units.map((unit) => unit.max),
  );
  const rounded = roundShares(capped.values, units, assignedTotal, roundingUnit);

  const notices = [...shaped.notices];
  if (capped.equalFallback.length > 0) notices.push(notice('equal-share-fallback', capped.equalFallback));
  const atMin = capped.bound.flatMap((bound, index) => (bound === 'min' ? [index] : []));
  const atMax = capped.bound.flatMap((bound, index) => (bound === 'max' ? [index] : []));
  if (atMin.length > 0) notices.push(notice('raised-to-min', atMin));
  if (atMax.length > 0) notices.push(notice('capped-at-max', atMax));
  if (rounded.remainder !== null) notices.push(notice('remainder', [rounded.remainder.unit], { amount: rounded.remainder.amount }));
  if (rounded.broken.length > 0) notices.push(notice('cap-broken-by-rounding', rounded.broken));

  const quotas: UnitQuota[] = units.map((unit, index) => {
    const quota = rounded.parts[index] ?? 0;
    const history = unit.history;
    return {
      index,
      name: unit.name,
      quota,
      exact: capped.values[index] ?? 0,
      share: quota / assignedTotal,
      history,
      growthPercent: growthPercentOf(quota, history),
      bound: capped.bound[index] ?? null,
      commitment: unit.commitment,
      gap: unit.commitment === null ? null : cents(unit.commitment - quota),
    };
  });

  return {
    ok: true,
    method,
    target,
    overPercent,
    assignedTotal,
    roundingUnit,
    units: quotas,
    remainder: rounded.remainder,
    reconciliation: reconcile(
      rounded.parts,
      units.map((unit) => unit.commitment),
      assignedTotal,
      target,
    ),
    notices,
  };
}

// ---------------------------------------------------------------------------
// Everything at once

export interface TargetPlanInput extends SplitInput {
  readonly seasonality: SeasonalityKind;
  /** Custom month weights (12, ≥ 0), used when seasonality is 'custom'. */
  readonly monthWeights?: readonly number[] | undefined;
}

export type TargetPlan =
  | { ok: true; split: SplitSuccess; months: MonthTable; notices: readonly SplitNotice[] }
  | { ok: false; issues: readonly SplitIssue[] };

function profileOf(input: TargetPlanInput): MonthProfile | null {
  const kind = input.seasonality;
  if (kind === 'custom') return { kind, weights: input.monthWeights ?? [] };
  if (kind === 'history') return { kind, months: input.units.map((unit) => (isRecord(unit) ? unit.months : undefined)) };
  return seasonalityKinds.some((known) => known === kind) ? { kind } : null;
}

/** The split, its month table and every notice of both, for the tool and the export. */
export function planTargets(input: TargetPlanInput): TargetPlan {
  const split = splitTarget(input);
  if (!split.ok) return split;
  const profile = profileOf(input);
  if (profile === null) return { ok: false, issues: [issue('invalid-profile')] };
  const phased = phaseMonths({ quotas: split.units.map((unit) => unit.quota), roundingUnit: split.roundingUnit, profile });
  if (!phased.ok) return phased;
  return { ok: true, split, months: phased.table, notices: [...split.notices, ...phased.table.notices] };
}
