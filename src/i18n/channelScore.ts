import type { Translated } from './locales';
import type { Band, ThresholdKey, defaultCriterionKeys } from '../lib/channelScore';

/** Strings of the channel scorecard (渠道评估记分卡). {…} placeholders are filled with plain text. */
export const channelStrings = {
  title: { 'zh-CN': '渠道评估记分卡', en: 'Channel scorecard' },
  formula: {
    'zh-CN': '加权得分 = 各项得分（1～5）× 该项权重占比，再相加',
    en: 'Weighted score = each score (1–5) × its share of the weights, added up',
  },
  criteriaHeading: { 'zh-CN': '评估指标与权重', en: 'Criteria and weights' },
  criteriaHint: {
    'zh-CN': '权重不必加起来等于 100：工具按比例换算成占比。内置指标可以改名，清空名称即恢复原名。',
    en: 'Weights need not add up to 100: they are turned into shares. Built-in criteria can be renamed; clear the name to get the original back.',
  },
  criterion: { 'zh-CN': '指标', en: 'Criterion' },
  weight: { 'zh-CN': '权重', en: 'Weight' },
  share: { 'zh-CN': '占比', en: 'Share' },
  actions: { 'zh-CN': '操作', en: 'Actions' },
  criterionNameLabel: { 'zh-CN': '第 {n} 项指标的名称', en: 'Name of criterion {n}' },
  weightLabel: { 'zh-CN': '{criterion}的权重', en: 'Weight of {criterion}' },
  criterionFallback: { 'zh-CN': '指标 {n}', en: 'Criterion {n}' },
  totalWeight: { 'zh-CN': '合计', en: 'Total' },
  addCriterion: { 'zh-CN': '添加指标', en: 'Add a criterion' },
  newCriterion: { 'zh-CN': '新指标 {n}', en: 'New criterion {n}' },
  remove: { 'zh-CN': '删除', en: 'Remove' },
  zeroWeights: {
    'zh-CN': '至少要有一项指标的权重大于 0；结果仍按上一次有效的权重计算。',
    en: 'At least one weight must be above 0; the results still use the last valid weights.',
  },
  maxCriteria: { 'zh-CN': '最多 {n} 项指标。', en: 'At most {n} criteria.' },
  channelsHeading: { 'zh-CN': '渠道', en: 'Channels' },
  channelNameLabel: { 'zh-CN': '渠道 {n}', en: 'Channel {n}' },
  channelFallback: { 'zh-CN': '渠道 {n}', en: 'Channel {n}' },
  addChannel: { 'zh-CN': '添加渠道', en: 'Add a channel' },
  maxChannels: { 'zh-CN': '最多 {n} 个渠道。', en: 'At most {n} channels.' },
  noChannels: { 'zh-CN': '还没有渠道。添加一个渠道开始打分。', en: 'No channels yet. Add one to start scoring.' },
  scoresHeading: { 'zh-CN': '打分（1～5 分）', en: 'Scores (1–5)' },
  scoresHint: {
    'zh-CN': '1 = 很差，5 = 很好，可以填小数（如 3.5）。每一分的标准要事先写清、各区域统一。',
    en: '1 = poor, 5 = excellent; decimals such as 3.5 are fine. Write down what each score means first, the same for every region.',
  },
  scoreLabel: { 'zh-CN': '{channel} · {criterion}', en: '{channel} · {criterion}' },
  scoreBounds: { 'zh-CN': '请填 1～5 的分数。', en: 'Enter a score from 1 to 5.' },
  scoresRegion: { 'zh-CN': '打分表', en: 'Score table' },
  resultsHeading: { 'zh-CN': '结果', en: 'Results' },
  rankingCaption: { 'zh-CN': '按加权得分排名', en: 'Ranked by weighted score' },
  rank: { 'zh-CN': '排名', en: 'Rank' },
  channel: { 'zh-CN': '渠道', en: 'Channel' },
  total: { 'zh-CN': '加权得分（1～5）', en: 'Weighted score (1–5)' },
  percent: { 'zh-CN': '百分制', en: 'Out of 100' },
  band: { 'zh-CN': '建议', en: 'Recommendation' },
  percentNote: {
    'zh-CN': '百分制 = (加权得分 − 1) ÷ 4 × 100：全部 1 分为 0，全部 5 分为 100。得分相同的渠道名次相同。',
    en: 'Out of 100 = (weighted score − 1) ÷ 4 × 100: all 1s is 0, all 5s is 100. Equal scores share a rank.',
  },
  noneRanked: { 'zh-CN': '还没有打完分的渠道。', en: 'No channel is fully scored yet.' },
  incompleteHeading: { 'zh-CN': '尚未打完分（不参与排名）', en: 'Not fully scored (not ranked)' },
  missing: { 'zh-CN': '{channel}：缺 {criteria}', en: '{channel}: missing {criteria}' },
  thresholdsHeading: { 'zh-CN': '分档线', en: 'Band lines' },
  thresholdsHint: {
    'zh-CN': '加权得分不低于某条线即进入该档；三条线须从高到低。',
    en: 'A channel whose weighted score is at or above a line falls in that band; the three lines must go from high to low.',
  },
  thresholdsOrder: {
    'zh-CN': '三条分档线须从高到低（加大投入 > 维持改进 > 限期调整），结果仍按上一次有效的分档线计算。',
    en: 'The three lines must go from high to low (invest > keep and improve > fix); the results still use the last valid lines.',
  },
  thresholdBounds: { 'zh-CN': '请填 1～5 之间的分数。', en: 'Enter a score from 1 to 5.' },
  radarHeading: { 'zh-CN': '雷达图：各项得分对比', en: 'Radar chart: scores side by side' },
  radarChoose: { 'zh-CN': '在雷达图中比较的渠道（最多 {n} 个）', en: 'Channels to compare on the radar (up to {n})' },
  radarFull: { 'zh-CN': '已选 {n} 个；取消一个才能再选。', en: '{n} chosen; clear one to choose another.' },
  radarEmpty: { 'zh-CN': '请至少选择一个渠道。', en: 'Choose at least one channel.' },
  radarLabel: {
    'zh-CN': '雷达图：所选渠道在各项指标上的得分（1～5）',
    en: 'Radar chart: the chosen channels’ scores on each criterion (1–5)',
  },
  radarTable: { 'zh-CN': '雷达图数据：各项得分', en: 'Radar chart data: scores' },
  print: { 'zh-CN': '打印记分卡', en: 'Print the scorecard' },
  linkUnreadable: {
    'zh-CN': '链接中的评分卡数据无法读取（可能不完整或被改动过），下面显示的是示例。',
    en: 'The scorecard in this link could not be read (it may be cut short or altered); the example is shown instead.',
  },
  linkTooLong: {
    'zh-CN': '这张记分卡太大，放不进链接：复制的链接不含打分。记分卡仍保存在这个浏览器里，也可以打印。',
    en: 'This scorecard is too big for a link, so a copied link leaves the scores out. It is still saved in this browser, and you can print it.',
  },
  scoreError: {
    'zh-CN': '评分卡无法计算：{reason}',
    en: 'The scorecard cannot be computed: {reason}',
  },
} satisfies Record<string, Translated>;

/** The built-in criteria, named as the Part 3 chapter names them. */
export const criterionNames: Record<(typeof defaultCriterionKeys)[number], Translated> = {
  sales: { 'zh-CN': '销量', en: 'Sales' },
  growth: { 'zh-CN': '增长率', en: 'Growth' },
  margin: { 'zh-CN': '毛利率', en: 'Gross margin' },
  collection: { 'zh-CN': '回款速度', en: 'Speed of collection' },
  coverage: { 'zh-CN': '覆盖', en: 'Coverage' },
  cooperation: { 'zh-CN': '配合度', en: 'Cooperation' },
};

/** The recommendation bands, in the words the chapter uses for its decisions. */
export const bandNames: Record<Band, Translated> = {
  invest: { 'zh-CN': '加大投入', en: 'Invest more' },
  improve: { 'zh-CN': '维持改进', en: 'Keep and improve' },
  review: { 'zh-CN': '限期调整', en: 'Fix within a deadline' },
  exit: { 'zh-CN': '减少投入或退出', en: 'Cut back or exit' },
};

/** Field labels of the band lines: the band a channel reaches at or above the line. */
export const thresholdLabels: Record<ThresholdKey, Translated> = {
  invest: { 'zh-CN': '加大投入：得分不低于', en: 'Invest more: score at least' },
  improve: { 'zh-CN': '维持改进：得分不低于', en: 'Keep and improve: score at least' },
  review: {
    'zh-CN': '限期调整：得分不低于（更低为减少投入或退出）',
    en: 'Fix within a deadline: score at least (below: cut back or exit)',
  },
};

/** The example's channels (the Part 3 case): wholesale, supermarkets, restaurants. */
export const exampleChannelNames: Translated<[string, string, string]> = {
  'zh-CN': ['流通批发', '商超', '餐饮'],
  en: ['Wholesale', 'Supermarkets', 'Restaurants'],
};

/** Why the scorecard cannot be computed, as the end of channelStrings.scoreError. */
export const scoreErrorReasons = {
  'no-criteria': { 'zh-CN': '没有评估指标，请添加一项。', en: 'there are no criteria; add one.' },
  'zero-weights': {
    'zh-CN': '所有权重都是 0，请至少给一项大于 0 的权重。',
    en: 'every weight is 0; give at least one a weight above 0.',
  },
  'invalid-weight': { 'zh-CN': '有权重不在 0～1,000 之间。', en: 'a weight is outside 0–1,000.' },
  'invalid-thresholds': { 'zh-CN': '分档线不在 1～5 之间。', en: 'a band line is outside 1–5.' },
  'thresholds-not-descending': { 'zh-CN': '分档线没有从高到低。', en: 'the band lines do not go from high to low.' },
  'duplicate-criterion': { 'zh-CN': '有重复的指标。', en: 'a criterion appears twice.' },
  'duplicate-channel': { 'zh-CN': '有重复的渠道。', en: 'a channel appears twice.' },
} satisfies Record<string, Translated>;
