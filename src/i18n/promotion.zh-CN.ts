/**
 * The promotion plan builder's strings in Chinese (简体中文). The same tables, with the same keys,
 * are in promotion.en.ts; each table's type is a `Record` over the lib's own union, and the
 * English strings are checked against this file's keys, so a string missing in either language
 * is a compile error. The two languages are separate modules so that a page downloads only its own.
 */

import type { ElementKey, OfferType, PhaseKey } from '../lib/promotion/schema';
import type { ElementStatus, MissingField } from '../lib/promotion/completeness';
import type { WarningCode } from '../lib/promotion/checks';
import type { FabeConnectors, FabePart } from '../lib/promotion/fabe';
import type { TimetableError } from '../lib/promotion/timetable';
import type { ActualsMissing, FixedCostsSource, ReturnInputMissing, ReturnNote } from '../lib/promotion/budget';
import type { LinesError } from '../lib/promotion/form';

/** The twelve elements, named as the course names them (Part 4). */
export const elementNames: Record<ElementKey, string> = {
  goal: '促销目的/目标',
  audience: '促销对象',
  products: '促销产品',
  period: '促销时间',
  area: '促销范围',
  offer: '优惠设计',
  theme: '促销主题',
  budget: '促销预算',
  script: '促销话术（FABE）',
  communication: '促销沟通与邀约',
  timetable: '促销时间表',
  evaluation: '促销执行与评估',
};

/** One line under each element's heading: what to write there. */
export const elementHints: Record<ElementKey, string> = {
  goal: '为什么做，以及一个能衡量的目标：指标、基准值和目标值。',
  audience: '推给谁：经销商、终端还是消费者？哪些客户不参加？',
  products: '哪些产品参加：引流品、利润品还是新品？记得核对库存。',
  period: '第一天和最后一天（都包含在内），避开竞品和断货的时间。',
  area: '在哪些区域、渠道和门店做；新方案先试点。',
  offer: '优惠的形式和完整条件：谁、买什么、得到什么、有什么限制。',
  theme: '客户看到的一句话：好记、和优惠有关。',
  budget: '费用逐项列出并与总额一致，再测算增量毛利、ROI 和保本提升率。',
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

export const elementStatusNames: Record<ElementStatus, string> = {
  empty: '未填写',
  partial: '部分完成',
  complete: '已完成',
};

/** What each element can lack, as a short noun phrase after "still missing:". */
export const missingFieldNames: { [Element in ElementKey]: Record<MissingField<Element>, string> } = {
  goal: {
    purpose: '促销目的',
    metric: '衡量指标',
    baseline: '基准值',
    target: '目标值',
  },
  audience: { description: '促销对象的描述' },
  products: {
    products: '至少一个有名称的产品',
    name: '有产品填了单价但没有名称',
  },
  period: {
    start: '开始日期',
    end: '结束日期',
    order: '开始日期要早于结束日期',
  },
  area: { description: '促销范围的描述' },
  offer: {
    type: '优惠形式',
    terms: '优惠条件',
    'discount-percent': '折扣幅度（大于 0）',
  },
  theme: { title: '促销主题' },
  budget: {
    total: '预算总额',
    lines: '至少一个费用项目',
    'line-label': '费用项目的名称',
    'line-amount': '费用项目的金额',
  },
  script: {
    products: '有名称的产品（第 3 项）',
    feature: '特点 F',
    advantage: '优势 A',
    benefit: '利益 B',
    evidence: '证据 E',
  },
  communication: {
    channels: '沟通渠道',
    invitations: '邀约对象',
    'invitation-who': '每个邀约的对象',
    'invitation-count': '每个邀约的人数（至少 1）',
  },
  timetable: {
    period: '有效的促销时间（第 4 项）',
    phases: '生成时间表',
    preparation: '准备阶段',
    communication: '沟通与邀约阶段',
    execution: '执行阶段',
    evaluation: '评估阶段',
    'phase-dates': '每个阶段的日期（结束不早于开始）',
    'phase-placement': '各阶段与促销时间对齐',
  },
  evaluation: {
    owners: '负责人',
    'owner-role': '每位负责人的负责事项',
    'owner-name': '每项事项的负责人',
    checkpoints: '检查点',
    'checkpoint-date': '每个检查点的日期',
    'checkpoint-what': '每个检查点的内容',
    metrics: '评估指标',
  },
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
  'discount-not-below-margin': '折扣 {discount} 不低于毛利率 {margin}：多卖的每一件都比不做促销时赚得少。',
};

/** Notes under the return figures. */
export const returnNoteMessages: Record<ReturnNote, string> = {
  'no-break-even': '折扣不低于毛利率（D ≥ M）：提升再多也赚不回不做促销时的毛利，没有保本提升率。',
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
  discount: '折扣幅度（第 6 项）',
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
  'full-discount': '折扣为 100%，无法换算回原价销量',
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

/** Every other string of the builder. `{n}` is a row number, `{name}` a plan's name. */
export const promotionStrings = {
  title: '市场推广方案生成器',
  plansHeading: '我的方案',
  currentPlan: '当前方案',
  planName: '方案名称',
  planNameHint: '改名即重命名，只用于区分你的方案。',
  untitled: '未命名方案 {n}',
  newPlan: '新建方案',
  duplicatePlan: '复制此方案',
  copyName: '{name}（副本）',
  deletePlan: '删除此方案',
  confirmDelete: '确定删除“{name}”？删除后无法恢复；如需保留，请先导出 JSON。',
  confirmDeleteButton: '确定删除',
  cancel: '取消',
  deleted: '已删除“{name}”。',
  created: '已新建一个空白方案。',
  duplicated: '已复制为“{name}”。',
  loadExample: '载入示例方案',
  exampleHint: '示例是一份完整的国庆空气净化器促销方案（数字为示意）。当前方案是空白时直接填入，否则作为新方案加入，不会覆盖你已写的内容。',
  exampleLoaded: '已载入示例方案“{name}”。',
  /** While the example's module loads (it is fetched on the first click). */
  loadingExample: '正在载入示例方案……',
  /** While the file reader's module loads (it is fetched when a file is chosen). */
  readingFile: '正在读取“{file}”……',
  /** A part of the builder fetched on demand could not be loaded (usually the connection). */
  partNotLoaded: '这部分功能没能载入，请检查网络连接后再试一次。现有方案没有任何改动。',
  autosaved: '每次修改都会自动保存在这个浏览器里。',
  saveFailed: '无法保存到浏览器（存储已满或被禁用）。请导出 JSON 备份。',
  progressHeading: '完成度',
  progressLabel: '已完成的要素',
  missingHeading: '还需要补充：',
  allComplete: '十二要素全部完成。',
  elementStatus: '状态：{status}',
  missingIn: '缺少：{fields}',
  formHeading: '十二要素',
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
  discountPercent: '折扣幅度（%）',
  discountHint: '九折填 10，八五折填 15。',
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
  margin: '毛利率 M（%）',
  discountUsed: '折扣 D',
  discountUsedNote: '取自第 6 项；非折扣类优惠按 0 计，其成本列在费用项目里。',
  fixedCosts: '固定费用 F',
  resultsHeading: '测算结果',
  incrementalSales: '增量销售额（按原价）',
  incrementalProfit: '增量毛利',
  roi: 'ROI（增量毛利 ÷ 促销投入）',
  breakevenLift: '保本提升率',
  promotionRevenue: '促销期收入（实收）',
  promotionProfit: '促销期毛利',
  baselineProfit: '不做促销时的毛利',
  discountCost: '折扣让利',
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
  // Moving plans around
  transferHeading: '导出、导入、分享与打印',
  exportJson: '导出 JSON',
  importJson: '导入 JSON 文件',
  importHint: '导入的方案作为新方案加入列表，不会覆盖现有方案。',
  imported: '已导入“{name}”。',
  importFailed: '无法导入“{file}”，现有方案没有任何改动。问题：',
  moreErrors: '……另有 {n} 处问题。',
  draftsNotExported: '有数字需要修改；导出和分享时，这些字段为空。',
  shareHint: '“复制链接”会把整个方案写进链接：对方打开即可看到，不会覆盖他自己的方案。',
  print: '打印 / 存为 PDF',
  printHint: '打印的是一份干净的 A4 方案文件，不含表单和网站导航。',
  sharedPlan: '你打开的是链接中分享的方案，它还没有保存。你自己保存的方案都还在，不会被覆盖。',
  saveShared: '另存为新方案',
  openSaved: '打开我保存的方案',
  sharedSaved: '分享的方案已另存为新方案“{name}”。',
  linkBroken: '链接中的方案无法读取，已忽略：',
  setAside: '有一份保存的方案已无法读取，已原样另存（{key}），没有删除。可以下载原始数据，修正后再导入。',
  downloadRaw: '下载原始数据',
  removeSetAside: '删除这份数据',
  confirmRemoveSetAside: '确定删除这份无法读取的数据？删除后无法恢复。',
  // Print and present
  printTitleFallback: '促销方案',
  printDates: '促销时间：{start} 至 {end}',
  printCompleteness: '完成度：{n}/12',
  notFilled: '（未填写）',
  purposeLabel: '目的',
  goalLine: '{metric}：基准 {baseline} → 目标 {target}',
  offerLine: '形式：{type}',
  discountLine: '折扣：{discount}',
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

/**
 * Every table above in one object, for the island of a Chinese page. (A plain object rather than
 * `import * as`, which would make the bundler ship a namespace helper as an extra chunk.)
 */
export const chineseText = {
  elementNames,
  elementHints,
  offerTypeNames,
  phaseNames,
  phaseShortNames,
  fabePartNames,
  fabePartHints,
  elementStatusNames,
  missingFieldNames,
  warningTemplates,
  returnNoteMessages,
  returnInputNames,
  fixedCostsSourceNotes,
  actualsMissingNames,
  timetableErrorMessages,
  linesErrorMessages,
  promotionStrings,
  fabeConnectors,
};
