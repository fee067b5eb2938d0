/**
 * The growth calculator's strings that no page needs at first paint: the sensitivity section
 * (loaded when it opens) and sentences for less common outcomes (fixed uplifts, an unreachable
 * goal, zero sales, capped levers). This module is downloaded only then, so it keeps both
 * languages side by side like the other tools' messages.
 */

import type { NoticeCode, PlanStatus } from '../../lib/growth/plan';
import type { Translated } from '../../lib/locale';

/** The sensitivity section's words, and the note shown when a lever is zero. */
export const growthMoreStrings = {
  stepLabel: { 'zh-CN': '敏感性步长（%）', en: 'Sensitivity step (%)' },
  stepSales: { 'zh-CN': '单独提升 {step} 后的业绩', en: 'Sales with {step} on this lever alone' },
  aloneNeeded: { 'zh-CN': '单独靠它达成目标需提升', en: 'Uplift needed from this lever alone' },
  aloneImpossible: { 'zh-CN': '单靠它无法达成', en: 'Cannot reach the goal alone' },
  attributionUndefined: {
    'zh-CN': '有要素为零，无法分解各要素的贡献。',
    en: 'A lever is zero, so the change cannot be attributed to the levers.',
  },
} satisfies Record<string, Translated>;

/** Plan outcomes other than 'ok', one sentence each; {…} placeholders are filled with formatted numbers. */
export const statusStrings: Record<Exclude<PlanStatus, 'ok'>, Translated> = {
  'what-if': {
    'zh-CN': '三项提升都已固定：这组假设让业绩达到 {multiple}。',
    en: 'All three uplifts are fixed: these assumptions take sales to {multiple}.',
  },
  unreachable: {
    'zh-CN': '在这些固定提升下无法达成目标：最多达到 {planned}，还差 {shortfall}（目标的 {percent}）。',
    en: 'The goal cannot be reached with these fixed uplifts: at most {planned}, short by {shortfall} ({percent} of the target).',
  },
  'zero-current': {
    'zh-CN': '当前业绩为零（有要素为 0），无法按倍数规划；请先填入大于 0 的现状。',
    en: 'Current sales are zero (a lever is 0), so a multiple cannot be planned; enter current values above 0.',
  },
  invalid: { 'zh-CN': '输入无法计算，请检查各项。', en: 'These entries cannot be computed; check each field.' },
};

export const noticeStrings: Record<NoticeCode, Translated> = {
  // Only the buyers basis caps a lever (a share of customers cannot pass 100 %), so these say so.
  capped: {
    'zh-CN': '按下单客户口径，{levers}不能超过 100%，已封顶，剩余目标由其他要素分担。',
    en: '{levers} cannot exceed 100% on the buyers basis: it is capped and the other levers carry the rest of the goal.',
  },
  'fixed-capped': {
    'zh-CN': '按下单客户口径，{levers}的固定提升会超过 100%，已按 100% 计算。',
    en: 'The fixed uplift on {levers} would pass 100%, the most the buyers basis allows; 100% is used instead.',
  },
  'fixed-exceed-goal': {
    'zh-CN': '固定提升已经达到目标，其他要素无需提升。',
    en: 'The fixed uplifts already reach the goal; the other levers need no uplift.',
  },
  'goal-already-met': {
    'zh-CN': '目标不高于当前业绩，无需提升。',
    en: 'The goal is at or below current sales; no uplift is needed.',
  },
};
