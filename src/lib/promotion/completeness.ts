/**
 * How far each of the twelve elements has been filled in. An element is 'empty' when nothing of it
 * is written, 'complete' when every rule below holds, else 'partial' with the codes of what is
 * missing. A list row with nothing in it (a blank line left in the form) counts for nothing.
 */

import { dayNumber, phaseFitsPeriod, periodDays } from './dates';
import { elementKeys, fabeParts, giveawayRule, hasText, phaseKeys, type ElementKey, type Fabe, type Plan } from './planShape';

/** What an element can be missing, element by element. */
export const missingFieldCodes = {
  /** All four are needed: a purpose, and a metric with its baseline and target. */
  goal: ['purpose', 'metric', 'baseline', 'target'],
  audience: ['description'],
  /** 'products': no product has a name; 'name': a product has a price but no name. */
  products: ['products', 'name'],
  /** 'order': the start is after the end. */
  period: ['start', 'end', 'order'],
  area: ['description'],
  /**
   * 'discount-percent': the share given away D (see giveawayRule): a discount needs it above 0;
   * gifts, bundles and rebates need it stated.
   */
  offer: ['type', 'terms', 'discount-percent'],
  theme: ['title'],
  /** A total and at least one line; every line needs a label and an amount. */
  budget: ['total', 'lines', 'line-label', 'line-amount'],
  /** 'products': there is no named product to write a script for; else the parts some product lacks. */
  script: ['products', 'feature', 'advantage', 'benefit', 'evidence'],
  /** Every invitation needs whom and how many (at least 1). */
  communication: ['channels', 'invitations', 'invitation-who', 'invitation-count'],
  /**
   * 'period': valid promotion dates come first; 'phases': no phase yet; a phase key: that phase
   * is absent; 'phase-dates': a phase lacks a date or ends before it starts; 'phase-placement': a
   * phase sits where it does not belong relative to the promotion dates (see phaseFitsPeriod).
   */
  timetable: ['period', 'phases', ...phaseKeys, 'phase-dates', 'phase-placement'],
  /** At least one owner (role and name), one checkpoint (date and what) and one metric. */
  evaluation: ['owners', 'owner-role', 'owner-name', 'checkpoints', 'checkpoint-date', 'checkpoint-what', 'metrics'],
} as const satisfies Record<ElementKey, readonly string[]>;

export type MissingField<Element extends ElementKey = ElementKey> = (typeof missingFieldCodes)[Element][number];

export type ElementStatus = 'empty' | 'partial' | 'complete';

export interface ElementCompleteness<Element extends ElementKey = ElementKey> {
  element: Element;
  status: ElementStatus;
  /** In the order of missingFieldCodes; empty when complete (and when empty, see `status`). */
  missing: MissingField<Element>[];
}

export interface PlanCompleteness {
  /** How many elements are complete, out of `total` (12). */
  completed: number;
  total: number;
  /** One entry per element, in elementKeys order. */
  elements: ElementCompleteness[];
  /** The elements not yet complete, with what each lacks (an empty element lacks everything). */
  missing: { element: ElementKey; fields: MissingField[] }[];
}

interface Review {
  hasContent: boolean;
  /** Codes found missing, in any order and possibly repeated; tidied by `finish`. */
  missing: string[];
}

function review(hasContent: boolean, missing: (string | false)[]): Review {
  return { hasContent, missing: missing.filter((code): code is string => code !== false) };
}

function reviewGoal({ goal }: Plan): Review {
  const parts = {
    purpose: hasText(goal.purpose),
    metric: hasText(goal.metric),
    baseline: goal.baseline !== undefined,
    target: goal.target !== undefined,
  };
  return review(
    Object.values(parts).some(Boolean),
    Object.entries(parts).map(([code, present]) => !present && code),
  );
}

function reviewDescription(text: string): Review {
  return review(hasText(text), [!hasText(text) && 'description']);
}

function reviewProducts({ products }: Plan): Review {
  const used = products.filter((product) => hasText(product.name) || product.unitPrice !== undefined);
  return review(used.length > 0, [
    !used.some((product) => hasText(product.name)) && 'products',
    used.some((product) => !hasText(product.name)) && 'name',
  ]);
}

function reviewPeriod({ period }: Plan): Review {
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  return review(hasText(period.start) || hasText(period.end), [
    start === null && 'start',
    end === null && 'end',
    start !== null && end !== null && start > end && 'order',
  ]);
}

function reviewOffer({ offer }: Plan): Review {
  const rule = offer.type && giveawayRule[offer.type];
  const share = offer.discountPercent;
  return review(offer.type !== undefined || hasText(offer.terms) || share !== undefined, [
    offer.type === undefined && 'type',
    !hasText(offer.terms) && 'terms',
    ((rule === 'above-zero' && !((share ?? 0) > 0)) || (rule === 'required' && share === undefined)) && 'discount-percent',
  ]);
}

function reviewBudget({ budget }: Plan): Review {
  const lines = budget.lines.filter((line) => hasText(line.label) || line.amount !== undefined);
  const { forecast } = budget;
  const forecastGiven = Object.values(forecast).some((value) => value !== undefined);
  return review(budget.total !== undefined || lines.length > 0 || forecastGiven, [
    budget.total === undefined && 'total',
    lines.length === 0 && 'lines',
    lines.some((line) => !hasText(line.label)) && 'line-label',
    lines.some((line) => line.amount === undefined) && 'line-amount',
  ]);
}

function fabeWritten(fabe: Fabe): boolean {
  return fabeParts.some((part) => hasText(fabe[part]));
}

function reviewScript({ products }: Plan): Review {
  const named = products.filter((product) => hasText(product.name));
  return review(products.some((product) => fabeWritten(product.fabe)), [
    named.length === 0 && 'products',
    ...named.flatMap((product) => fabeParts.filter((part) => !hasText(product.fabe[part]))),
  ]);
}

function reviewCommunication({ communication }: Plan): Review {
  const channels = communication.channels.filter(hasText);
  const invitations = communication.invitations.filter(
    (invitation) => hasText(invitation.who) || invitation.count !== undefined,
  );
  return review(channels.length > 0 || invitations.length > 0, [
    channels.length === 0 && 'channels',
    invitations.length === 0 && 'invitations',
    invitations.some((invitation) => !hasText(invitation.who)) && 'invitation-who',
    invitations.some((invitation) => !((invitation.count ?? 0) >= 1)) && 'invitation-count',
  ]);
}

function reviewTimetable({ timetable, period }: Plan): Review {
  const { phases } = timetable;
  const span = periodDays(period);
  const datesMissing = phases.some((phase) => {
    const start = dayNumber(phase.start);
    const end = dayNumber(phase.end);
    return start === null || end === null || start > end;
  });
  return review(phases.length > 0, [
    span === null && 'period',
    phases.length === 0 && 'phases',
    ...phaseKeys.filter((key) => !phases.some((phase) => phase.key === key)),
    datesMissing && 'phase-dates',
    // Placement can only be judged once the dates exist; 'period' or 'phase-dates' says what to fix first.
    span !== null && !datesMissing && phases.some((phase) => phaseFitsPeriod(phase, period) === false) && 'phase-placement',
  ]);
}

function reviewEvaluation({ evaluation }: Plan): Review {
  const owners = evaluation.owners.filter((owner) => hasText(owner.role) || hasText(owner.name));
  const checkpoints = evaluation.checkpoints.filter((point) => hasText(point.date) || hasText(point.what));
  const metrics = evaluation.metrics.filter(hasText);
  const { actuals } = evaluation;
  const actualsGiven =
    actuals.sales !== undefined ||
    actuals.cost !== undefined ||
    actuals.metrics.some((entry) => hasText(entry.metric) || entry.value !== undefined);
  return review(owners.length > 0 || checkpoints.length > 0 || metrics.length > 0 || actualsGiven, [
    owners.length === 0 && 'owners',
    owners.some((owner) => !hasText(owner.role)) && 'owner-role',
    owners.some((owner) => !hasText(owner.name)) && 'owner-name',
    checkpoints.length === 0 && 'checkpoints',
    checkpoints.some((point) => dayNumber(point.date) === null) && 'checkpoint-date',
    checkpoints.some((point) => !hasText(point.what)) && 'checkpoint-what',
    metrics.length === 0 && 'metrics',
  ]);
}

const reviewers: Record<ElementKey, (plan: Plan) => Review> = {
  goal: reviewGoal,
  audience: (plan) => reviewDescription(plan.audience.description),
  products: reviewProducts,
  period: reviewPeriod,
  area: (plan) => reviewDescription(plan.area.description),
  offer: reviewOffer,
  theme: ({ theme }) => review(hasText(theme.title), [!hasText(theme.title) && 'title']),
  budget: reviewBudget,
  script: reviewScript,
  communication: reviewCommunication,
  timetable: reviewTimetable,
  evaluation: reviewEvaluation,
};

/** The status of one element and what it lacks. */
export function elementCompleteness<Element extends ElementKey>(
  plan: Plan,
  element: Element,
): ElementCompleteness<Element> {
  const found = reviewers[element](plan);
  const codes: readonly string[] = missingFieldCodes[element];
  // Listed once each, in the documented order.
  const missing = codes.filter((code) => found.missing.includes(code)) as MissingField<Element>[];
  const status: ElementStatus = !found.hasContent ? 'empty' : missing.length === 0 ? 'complete' : 'partial';
  return { element, status, missing };
}

/** How many of the twelve elements are complete, and what the others lack. */
export function planCompleteness(plan: Plan): PlanCompleteness {
  const elements = elementKeys.map((element) => elementCompleteness(plan, element));
  return {
    completed: elements.filter((entry) => entry.status === 'complete').length,
    total: elementKeys.length,
    elements,
    missing: elements
      .filter((entry) => entry.status !== 'complete')
      .map((entry) => ({ element: entry.element, fields: entry.missing })),
  };
}
