/**
 * The channel scorecard's strings in Chinese (渠道评估记分卡). The same tables, with the same keys,
 * are in en.ts, typed by ChannelScoreText below, so a string missing in either language is a
 * compile error. The page passes its language's dictionary to the island as a prop.
 */

import type { Band, CriterionKey, ThresholdKey } from '../../lib/channel-score/model';

/** The scorecard's own words. {…} placeholders are filled with plain text. */
const strings = {
  title: '渠道评估记分卡',
  formula: '加权得分 = 各项得分（1～5）× 该项权重占比，再相加',
  criteriaHeading: '评估指标与权重',
  criteriaHint: '权重不必加起来等于 100：工具按比例换算成占比。内置指标可以改名，清空名称即恢复原名。',
  criterion: '指标',
  weight: '权重',
  share: '占比',
  actions: '操作',
  criterionNameLabel: '第 {n} 项指标的名称',
  weightLabel: '{criterion}的权重',
  criterionFallback: '指标 {n}',
  totalWeight: '合计',
  addCriterion: '添加指标',
  newCriterion: '新指标 {n}',
  remove: '删除',
  channelsHeading: '渠道',
  channelNameLabel: '渠道 {n}',
  channelFallback: '渠道 {n}',
  addChannel: '添加渠道',
  noChannels: '还没有渠道。添加一个渠道开始打分。',
  scoresHeading: '打分（1～5 分）',
  scoresHint: '1 = 很差，5 = 很好，可以填小数（如 3.5）。每一分的标准要事先写清、各区域统一。',
  scoreLabel: '{channel} · {criterion}',
  scoreBounds: '请填 1～5 的分数。',
  scoresRegion: '打分表',
  resultsHeading: '结果',
  rankingCaption: '按加权得分排名',
  rank: '排名',
  channel: '渠道',
  total: '加权得分（1～5）',
  percent: '百分制',
  band: '建议',
  percentNote: '百分制 = (加权得分 − 1) ÷ 4 × 100：全部 1 分为 0，全部 5 分为 100。得分相同的渠道名次相同。',
  noneRanked: '还没有打完分的渠道。',
  incompleteHeading: '尚未打完分（不参与排名）',
  missing: '{channel}：缺 {criteria}',
  thresholdsHeading: '分档线',
  thresholdsHint: '加权得分不低于某条线即进入该档；三条线须从高到低。',
  thresholdBounds: '请填 1～5 之间的分数。',
  radarHeading: '雷达图：各项得分对比',
  radarChoose: '在雷达图中比较的渠道（最多 {n} 个）',
  radarFull: '已选 {n} 个；取消一个才能再选。',
  radarEmpty: '请至少选择一个渠道。',
  radarLabel: '雷达图：所选渠道在各项指标上的得分（1～5）',
  radarTable: '雷达图数据：各项得分',
  print: '打印记分卡',
};

/** The built-in criteria, named as the Part 3 chapter names them. */
const criterionNames: Record<CriterionKey, string> = {
  sales: '销量',
  growth: '增长率',
  margin: '毛利率',
  collection: '回款速度',
  coverage: '覆盖',
  cooperation: '配合度',
};

/** The recommendation bands, in the words the chapter uses for its decisions. */
const bandNames: Record<Band, string> = {
  invest: '加大投入',
  improve: '维持改进',
  review: '限期调整',
  exit: '减少投入或退出',
};

/** Field labels of the band lines: the band a channel reaches at or above the line. */
const thresholdLabels: Record<ThresholdKey, string> = {
  invest: '加大投入：得分不低于',
  improve: '维持改进：得分不低于',
  review: '限期调整：得分不低于（更低为减少投入或退出）',
};

/** Every table above in one object, for the island of a Chinese page. */
export const chineseText = {
  strings,
  criterionNames,
  bandNames,
  thresholdLabels,
  /** The example's channels (the Part 3 case): wholesale, supermarkets, restaurants. */
  exampleChannelNames: ['流通批发', '商超', '餐饮'] as [string, string, string],
};

/** Every table of the scorecard's strings in one language (en.ts has this shape too). */
export type ChannelScoreText = typeof chineseText;
export type ChannelScoreStringKey = keyof ChannelScoreText['strings'];
