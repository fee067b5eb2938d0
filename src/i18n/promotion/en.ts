/**
 * The promotion plan builder's strings in English that its first paint needs: the twelve
 * elements' names, their status and what each still lacks (the progress list), and the plan list,
 * notices and export/import. The strings of the editors, the printed plan and present mode are in
 * form.en.ts, fetched when a person first opens an element, prints or presents. The
 * same tables, with the same keys, are in zh-CN.ts; a string missing in either language
 * is a compile error, and a unit test compares keys and {slots}.
 */

import type { ElementKey } from '../../lib/promotion/schema';
import type { ExampleKey } from '../../lib/promotion/plans';
import type { ElementStatus, MissingField } from '../../lib/promotion/completeness';
import type { CoreStringKey, PromotionText } from './index';

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
    'discount-percent': 'the price given away, D (above 0 % for a discount)',
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

/** The strings shown before anyone opens an element: the plan list, progress, notices, moving plans. */
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
  loadExample: 'Load the example: {name}',
  exampleHint: 'Both examples are complete in all twelve elements (the companies and figures are invented): the air purifier example costs its gift through the share given away, D; the sugar-free tea example is the case of Part 4. An example fills a blank plan, or else comes in as a new plan, so nothing you wrote is overwritten.',
  exampleLoaded: 'The example “{name}” is loaded.',
  /** While the example's module loads (it is fetched on the first click). */
  loadingExample: 'Loading the example…',
  /** While the file reader's module loads (it is fetched when a file is chosen). */
  readingFile: 'Reading “{file}”…',
  /** A part of the builder fetched on demand could not be loaded (usually the connection). */
  partNotLoaded: 'This part of the builder could not be loaded; check the connection and try again. Nothing was changed.',
  autosaved: 'Every change is saved in this browser as you type.',
  saveFailed: 'This browser refused to save (storage full or disabled). Export the plan as JSON to keep it.',
  /** After a first change, while the code that saves plans loads (fetched on first use). */
  storeLoading: 'Loading the saving code; your changes will be saved in a moment…',
  /** That code could not be downloaded; the plan on screen is kept. */
  storeFailed: 'The saving code could not be downloaded. Everything you wrote is still on the page but not saved yet. Check the connection and try again.',
  progressHeading: 'Completeness',
  progressLabel: 'Elements complete',
  missingHeading: 'Still to do:',
  allComplete: 'All twelve elements are complete.',
  formHeading: 'The twelve elements',
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
  /** A link opened an example (`?example=`) while plans are saved here: it waits, like a shared plan. */
  exampleOpened: 'You opened the example “{name}”; it is not saved yet. Your own saved plans are all still there and will not be overwritten.',
  exampleSaved: 'The example was saved as a new plan, “{name}”.',
  linkBroken: 'The plan in this link could not be read and was ignored:',
  setAside: 'A saved plan could no longer be read. It was kept aside as it was ({key}), not deleted; download the raw data to fix and import it.',
  downloadRaw: 'Download the raw data',
  removeSetAside: 'Delete this data',
  confirmRemoveSetAside: 'Delete this unreadable data? This cannot be undone.',
  /** While an element's editor (or the print document) loads: it is fetched when first opened. */
  loadingPart: 'Loading…',
  retry: 'Try again',
  openAll: 'Open all elements',
  closeAll: 'Close all',
  /** Printed instead of the plan when the browser's own print command comes before the plan document has loaded. */
  printPending: 'The plan document has not loaded yet. Print with this page’s “{print}” button.',
} satisfies Record<CoreStringKey, string>;

/** The built-in examples' names, for the buttons that load them (their texts load on demand). */
export const exampleNames: Record<ExampleKey, string> = {
  purifier: 'Golden Week air purifier promotion',
  tea: 'Summer sugar-free tea promotion for small shops',
};

/** Every table above in one object, for the island of an English page. */
export const englishText: PromotionText = {
  elementNames,
  exampleNames,
  elementStatusNames,
  missingFieldNames,
  promotionStrings,
};
