/**
 * The promotion plan builder's strings in Chinese (简体中文) for its editors, the printed plan and present
 * mode: element hints, field labels, and a message for every code src/lib/promotion returns
 * (warnings, return notes, timetable errors). Fetched when a person first opens an element, prints
 * or presents; the first paint's strings are in zh-CN.ts. The same tables, with the same
 * keys, are in form.en.ts.
 */

import type { ElementKey, OfferType, PhaseKey } from '../../lib/promotion/schema';
import type { WarningCode } from '../../lib/promotion/checks';
import type { FabeConnectors, FabePart } from '../../lib/promotion/fabe';
import type { TimetableError } from '../../lib/promotion/timetable';
import type { ActualsMissing } from '../../lib/promotion/actuals';
import type { FixedCostsSource, ReturnInputMissing } from '../../lib/promotion/budget';
import type { ReturnNote } from '../../lib/promotion/return';
import type { LinesError } from '../../lib/promotion/form';

/** One line under each element's heading: what to write there. */
export const elementHints: Record<ElementKey, string> = {
  goal: '为什么做，以及一个能衡量的目标：指标、基准值和目标值。',
  audience: '推给谁：经销商、终端还是消费者？哪些客户不参加？',
  products: '哪些产品参加：引流品、利润品还是新品？记得核对库存。',
  period: '第一天和最后一天（都包含在内），避开竞品和断货的时间。',
  area: '在哪些区域、渠道和门店做；新方案先试点。',
  offer: '优惠的形式和完整条件：谁、买什么、得到什么、有什么限制。',
  theme: '客户看到的一句话：好记、和优惠有关。',
  budget: '固定费用逐项列出并与总额一致（折扣、赠品和返利不列在这里，按第 6 项的让利比例 D 计），再测算增量毛利、ROI 和保本提升率。',
  script: '每个产品一段话术：特点、优势、利益、证据。',
  communication: '通过哪些渠道告诉客户，邀约谁、邀约多少人。',
  timetable: '由促销时间生成准备、沟通邀约、执行和评估四个阶段，可以逐项修改。',
  evaluation: '谁负责什么、什么时候检查、用哪些指标评估；活动结束后填写实际结果。',
};

export const offerTypeNames: Record<OfferType, string> = {
  discount: '折扣',
  gift: '赠品',
  bundle: '组合套装',
  'volume-rebate': '进货返利',
  other: '其他',
};

export const phaseNames: Record<PhaseKey, string> = {
  preparation: '准备',
  communication: '沟通与邀约',
  execution: '执行',
  evaluation: '评估',
};

/** The phases as the timeline's axis names them, short enough for a phone. */
export const phaseShortNames: Record<PhaseKey, string> = {
  preparation: '准备',
  communication: '沟通邀约',
  execution: '执行',
  evaluation: '评估',
};

export const fabePartNames: Record<FabePart, string> = {
  feature: '特点 F',
  advantage: '优势 A',
  benefit: '利益 B',
  evidence: '证据 E',
};

export const fabePartHints: Record<FabePart, string> = {
  feature: '产品是什么、有什么。',
  advantage: '这个特点比别的好在哪里。',
  benefit: '客户因此得到什么。',
  evidence: '检测报告、数据、客户案例、证书。',
};

/** Cross-check warnings; `{…}` slots are filled by warningMessage in promotion.ts. */
export const warningTemplates: Record<WarningCode, string> = {
  'budget-lines-mismatch': '费用项目合计 {lines}，与预算总额 {total} 相差 {difference}。',
  'period-reversed': '结束日期早于开始日期。',
  'phase-reversed': '“{phase}”阶段的结束日期早于开始日期。',
  'phase-outside-period': '“{phase}”阶段与促销时间对不上（准备在开始前，执行在促销期内，评估在结束后）。',
  'phases-out-of-order': '“{phase}”阶段排在了前一个阶段之前。',
  'goal-not-measurable': '目标还无法衡量：缺少{missing}。',
  'offer-without-terms': '已选择优惠形式，但还没有写优惠条件。',
  'goal-metric-not-evaluated': '评估指标里没有目标的指标“{metric}”。',
  'discount-not-below-margin': '让利比例 {discount} 不低于毛利率 {margin}：多卖的每一件都比不做促销时赚得少。',
};

/** Notes under the return figures. */
export const returnNoteMessages: Record<ReturnNote, string> = {
  'no-break-even': '让利比例不低于毛利率（D ≥ M）：提升再多也赚不回不做促销时的毛利，没有保本提升率。',
  'no-baseline': '基准销售额为 0，没有可以提升的基数，也就没有保本提升率。',
  'no-promotion-cost': '没有任何促销投入（固定费用和让利都为 0），无法计算 ROI。',
  'no-unit-price': '产品没有填写单价，不计算每件增量的成本。',
  'several-unit-prices': '各产品单价不同，不计算每件增量的成本。',
  'no-lift': '预计提升为 0，没有增量销量可以分摊成本。',
  'below-break-even': '按这些假设，促销赚的毛利比不做促销还少：预计提升低于保本提升率。',
};

/** What the return estimate still needs, named after the form's fields. */
export const returnInputNames: Record<ReturnInputMissing, string> = {
  'baseline-sales': '基准销售额 B',
  lift: '预计提升 u',
  margin: '毛利率 M',
  discount: '让利比例 D（第 6 项）',
  'fixed-costs': '费用项目金额或预算总额',
};

export const fixedCostsSourceNotes: Record<FixedCostsSource, string> = {
  lines: '固定费用 F 取费用项目合计。',
  total: '费用项目还没有金额，固定费用 F 暂按预算总额计。',
};

export const actualsMissingNames: Record<ActualsMissing, string> = {
  forecast: '完整的投入产出测算（第 8 项）',
  'fixed-costs': '计划费用（第 8 项）',
  'actual-sales': '实际销售额',
  'actual-cost': '实际费用',
  goal: '目标的指标和目标值（第 1 项）',
  'actual-goal-metric': '目标指标的实际值',
  'full-discount': '让利比例低于 100%（为 100% 时无法换算回原价销量）',
};

export const timetableErrorMessages: Record<TimetableError, string> = {
  'no-dates': '先在第 4 项填写促销的开始和结束日期。',
  'dates-reversed': '促销的开始日期晚于结束日期，请先更正第 4 项。',
  'out-of-range': '生成的阶段会超出 1000–9999 年的范围。',
};

export const linesErrorMessages: Record<LinesError, string> = {
  'too-many': '最多 20 行，多出的行没有保存到方案里。',
  'too-long': '每行最多 200 个字符，超出的部分没有保存到方案里。',
};

/** The strings of the elements’ editors, the printed plan and present mode. `{n}` is a row number. */
export const formStrings = {
  elementStatus: '状态：{status}',
  missingIn: '缺少：{fields}',
  // 1 Goal
  metric: '衡量指标',
  metricHint: '例如：促销期销售额、新客户数、下单门店数。',
  baseline: '基准值（不做促销时）',
  target: '目标值',
  measureHint: '按指标自己的单位填写，可以写 20万 或 35%。',
  // 3 Products
  productName: '促销产品 {n}',
  unitPrice: '产品 {n} 单价（元，可选）',
  addProduct: '添加产品',
  removeProduct: '删除产品 {n}',
  // 4 Period
  periodStart: '促销开始日期',
  periodEnd: '促销结束日期',
  invalidDate: '请选择一个有效日期（年份 1000–9999）。',
  // 6 Offer
  chooseOffer: '请选择',
  terms: '优惠条件',
  termsHint: '谁、买什么、得到什么、有什么限制，例如“每人限一套，赠完即止”。',
  discountPercent: '让利比例 D（%）',
  discountHint: '按原价计算的让利比例。折扣：九折填 10。赠品和搭赠按原价折算：送出商品的原价 ÷ 客户拿到的全部商品的原价，买十送一填 9.09（1 ÷ 11）。返利：返还金额 ÷ 按原价计的进货额。',
  // 8 Budget
  budgetLines: '费用项目',
  lineLabel: '费用项目 {n}',
  lineAmount: '费用 {n} 金额（元）',
  addLine: '添加费用项目',
  removeLine: '删除费用项目 {n}',
  linesTotal: '费用项目合计',
  forecastHeading: '投入产出测算',
  forecastHint: '按课程公式：促销期毛利 = B(1+u)(M−D) − F，增量毛利 = 促销期毛利 − B·M。',
  baselineSales: '基准销售额 B（元）',
  baselineSalesHint: '不做促销时，同样天数按原价的销售额。',
  lift: '预计销量提升 u（%）',
  liftHint: '促销期按原价计的销量比基准高多少，送出的商品也按原价计在内。',
  margin: '毛利率 M（%）',
  discountUsed: '让利比例 D',
  discountUsedNote: '取自第 6 项：折扣、赠品、搭赠和返利都按原价折算进 D，不列为费用项目；“其他”优惠没填时按 0 计。',
  fixedCosts: '固定费用 F',
  resultsHeading: '测算结果',
  incrementalSales: '增量销售额（按原价）',
  incrementalProfit: '增量毛利',
  roi: 'ROI（增量毛利 ÷ 促销投入）',
  breakevenLift: '保本提升率',
  promotionRevenue: '促销期收入（实收）',
  promotionProfit: '促销期毛利',
  baselineProfit: '不做促销时的毛利',
  discountCost: '让利金额',
  promotionCost: '促销投入（F + 让利）',
  incrementalUnits: '增量销量（件）',
  costPerUnit: '每件增量的促销成本',
  returnMissing: '填写这些数字后即可测算：{fields}。',
  // 9 Script
  scriptFor: '产品 {n}：{product}',
  unnamedProduct: '（未命名）',
  fabeLabel: '产品 {n} 的{part}',
  assembled: '组合后的话术',
  assembledEmpty: '写下任一部分，话术会在这里组合出来。',
  noProducts: '先在第 3 项“促销产品”中添加产品，每个产品写一段话术。',
  // 10 Communication
  channels: '沟通渠道（每行一个）',
  channelsHint: '例如：老客户微信群、电话回访、门店海报。',
  invitations: '邀约',
  invitationWho: '邀约对象 {n}',
  invitationCount: '邀约人数 {n}',
  addInvitation: '添加邀约对象',
  removeInvitation: '删除邀约 {n}',
  // 11 Timetable
  phase: '阶段',
  phaseStart: '开始日期',
  phaseEnd: '结束日期',
  phaseNotes: '提示',
  timetableCaption: '各阶段日期（可修改）',
  durationsHeading: '生成时间表',
  preparationDays: '准备期（天，开始前）',
  communicationDays: '沟通邀约期（天，开始前）',
  evaluationDays: '评估期（天，结束后）',
  generate: '按促销日期生成时间表',
  regenerate: '按促销日期重新生成',
  regenerateHint: '重新生成会替换下表中各阶段的日期。',
  generated: '已按促销日期生成时间表。',
  noPhases: '还没有时间表。',
  timelineCaption: '时间表',
  timelineLabel: '横向条形图：各阶段从开始到结束的日期',
  // 12 Evaluation
  owners: '分工',
  ownerRole: '负责事项 {n}',
  ownerName: '负责人 {n}',
  addOwner: '添加负责人',
  removeOwner: '删除负责人 {n}',
  checkpoints: '检查点',
  checkpointDate: '检查日期 {n}',
  checkpointWhat: '检查内容 {n}',
  addCheckpoint: '添加检查点',
  removeCheckpoint: '删除检查点 {n}',
  metrics: '评估指标（每行一个）',
  metricsHint: '应包含目标的指标。',
  actualsHeading: '活动结束后：实际结果',
  actualSales: '实际销售额（元，按实收）',
  actualCost: '实际费用（元）',
  actualMetric: '实际指标 {n}',
  actualValue: '实际值 {n}',
  addActual: '添加实际指标',
  removeActual: '删除实际指标 {n}',
  comparisonCaption: '实际与计划对比',
  item: '项目',
  planned: '计划',
  actual: '实际',
  difference: '差异',
  salesRow: '销售额（实收）',
  costRow: '费用',
  roiRow: 'ROI',
  goalRow: '目标：{metric}',
  percentOfTarget: '达成目标的 {percent}',
  actualsMissing: '对比还缺：{fields}。',
  // Print and present
  printTitleFallback: '促销方案',
  printDates: '促销时间：{start} 至 {end}',
  printCompleteness: '完成度：{n}/12',
  notFilled: '（未填写）',
  purposeLabel: '目的',
  goalLine: '{metric}：基准 {baseline} → 目标 {target}',
  offerLine: '形式：{type}',
  discountLine: '让利比例 D：{discount}',
  invitationLine: '{who}：{count} 人',
  ownerLine: '{role}：{name}',
  checkpointLine: '{date}　{what}',
  presentGoal: '目标',
  printChannels: '沟通渠道',
  printMetrics: '评估指标',
  printAmount: '金额',
  printWarnings: '待核对的问题',
} satisfies Record<string, string>;

/**
 * The connecting words of an assembled FABE sales script (see src/lib/promotion/fabe.ts). The
 * user's own words fill `{text}`; `{product}` is the product's name. Phrased as lead-ins ending
 * in a colon so that whatever the user typed, a fragment or a whole sentence, still reads well.
 */
export const fabeConnectors: FabeConnectors = {
  feature: '{product}的特点是：{text}',
  advantage: '它的优势在于：{text}',
  benefit: '对您来说，这意味着：{text}',
  evidence: '有据可查：{text}',
  unnamedProduct: '这款产品',
  separator: '',
  sentenceEnd: '。',
};

/** Every table above in one object (a plain object: `import * as` would add a namespace helper chunk). */
export const chineseFormText = {
  elementHints,
  offerTypeNames,
  phaseNames,
  phaseShortNames,
  fabePartNames,
  fabePartHints,
  warningTemplates,
  returnNoteMessages,
  returnInputNames,
  fixedCostsSourceNotes,
  actualsMissingNames,
  timetableErrorMessages,
  linesErrorMessages,
  formStrings,
  fabeConnectors,
};
