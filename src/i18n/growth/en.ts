/**
 * The growth calculator's strings in English. The same tables, with the same keys, are in
 * zh-CN.ts; its GrowthText type makes a string missing here a compile error.
 */

import type { GrowthBasis } from '../../lib/growth/model';
import type { BasisText, GrowthStringKey, GrowthText } from './zh-CN';

/** The calculator's own words; {…} placeholders are filled with formatted numbers. */
const strings: Record<GrowthStringKey, string> = {
  formula: 'Sales = covered customers × activity rate × average transaction value',
  basisHeading: 'Basis',
  currentHeading: 'Where you are',
  goalHeading: 'Goal',
  goalKind: 'Express the goal as',
  goalAsMultiple: 'A multiple',
  goalAsTarget: 'A target amount',
  goalMultiple: 'Goal multiple (2 = double)',
  goalTarget: 'Target sales (¥)',
  fixedHeading: 'Fixed uplifts (optional)',
  fixedHint: 'Levers left empty share the rest of the goal; fill all three to see what those assumptions reach.',
  resultsHeading: 'Results',
  sales: 'Current sales',
  target: 'Target sales',
  planned: 'Planned sales',
  multiple: 'Multiple reached',
  planHeading: 'The plan per lever',
  lever: 'Lever',
  current: 'Now',
  plan: 'Plan',
  uplift: 'Uplift',
  contribution: 'Contribution to growth',
  fixedMark: ' (fixed)',
  cappedMark: ' (capped)',
  attributionNote: 'Contributions use the log-mean Divisia index (LMDI): the three add up exactly to the change in sales.',
  sensitivityHeading: 'Sensitivity: one lever at a time',
  chartHeading: 'From now to the plan',
  chartLabel: 'Waterfall chart: current sales, each lever’s contribution, planned sales',
  tableCaption: 'Chart data',
  step: 'Item',
  amount: 'Amount',
  openTool: 'Open this scenario in the full tool',
  panelLoading: 'Loading…',
  panelFailed: 'This part could not load; check the connection and try again.',
  retry: 'Try again',
};

/**
 * The words that change with the basis: the formula, the levers' names, labels and hints. The
 * transactions basis is the course's own definition; the buyers basis is the common second
 * measurement, named as such.
 */
const bases: Record<GrowthBasis, BasisText> = {
  transactions: {
    option: 'Transactions basis (the course’s definition)',
    note: 'The activity rate is the purchase frequency: transactions this period ÷ covered customers, and it may pass 100%; the average transaction value is per transaction.',
    inUse: 'These results are on the transactions basis (the course’s definition).',
    formula: 'Sales = covered customers × activity rate × average transaction value',
    leverNames: { customers: 'Covered customers', active: 'Activity rate', aov: 'Average transaction value' },
    leverFieldLabels: {
      customers: 'Covered customers (count)',
      active: 'Activity rate (%)',
      aov: 'Average transaction value (¥)',
    },
    upliftFieldLabels: {
      customers: 'Fixed uplift, covered customers (%)',
      active: 'Fixed uplift, activity rate (%)',
      aov: 'Fixed uplift, average transaction value (%)',
    },
    leverHints: {
      customers: 'For example 200, 1,200 or 30K',
      active: 'Transactions this period ÷ covered customers: 30 means 0.3 transactions per customer, 150 means 1.5',
      aov: 'Sales this period ÷ transactions, for example 5000 or ¥5,000',
    },
  },
  buyers: {
    option: 'Buyers basis',
    note: 'A common second measurement: the activity rate is the share of covered customers who ordered, at most 100%, and the third factor is sales per buyer.',
    inUse: 'These results are on the buyers basis.',
    formula: 'Sales = covered customers × buyer share × sales per buyer',
    leverNames: { customers: 'Covered customers', active: 'Buyer share', aov: 'Sales per buyer' },
    leverFieldLabels: {
      customers: 'Covered customers (count)',
      active: 'Buyer share (%)',
      aov: 'Sales per buyer (¥)',
    },
    upliftFieldLabels: {
      customers: 'Fixed uplift, covered customers (%)',
      active: 'Fixed uplift, buyer share (%)',
      aov: 'Fixed uplift, sales per buyer (%)',
    },
    leverHints: {
      customers: 'For example 200, 1,200 or 30K',
      active: 'Customers who ordered this period ÷ covered customers, at most 100%, for example 30 or 30%',
      aov: 'Sales this period ÷ customers who ordered, for example 5000 or ¥5,000',
    },
  },
};

/** The sentence under the results when the plan reaches the goal (the other outcomes are in more.ts). */
const reachedStatus = 'This plan reaches the goal.';

/** Every table above in one object, for the island of an English page. */
export const englishText: GrowthText = {
  strings,
  bases,
  reachedStatus,
};

