// Types only from zod: the page shows the example without downloading zod (see useSavedTool).
import type * as z from 'zod/mini';
import { attributeLmdi } from './attribution';
import { clean, planGrowth, type Goal, type Lever, type NoticeCode, type PlanStatus } from './plan';
import type { growthStateSchema } from './schema';
import type { QueryChoice, QueryNumber } from '../share';

/** The calculator's state; its schema, with each field's meaning, unit and bounds, is schema.ts. */
export type GrowthState = z.output<typeof growthStateSchema>;

/**
 * The basis (口径) the three factors are measured on:
 * - 'transactions', the course's definition: 活跃率 is the purchase frequency, transactions per
 *   covered customer in the period (150 % = 1.5 each, no cap); 平均成交金额 is the average value of
 *   one transaction;
 * - 'buyers', a common second measurement: 活跃率 is the share of covered customers who ordered
 *   (at most 100 %), and the third factor is sales per ordering customer.
 * Either way the three multiply to sales; only the cap on the rate differs.
 */
export const growthBases = ['transactions', 'buyers'] as const;
export type GrowthBasis = (typeof growthBases)[number];

/** The state's number fields (the basis is the one field that is not a number). */
export type GrowthKey = Exclude<keyof GrowthState, 'basis'>;
export type GrowthChoiceKey = 'basis';

/** The course's illustrative starting point: 200 customers × 30 % × ¥5,000 = ¥300,000, doubled. */
export const growthDefaults: GrowthState = { customers: 200, active: 30, aov: 5000, goal: 2, step: 10, basis: 'transactions' };

/** The highest share of buyers there can be: all covered customers ordered (100 %). */
export const buyerShareMax = 100;

/**
 * The number fields in the form's order, with their link parameters: short names a trainer can
 * type (`?customers=200&active=30&aov=5000&goal=2`). schema.ts adds each field's bounds.
 */
export const growthFields = [
  { key: 'customers', param: 'customers', kind: 'count' },
  { key: 'active', param: 'active', kind: 'percent' },
  { key: 'aov', param: 'aov', kind: 'money' },
  { key: 'goal', param: 'goal', kind: 'multiple' },
  { key: 'target', param: 'target', kind: 'money' },
  { key: 'upCustomers', param: 'up_customers', kind: 'percent', allowNegative: true },
  { key: 'upActive', param: 'up_active', kind: 'percent', allowNegative: true },
  { key: 'upAov', param: 'up_aov', kind: 'percent', allowNegative: true },
  { key: 'step', param: 'step', kind: 'percent', allowNegative: true, omitWhen: 10 },
] as const satisfies readonly Omit<QueryNumber<GrowthKey>, 'schema'>[];

/**
 * The basis in links: `basis=buyers`; the course's transactions basis is the default, which links
 * leave out, so a link made before the basis existed reads as it always did.
 */
export const growthChoices = [
  { key: 'basis', param: 'basis', options: growthBases, omitWhen: 'transactions' },
] as const satisfies readonly QueryChoice<GrowthChoiceKey>[];

/** Flags a link may carry besides the state. */
export const growthFlags = ['present'] as const;

/** The three levers of the formula, in the order the course names them. */
export const leverKeys = ['customers', 'active', 'aov'] as const;
export type LeverKey = (typeof leverKeys)[number];

const upliftKey = { customers: 'upCustomers', active: 'upActive', aov: 'upAov' } as const satisfies Record<
  LeverKey,
  GrowthKey
>;

/**
 * A result as the calculator reports it: to 15 significant digits, which drops binary rounding
 * noise (0.6 × 3 is 1.7999999999999998 in floating point, reported as 1.8) and nothing a person
 * could read or type.
 */
function tidy(value: number | null): number | null {
  return value === null ? null : clean(Number(value.toPrecision(15)));
}

/** Converts a lever to the unit people read: the activity rate in percent, the others as they are. */
function toDisplay(key: LeverKey, value: number): number | null {
  return tidy(key === 'active' ? value * 100 : value);
}

export interface LeverResult {
  key: LeverKey;
  current: number;
  /** Planned value in the unit people read (activity rate in percent); null when undefined. */
  planned: number | null;
  upliftPercent: number | null;
  fixed: boolean;
  capped: boolean;
  /** Share of the change in sales owed to this lever (LMDI), in yuan, rounded to the cent. */
  contribution: number | null;
}

export interface GrowthScenario {
  /** The basis the numbers are on. */
  basis: GrowthBasis;
  status: PlanStatus;
  sales: number | null;
  target: number | null;
  planned: number | null;
  multiple: number | null;
  shortfall: { amount: number; percentOfTarget: number } | null;
  notices: { code: NoticeCode; keys: LeverKey[] }[];
  /** Why the contributions are missing, when they are. */
  attribution: 'ok' | 'zero-factor' | 'no-change';
  levers: LeverResult[];
}

/**
 * The state's levers for plan.ts: the active rate as a fraction, capped at 1 (everyone
 * ordered) on the buyers basis and uncapped on the transactions basis, where 1.5 means 1.5
 * transactions per covered customer.
 */
export function leversOf(state: GrowthState): Lever[] {
  const capped = state.basis === 'buyers';
  return leverKeys.map((key) => ({
    key,
    value: key === 'active' ? state.active / 100 : state[key],
    ...(key === 'active' && capped ? { max: buyerShareMax / 100 } : {}),
    fixedUpliftPercent: state[upliftKey[key]],
  }));
}

/** The state's goal: the target amount when there is one, else the multiple. */
export function goalOf(state: GrowthState): Goal {
  return state.target !== undefined ? { kind: 'target', amount: state.target } : { kind: 'multiple', multiple: state.goal };
}

/**
 * Everything the calculator shows at first, computed from one valid state. The sensitivity
 * table, in a section closed at first, is sensitivityRows (sensitivity.ts).
 */
export function computeGrowthScenario(state: GrowthState): GrowthScenario {
  const levers = leversOf(state);
  const plan = planGrowth(levers, goalOf(state));

  const plannedValues = plan.levers.map((lever) => lever.planned);
  const canAttribute = plannedValues.length === levers.length && plannedValues.every((v) => v !== null);
  const attribution = canAttribute
    ? attributeLmdi(
        levers.map((lever) => lever.value),
        plannedValues as number[],
      )
    : { ok: false as const, reason: 'zero-factor' as const };
  const noChange = attribution.ok && attribution.change === 0;

  return {
    basis: state.basis,
    status: plan.status,
    sales: tidy(plan.currentSales),
    target: tidy(plan.targetSales),
    planned: tidy(plan.plannedSales),
    multiple: tidy(plan.multiple),
    shortfall: plan.shortfall ? { ...plan.shortfall } : null,
    notices: plan.notices.map((notice) => ({ code: notice.code, keys: notice.keys as LeverKey[] })),
    attribution: attribution.ok ? (noChange ? 'no-change' : 'ok') : 'zero-factor',
    levers: leverKeys.map((key, index) => {
      const leverPlan = plan.levers[index];
      const contribution = attribution.ok ? (attribution.rounded.contributions[index] ?? null) : null;
      return {
        key,
        current: state[key],
        planned: leverPlan?.planned == null ? null : toDisplay(key, leverPlan.planned),
        upliftPercent: tidy(leverPlan?.upliftPercent ?? null),
        fixed: leverPlan?.fixed ?? false,
        capped: leverPlan?.capped ?? false,
        contribution,
      };
    }),
  };
}
