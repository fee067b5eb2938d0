/**
 * The plan's shape without zod: the twelve elements and other fixed lists, length limits, a blank
 * plan written out as a literal, and small helpers. The builder's first paint needs only these;
 * the zod schemas that check a plan (schema.ts, which re-exports this module) load when the plan
 * is first read or saved. A unit test keeps the literals equal to what the schemas produce.
 */

import type { Plan } from './schema';

export type { BudgetLine, Fabe, Period, Phase, Plan, PlanInput, Product } from './schema';

/** The twelve elements, in the course's order. The UI maps each key to its name. */
export const elementKeys = [
  'goal',
  'audience',
  'products',
  'period',
  'area',
  'offer',
  'theme',
  'budget',
  'script',
  'communication',
  'timetable',
  'evaluation',
] as const;
export type ElementKey = (typeof elementKeys)[number];

/** Kinds of offer (优惠设计). */
export const offerTypes = ['discount', 'gift', 'bundle', 'volume-rebate', 'other'] as const;
export type OfferType = (typeof offerTypes)[number];

/**
 * How an offer of each kind gives value away, as the course costs it (Part 4): as a share D of the
 * regular price (让利比例), never as a fixed cost. A discount is the percent off; gifts and 搭赠 are
 * counted at regular price, D = value given free ÷ regular value of everything the customer
 * receives (买十送一: 1 ÷ 11); a bundle price is its percent off; a rebate is the rebate ÷ the
 * regular value of the order. 'required': the offer gives value away, so D must be stated (a
 * discount above 0); 'optional': other offers (display rewards, draws) may state one, else 0.
 */
export const giveawayRule = {
  discount: 'above-zero',
  gift: 'required',
  bundle: 'required',
  'volume-rebate': 'required',
  other: 'optional',
} as const satisfies Record<OfferType, 'above-zero' | 'required' | 'optional'>;

/** Phases of the timetable (促销时间表), in the order they happen. */
export const phaseKeys = ['preparation', 'communication', 'execution', 'evaluation'] as const;
export type PhaseKey = (typeof phaseKeys)[number];

/** The four parts of a FABE sales script, in the order they are said (see fabe.ts). */
export const fabeParts = ['feature', 'advantage', 'benefit', 'evidence'] as const;
export type FabePart = (typeof fabeParts)[number];

/** Length limits, in UTF-16 code units: enough for the job, small enough that a plan stays well under the 1 MB import limit. */
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 1000;

/** Longest typed text kept for one field (a one-per-line list can hold a few thousand characters). */
export const MAX_DRAFT_LENGTH = 5000;

/** The code a zod issue carries when a date field holds something that is not a calendar date. */
export const INVALID_DATE = 'invalid-date';
/** The same for an instant (createdAt, updatedAt) that is not an RFC 3339 timestamp on a real day. */
export const INVALID_TIMESTAMP = 'invalid-timestamp';

/** An ISO timestamp of a date, or '' for an invalid date or one outside years 1000–9999. */
function timestampOf(now: Date | undefined): string {
  if (!now) return '';
  const year = now.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? now.toISOString() : '';
}

/**
 * A plan with nothing filled in (what `planSchema.parse({})` gives, written out so that showing
 * one needs no zod). The caller supplies the id and clock (this module keeps no globals).
 */
export function emptyPlan(options: { id?: string; now?: Date } = {}): Plan {
  const stamp = timestampOf(options.now);
  return {
    id: (options.id ?? '').slice(0, 64),
    name: '',
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
    goal: { purpose: '', metric: '' },
    audience: { description: '' },
    products: [],
    period: { start: '', end: '' },
    area: { description: '' },
    offer: { terms: '' },
    theme: { title: '' },
    budget: { lines: [], forecast: {} },
    communication: { channels: [], invitations: [] },
    timetable: { phases: [] },
    evaluation: {
      owners: [],
      checkpoints: [],
      metrics: [],
      actuals: { metrics: [] },
    },
  };
}

const blankFabe = () => ({
  feature: '',
  advantage: '',
  benefit: '',
  evidence: '',
});

/** The lists of a plan that the form shows as rows, and a blank row for each (as the schemas parse `{}`). */
export const blankRows = {
  products: () => ({ name: '', fabe: blankFabe() }),
  'budget.lines': () => ({ label: '' }),
  'communication.invitations': () => ({ who: '' }),
  'evaluation.owners': () => ({ role: '', name: '' }),
  'evaluation.checkpoints': () => ({ date: '', what: '' }),
  'evaluation.actuals.metrics': () => ({ metric: '' }),
} as const;
export type RowList = keyof typeof blankRows;
export const rowLists = Object.keys(blankRows) as RowList[];

/** The plan after an edit: a new updatedAt, the next revision, createdAt set if it was blank. */
export function touchPlan(plan: Plan, now: Date): Plan {
  const stamp = timestampOf(now);
  return {
    ...plan,
    createdAt: plan.createdAt || stamp,
    updatedAt: stamp || plan.updatedAt,
    version: Math.min(plan.version + 1, 1_000_000_000),
  };
}

/** Text with something in it besides white space (U+3000 included). */
export function hasText(text: string): boolean {
  return text.trim() !== '';
}

function metricWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether two metric names, typed by people, name the same metric: equal once width, case and
 * spacing are ignored, or one contained in the other ("销售额" and "促销期销售额").
 */
export function sameMetric(first: string, second: string): boolean {
  const a = metricWords(first);
  const b = metricWords(second);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // A single character ("额", "a") is too little to call two metrics the same.
  return [...shorter].length >= 2 && longer.includes(shorter);
}
