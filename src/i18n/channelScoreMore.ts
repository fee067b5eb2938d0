/**
 * The channel scorecard's strings that no page needs at first paint: messages for rare states
 * (a broken or oversized link, all weights 0, a full list, a scorecard that cannot be computed)
 * and the words of the band-line and radar sections, which load when opened. This module is
 * downloaded only then, so it keeps both languages side by side like the other tools' messages.
 */

import type { ThresholdKey } from '../lib/channelScore';
import type { Translated } from './locales';
import type { ScorecardErrorCode } from './channelScore';

export const scorecardMessages = {
  zeroWeights: {
    'zh-CN': '至少要有一项指标的权重大于 0；结果仍按上一次有效的权重计算。',
    en: 'At least one weight must be above 0; the results still use the last valid weights.',
  },
  maxCriteria: { 'zh-CN': '最多 {n} 项指标。', en: 'At most {n} criteria.' },
  maxChannels: { 'zh-CN': '最多 {n} 个渠道。', en: 'At most {n} channels.' },
  thresholdsHint: {
    'zh-CN': '加权得分不低于某条线即进入该档；三条线须从高到低。',
    en: 'A channel whose weighted score is at or above a line falls in that band; the three lines must go from high to low.',
  },
  thresholdsOrder: {
    'zh-CN': '三条分档线须从高到低（加大投入 > 维持改进 > 限期调整），结果仍按上一次有效的分档线计算。',
    en: 'The three lines must go from high to low (invest > keep and improve > fix); the results still use the last valid lines.',
  },
  thresholdBounds: { 'zh-CN': '请填 1～5 之间的分数。', en: 'Enter a score from 1 to 5.' },
  radarChoose: { 'zh-CN': '在雷达图中比较的渠道（最多 {n} 个）', en: 'Channels to compare on the radar (up to {n})' },
  radarFull: { 'zh-CN': '已选 {n} 个；取消一个才能再选。', en: '{n} chosen; clear one to choose another.' },
  radarEmpty: { 'zh-CN': '请至少选择一个渠道。', en: 'Choose at least one channel.' },
  radarLabel: {
    'zh-CN': '雷达图：所选渠道在各项指标上的得分（1～5）',
    en: 'Radar chart: the chosen channels’ scores on each criterion (1–5)',
  },
  radarTable: { 'zh-CN': '雷达图数据：各项得分', en: 'Radar chart data: scores' },
  linkUnreadable: {
    'zh-CN': '链接中的评分卡数据无法读取（可能不完整或被改动过），下面显示的是示例。',
    en: 'The scorecard in this link could not be read (it may be cut short or altered); the example is shown instead.',
  },
  linkTooLong: {
    'zh-CN': '这张记分卡太大，放不进链接：复制的链接不含打分。记分卡仍保存在这个浏览器里，也可以打印。',
    en: 'This scorecard is too big for a link, so a copied link leaves the scores out. It is still saved in this browser, and you can print it.',
  },
  scoreError: { 'zh-CN': '评分卡无法计算：{reason}', en: 'The scorecard cannot be computed: {reason}' },
} satisfies Record<string, Translated>;

/** Field labels of the band lines: the band a channel reaches at or above the line. */
export const thresholdLabels: Record<ThresholdKey, Translated> = {
  invest: { 'zh-CN': '加大投入：得分不低于', en: 'Invest more: score at least' },
  improve: { 'zh-CN': '维持改进：得分不低于', en: 'Keep and improve: score at least' },
  review: {
    'zh-CN': '限期调整：得分不低于（更低为减少投入或退出）',
    en: 'Fix within a deadline: score at least (below: cut back or exit)',
  },
};

/** Why the scorecard cannot be computed, as the end of `scorecardMessages.scoreError`. */
export const scoreErrorReasons: Record<ScorecardErrorCode, Translated> = {
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
};
