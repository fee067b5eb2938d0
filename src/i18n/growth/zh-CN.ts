/**
 * The growth calculator's strings in Chinese (业绩增长公式计算器). The same tables, with the same
 * keys, are in en.ts, typed by GrowthText below, so a string missing in either language is a
 * compile error. The page passes its language's dictionary to the island as a prop; words needed
 * only after an action or in a rare state are in more.ts (both languages, loaded when needed).
 */

import type { GrowthBasis, LeverKey } from '../../lib/growth/model';

/** The calculator's own words; {…} placeholders are filled with formatted numbers. */
const strings = {
  formula: '销售业绩 = 覆盖客户数 × 活跃率 × 平均成交金额',
  basisHeading: '口径',
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

/**
 * The words that change with the basis (口径): the formula, the levers' names, labels and hints.
 * The transactions basis is the course's own definition; the buyers basis is the common second
 * measurement, named as such. Field labels carry the unit, so the label says what to type.
 */
const bases: Record<GrowthBasis, BasisText> = {
  transactions: {
    option: '交易口径（课程定义）',
    note: '活跃率是购买频率：本期交易笔数 ÷ 覆盖客户数，可以超过 100%；平均成交金额按每笔交易计算。',
    inUse: '以上结果按交易口径（课程定义）计算。',
    formula: '销售业绩 = 覆盖客户数 × 活跃率 × 平均成交金额',
    leverNames: { customers: '覆盖客户数', active: '活跃率', aov: '平均成交金额' },
    leverFieldLabels: { customers: '覆盖客户数（家）', active: '活跃率（%）', aov: '平均成交金额（元）' },
    upliftFieldLabels: {
      customers: '覆盖客户数固定提升（%）',
      active: '活跃率固定提升（%）',
      aov: '平均成交金额固定提升（%）',
    },
    leverHints: {
      customers: '例如 200、1,200 或 3万',
      active: '本期交易笔数 ÷ 覆盖客户数，例如 30 表示每个客户平均 0.3 笔，150 表示 1.5 笔',
      aov: '本期销售额 ÷ 交易笔数，例如 5000、¥5,000 或 0.5万',
    },
  },
  buyers: {
    option: '下单客户口径',
    note: '另一种常用口径：活跃率按下过单的客户占覆盖客户的比例计算，最多 100%；第三个要素是每个下单客户的购买金额。',
    inUse: '以上结果按下单客户口径计算。',
    formula: '销售业绩 = 覆盖客户数 × 活跃客户占比 × 每个下单客户的购买金额',
    leverNames: { customers: '覆盖客户数', active: '活跃客户占比', aov: '每个下单客户的购买金额' },
    leverFieldLabels: { customers: '覆盖客户数（家）', active: '活跃客户占比（%）', aov: '每个下单客户的购买金额（元）' },
    upliftFieldLabels: {
      customers: '覆盖客户数固定提升（%）',
      active: '活跃客户占比固定提升（%）',
      aov: '每个下单客户的购买金额固定提升（%）',
    },
    leverHints: {
      customers: '例如 200、1,200 或 3万',
      active: '本期下过单的客户 ÷ 覆盖客户数，最多 100%，例如 30 或 30%',
      aov: '本期销售额 ÷ 下单客户数，例如 5000、¥5,000 或 0.5万',
    },
  },
};

/** The sentence under the results when the plan reaches the goal (the other outcomes are in more.ts). */
const reachedStatus: string = '按此计划可达成目标。';

/** Every table above in one object, for the island of a Chinese page. */
export const chineseText = {
  strings,
  bases,
  reachedStatus,
};


export type GrowthStringKey = keyof typeof strings;

/** Every table of the calculator's strings in one language (both modules have this shape). */
export type GrowthText = typeof chineseText;

/** One basis's words: each language module has a `bases` table with one of these per basis (口径). */
export interface BasisText {
  /** The option's label in the basis control. */
  option: string;
  /** What the basis measures, under the control. */
  note: string;
  /** Under the results: the basis they are on. */
  inUse: string;
  formula: string;
  leverNames: Record<LeverKey, string>;
  leverFieldLabels: Record<LeverKey, string>;
  upliftFieldLabels: Record<LeverKey, string>;
  /** Hints under the current-value fields: what the value is and what may be typed. */
  leverHints: Record<LeverKey, string>;
}
