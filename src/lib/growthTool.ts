import * as z from 'zod/mini';
import { attributeLmdi, planGrowth, type Goal, type Lever, type NoticeCode, type PlanStatus } from './growth';
import type { QueryNumber, QueryReading } from './share';

/**
 * The state of the growth formula calculator: the one place that says what each field means,
 * its unit and its bounds. URL, saved state and form all go through it.
 */
export const growthStateSchema = z.object({
  /** 覆盖客户数: customers the business reaches in the period. A whole count. */
  customers: z.int().check(z.minimum(0), z.maximum(1e9)),
  /** 活跃率: share of covered customers who buy in the period, in percent (30 means 30 %). */
  active: z.number().check(z.minimum(0), z.maximum(100)),
  /** 平均成交金额: average value of a deal, in yuan. */
  aov: z.number().check(z.minimum(0), z.maximum(1e12)),
  /** The goal as a multiple of current sales (2 doubles them). Used when `target` is absent. */
  goal: z.number().check(z.gt(0), z.maximum(100)),
  /** The goal as an amount in yuan; when set it replaces `goal`. */
  target: z.optional(z.number().check(z.gt(0), z.maximum(1e15))),
  /** Fixed uplifts in percent (+20 means ×1.2); a lever without one is solved by the planner. */
  upCustomers: z.optional(z.number().check(z.gt(-100), z.maximum(1000))),
  upActive: z.optional(z.number().check(z.gt(-100), z.maximum(1000))),
  upAov: z.optional(z.number().check(z.gt(-100), z.maximum(1000))),
  /** Sensitivity step in percent: what +step % on one lever alone does. */
  step: z.number().check(z.gt(-100), z.maximum(1000)),
});

export type GrowthState = z.output<typeof growthStateSchema>;
export type GrowthKey = keyof GrowthState;

/** The course's illustrative starting point: 200 customers × 30 % × ¥5,000 = ¥300,000, doubled. */
export const growthDefaults: GrowthState = { customers: 200, active: 30, aov: 5000, goal: 2, step: 10 };

const shape = growthStateSchema.shape;

/** Query parameters: short names a trainer can type (`?customers=200&active=30&aov=5000&goal=2`). */
export const growthQuery: readonly QueryNumber<GrowthKey>[] = [
  { key: 'customers', param: 'customers', kind: 'count', schema: shape.customers },
  { key: 'active', param: 'active', kind: 'percent', schema: shape.active },
  { key: 'aov', param: 'aov', kind: 'money', schema: shape.aov },
  { key: 'goal', param: 'goal', kind: 'multiple', schema: shape.goal },
  { key: 'target', param: 'target', kind: 'money', schema: shape.target },
  { key: 'upCustomers', param: 'up_customers', kind: 'percent', allowNegative: true, schema: shape.upCustomers },
  { key: 'upActive', param: 'up_active', kind: 'percent', allowNegative: true, schema: shape.upActive },
  { key: 'upAov', param: 'up_aov', kind: 'percent', allowNegative: true, schema: shape.upAov },
  { key: 'step', param: 'step', kind: 'percent', allowNegative: true, schema: shape.step, omitWhen: 10 },
];

/** Flags a link may carry besides the state. */
export const growthFlags = ['present'] as const;

/**
 * The state a link describes: its valid values over the defaults. A link that names both a
 * multiple and a target means the target (the more specific goal); the multiple is reported.
 */
export function growthStateFromLink(defaults: GrowthState, reading: QueryReading<GrowthKey>): GrowthState {
  const state: GrowthState = { ...defaults };
  for (const [key, value] of Object.entries(reading.values) as [GrowthKey, number][]) state[key] = value;
  if (reading.values.target !== undefined && reading.values.goal !== undefined) {
    reading.ignored.push({ param: 'goal', reason: 'conflict' });
  }
  return state;
}

/** The three levers of the formula, in the order the course names them. */
export const leverKeys = ['customers', 'active', 'aov'] as const;
export type LeverKey = (typeof leverKeys)[number];

const upliftKey = { customers: 'upCustomers', active: 'upActive', aov: 'upAov' } as const satisfies Record<
  LeverKey,
  GrowthKey
>;

/** Converts a lever to the unit people read: the active rate in percent, the others as they are. */
function toDisplay(key: LeverKey, value: number): number {
  return key === 'active' ? value * 100 : value;
}

export interface LeverResult {
  key: LeverKey;
  current: number;
  /** Planned value in the unit people read (active rate in percent); null when undefined. */
  planned: number | null;
  upliftPercent: number | null;
  fixed: boolean;
  capped: boolean;
  /** Share of the change in sales owed to this lever (LMDI), in yuan, rounded to the cent. */
  contribution: number | null;
}

export interface GrowthScenario {
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

/** The state's levers for src/lib/growth: the active rate as a fraction capped at 1. */
export function leversOf(state: GrowthState): Lever[] {
  return leverKeys.map((key) => ({
    key,
    value: key === 'active' ? state.active / 100 : state[key],
    ...(key === 'active' ? { max: 1 } : {}),
    fixedUpliftPercent: state[upliftKey[key]],
  }));
}

/** The state's goal: the target amount when there is one, else the multiple. */
export function goalOf(state: GrowthState): Goal {
  return state.target !== undefined ? { kind: 'target', amount: state.target } : { kind: 'multiple', multiple: state.goal };
}

/**
 * Everything the calculator shows at first, computed from one valid state. The sensitivity
 * table, in a section closed at first, is sensitivityRows (growthSensitivity.ts).
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
    status: plan.status,
    sales: plan.currentSales,
    target: plan.targetSales,
    planned: plan.plannedSales,
    multiple: plan.multiple,
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
        upliftPercent: leverPlan?.upliftPercent ?? null,
        fixed: leverPlan?.fixed ?? false,
        capped: leverPlan?.capped ?? false,
        contribution,
      };
    }),
  };
}
