/**
 * The growth calculator's strings in English. The same tables, with the same keys, are in
 * growth.zh-CN.ts; the types in growth.ts make a string missing here a compile error.
 */

import type { LeverKey } from '../lib/growthTool';
import type { GrowthStringKey, GrowthText } from './growth';

/** The calculator's own words; {…} placeholders are filled with formatted numbers. */
const strings: Record<GrowthStringKey, string> = {
  formula: 'Sales = covered customers × active rate × average transaction value',
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

/** The levers' names, as the course says them. */
const leverNames: Record<LeverKey, string> = {
  customers: 'Covered customers',
  active: 'Active rate',
  aov: 'Average transaction value',
};

/** Field labels: the lever's name with its unit, so the label says what to type. */
const leverFieldLabels: Record<LeverKey, string> = {
  customers: 'Covered customers (count)',
  active: 'Active rate (%)',
  aov: 'Average transaction value (¥)',
};

/** Labels of the fixed-uplift fields. */
const upliftFieldLabels: Record<LeverKey, string> = {
  customers: 'Fixed uplift, covered customers (%)',
  active: 'Fixed uplift, active rate (%)',
  aov: 'Fixed uplift, average value (%)',
};

/** Hints under the current-value fields: what may be typed. */
const leverHints: Record<LeverKey, string> = {
  customers: 'For example 200, 1,200 or 30K',
  active: 'Share of covered customers who bought this period, e.g. 30 or 30%',
  aov: 'For example 5000 or ¥5,000',
};

/** The sentence under the results when the plan reaches the goal (the other outcomes are in growthMore.ts). */
const reachedStatus = 'This plan reaches the goal.';

/** Every table above in one object, for the island of an English page. */
export const englishGrowthText: GrowthText = {
  strings,
  leverNames,
  leverFieldLabels,
  upliftFieldLabels,
  leverHints,
  reachedStatus,
};
