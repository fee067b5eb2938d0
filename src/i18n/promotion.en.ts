/**
 * The promotion plan builder's strings in English. The same tables, with the same keys, are in
 * promotion.zh-CN.ts; each table's type is a `Record` over the lib's own union, and these strings
 * are checked against the Chinese file's keys, so a string missing in either language is a
 * compile error. The two languages are separate modules so that a page downloads only its own.
 */

import type { ElementKey, OfferType, PhaseKey } from '../lib/promotion/schema';
import type { ElementStatus, MissingField } from '../lib/promotion/completeness';
import type { WarningCode } from '../lib/promotion/checks';
import type { FabeConnectors, FabePart } from '../lib/promotion/fabe';
import type { TimetableError } from '../lib/promotion/timetable';
import type { ActualsMissing, FixedCostsSource, ReturnInputMissing, ReturnNote } from '../lib/promotion/budget';
import type { LinesError } from '../lib/promotion/form';
import type { PromotionStringKey, PromotionText } from './promotion';

/** The twelve elements, named as the course names them (Part 4). */
export const elementNames: Record<ElementKey, string> = {
  goal: 'Purpose and goal',
  audience: 'Target audience',
  products: 'Products',
  period: 'Timing',
  area: 'Scope',
  offer: 'Offer',
  theme: 'Theme',
  budget: 'Promotion budget',
  script: 'Sales script (FABE)',
  communication: 'Communication and invitations',
  timetable: 'Timetable',
  evaluation: 'Execution and evaluation',
};

/** One line under each element's heading: what to write there. */
export const elementHints: Record<ElementKey, string> = {
  goal: 'Why you run it, and a goal you can measure: a metric, its baseline and its target.',
  audience: 'Who it is for: dealers, outlets or consumers? Who is left out?',
  products: 'Which products take part: traffic builders, profit makers or new products? Check the stock.',
  period: 'The first and last day (both included), clear of competitors’ dates and stock gaps.',
  area: 'Which regions, channels and stores; pilot a new plan first.',
  offer: 'The kind of offer and its full terms: who, buying what, gets what, with which limits.',
  theme: 'The line customers see: easy to remember, tied to the offer.',
  budget: 'List each cost so the lines add up to the total, then estimate the incremental profit, ROI and break-even lift.',
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

export const elementStatusNames: Record<ElementStatus, string> = {
  empty: 'not started',
  partial: 'partly done',
  complete: 'complete',
};

/** What each element can lack, as a short noun phrase after "still missing:". */
export const missingFieldNames: { [Element in ElementKey]: Record<MissingField<Element>, string> } = {
  goal: {
    purpose: 'the purpose',
    metric: 'a metric',
    baseline: 'the baseline',
    target: 'the target',
  },
  audience: { description: 'who it is for' },
  products: {
    products: 'at least one named product',
    name: 'a name for a product that has a price',
  },
  period: {
    start: 'the first day',
    end: 'the last day',
    order: 'a first day before the last day',
  },
  area: { description: 'where it runs' },
  offer: {
    type: 'the kind of offer',
    terms: 'the terms',
    'discount-percent': 'the discount (above 0 %)',
  },
  theme: { title: 'the theme' },
  budget: {
    total: 'the total budget',
    lines: 'at least one cost item',
    'line-label': 'a name for every cost item',
    'line-amount': 'an amount for every cost item',
  },
  script: {
    products: 'a named product (element 3)',
    feature: 'the feature (F)',
    advantage: 'the advantage (A)',
    benefit: 'the benefit (B)',
    evidence: 'the evidence (E)',
  },
  communication: {
    channels: 'a channel',
    invitations: 'whom to invite',
    'invitation-who': 'whom each invitation is for',
    'invitation-count': 'how many each invitation is for (at least 1)',
  },
  timetable: {
    period: 'valid promotion dates (element 4)',
    phases: 'a generated timetable',
    preparation: 'the preparation phase',
    communication: 'the communication phase',
    execution: 'the execution phase',
    evaluation: 'the evaluation phase',
    'phase-dates': 'dates for every phase, ending after they start',
    'phase-placement': 'phases that fit the promotion dates',
  },
  evaluation: {
    owners: 'an owner',
    'owner-role': 'what each owner is responsible for',
    'owner-name': 'a name for each responsibility',
    checkpoints: 'a checkpoint',
    'checkpoint-date': 'a date for each checkpoint',
    'checkpoint-what': 'what each checkpoint checks',
    metrics: 'an evaluation metric',
  },
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
  'discount-not-below-margin': 'The discount of {discount} is not below the gross margin of {margin}: every extra sale earns less than not promoting.',
};

/** Notes under the return figures. */
export const returnNoteMessages: Record<ReturnNote, string> = {
  'no-break-even': 'The discount is at least the gross margin (D ≥ M): no lift earns back the profit of not promoting, so there is no break-even lift.',
  'no-baseline': 'Baseline sales are 0: there is nothing to lift, so there is no break-even lift.',
  'no-promotion-cost': 'Nothing is spent (no fixed costs and no discount), so there is no ROI.',
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
  discount: 'the discount (element 6)',
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
  'full-discount': 'a discount below 100 % (at 100 % nothing converts back to regular-price sales)',
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

/** Every other string of the builder. `{n}` is a row number, `{name}` a plan's name. */
export const promotionStrings = {
  title: 'Promotion plan builder',
  plansHeading: 'My plans',
  currentPlan: 'Current plan',
  planName: 'Plan name',
  planNameHint: 'Type to rename; it only tells your plans apart.',
  untitled: 'Untitled plan {n}',
  newPlan: 'New plan',
  duplicatePlan: 'Duplicate this plan',
  copyName: '{name} (copy)',
  deletePlan: 'Delete this plan',
  confirmDelete: 'Delete “{name}”? This cannot be undone; export it as JSON first if you may need it.',
  confirmDeleteButton: 'Delete it',
  cancel: 'Cancel',
  deleted: '“{name}” was deleted.',
  created: 'A new blank plan was created.',
  duplicated: 'Duplicated as “{name}”.',
  loadExample: 'Load the illustrative example',
  exampleHint: 'The example is a complete holiday promotion for an air purifier (illustrative numbers). It fills a blank plan, or else comes in as a new plan, so nothing you wrote is overwritten.',
  exampleLoaded: 'The example “{name}” is loaded.',
  /** While the example's module loads (it is fetched on the first click). */
  loadingExample: 'Loading the example…',
  /** While the file reader's module loads (it is fetched when a file is chosen). */
  readingFile: 'Reading “{file}”…',
  /** A part of the builder fetched on demand could not be loaded (usually the connection). */
  partNotLoaded: 'This part of the builder could not be loaded; check the connection and try again. Nothing was changed.',
  autosaved: 'Every change is saved in this browser as you type.',
  saveFailed: 'This browser refused to save (storage full or disabled). Export the plan as JSON to keep it.',
  progressHeading: 'Completeness',
  progressLabel: 'Elements complete',
  missingHeading: 'Still to do:',
  allComplete: 'All twelve elements are complete.',
  elementStatus: 'Status: {status}',
  missingIn: 'Missing: {fields}',
  formHeading: 'The twelve elements',
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
  discountPercent: 'Discount (% off the regular price)',
  discountHint: '10 means 10 % off the regular price.',
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
  margin: 'Gross margin M (%)',
  discountUsed: 'Discount D',
  discountUsedNote: 'From element 6; offers other than a discount count as 0 and cost through the cost items.',
  fixedCosts: 'Fixed costs F',
  resultsHeading: 'Estimated return',
  incrementalSales: 'Incremental sales (regular price)',
  incrementalProfit: 'Incremental gross profit',
  roi: 'ROI (incremental profit ÷ promotion cost)',
  breakevenLift: 'Break-even lift',
  promotionRevenue: 'Revenue during the promotion',
  promotionProfit: 'Gross profit during the promotion',
  baselineProfit: 'Gross profit without the promotion',
  discountCost: 'Discount given',
  promotionCost: 'Promotion cost (F + discount)',
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
  // Moving plans around
  transferHeading: 'Export, import, share and print',
  exportJson: 'Export JSON',
  importJson: 'Import a JSON file',
  importHint: 'An imported plan is added as a new plan; nothing already saved is overwritten.',
  imported: '“{name}” was imported.',
  importFailed: 'Could not import “{file}”; nothing was changed. Problems:',
  moreErrors: '…and {n} more.',
  draftsNotExported: 'Some numbers need fixing; exports and links leave those fields blank.',
  shareHint: '“Copy link” puts the whole plan into the link: whoever opens it sees the plan, and their own plans stay as they are.',
  print: 'Print / save as PDF',
  printHint: 'Prints a clean A4 plan document, without the form or the site’s navigation.',
  sharedPlan: 'You opened a plan shared in a link; it is not saved yet. Your own saved plans are all still there and will not be overwritten.',
  saveShared: 'Save as a new plan',
  openSaved: 'Open my saved plans',
  sharedSaved: 'The shared plan was saved as a new plan, “{name}”.',
  linkBroken: 'The plan in this link could not be read and was ignored:',
  setAside: 'A saved plan could no longer be read. It was kept aside as it was ({key}), not deleted; download the raw data to fix and import it.',
  downloadRaw: 'Download the raw data',
  removeSetAside: 'Delete this data',
  confirmRemoveSetAside: 'Delete this unreadable data? This cannot be undone.',
  // Print and present
  printTitleFallback: 'Promotion plan',
  printDates: 'Dates: {start} to {end}',
  printCompleteness: 'Completeness: {n}/12',
  notFilled: '(not filled in)',
  purposeLabel: 'Purpose',
  goalLine: '{metric}: baseline {baseline} → target {target}',
  offerLine: 'Kind: {type}',
  discountLine: 'Discount: {discount}',
  invitationLine: '{who}: {count}',
  ownerLine: '{role}: {name}',
  checkpointLine: '{date}  {what}',
  presentGoal: 'Goal',
  printChannels: 'Channels',
  printMetrics: 'Evaluation metrics',
  printAmount: 'Amount',
  printWarnings: 'Points to check',
} satisfies Record<PromotionStringKey, string>;

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

/**
 * Every table above in one object, for the island of an English page. Typed as the Chinese one,
 * so a table missing here is a compile error.
 */
export const englishText: PromotionText = {
  elementNames,
  elementHints,
  offerTypeNames,
  phaseNames,
  phaseShortNames,
  fabePartNames,
  fabePartHints,
  elementStatusNames,
  missingFieldNames,
  warningTemplates,
  returnNoteMessages,
  returnInputNames,
  fixedCostsSourceNotes,
  actualsMissingNames,
  timetableErrorMessages,
  linesErrorMessages,
  promotionStrings,
  fabeConnectors,
};
