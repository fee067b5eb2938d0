/**
 * The promotion plan builder's strings in English for its editors, the printed plan and present
 * mode: element hints, field labels, and a message for every code src/lib/promotion returns
 * (warnings, return notes, timetable errors). Fetched when a person first opens an element, prints
 * or presents; the first paint's strings are in en.ts. The same tables, with the same
 * keys, are in form.zh-CN.ts.
 */

import type { ElementKey, OfferType, PhaseKey } from '../../lib/promotion/schema';
import type { WarningCode } from '../../lib/promotion/checks';
import type { FabeConnectors, FabePart } from '../../lib/promotion/fabe';
import type { TimetableError } from '../../lib/promotion/timetable';
import type { ActualsMissing } from '../../lib/promotion/actuals';
import type { FixedCostsSource, ReturnInputMissing } from '../../lib/promotion/budget';
import type { ReturnNote } from '../../lib/promotion/return';
import type { LinesError } from '../../lib/promotion/form';
import type { FormStringKey, PromotionFormText } from './index';

/** One line under each element's heading: what to write there. */
export const elementHints: Record<ElementKey, string> = {
  goal: 'Why you run it, and a goal you can measure: a metric, its baseline and its target.',
  audience: 'Who it is for: dealers, outlets or consumers? Who is left out?',
  products: 'Which products take part: traffic builders, profit makers or new products? Check the stock.',
  period: 'The first and last day (both included), clear of competitors’ dates and stock gaps.',
  area: 'Which regions, channels and stores; pilot a new plan first.',
  offer: 'The kind of offer and its full terms: who, buying what, gets what, with which limits.',
  theme: 'The line customers see: easy to remember, tied to the offer.',
  budget: 'List each fixed cost so the lines add up to the total (discounts, gifts and rebates are not listed here: they count through the price given away, D, in element 6), then estimate the incremental profit, ROI and break-even lift.',
  script: 'One script per product: feature, advantage, benefit, evidence.',
  communication: 'Which channels tell customers, and whom to invite, how many.',
  timetable: 'Generated from the dates: preparation, communication, execution and evaluation; edit any date.',
  evaluation: 'Who owns what, when progress is checked, which metrics judge it; after the event, the actual results.',
};

export const offerTypeNames: Record<OfferType, string> = {
  discount: 'Discount',
  gift: 'Gift',
  bundle: 'Bundle',
  'volume-rebate': 'Volume rebate',
  other: 'Other',
};

export const phaseNames: Record<PhaseKey, string> = {
  preparation: 'Preparation',
  communication: 'Communication and invitations',
  execution: 'Execution',
  evaluation: 'Evaluation',
};

/** The phases as the timeline's axis names them, short enough for a phone. */
export const phaseShortNames: Record<PhaseKey, string> = {
  preparation: 'Preparation',
  communication: 'Communication',
  execution: 'Execution',
  evaluation: 'Evaluation',
};

export const fabePartNames: Record<FabePart, string> = {
  feature: 'Feature (F)',
  advantage: 'Advantage (A)',
  benefit: 'Benefit (B)',
  evidence: 'Evidence (E)',
};

export const fabePartHints: Record<FabePart, string> = {
  feature: 'What the product is or has.',
  advantage: 'What that does better than the alternatives.',
  benefit: 'What the customer gains from it.',
  evidence: 'Proof: tests, figures, customer cases, certificates.',
};

/** Cross-check warnings; `{…}` slots are filled by warningMessage in promotion.ts. */
export const warningTemplates: Record<WarningCode, string> = {
  'budget-lines-mismatch': 'The cost items add up to {lines}, not the total budget of {total}: a difference of {difference}.',
  'period-reversed': 'The last day is before the first day.',
  'phase-reversed': 'The {phase} phase ends before it starts.',
  'phase-outside-period': 'The {phase} phase does not fit the promotion dates (preparation before, execution within, evaluation after).',
  'phases-out-of-order': 'The {phase} phase comes before the phase listed above it.',
  'goal-not-measurable': 'The goal cannot be measured yet: it lacks {missing}.',
  'offer-without-terms': 'An offer is chosen but its terms are not written.',
  'goal-metric-not-evaluated': 'The evaluation metrics do not include the goal’s metric, “{metric}”.',
  'discount-not-below-margin': 'The price given away, {discount}, is not below the gross margin of {margin}: every extra sale earns less than not promoting.',
};

/** Notes under the return figures. */
export const returnNoteMessages: Record<ReturnNote, string> = {
  'no-break-even': 'The price given away is at least the gross margin (D ≥ M): no lift earns back the profit of not promoting, so there is no break-even lift.',
  'no-baseline': 'Baseline sales are 0: there is nothing to lift, so there is no break-even lift.',
  'no-promotion-cost': 'Nothing is spent (no fixed costs and nothing given away), so there is no ROI.',
  'no-unit-price': 'No unit price is given, so there is no cost per extra unit.',
  'several-unit-prices': 'The products have different prices, so there is no single cost per extra unit.',
  'no-lift': 'The expected lift is 0, so there are no extra units to share the cost.',
  'below-break-even': 'On these assumptions the promotion earns less gross profit than not promoting: the lift is below the break-even lift.',
};

/** What the return estimate still needs, named after the form's fields. */
export const returnInputNames: Record<ReturnInputMissing, string> = {
  'baseline-sales': 'baseline sales B',
  lift: 'expected lift u',
  margin: 'gross margin M',
  discount: 'the price given away D (element 6)',
  'fixed-costs': 'cost item amounts or the total budget',
};

export const fixedCostsSourceNotes: Record<FixedCostsSource, string> = {
  lines: 'Fixed costs F are the sum of the cost items.',
  total: 'No cost item has an amount yet, so fixed costs F are taken as the total budget.',
};

export const actualsMissingNames: Record<ActualsMissing, string> = {
  forecast: 'a complete return estimate (element 8)',
  'fixed-costs': 'the planned costs (element 8)',
  'actual-sales': 'actual sales',
  'actual-cost': 'the actual cost',
  goal: 'the goal’s metric and target (element 1)',
  'actual-goal-metric': 'an actual value for the goal’s metric',
  'full-discount': 'a price given away below 100 % (at 100 % nothing converts back to regular-price sales)',
};

export const timetableErrorMessages: Record<TimetableError, string> = {
  'no-dates': 'First enter the promotion’s first and last day (element 4).',
  'dates-reversed': 'The promotion starts after it ends; correct element 4 first.',
  'out-of-range': 'The phases would fall outside the years 1000–9999.',
};

export const linesErrorMessages: Record<LinesError, string> = {
  'too-many': 'At most 20 lines; the lines after the 20th are not in the plan.',
  'too-long': 'At most 200 characters a line; the rest of a longer line is not in the plan.',
};

/** The strings of the elements’ editors, the printed plan and present mode. `{n}` is a row number. */
export const formStrings = {
  elementStatus: 'Status: {status}',
  missingIn: 'Missing: {fields}',
  // 1 Goal
  metric: 'Metric',
  metricHint: 'For example: sales during the promotion, new customers, ordering stores.',
  baseline: 'Baseline (without the promotion)',
  target: 'Target value',
  measureHint: 'In the metric’s own unit; 200000, 200K or 35% all work.',
  // 3 Products
  productName: 'Product {n}',
  unitPrice: 'Unit price of product {n} (¥, optional)',
  addProduct: 'Add a product',
  removeProduct: 'Remove product {n}',
  // 4 Period
  periodStart: 'Promotion start date',
  periodEnd: 'Promotion end date',
  invalidDate: 'Choose a valid date (years 1000–9999).',
  // 6 Offer
  chooseOffer: 'Choose…',
  terms: 'Terms of the offer',
  termsHint: 'Who, buying what, gets what, with which limits, such as “one per customer, while stocks last”.',
  discountPercent: 'Price given away, D (%)',
  discountHint: 'The share of the regular price given away. A discount: 10 % off is 10. Gifts and free goods count at regular price: the regular value given free ÷ the regular value of everything the customer receives, so buy ten, get one free is 9.09 (1 ÷ 11). A rebate: the rebate ÷ the order at regular prices.',
  // 8 Budget
  budgetLines: 'Cost items',
  lineLabel: 'Cost item {n}',
  lineAmount: 'Amount of cost {n} (¥)',
  addLine: 'Add a cost item',
  removeLine: 'Remove cost item {n}',
  linesTotal: 'Cost items total',
  forecastHeading: 'Return estimate',
  forecastHint: 'The course’s formulas: promotion gross profit = B(1+u)(M−D) − F; incremental gross profit = that − B·M.',
  baselineSales: 'Baseline sales B (¥)',
  baselineSalesHint: 'Sales over the same days without the promotion, at regular prices.',
  lift: 'Expected lift u (%)',
  liftHint: 'How much more than the baseline goes out during the promotion, at regular prices, free goods included.',
  margin: 'Gross margin M (%)',
  discountUsed: 'Price given away D',
  discountUsedNote: 'From element 6: discounts, gifts, free goods and rebates all count through D at regular prices, not as cost items; an “other” offer without a figure counts as 0.',
  fixedCosts: 'Fixed costs F',
  resultsHeading: 'Estimated return',
  incrementalSales: 'Incremental sales (regular price)',
  incrementalProfit: 'Incremental gross profit',
  roi: 'ROI (incremental profit ÷ promotion cost)',
  breakevenLift: 'Break-even lift',
  promotionRevenue: 'Revenue during the promotion',
  promotionProfit: 'Gross profit during the promotion',
  baselineProfit: 'Gross profit without the promotion',
  discountCost: 'Value given away',
  promotionCost: 'Promotion cost (F + value given away)',
  incrementalUnits: 'Extra units sold',
  costPerUnit: 'Promotion cost per extra unit',
  returnMissing: 'Enter these to see the return: {fields}.',
  // 9 Script
  scriptFor: 'Product {n}: {product}',
  unnamedProduct: '(no name yet)',
  fabeLabel: '{part}, product {n}',
  assembled: 'The assembled script',
  assembledEmpty: 'Write any part and the script appears here.',
  noProducts: 'Add a product in element 3 first; each product gets its own script.',
  // 10 Communication
  channels: 'Channels (one per line)',
  channelsHint: 'For example: customer WeChat groups, follow-up calls, store posters.',
  invitations: 'Invitations',
  invitationWho: 'Who to invite ({n})',
  invitationCount: 'How many to invite ({n})',
  addInvitation: 'Add an invitation',
  removeInvitation: 'Remove invitation {n}',
  // 11 Timetable
  phase: 'Phase',
  phaseStart: 'Start date',
  phaseEnd: 'End date',
  phaseNotes: 'Notes',
  timetableCaption: 'Dates of each phase (editable)',
  durationsHeading: 'Generate the timetable',
  preparationDays: 'Preparation (days before the start)',
  communicationDays: 'Communication (days before the start)',
  evaluationDays: 'Evaluation (days after the end)',
  generate: 'Generate from the promotion dates',
  regenerate: 'Regenerate from the dates',
  regenerateHint: 'Regenerating replaces the dates in the table below.',
  generated: 'The timetable was generated from the dates.',
  noPhases: 'No timetable yet.',
  timelineCaption: 'Timeline',
  timelineLabel: 'Horizontal bar chart: each phase from its first to its last day',
  // 12 Evaluation
  owners: 'Owners',
  ownerRole: 'Responsibility {n}',
  ownerName: 'Owner {n}',
  addOwner: 'Add an owner',
  removeOwner: 'Remove owner {n}',
  checkpoints: 'Checkpoints',
  checkpointDate: 'Checkpoint date {n}',
  checkpointWhat: 'What is checked ({n})',
  addCheckpoint: 'Add a checkpoint',
  removeCheckpoint: 'Remove checkpoint {n}',
  metrics: 'Evaluation metrics (one per line)',
  metricsHint: 'Include the goal’s metric.',
  actualsHeading: 'After the event: actual results',
  actualSales: 'Actual sales (¥, as charged)',
  actualCost: 'Actual cost (¥)',
  actualMetric: 'Measured metric {n}',
  actualValue: 'Measured value {n}',
  addActual: 'Add a measured metric',
  removeActual: 'Remove measured metric {n}',
  comparisonCaption: 'Actual against plan',
  item: 'Item',
  planned: 'Planned',
  actual: 'Actual',
  difference: 'Difference',
  salesRow: 'Sales (as charged)',
  costRow: 'Cost',
  roiRow: 'ROI',
  goalRow: 'Goal: {metric}',
  percentOfTarget: '{percent} of the target',
  actualsMissing: 'For the comparison, still missing: {fields}.',
  // Print and present
  printTitleFallback: 'Promotion plan',
  printDates: 'Dates: {start} to {end}',
  printCompleteness: 'Completeness: {n}/12',
  notFilled: '(not filled in)',
  purposeLabel: 'Purpose',
  goalLine: '{metric}: baseline {baseline} → target {target}',
  offerLine: 'Kind: {type}',
  discountLine: 'Price given away, D: {discount}',
  invitationLine: '{who}: {count}',
  ownerLine: '{role}: {name}',
  checkpointLine: '{date}  {what}',
  presentGoal: 'Goal',
  printChannels: 'Channels',
  printMetrics: 'Evaluation metrics',
  printAmount: 'Amount',
  printWarnings: 'Points to check',
} satisfies Record<FormStringKey, string>;

/**
 * The connecting words of an assembled FABE sales script (see src/lib/promotion/fabe.ts). The
 * user's own words fill `{text}`; `{product}` is the product's name. Phrased as lead-ins ending
 * in a colon so that whatever the user typed, a fragment or a whole sentence, still reads well.
 */
export const fabeConnectors: FabeConnectors = {
  feature: 'What sets {product} apart: {text}',
  advantage: 'Why that matters: {text}',
  benefit: 'What it means for you: {text}',
  evidence: 'The proof: {text}',
  unnamedProduct: 'this product',
  separator: ' ',
  sentenceEnd: '.',
};

/** Every table above in one object (a plain object: `import * as` would add a namespace helper chunk). */
export const englishFormText: PromotionFormText = {
  elementHints,
  offerTypeNames,
  phaseNames,
  phaseShortNames,
  fabePartNames,
  fabePartHints,
  warningTemplates,
  returnNoteMessages,
  returnInputNames,
  fixedCostsSourceNotes,
  actualsMissingNames,
  timetableErrorMessages,
  linesErrorMessages,
  formStrings,
  fabeConnectors,
};
