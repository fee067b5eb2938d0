/**
 * The channel scorecard's strings in English. The same tables, with the same keys, are in
 * zh-CN.ts; its ChannelScoreText type makes a string missing here a compile error.
 */

import type { Band, CriterionKey, ThresholdKey } from '../../lib/channel-score/model';
import type { ChannelScoreStringKey, ChannelScoreText } from './zh-CN';

/** The scorecard's own words. {…} placeholders are filled with plain text. */
const strings: Record<ChannelScoreStringKey, string> = {
  title: 'Channel scorecard',
  formula: 'Weighted score = each score (1–5) × its share of the weights, added up',
  criteriaHeading: 'Criteria and weights',
  criteriaHint:
    'Weights need not add up to 100: they are turned into shares. Built-in criteria can be renamed; clear the name to get the original back.',
  criterion: 'Criterion',
  weight: 'Weight',
  share: 'Share',
  actions: 'Actions',
  criterionNameLabel: 'Name of criterion {n}',
  weightLabel: 'Weight of {criterion}',
  criterionFallback: 'Criterion {n}',
  totalWeight: 'Total',
  addCriterion: 'Add a criterion',
  newCriterion: 'New criterion {n}',
  remove: 'Remove',
  channelsHeading: 'Channels',
  channelNameLabel: 'Channel {n}',
  channelFallback: 'Channel {n}',
  addChannel: 'Add a channel',
  noChannels: 'No channels yet. Add one to start scoring.',
  scoresHeading: 'Scores (1–5)',
  scoresHint:
    '1 = poor, 5 = excellent; decimals such as 3.5 are fine. Write down what each score means first, the same for every region.',
  scoreLabel: '{channel} · {criterion}',
  scoreBounds: 'Enter a score from 1 to 5.',
  scoresRegion: 'Score table',
  resultsHeading: 'Results',
  rankingCaption: 'Ranked by weighted score',
  rank: 'Rank',
  channel: 'Channel',
  total: 'Weighted score (1–5)',
  percent: 'Out of 100',
  band: 'Recommendation',
  percentNote: 'Out of 100 = (weighted score − 1) ÷ 4 × 100: all 1s is 0, all 5s is 100. Equal scores share a rank.',
  noneRanked: 'No channel is fully scored yet.',
  incompleteHeading: 'Not fully scored (not ranked)',
  missing: '{channel}: missing {criteria}',
  thresholdsHeading: 'Band lines',
  thresholdsHint:
    'A channel whose weighted score is at or above a line falls in that band; the three lines must go from high to low.',
  thresholdBounds: 'Enter a score from 1 to 5.',
  radarHeading: 'Radar chart: scores side by side',
  radarChoose: 'Channels to compare on the radar (up to {n})',
  radarFull: '{n} chosen; clear one to choose another.',
  radarEmpty: 'Choose at least one channel.',
  radarLabel: 'Radar chart: the chosen channels’ scores on each criterion (1–5)',
  radarTable: 'Radar chart data: scores',
  print: 'Print the scorecard',
};

/** The built-in criteria, named as the Part 3 chapter names them. */
const criterionNames: Record<CriterionKey, string> = {
  sales: 'Sales',
  growth: 'Growth',
  margin: 'Gross margin',
  collection: 'Speed of collection',
  coverage: 'Coverage',
  cooperation: 'Cooperation',
};

/** The recommendation bands, in the words the chapter uses for its decisions. */
const bandNames: Record<Band, string> = {
  invest: 'Invest more',
  improve: 'Keep and improve',
  review: 'Fix within a deadline',
  exit: 'Cut back or exit',
};

/** Field labels of the band lines: the band a channel reaches at or above the line. */
const thresholdLabels: Record<ThresholdKey, string> = {
  invest: 'Invest more: score at least',
  improve: 'Keep and improve: score at least',
  review: 'Fix within a deadline: score at least (below: cut back or exit)',
};

/** Every table above in one object, for the island of an English page. */
export const englishText: ChannelScoreText = {
  strings,
  criterionNames,
  bandNames,
  thresholdLabels,
  /** The example's channels (the Part 3 case): wholesale, supermarkets, restaurants. */
  exampleChannelNames: ['Wholesale', 'Supermarkets', 'Restaurants'] as [string, string, string],
};
