/**
 * The growth calculator's strings in Chinese (业绩增长公式计算器). The same tables, with the same
 * keys, are in growth.en.ts, typed by growth.ts, so a string missing in either language is a
 * compile error. The two languages are separate modules so that a page downloads only its own;
 * words needed only after an action or in a rare state are in growthMore.ts.
 */

import type { LeverKey } from '../lib/growthTool';

/** The calculator's own words; {…} placeholders are filled with formatted numbers. */
const strings = {
  formula: '销售业绩 = 覆盖客户数 × 活跃率 × 平均成交金额',
  currentHeading: '现状',
  goalHeading: '目标',
  goalKind: '目标的表示方式',
  goalAsMultiple: '倍数',
  goalAsTarget: '目标金额',
  goalMultiple: '目标倍数（2 = 翻倍）',
  goalTarget: '目标业绩（元）',
  fixedHeading: '固定提升幅度（可选）',
  fixedHint: '留空的要素由计算器分担剩余目标；三项都填写时，计算器显示这组假设能达到的结果。',
  resultsHeading: '结果',
  sales: '当前业绩',
  target: '目标业绩',
  planned: '计划业绩',
  multiple: '达成倍数',
  planHeading: '各要素的计划',
  lever: '要素',
  current: '现状',
  plan: '计划',
  uplift: '提升幅度',
  contribution: '对增长的贡献',
  fixedMark: '（固定）',
  cappedMark: '（已封顶）',
  attributionNote: '贡献按对数平均迪氏指数法（LMDI）分解，三项之和正好等于业绩的变化。',
  sensitivityHeading: '敏感性：单独调整一个要素',
  chartHeading: '从现状到计划',
  chartLabel: '瀑布图：当前业绩、三个要素各自的贡献与计划业绩',
  tableCaption: '图表数据',
  step: '项目',
  amount: '金额',
  openTool: '在完整工具中打开此方案',
  panelLoading: '正在加载…',
  panelFailed: '这一部分没能加载，请检查网络后重试。',
  retry: '重试',
};

/** The levers' names, as the course says them. */
const leverNames: Record<LeverKey, string> = {
  customers: '覆盖客户数',
  active: '活跃率',
  aov: '平均成交金额',
};

/** Field labels: the lever's name with its unit, so the label says what to type. */
const leverFieldLabels: Record<LeverKey, string> = {
  customers: '覆盖客户数（家）',
  active: '活跃率（%）',
  aov: '平均成交金额（元）',
};

/** Labels of the fixed-uplift fields. */
const upliftFieldLabels: Record<LeverKey, string> = {
  customers: '覆盖客户数固定提升（%）',
  active: '活跃率固定提升（%）',
  aov: '平均成交金额固定提升（%）',
};

/** Hints under the current-value fields: what may be typed. */
const leverHints: Record<LeverKey, string> = {
  customers: '例如 200、1,200 或 3万',
  active: '本期下单客户占覆盖客户的比例，例如 30 或 30%',
  aov: '例如 5000、¥5,000 或 0.5万',
};

/** The sentence under the results when the plan reaches the goal (the other outcomes are in growthMore.ts). */
const reachedStatus: string = '按此计划可达成目标。';

/** Every table above in one object, for the island of a Chinese page. */
export const chineseGrowthText = {
  strings,
  leverNames,
  leverFieldLabels,
  upliftFieldLabels,
  leverHints,
  reachedStatus,
};
