/**
 * The channel scorecard's messages for rare states: a broken or oversized link, all weights 0,
 * band lines out of order, a full list, a scorecard that cannot be computed. No page needs them at
 * first paint, so this module is downloaded only when one arises, and it keeps both languages
 * side by side like the other tools' messages.
 */

import type { ScorecardError } from '../../lib/channel-score/model';
import type { Translated } from '../../lib/locale';

export const scorecardMessages = {
  zeroWeights: {
    'zh-CN': '至少要有一项指标的权重大于 0；结果仍按上一次有效的权重计算。',
    en: 'At least one weight must be above 0; the results still use the last valid weights.',
  },
  maxCriteria: { 'zh-CN': '最多 {n} 项指标。', en: 'At most {n} criteria.' },
  maxChannels: { 'zh-CN': '最多 {n} 个渠道。', en: 'At most {n} channels.' },
  thresholdsOrder: {
    'zh-CN': '三条分档线须从高到低（加大投入 > 维持改进 > 限期调整），结果仍按上一次有效的分档线计算。',
    en: 'The three lines must go from high to low (invest > keep and improve > fix); the results still use the last valid lines.',
  },
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

/** Why the scorecard cannot be computed, as the end of `scorecardMessages.scoreError`. */
export const scoreErrorReasons: Record<ScorecardError['error'], Translated> = {
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
