/**
 * The promotion plan (市场推广十二要素): one schema for the whole plan, used for the form, saved
 * state, JSON import and share links.
 *
 * Every field may be blank, so a half-written plan is valid data; how complete it is gets computed
 * separately (completeness.ts). Blank means: '' for text and dates, absent (undefined) for numbers,
 * [] for lists. Parsing `{}` gives an empty plan.
 *
 * Units: money as a plain number of yuan (30万 is stored as 300000); percents in percent units
 * (30 means 30 %), as parseNumber returns them; counts are whole numbers; dates `yyyy-mm-dd`.
 */

import * as z from 'zod/mini';
import { MAX_MAGNITUDE } from '../numbers';
import { isIsoDate, isIsoTimestamp } from './dates';
import { INVALID_DATE, INVALID_TIMESTAMP, LONG_TEXT_MAX, offerTypes, phaseKeys, SHORT_TEXT_MAX } from './planShape';

// The constants, the blank plan and the helpers that need no zod live in planShape.ts, so the
// builder's first paint can use them without this module; they are part of this one's interface too.
export * from './planShape';

const shortText = () => z._default(z.string().check(z.maxLength(SHORT_TEXT_MAX)), '');
const longText = () => z._default(z.string().check(z.maxLength(LONG_TEXT_MAX)), '');
const list = <Item extends z.ZodMiniType>(item: Item, max: number) =>
  z._default(z.array(item).check(z.maxLength(max)), () => []);

/** A calendar date `yyyy-mm-dd` (years 1000–9999), or '' while not chosen. */
const dateOrBlank = () =>
  z._default(
    z.string().check(z.refine((value) => value === '' || isIsoDate(value), { message: INVALID_DATE })),
    '',
  );

/** An instant as ISO 8601 (`2025-08-01T09:30:00.000Z`), or '' when not recorded. */
const timestampOrBlank = () =>
  z._default(
    z.string().check(z.refine((value) => value === '' || isIsoTimestamp(value), { message: INVALID_TIMESTAMP })),
    '',
  );

/**
 * Single numeric fields, for the form to check typed numbers against (parseField) and for the plan
 * below. Each is optional: absent means the user has not filled it in.
 */
export const fieldSchemas = {
  /** An amount of money, ≥ 0, in yuan. */
  money: z.optional(z.number().check(z.minimum(0), z.maximum(MAX_MAGNITUDE))),
  /** A regular unit price, at least one cent. */
  unitPrice: z.optional(z.number().check(z.minimum(0.01), z.maximum(MAX_MAGNITUDE))),
  /** A share of price or sales, 0–100 %. */
  percent: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  /** An expected sales lift, 0 % to 10,000 % (a hundredfold). */
  lift: z.optional(z.number().check(z.minimum(0), z.maximum(10_000))),
  /** A head count, a whole number ≥ 0. */
  count: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_MAGNITUDE))),
  /** A metric value in the metric's own unit; may be negative (a net score, a change). */
  measure: z.optional(z.number().check(z.minimum(-MAX_MAGNITUDE), z.maximum(MAX_MAGNITUDE))),
};

/** 1 促销目的/目标: why, and a goal that can be measured. */
export const goalSchema = z.object({
  /** The purpose in the manager's words (clear old stock, win new customers…). */
  purpose: longText(),
  /** What is measured, in the user's words ("促销期销售额", "new customers"). */
  metric: shortText(),
  /** The metric's value without the promotion, in the metric's unit. */
  baseline: fieldSchemas.measure,
  /** The value the promotion aims for, in the metric's unit. */
  target: fieldSchemas.measure,
});

/** 2 促销对象: who the promotion is for. */
export const audienceSchema = z.object({ description: longText() });

/**
 * 9 促销话术, one per product: the FABE parts of its sales script. Kept with its product so a
 * script can never point at a product that was deleted.
 */
export const fabeSchema = z.object({
  /** What the product is or has. */
  feature: longText(),
  /** What that feature does better than the alternatives. */
  advantage: longText(),
  /** What the customer gains from it. */
  benefit: longText(),
  /** Proof: tests, figures, customer cases, certificates. */
  evidence: longText(),
});

/** 3 促销产品: one product on promotion. */
export const productSchema = z.object({
  name: shortText(),
  /** Regular (undiscounted) price of one unit, in yuan; optional. */
  unitPrice: fieldSchemas.unitPrice,
  fabe: z.prefault(fabeSchema, {}),
});

/** 4 促销时间: first and last day of the promotion, both included. */
export const periodSchema = z.object({ start: dateOrBlank(), end: dateOrBlank() });

/** 5 促销范围: where it runs (regions, stores, channels). */
export const areaSchema = z.object({ description: longText() });

/** 6 优惠设计: the offer. */
export const offerSchema = z.object({
  type: z.optional(z.enum(offerTypes)),
  /** The conditions in full: who gets what, when, limits. */
  terms: longText(),
  /**
   * D, the share of the regular price given away (让利比例), 0–100: a discount's percent off (10
   * means 九折); for gifts and 搭赠, the regular value given free ÷ the regular value of everything
   * the customer receives (买十送一: 9.09). Named for the discount, the first kind it served.
   */
  discountPercent: fieldSchemas.percent,
});

/** 7 促销主题: the theme or slogan customers see. */
export const themeSchema = z.object({ title: shortText() });

/** One line of the budget: a fixed cost of running the promotion (materials, display rewards, events…); gifts are part of D. */
export const budgetLineSchema = z.object({
  label: shortText(),
  /** In yuan, ≥ 0. */
  amount: fieldSchemas.money,
});

/** What the return estimate assumes (see budget.ts). */
export const forecastSchema = z.object({
  /** Sales expected over the promotion's length without it, at regular prices, in yuan. */
  baselineSales: fieldSchemas.money,
  /** Expected lift of sales volume (at regular prices) from the promotion, in percent. */
  expectedLiftPercent: fieldSchemas.lift,
  /** Gross margin at regular price, in percent of the regular price. */
  grossMarginPercent: fieldSchemas.percent,
});

/** 8 促销预算: the budget total, its cost lines, and the forecast the return is computed from. */
export const budgetSchema = z.object({
  /** The whole budget, in yuan. The lines should add up to it. */
  total: fieldSchemas.money,
  lines: list(budgetLineSchema, 50),
  forecast: z.prefault(forecastSchema, {}),
});

/** Whom to invite and how many. */
export const invitationSchema = z.object({ who: shortText(), count: fieldSchemas.count });

/** 10 促销沟通与邀约: the channels used to tell people, and the invitation targets. */
export const communicationSchema = z.object({
  /** Channels in the user's words (WeChat group, phone calls, posters…). */
  channels: list(z.string().check(z.maxLength(SHORT_TEXT_MAX)), 20),
  invitations: list(invitationSchema, 20),
});

/** One phase of the timetable: which phase, first and last day (both included). */
export const phaseSchema = z.object({
  key: z.enum(phaseKeys),
  start: dateOrBlank(),
  end: dateOrBlank(),
});

/** 11 促销时间表: generated from the dates (timetable.ts), then editable. */
export const timetableSchema = z.object({ phases: list(phaseSchema, 12) });

/** Who is responsible for what. */
export const ownerSchema = z.object({ role: shortText(), name: shortText() });

/** A date on which progress is checked, and what is checked. */
export const checkpointSchema = z.object({ date: dateOrBlank(), what: shortText() });

/** One measured value after the event. */
export const metricValueSchema = z.object({ metric: shortText(), value: fieldSchemas.measure });

/** Results after the event, filled in for the evaluation. */
export const actualsSchema = z.object({
  /** Sales actually made during the promotion, at the prices actually charged, in yuan. */
  sales: fieldSchemas.money,
  /** What the promotion actually cost (the budget lines' kind of cost), in yuan. */
  cost: fieldSchemas.money,
  metrics: list(metricValueSchema, 20),
});

/** 12 促销执行与评估: owners, checkpoints, how success is measured, and the results. */
export const evaluationSchema = z.object({
  owners: list(ownerSchema, 20),
  checkpoints: list(checkpointSchema, 50),
  /** Metrics the evaluation reports, in the user's words; should include the goal's metric. */
  metrics: list(z.string().check(z.maxLength(SHORT_TEXT_MAX)), 20),
  actuals: z.prefault(actualsSchema, {}),
});

export const planSchema = z.object({
  /** Chosen by whoever creates the plan (the UI uses a random id); '' before the first save. */
  id: z._default(z.string().check(z.maxLength(64)), ''),
  /** The plan's own name, for lists and file names. */
  name: shortText(),
  createdAt: timestampOrBlank(),
  updatedAt: timestampOrBlank(),
  /** Revision of this plan: 1 when created, one more each time an edit is recorded (touchPlan). */
  version: z._default(z.int().check(z.minimum(1), z.maximum(1_000_000_000)), 1),
  goal: z.prefault(goalSchema, {}),
  audience: z.prefault(audienceSchema, {}),
  /** Usually one to a few products; each carries its own FABE script. */
  products: list(productSchema, 20),
  period: z.prefault(periodSchema, {}),
  area: z.prefault(areaSchema, {}),
  offer: z.prefault(offerSchema, {}),
  theme: z.prefault(themeSchema, {}),
  budget: z.prefault(budgetSchema, {}),
  communication: z.prefault(communicationSchema, {}),
  timetable: z.prefault(timetableSchema, {}),
  evaluation: z.prefault(evaluationSchema, {}),
});

export type Plan = z.output<typeof planSchema>;
/** What the schema accepts: any part may be left out. */
export type PlanInput = z.input<typeof planSchema>;
export type Product = z.output<typeof productSchema>;
export type Fabe = z.output<typeof fabeSchema>;
export type Phase = z.output<typeof phaseSchema>;
export type Period = z.output<typeof periodSchema>;
export type BudgetLine = z.output<typeof budgetLineSchema>;
