import type { Translated } from './locales';
import type { LeverKey } from '../lib/growthTool';
import type { NoticeCode } from '../lib/growth';

/** Strings of the growth formula calculator. */
export const growthStrings = {
  formula: {
    'zh-CN': '销售业绩 = 覆盖客户数 × 活跃率 × 平均成交金额',
    en: 'Sales = covered customers × active rate × average transaction value',
  },
  currentHeading: { 'zh-CN': '现状', en: 'Where you are' },
  goalHeading: { 'zh-CN': '目标', en: 'Goal' },
  goalKind: { 'zh-CN': '目标的表示方式', en: 'Express the goal as' },
  goalAsMultiple: { 'zh-CN': '倍数', en: 'A multiple' },
  goalAsTarget: { 'zh-CN': '目标金额', en: 'A target amount' },
  goalMultiple: { 'zh-CN': '目标倍数（2 = 翻倍）', en: 'Goal multiple (2 = double)' },
  goalTarget: { 'zh-CN': '目标业绩（元）', en: 'Target sales (¥)' },
  fixedHeading: { 'zh-CN': '固定提升幅度（可选）', en: 'Fixed uplifts (optional)' },
  fixedHint: {
    'zh-CN': '留空的要素由计算器分担剩余目标；三项都填写时，计算器显示这组假设能达到的结果。',
    en: 'Levers left empty share the rest of the goal; fill all three to see what those assumptions reach.',
  },
  stepLabel: { 'zh-CN': '敏感性步长（%）', en: 'Sensitivity step (%)' },
  resultsHeading: { 'zh-CN': '结果', en: 'Results' },
  sales: { 'zh-CN': '当前业绩', en: 'Current sales' },
  target: { 'zh-CN': '目标业绩', en: 'Target sales' },
  planned: { 'zh-CN': '计划业绩', en: 'Planned sales' },
  multiple: { 'zh-CN': '达成倍数', en: 'Multiple reached' },
  planHeading: { 'zh-CN': '各要素的计划', en: 'The plan per lever' },
  lever: { 'zh-CN': '要素', en: 'Lever' },
  current: { 'zh-CN': '现状', en: 'Now' },
  plan: { 'zh-CN': '计划', en: 'Plan' },
  uplift: { 'zh-CN': '提升幅度', en: 'Uplift' },
  contribution: { 'zh-CN': '对增长的贡献', en: 'Contribution to growth' },
  fixedMark: { 'zh-CN': '（固定）', en: ' (fixed)' },
  cappedMark: { 'zh-CN': '（已封顶）', en: ' (capped)' },
  attributionNote: {
    'zh-CN': '贡献按对数平均迪氏指数法（LMDI）分解，三项之和正好等于业绩的变化。',
    en: 'Contributions use the log-mean Divisia index (LMDI): the three add up exactly to the change in sales.',
  },
  attributionUndefined: {
    'zh-CN': '有要素为零，无法分解各要素的贡献。',
    en: 'A lever is zero, so the change cannot be attributed to the levers.',
  },
  sensitivityHeading: { 'zh-CN': '敏感性：单独调整一个要素', en: 'Sensitivity: one lever at a time' },
  stepSales: { 'zh-CN': '单独提升 {step} 后的业绩', en: 'Sales with {step} on this lever alone' },
  aloneNeeded: { 'zh-CN': '单独靠它达成目标需提升', en: 'Uplift needed from this lever alone' },
  aloneImpossible: { 'zh-CN': '单靠它无法达成', en: 'Cannot reach the goal alone' },
  chartHeading: { 'zh-CN': '从现状到计划', en: 'From now to the plan' },
  chartLabel: {
    'zh-CN': '瀑布图：当前业绩、三个要素各自的贡献与计划业绩',
    en: 'Waterfall chart: current sales, each lever’s contribution, planned sales',
  },
  tableCaption: { 'zh-CN': '图表数据', en: 'Chart data' },
  step: { 'zh-CN': '项目', en: 'Item' },
  amount: { 'zh-CN': '金额', en: 'Amount' },
  openTool: { 'zh-CN': '在完整工具中打开此方案', en: 'Open this scenario in the full tool' },
} satisfies Record<string, Translated>;

/** The levers' names, as the course says them. */
export const leverNames: Record<LeverKey, Translated> = {
  customers: { 'zh-CN': '覆盖客户数', en: 'Covered customers' },
  active: { 'zh-CN': '活跃率', en: 'Active rate' },
  aov: { 'zh-CN': '平均成交金额', en: 'Average transaction value' },
};

/** Field labels: the lever's name with its unit, so the label says what to type. */
export const leverFieldLabels: Record<LeverKey, Translated> = {
  customers: { 'zh-CN': '覆盖客户数（家）', en: 'Covered customers (count)' },
  active: { 'zh-CN': '活跃率（%）', en: 'Active rate (%)' },
  aov: { 'zh-CN': '平均成交金额（元）', en: 'Average transaction value (¥)' },
};

export const upliftFieldLabels: Record<LeverKey, Translated> = {
  customers: { 'zh-CN': '覆盖客户数固定提升（%）', en: 'Fixed uplift, covered customers (%)' },
  active: { 'zh-CN': '活跃率固定提升（%）', en: 'Fixed uplift, active rate (%)' },
  aov: { 'zh-CN': '平均成交金额固定提升（%）', en: 'Fixed uplift, average value (%)' },
};

export const leverHints: Record<LeverKey, Translated> = {
  customers: { 'zh-CN': '例如 200、1,200 或 3万', en: 'For example 200, 1,200 or 30K' },
  active: { 'zh-CN': '本期下单客户占覆盖客户的比例，例如 30 或 30%', en: 'Share of covered customers who bought this period, e.g. 30 or 30%' },
  aov: { 'zh-CN': '例如 5000、¥5,000 或 0.5万', en: 'For example 5000 or ¥5,000' },
};

/** Plan outcomes, one sentence each; {…} placeholders are filled with formatted numbers. */
export const statusStrings = {
  ok: { 'zh-CN': '按此计划可达成目标。', en: 'This plan reaches the goal.' },
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
} satisfies Record<string, Translated>;

export const noticeStrings: Record<NoticeCode, Translated> = {
  capped: {
    'zh-CN': '{levers}不能超过 100%，已封顶，剩余目标由其他要素分担。',
    en: '{levers} cannot exceed 100%: it is capped and the other levers carry the rest of the goal.',
  },
  'fixed-capped': {
    'zh-CN': '{levers}的固定提升会超过 100%，已按 100% 计算。',
    en: 'The fixed uplift on {levers} would pass 100%; 100% is used instead.',
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
