/**
 * Strings of the promotion plan builder (市场推广方案生成器): the twelve elements with their hints,
 * field labels, and a message for every code src/lib/promotion returns (missing fields,
 * warnings, return notes, import errors). Every entry is `Translated`, so a missing language is
 * a compile error; every code table is a `Record` over the lib's own union, so a new code without
 * a message is one too.
 */

import type { ElementKey, OfferType, PhaseKey } from '../lib/promotion/schema';
import type { ElementStatus, MissingField } from '../lib/promotion/completeness';
import type { PlanWarning, WarningCode } from '../lib/promotion/checks';
import type { FabePart } from '../lib/promotion/fabe';
import type { TimetableError } from '../lib/promotion/timetable';
import type { ActualsMissing, FixedCostsSource, ReturnInputMissing, ReturnNote } from '../lib/promotion/budget';
import type { ImportError, ImportErrorCode } from '../lib/promotion/transfer';
import type { LinesError } from '../lib/promotion/form';
import { formatMoney, formatPercent, roundTo } from '../lib/numbers';
import type { Locale, Translated } from './locales';
import { fill } from './tools';

/** The twelve elements, named as the course names them (Part 4). */
export const elementNames: Record<ElementKey, Translated> = {
  goal: { 'zh-CN': '促销目的/目标', en: 'Purpose and goal' },
  audience: { 'zh-CN': '促销对象', en: 'Target audience' },
  products: { 'zh-CN': '促销产品', en: 'Products' },
  period: { 'zh-CN': '促销时间', en: 'Timing' },
  area: { 'zh-CN': '促销范围', en: 'Scope' },
  offer: { 'zh-CN': '优惠设计', en: 'Offer' },
  theme: { 'zh-CN': '促销主题', en: 'Theme' },
  budget: { 'zh-CN': '促销预算', en: 'Promotion budget' },
  script: { 'zh-CN': '促销话术（FABE）', en: 'Sales script (FABE)' },
  communication: { 'zh-CN': '促销沟通与邀约', en: 'Communication and invitations' },
  timetable: { 'zh-CN': '促销时间表', en: 'Timetable' },
  evaluation: { 'zh-CN': '促销执行与评估', en: 'Execution and evaluation' },
};

/** One line under each element's heading: what to write there. */
export const elementHints: Record<ElementKey, Translated> = {
  goal: {
    'zh-CN': '为什么做，以及一个能衡量的目标：指标、基准值和目标值。',
    en: 'Why you run it, and a goal you can measure: a metric, its baseline and its target.',
  },
  audience: {
    'zh-CN': '推给谁：经销商、终端还是消费者？哪些客户不参加？',
    en: 'Who it is for: dealers, outlets or consumers? Who is left out?',
  },
  products: {
    'zh-CN': '哪些产品参加：引流品、利润品还是新品？记得核对库存。',
    en: 'Which products take part: traffic builders, profit makers or new products? Check the stock.',
  },
  period: {
    'zh-CN': '第一天和最后一天（都包含在内），避开竞品和断货的时间。',
    en: 'The first and last day (both included), clear of competitors’ dates and stock gaps.',
  },
  area: {
    'zh-CN': '在哪些区域、渠道和门店做；新方案先试点。',
    en: 'Which regions, channels and stores; pilot a new plan first.',
  },
  offer: {
    'zh-CN': '优惠的形式和完整条件：谁、买什么、得到什么、有什么限制。',
    en: 'The kind of offer and its full terms: who, buying what, gets what, with which limits.',
  },
  theme: {
    'zh-CN': '客户看到的一句话：好记、和优惠有关。',
    en: 'The line customers see: easy to remember, tied to the offer.',
  },
  budget: {
    'zh-CN': '费用逐项列出并与总额一致，再测算增量毛利、ROI 和保本提升率。',
    en: 'List each cost so the lines add up to the total, then estimate the incremental profit, ROI and break-even lift.',
  },
  script: {
    'zh-CN': '每个产品一段话术：特点、优势、利益、证据。',
    en: 'One script per product: feature, advantage, benefit, evidence.',
  },
  communication: {
    'zh-CN': '通过哪些渠道告诉客户，邀约谁、邀约多少人。',
    en: 'Which channels tell customers, and whom to invite, how many.',
  },
  timetable: {
    'zh-CN': '由促销时间生成准备、沟通邀约、执行和评估四个阶段，可以逐项修改。',
    en: 'Generated from the dates: preparation, communication, execution and evaluation; edit any date.',
  },
  evaluation: {
    'zh-CN': '谁负责什么、什么时候检查、用哪些指标评估；活动结束后填写实际结果。',
    en: 'Who owns what, when progress is checked, which metrics judge it; after the event, the actual results.',
  },
};

export const offerTypeNames: Record<OfferType, Translated> = {
  discount: { 'zh-CN': '折扣', en: 'Discount' },
  gift: { 'zh-CN': '赠品', en: 'Gift' },
  bundle: { 'zh-CN': '组合套装', en: 'Bundle' },
  'volume-rebate': { 'zh-CN': '进货返利', en: 'Volume rebate' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const phaseNames: Record<PhaseKey, Translated> = {
  preparation: { 'zh-CN': '准备', en: 'Preparation' },
  communication: { 'zh-CN': '沟通与邀约', en: 'Communication and invitations' },
  execution: { 'zh-CN': '执行', en: 'Execution' },
  evaluation: { 'zh-CN': '评估', en: 'Evaluation' },
};

/** The phases as the timeline's axis names them, short enough for a phone. */
export const phaseShortNames: Record<PhaseKey, Translated> = {
  preparation: { 'zh-CN': '准备', en: 'Preparation' },
  communication: { 'zh-CN': '沟通邀约', en: 'Communication' },
  execution: { 'zh-CN': '执行', en: 'Execution' },
  evaluation: { 'zh-CN': '评估', en: 'Evaluation' },
};

export const fabePartNames: Record<FabePart, Translated> = {
  feature: { 'zh-CN': '特点 F', en: 'Feature (F)' },
  advantage: { 'zh-CN': '优势 A', en: 'Advantage (A)' },
  benefit: { 'zh-CN': '利益 B', en: 'Benefit (B)' },
  evidence: { 'zh-CN': '证据 E', en: 'Evidence (E)' },
};

export const fabePartHints: Record<FabePart, Translated> = {
  feature: { 'zh-CN': '产品是什么、有什么。', en: 'What the product is or has.' },
  advantage: { 'zh-CN': '这个特点比别的好在哪里。', en: 'What that does better than the alternatives.' },
  benefit: { 'zh-CN': '客户因此得到什么。', en: 'What the customer gains from it.' },
  evidence: { 'zh-CN': '检测报告、数据、客户案例、证书。', en: 'Proof: tests, figures, customer cases, certificates.' },
};

export const elementStatusNames: Record<ElementStatus, Translated> = {
  empty: { 'zh-CN': '未填写', en: 'not started' },
  partial: { 'zh-CN': '部分完成', en: 'partly done' },
  complete: { 'zh-CN': '已完成', en: 'complete' },
};

/** What each element can lack, as a short noun phrase after "still missing:". */
export const missingFieldNames: { [Element in ElementKey]: Record<MissingField<Element>, Translated> } = {
  goal: {
    purpose: { 'zh-CN': '促销目的', en: 'the purpose' },
    metric: { 'zh-CN': '衡量指标', en: 'a metric' },
    baseline: { 'zh-CN': '基准值', en: 'the baseline' },
    target: { 'zh-CN': '目标值', en: 'the target' },
  },
  audience: { description: { 'zh-CN': '促销对象的描述', en: 'who it is for' } },
  products: {
    products: { 'zh-CN': '至少一个有名称的产品', en: 'at least one named product' },
    name: { 'zh-CN': '有产品填了单价但没有名称', en: 'a name for a product that has a price' },
  },
  period: {
    start: { 'zh-CN': '开始日期', en: 'the first day' },
    end: { 'zh-CN': '结束日期', en: 'the last day' },
    order: { 'zh-CN': '开始日期要早于结束日期', en: 'a first day before the last day' },
  },
  area: { description: { 'zh-CN': '促销范围的描述', en: 'where it runs' } },
  offer: {
    type: { 'zh-CN': '优惠形式', en: 'the kind of offer' },
    terms: { 'zh-CN': '优惠条件', en: 'the terms' },
    'discount-percent': { 'zh-CN': '折扣幅度（大于 0）', en: 'the discount (above 0 %)' },
  },
  theme: { title: { 'zh-CN': '促销主题', en: 'the theme' } },
  budget: {
    total: { 'zh-CN': '预算总额', en: 'the total budget' },
    lines: { 'zh-CN': '至少一个费用项目', en: 'at least one cost item' },
    'line-label': { 'zh-CN': '费用项目的名称', en: 'a name for every cost item' },
    'line-amount': { 'zh-CN': '费用项目的金额', en: 'an amount for every cost item' },
  },
  script: {
    products: { 'zh-CN': '有名称的产品（第 3 项）', en: 'a named product (element 3)' },
    feature: { 'zh-CN': '特点 F', en: 'the feature (F)' },
    advantage: { 'zh-CN': '优势 A', en: 'the advantage (A)' },
    benefit: { 'zh-CN': '利益 B', en: 'the benefit (B)' },
    evidence: { 'zh-CN': '证据 E', en: 'the evidence (E)' },
  },
  communication: {
    channels: { 'zh-CN': '沟通渠道', en: 'a channel' },
    invitations: { 'zh-CN': '邀约对象', en: 'whom to invite' },
    'invitation-who': { 'zh-CN': '每个邀约的对象', en: 'whom each invitation is for' },
    'invitation-count': { 'zh-CN': '每个邀约的人数（至少 1）', en: 'how many each invitation is for (at least 1)' },
  },
  timetable: {
    period: { 'zh-CN': '有效的促销时间（第 4 项）', en: 'valid promotion dates (element 4)' },
    phases: { 'zh-CN': '生成时间表', en: 'a generated timetable' },
    preparation: { 'zh-CN': '准备阶段', en: 'the preparation phase' },
    communication: { 'zh-CN': '沟通与邀约阶段', en: 'the communication phase' },
    execution: { 'zh-CN': '执行阶段', en: 'the execution phase' },
    evaluation: { 'zh-CN': '评估阶段', en: 'the evaluation phase' },
    'phase-dates': {
      'zh-CN': '每个阶段的日期（结束不早于开始）',
      en: 'dates for every phase, ending after they start',
    },
    'phase-placement': { 'zh-CN': '各阶段与促销时间对齐', en: 'phases that fit the promotion dates' },
  },
  evaluation: {
    owners: { 'zh-CN': '负责人', en: 'an owner' },
    'owner-role': { 'zh-CN': '每位负责人的负责事项', en: 'what each owner is responsible for' },
    'owner-name': { 'zh-CN': '每项事项的负责人', en: 'a name for each responsibility' },
    checkpoints: { 'zh-CN': '检查点', en: 'a checkpoint' },
    'checkpoint-date': { 'zh-CN': '每个检查点的日期', en: 'a date for each checkpoint' },
    'checkpoint-what': { 'zh-CN': '每个检查点的内容', en: 'what each checkpoint checks' },
    metrics: { 'zh-CN': '评估指标', en: 'an evaluation metric' },
  },
};

/** The missing fields of one element, joined into a phrase. */
export function missingFieldsText<Element extends ElementKey>(
  element: Element,
  fields: readonly MissingField<Element>[],
  locale: Locale,
): string {
  const names: Record<MissingField<Element>, Translated> = missingFieldNames[element];
  return fields.map((field) => names[field][locale]).join(locale === 'en' ? ', ' : '、');
}

const warningTemplates: Record<WarningCode, Translated> = {
  'budget-lines-mismatch': {
    'zh-CN': '费用项目合计 {lines}，与预算总额 {total} 相差 {difference}。',
    en: 'The cost items add up to {lines}, not the total budget of {total}: a difference of {difference}.',
  },
  'period-reversed': {
    'zh-CN': '结束日期早于开始日期。',
    en: 'The last day is before the first day.',
  },
  'phase-reversed': {
    'zh-CN': '“{phase}”阶段的结束日期早于开始日期。',
    en: 'The {phase} phase ends before it starts.',
  },
  'phase-outside-period': {
    'zh-CN': '“{phase}”阶段与促销时间对不上（准备在开始前，执行在促销期内，评估在结束后）。',
    en: 'The {phase} phase does not fit the promotion dates (preparation before, execution within, evaluation after).',
  },
  'phases-out-of-order': {
    'zh-CN': '“{phase}”阶段排在了前一个阶段之前。',
    en: 'The {phase} phase comes before the phase listed above it.',
  },
  'goal-not-measurable': {
    'zh-CN': '目标还无法衡量：缺少{missing}。',
    en: 'The goal cannot be measured yet: it lacks {missing}.',
  },
  'offer-without-terms': {
    'zh-CN': '已选择优惠形式，但还没有写优惠条件。',
    en: 'An offer is chosen but its terms are not written.',
  },
  'goal-metric-not-evaluated': {
    'zh-CN': '评估指标里没有目标的指标“{metric}”。',
    en: 'The evaluation metrics do not include the goal’s metric, “{metric}”.',
  },
  'discount-not-below-margin': {
    'zh-CN': '折扣 {discount} 不低于毛利率 {margin}：多卖的每一件都比不做促销时赚得少。',
    en: 'The discount of {discount} is not below the gross margin of {margin}: every extra sale earns less than not promoting.',
  },
};

/** Money as shown in this tool: cents only where there are any. */
export function formatPlanMoney(value: number, locale: Locale): string {
  return formatMoney(value, locale, { decimals: Number.isInteger(roundTo(value, 2)) ? 0 : 2 });
}

/** A percent as shown in this tool: up to two decimals, none when whole. */
export function formatPlanPercent(value: number, locale: Locale): string {
  return formatPercent(value, locale, { decimals: Number.isInteger(roundTo(value, 2)) ? 0 : 2 });
}

/** A goal's measure in its own unit: grouped digits, up to two decimals. */
export function formatMeasure(value: number, locale: Locale): string {
  return Number.isFinite(value) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value) : '—';
}

/** A cross-check warning in the page's language. User text (the metric) goes in as plain text. */
export function warningMessage(warning: PlanWarning, locale: Locale): string {
  const template = warningTemplates[warning.code][locale];
  switch (warning.code) {
    case 'budget-lines-mismatch':
      return fill(template, {
        lines: formatPlanMoney(warning.linesTotal, locale),
        total: formatPlanMoney(warning.total, locale),
        difference: formatPlanMoney(Math.abs(warning.difference), locale),
      });
    case 'phase-reversed':
    case 'phase-outside-period':
    case 'phases-out-of-order':
      return fill(template, { phase: phaseNames[warning.phase][locale] });
    case 'goal-not-measurable':
      return fill(template, { missing: missingFieldsText('goal', warning.missing, locale) });
    case 'goal-metric-not-evaluated':
      return fill(template, { metric: warning.metric });
    case 'discount-not-below-margin':
      return fill(template, {
        discount: formatPlanPercent(warning.discountPercent, locale),
        margin: formatPlanPercent(warning.marginPercent, locale),
      });
    default:
      return template;
  }
}

/** Notes under the return figures. */
export const returnNoteMessages: Record<ReturnNote, Translated> = {
  'no-break-even': {
    'zh-CN': '折扣不低于毛利率（D ≥ M）：提升再多也赚不回不做促销时的毛利，没有保本提升率。',
    en: 'The discount is at least the gross margin (D ≥ M): no lift earns back the profit of not promoting, so there is no break-even lift.',
  },
  'no-baseline': {
    'zh-CN': '基准销售额为 0，没有可以提升的基数，也就没有保本提升率。',
    en: 'Baseline sales are 0: there is nothing to lift, so there is no break-even lift.',
  },
  'no-promotion-cost': {
    'zh-CN': '没有任何促销投入（固定费用和让利都为 0），无法计算 ROI。',
    en: 'Nothing is spent (no fixed costs and no discount), so there is no ROI.',
  },
  'no-unit-price': {
    'zh-CN': '产品没有填写单价，不计算每件增量的成本。',
    en: 'No unit price is given, so there is no cost per extra unit.',
  },
  'several-unit-prices': {
    'zh-CN': '各产品单价不同，不计算每件增量的成本。',
    en: 'The products have different prices, so there is no single cost per extra unit.',
  },
  'no-lift': {
    'zh-CN': '预计提升为 0，没有增量销量可以分摊成本。',
    en: 'The expected lift is 0, so there are no extra units to share the cost.',
  },
  'below-break-even': {
    'zh-CN': '按这些假设，促销赚的毛利比不做促销还少：预计提升低于保本提升率。',
    en: 'On these assumptions the promotion earns less gross profit than not promoting: the lift is below the break-even lift.',
  },
};

/** What the return estimate still needs, named after the form's fields. */
export const returnInputNames: Record<ReturnInputMissing, Translated> = {
  'baseline-sales': { 'zh-CN': '基准销售额 B', en: 'baseline sales B' },
  lift: { 'zh-CN': '预计提升 u', en: 'expected lift u' },
  margin: { 'zh-CN': '毛利率 M', en: 'gross margin M' },
  discount: { 'zh-CN': '折扣幅度（第 6 项）', en: 'the discount (element 6)' },
  'fixed-costs': { 'zh-CN': '费用项目金额或预算总额', en: 'cost item amounts or the total budget' },
};

export const fixedCostsSourceNotes: Record<FixedCostsSource, Translated> = {
  lines: { 'zh-CN': '固定费用 F 取费用项目合计。', en: 'Fixed costs F are the sum of the cost items.' },
  total: {
    'zh-CN': '费用项目还没有金额，固定费用 F 暂按预算总额计。',
    en: 'No cost item has an amount yet, so fixed costs F are taken as the total budget.',
  },
};

export const actualsMissingNames: Record<ActualsMissing, Translated> = {
  forecast: { 'zh-CN': '完整的投入产出测算（第 8 项）', en: 'a complete return estimate (element 8)' },
  'fixed-costs': { 'zh-CN': '计划费用（第 8 项）', en: 'the planned costs (element 8)' },
  'actual-sales': { 'zh-CN': '实际销售额', en: 'actual sales' },
  'actual-cost': { 'zh-CN': '实际费用', en: 'the actual cost' },
  goal: { 'zh-CN': '目标的指标和目标值（第 1 项）', en: 'the goal’s metric and target (element 1)' },
  'actual-goal-metric': { 'zh-CN': '目标指标的实际值', en: 'an actual value for the goal’s metric' },
  'full-discount': {
    'zh-CN': '折扣为 100%，无法换算回原价销量',
    en: 'a discount below 100 % (at 100 % nothing converts back to regular-price sales)',
  },
};

export const timetableErrorMessages: Record<TimetableError, Translated> = {
  'no-dates': {
    'zh-CN': '先在第 4 项填写促销的开始和结束日期。',
    en: 'First enter the promotion’s first and last day (element 4).',
  },
  'dates-reversed': {
    'zh-CN': '促销的开始日期晚于结束日期，请先更正第 4 项。',
    en: 'The promotion starts after it ends; correct element 4 first.',
  },
  'out-of-range': {
    'zh-CN': '生成的阶段会超出 1000–9999 年的范围。',
    en: 'The phases would fall outside the years 1000–9999.',
  },
};

export const linesErrorMessages: Record<LinesError, Translated> = {
  'too-many': {
    'zh-CN': '最多 20 行，多出的行没有保存到方案里。',
    en: 'At most 20 lines; the lines after the 20th are not in the plan.',
  },
  'too-long': {
    'zh-CN': '每行最多 200 个字符，超出的部分没有保存到方案里。',
    en: 'At most 200 characters a line; the rest of a longer line is not in the plan.',
  },
};

/** Why an imported file or a shared link could not be read. */
export const importErrorMessages: Record<ImportErrorCode, Translated> = {
  empty: { 'zh-CN': '文件是空的', en: 'the file is empty' },
  'too-large': { 'zh-CN': '文件超过 1 MB', en: 'the file is larger than 1 MB' },
  'not-json': { 'zh-CN': '不是 JSON 格式', en: 'it is not JSON' },
  'not-base64url': {
    'zh-CN': '链接中的方案代码不完整或被改动过',
    en: 'the plan code in the link is cut short or altered',
  },
  'not-utf8': { 'zh-CN': '链接中的方案代码不是有效文本', en: 'the plan code in the link is not valid text' },
  'not-a-plan': { 'zh-CN': '不是本工具导出的推广方案', en: 'it is not a promotion plan exported by this tool' },
  'unsupported-version': {
    'zh-CN': '来自更新版本的工具，或版本号无效',
    en: 'it comes from a newer version of the tool, or its version is invalid',
  },
  'wrong-type': {
    'zh-CN': '类型不对（例如该填数字的地方是文字）',
    en: 'wrong kind of value (such as text where a number belongs)',
  },
  required: { 'zh-CN': '缺少必需的值', en: 'a required value is missing' },
  'too-long': { 'zh-CN': '文字太长', en: 'the text is too long' },
  'too-many': { 'zh-CN': '条目太多', en: 'too many entries' },
  'too-small': { 'zh-CN': '数值太小', en: 'the number is too small' },
  'too-big': { 'zh-CN': '数值太大', en: 'the number is too large' },
  'not-whole': { 'zh-CN': '应为整数', en: 'should be a whole number' },
  'not-allowed': { 'zh-CN': '不是可选的值之一', en: 'not one of the allowed choices' },
  'invalid-date': { 'zh-CN': '不是有效日期（应为 yyyy-mm-dd）', en: 'not a valid date (yyyy-mm-dd)' },
  'invalid-timestamp': { 'zh-CN': '不是有效的时间戳', en: 'not a valid timestamp' },
  invalid: { 'zh-CN': '值无效', en: 'invalid value' },
};

/** Names of the plan's fields, for saying where an import failed. */
const planFieldNames: Record<string, Translated> = {
  format: { 'zh-CN': '文件格式', en: 'file format' },
  version: { 'zh-CN': '版本', en: 'version' },
  id: { 'zh-CN': '方案编号', en: 'plan id' },
  name: { 'zh-CN': '名称', en: 'name' },
  createdAt: { 'zh-CN': '创建时间', en: 'created' },
  updatedAt: { 'zh-CN': '修改时间', en: 'last changed' },
  purpose: { 'zh-CN': '促销目的', en: 'purpose' },
  metric: { 'zh-CN': '指标', en: 'metric' },
  baseline: { 'zh-CN': '基准值', en: 'baseline' },
  target: { 'zh-CN': '目标值', en: 'target' },
  description: { 'zh-CN': '描述', en: 'description' },
  unitPrice: { 'zh-CN': '单价', en: 'unit price' },
  fabe: { 'zh-CN': '话术', en: 'script' },
  feature: fabePartNames.feature,
  advantage: fabePartNames.advantage,
  benefit: fabePartNames.benefit,
  evidence: fabePartNames.evidence,
  start: { 'zh-CN': '开始日期', en: 'start date' },
  end: { 'zh-CN': '结束日期', en: 'end date' },
  type: { 'zh-CN': '优惠形式', en: 'kind of offer' },
  terms: { 'zh-CN': '优惠条件', en: 'terms' },
  discountPercent: { 'zh-CN': '折扣幅度', en: 'discount' },
  title: { 'zh-CN': '主题', en: 'theme' },
  total: { 'zh-CN': '预算总额', en: 'total budget' },
  lines: { 'zh-CN': '费用项目', en: 'cost items' },
  label: { 'zh-CN': '名称', en: 'name' },
  amount: { 'zh-CN': '金额', en: 'amount' },
  forecast: { 'zh-CN': '投入产出测算', en: 'return estimate' },
  baselineSales: { 'zh-CN': '基准销售额', en: 'baseline sales' },
  expectedLiftPercent: { 'zh-CN': '预计提升', en: 'expected lift' },
  grossMarginPercent: { 'zh-CN': '毛利率', en: 'gross margin' },
  channels: { 'zh-CN': '沟通渠道', en: 'channels' },
  invitations: { 'zh-CN': '邀约', en: 'invitations' },
  who: { 'zh-CN': '邀约对象', en: 'who' },
  count: { 'zh-CN': '人数', en: 'how many' },
  phases: { 'zh-CN': '阶段', en: 'phases' },
  key: { 'zh-CN': '阶段名称', en: 'phase' },
  owners: { 'zh-CN': '负责人', en: 'owners' },
  role: { 'zh-CN': '负责事项', en: 'responsibility' },
  checkpoints: { 'zh-CN': '检查点', en: 'checkpoints' },
  date: { 'zh-CN': '日期', en: 'date' },
  what: { 'zh-CN': '内容', en: 'what' },
  metrics: { 'zh-CN': '指标', en: 'metrics' },
  actuals: { 'zh-CN': '实际结果', en: 'actual results' },
  sales: { 'zh-CN': '销售额', en: 'sales' },
  cost: { 'zh-CN': '费用', en: 'cost' },
  value: { 'zh-CN': '数值', en: 'value' },
};

const wholeFile: Translated = { 'zh-CN': '整个文件', en: 'The file' };
const planBasics: Translated = { 'zh-CN': '方案信息', en: 'Plan details' };

/**
 * Where an import failed and why, as one line: "促销预算 › 费用项目 第 1 项 › 金额：类型不对".
 * The path comes from the schema's own keys; unknown segments are shown as they are, as text.
 */
export function importErrorText(error: ImportError, locale: Locale): string {
  const reason = importErrorMessages[error.code][locale];
  const parts = error.path === '' ? [] : error.path.split('.');
  const steps = parts
    .slice(error.element === null || error.element === 'script' ? 0 : 1)
    .map((part) =>
      /^\d+$/.test(part)
        ? locale === 'en'
          ? `item ${Number(part) + 1}`
          : `第 ${Number(part) + 1} 项`
        : (planFieldNames[part]?.[locale] ?? (part === 'products' ? elementNames.products[locale] : part)),
    );
  const place =
    error.path === '' || error.code === 'not-a-plan' || error.code === 'unsupported-version'
      ? wholeFile[locale]
      : error.element !== null
        ? [elementNames[error.element][locale], ...steps].join(' › ')
        : [planBasics[locale], ...steps].join(' › ');
  return locale === 'en' ? `${place}: ${reason}` : `${place}：${reason}`;
}

/** Every other string of the builder. `{n}` is a row number, `{name}` a plan's name. */
export const promotionStrings = {
  title: { 'zh-CN': '市场推广方案生成器', en: 'Promotion plan builder' },
  plansHeading: { 'zh-CN': '我的方案', en: 'My plans' },
  currentPlan: { 'zh-CN': '当前方案', en: 'Current plan' },
  planName: { 'zh-CN': '方案名称', en: 'Plan name' },
  planNameHint: {
    'zh-CN': '改名即重命名，只用于区分你的方案。',
    en: 'Type to rename; it only tells your plans apart.',
  },
  untitled: { 'zh-CN': '未命名方案 {n}', en: 'Untitled plan {n}' },
  newPlan: { 'zh-CN': '新建方案', en: 'New plan' },
  duplicatePlan: { 'zh-CN': '复制此方案', en: 'Duplicate this plan' },
  copyName: { 'zh-CN': '{name}（副本）', en: '{name} (copy)' },
  deletePlan: { 'zh-CN': '删除此方案', en: 'Delete this plan' },
  confirmDelete: {
    'zh-CN': '确定删除“{name}”？删除后无法恢复；如需保留，请先导出 JSON。',
    en: 'Delete “{name}”? This cannot be undone; export it as JSON first if you may need it.',
  },
  confirmDeleteButton: { 'zh-CN': '确定删除', en: 'Delete it' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  deleted: { 'zh-CN': '已删除“{name}”。', en: '“{name}” was deleted.' },
  created: { 'zh-CN': '已新建一个空白方案。', en: 'A new blank plan was created.' },
  duplicated: { 'zh-CN': '已复制为“{name}”。', en: 'Duplicated as “{name}”.' },
  loadExample: { 'zh-CN': '载入示例方案', en: 'Load the illustrative example' },
  exampleHint: {
    'zh-CN':
      '示例是一份完整的国庆空气净化器促销方案（数字为示意）。当前方案是空白时直接填入，否则作为新方案加入，不会覆盖你已写的内容。',
    en: 'The example is a complete holiday promotion for an air purifier (illustrative numbers). It fills a blank plan, or else comes in as a new plan, so nothing you wrote is overwritten.',
  },
  exampleLoaded: { 'zh-CN': '已载入示例方案“{name}”。', en: 'The example “{name}” is loaded.' },
  autosaved: {
    'zh-CN': '每次修改都会自动保存在这个浏览器里。',
    en: 'Every change is saved in this browser as you type.',
  },
  saveFailed: {
    'zh-CN': '无法保存到浏览器（存储已满或被禁用）。请导出 JSON 备份。',
    en: 'This browser refused to save (storage full or disabled). Export the plan as JSON to keep it.',
  },
  progressHeading: { 'zh-CN': '完成度', en: 'Completeness' },
  progressLabel: { 'zh-CN': '已完成的要素', en: 'Elements complete' },
  missingHeading: { 'zh-CN': '还需要补充：', en: 'Still to do:' },
  allComplete: { 'zh-CN': '十二要素全部完成。', en: 'All twelve elements are complete.' },
  elementStatus: { 'zh-CN': '状态：{status}', en: 'Status: {status}' },
  missingIn: { 'zh-CN': '缺少：{fields}', en: 'Missing: {fields}' },
  formHeading: { 'zh-CN': '十二要素', en: 'The twelve elements' },
  // 1 Goal
  metric: { 'zh-CN': '衡量指标', en: 'Metric' },
  metricHint: {
    'zh-CN': '例如：促销期销售额、新客户数、下单门店数。',
    en: 'For example: sales during the promotion, new customers, ordering stores.',
  },
  baseline: { 'zh-CN': '基准值（不做促销时）', en: 'Baseline (without the promotion)' },
  target: { 'zh-CN': '目标值', en: 'Target value' },
  measureHint: {
    'zh-CN': '按指标自己的单位填写，可以写 20万 或 35%。',
    en: 'In the metric’s own unit; 200000, 200K or 35% all work.',
  },
  // 3 Products
  productName: { 'zh-CN': '促销产品 {n}', en: 'Product {n}' },
  unitPrice: { 'zh-CN': '产品 {n} 单价（元，可选）', en: 'Unit price of product {n} (¥, optional)' },
  addProduct: { 'zh-CN': '添加产品', en: 'Add a product' },
  removeProduct: { 'zh-CN': '删除产品 {n}', en: 'Remove product {n}' },
  // 4 Period
  periodStart: { 'zh-CN': '促销开始日期', en: 'Promotion start date' },
  periodEnd: { 'zh-CN': '促销结束日期', en: 'Promotion end date' },
  invalidDate: {
    'zh-CN': '请选择一个有效日期（年份 1000–9999）。',
    en: 'Choose a valid date (years 1000–9999).',
  },
  // 6 Offer
  chooseOffer: { 'zh-CN': '请选择', en: 'Choose…' },
  terms: { 'zh-CN': '优惠条件', en: 'Terms of the offer' },
  termsHint: {
    'zh-CN': '谁、买什么、得到什么、有什么限制，例如“每人限一套，赠完即止”。',
    en: 'Who, buying what, gets what, with which limits, such as “one per customer, while stocks last”.',
  },
  discountPercent: { 'zh-CN': '折扣幅度（%）', en: 'Discount (% off the regular price)' },
  discountHint: { 'zh-CN': '九折填 10，八五折填 15。', en: '10 means 10 % off the regular price.' },
  // 8 Budget
  budgetLines: { 'zh-CN': '费用项目', en: 'Cost items' },
  lineLabel: { 'zh-CN': '费用项目 {n}', en: 'Cost item {n}' },
  lineAmount: { 'zh-CN': '费用 {n} 金额（元）', en: 'Amount of cost {n} (¥)' },
  addLine: { 'zh-CN': '添加费用项目', en: 'Add a cost item' },
  removeLine: { 'zh-CN': '删除费用项目 {n}', en: 'Remove cost item {n}' },
  linesTotal: { 'zh-CN': '费用项目合计', en: 'Cost items total' },
  forecastHeading: { 'zh-CN': '投入产出测算', en: 'Return estimate' },
  forecastHint: {
    'zh-CN': '按课程公式：促销期毛利 = B(1+u)(M−D) − F，增量毛利 = 促销期毛利 − B·M。',
    en: 'The course’s formulas: promotion gross profit = B(1+u)(M−D) − F; incremental gross profit = that − B·M.',
  },
  baselineSales: { 'zh-CN': '基准销售额 B（元）', en: 'Baseline sales B (¥)' },
  baselineSalesHint: {
    'zh-CN': '不做促销时，同样天数按原价的销售额。',
    en: 'Sales over the same days without the promotion, at regular prices.',
  },
  lift: { 'zh-CN': '预计销量提升 u（%）', en: 'Expected lift u (%)' },
  margin: { 'zh-CN': '毛利率 M（%）', en: 'Gross margin M (%)' },
  discountUsed: { 'zh-CN': '折扣 D', en: 'Discount D' },
  discountUsedNote: {
    'zh-CN': '取自第 6 项；非折扣类优惠按 0 计，其成本列在费用项目里。',
    en: 'From element 6; offers other than a discount count as 0 and cost through the cost items.',
  },
  fixedCosts: { 'zh-CN': '固定费用 F', en: 'Fixed costs F' },
  resultsHeading: { 'zh-CN': '测算结果', en: 'Estimated return' },
  incrementalSales: { 'zh-CN': '增量销售额（按原价）', en: 'Incremental sales (regular price)' },
  incrementalProfit: { 'zh-CN': '增量毛利', en: 'Incremental gross profit' },
  roi: { 'zh-CN': 'ROI（增量毛利 ÷ 促销投入）', en: 'ROI (incremental profit ÷ promotion cost)' },
  breakevenLift: { 'zh-CN': '保本提升率', en: 'Break-even lift' },
  promotionRevenue: { 'zh-CN': '促销期收入（实收）', en: 'Revenue during the promotion' },
  promotionProfit: { 'zh-CN': '促销期毛利', en: 'Gross profit during the promotion' },
  baselineProfit: { 'zh-CN': '不做促销时的毛利', en: 'Gross profit without the promotion' },
  discountCost: { 'zh-CN': '折扣让利', en: 'Discount given' },
  promotionCost: { 'zh-CN': '促销投入（F + 让利）', en: 'Promotion cost (F + discount)' },
  incrementalUnits: { 'zh-CN': '增量销量（件）', en: 'Extra units sold' },
  costPerUnit: { 'zh-CN': '每件增量的促销成本', en: 'Promotion cost per extra unit' },
  returnMissing: { 'zh-CN': '填写这些数字后即可测算：{fields}。', en: 'Enter these to see the return: {fields}.' },
  // 9 Script
  scriptFor: { 'zh-CN': '产品 {n}：{product}', en: 'Product {n}: {product}' },
  unnamedProduct: { 'zh-CN': '（未命名）', en: '(no name yet)' },
  fabeLabel: { 'zh-CN': '产品 {n} 的{part}', en: '{part}, product {n}' },
  assembled: { 'zh-CN': '组合后的话术', en: 'The assembled script' },
  assembledEmpty: {
    'zh-CN': '写下任一部分，话术会在这里组合出来。',
    en: 'Write any part and the script appears here.',
  },
  noProducts: {
    'zh-CN': '先在第 3 项“促销产品”中添加产品，每个产品写一段话术。',
    en: 'Add a product in element 3 first; each product gets its own script.',
  },
  // 10 Communication
  channels: { 'zh-CN': '沟通渠道（每行一个）', en: 'Channels (one per line)' },
  channelsHint: {
    'zh-CN': '例如：老客户微信群、电话回访、门店海报。',
    en: 'For example: customer WeChat groups, follow-up calls, store posters.',
  },
  invitations: { 'zh-CN': '邀约', en: 'Invitations' },
  invitationWho: { 'zh-CN': '邀约对象 {n}', en: 'Who to invite ({n})' },
  invitationCount: { 'zh-CN': '邀约人数 {n}', en: 'How many to invite ({n})' },
  addInvitation: { 'zh-CN': '添加邀约对象', en: 'Add an invitation' },
  removeInvitation: { 'zh-CN': '删除邀约 {n}', en: 'Remove invitation {n}' },
  // 11 Timetable
  phase: { 'zh-CN': '阶段', en: 'Phase' },
  phaseStart: { 'zh-CN': '开始日期', en: 'Start date' },
  phaseEnd: { 'zh-CN': '结束日期', en: 'End date' },
  phaseNotes: { 'zh-CN': '提示', en: 'Notes' },
  timetableCaption: { 'zh-CN': '各阶段日期（可修改）', en: 'Dates of each phase (editable)' },
  durationsHeading: { 'zh-CN': '生成时间表', en: 'Generate the timetable' },
  preparationDays: { 'zh-CN': '准备期（天，开始前）', en: 'Preparation (days before the start)' },
  communicationDays: { 'zh-CN': '沟通邀约期（天，开始前）', en: 'Communication (days before the start)' },
  evaluationDays: { 'zh-CN': '评估期（天，结束后）', en: 'Evaluation (days after the end)' },
  generate: { 'zh-CN': '按促销日期生成时间表', en: 'Generate from the promotion dates' },
  regenerate: { 'zh-CN': '按促销日期重新生成', en: 'Regenerate from the dates' },
  regenerateHint: {
    'zh-CN': '重新生成会替换下表中各阶段的日期。',
    en: 'Regenerating replaces the dates in the table below.',
  },
  generated: { 'zh-CN': '已按促销日期生成时间表。', en: 'The timetable was generated from the dates.' },
  noPhases: { 'zh-CN': '还没有时间表。', en: 'No timetable yet.' },
  timelineCaption: { 'zh-CN': '时间表', en: 'Timeline' },
  timelineLabel: {
    'zh-CN': '横向条形图：各阶段从开始到结束的日期',
    en: 'Horizontal bar chart: each phase from its first to its last day',
  },
  // 12 Evaluation
  owners: { 'zh-CN': '分工', en: 'Owners' },
  ownerRole: { 'zh-CN': '负责事项 {n}', en: 'Responsibility {n}' },
  ownerName: { 'zh-CN': '负责人 {n}', en: 'Owner {n}' },
  addOwner: { 'zh-CN': '添加负责人', en: 'Add an owner' },
  removeOwner: { 'zh-CN': '删除负责人 {n}', en: 'Remove owner {n}' },
  checkpoints: { 'zh-CN': '检查点', en: 'Checkpoints' },
  checkpointDate: { 'zh-CN': '检查日期 {n}', en: 'Checkpoint date {n}' },
  checkpointWhat: { 'zh-CN': '检查内容 {n}', en: 'What is checked ({n})' },
  addCheckpoint: { 'zh-CN': '添加检查点', en: 'Add a checkpoint' },
  removeCheckpoint: { 'zh-CN': '删除检查点 {n}', en: 'Remove checkpoint {n}' },
  metrics: { 'zh-CN': '评估指标（每行一个）', en: 'Evaluation metrics (one per line)' },
  metricsHint: { 'zh-CN': '应包含目标的指标。', en: 'Include the goal’s metric.' },
  actualsHeading: { 'zh-CN': '活动结束后：实际结果', en: 'After the event: actual results' },
  actualSales: { 'zh-CN': '实际销售额（元，按实收）', en: 'Actual sales (¥, as charged)' },
  actualCost: { 'zh-CN': '实际费用（元）', en: 'Actual cost (¥)' },
  actualMetric: { 'zh-CN': '实际指标 {n}', en: 'Measured metric {n}' },
  actualValue: { 'zh-CN': '实际值 {n}', en: 'Measured value {n}' },
  addActual: { 'zh-CN': '添加实际指标', en: 'Add a measured metric' },
  removeActual: { 'zh-CN': '删除实际指标 {n}', en: 'Remove measured metric {n}' },
  comparisonCaption: { 'zh-CN': '实际与计划对比', en: 'Actual against plan' },
  item: { 'zh-CN': '项目', en: 'Item' },
  planned: { 'zh-CN': '计划', en: 'Planned' },
  actual: { 'zh-CN': '实际', en: 'Actual' },
  difference: { 'zh-CN': '差异', en: 'Difference' },
  salesRow: { 'zh-CN': '销售额（实收）', en: 'Sales (as charged)' },
  costRow: { 'zh-CN': '费用', en: 'Cost' },
  roiRow: { 'zh-CN': 'ROI', en: 'ROI' },
  goalRow: { 'zh-CN': '目标：{metric}', en: 'Goal: {metric}' },
  percentOfTarget: { 'zh-CN': '达成目标的 {percent}', en: '{percent} of the target' },
  actualsMissing: { 'zh-CN': '对比还缺：{fields}。', en: 'For the comparison, still missing: {fields}.' },
  // Moving plans around
  transferHeading: { 'zh-CN': '导出、导入、分享与打印', en: 'Export, import, share and print' },
  exportJson: { 'zh-CN': '导出 JSON', en: 'Export JSON' },
  importJson: { 'zh-CN': '导入 JSON 文件', en: 'Import a JSON file' },
  importHint: {
    'zh-CN': '导入的方案作为新方案加入列表，不会覆盖现有方案。',
    en: 'An imported plan is added as a new plan; nothing already saved is overwritten.',
  },
  imported: { 'zh-CN': '已导入“{name}”。', en: '“{name}” was imported.' },
  importFailed: {
    'zh-CN': '无法导入“{file}”，现有方案没有任何改动。问题：',
    en: 'Could not import “{file}”; nothing was changed. Problems:',
  },
  moreErrors: { 'zh-CN': '……另有 {n} 处问题。', en: '…and {n} more.' },
  draftsNotExported: {
    'zh-CN': '有数字需要修改；导出和分享时，这些字段为空。',
    en: 'Some numbers need fixing; exports and links leave those fields blank.',
  },
  shareHint: {
    'zh-CN': '“复制链接”会把整个方案写进链接：对方打开即可看到，不会覆盖他自己的方案。',
    en: '“Copy link” puts the whole plan into the link: whoever opens it sees the plan, and their own plans stay as they are.',
  },
  print: { 'zh-CN': '打印 / 存为 PDF', en: 'Print / save as PDF' },
  printHint: {
    'zh-CN': '打印的是一份干净的 A4 方案文件，不含表单和网站导航。',
    en: 'Prints a clean A4 plan document, without the form or the site’s navigation.',
  },
  sharedPlan: {
    'zh-CN': '你打开的是链接中分享的方案，它还没有保存。你自己保存的方案都还在，不会被覆盖。',
    en: 'You opened a plan shared in a link; it is not saved yet. Your own saved plans are all still there and will not be overwritten.',
  },
  saveShared: { 'zh-CN': '另存为新方案', en: 'Save as a new plan' },
  openSaved: { 'zh-CN': '打开我保存的方案', en: 'Open my saved plans' },
  sharedSaved: {
    'zh-CN': '分享的方案已另存为新方案“{name}”。',
    en: 'The shared plan was saved as a new plan, “{name}”.',
  },
  linkBroken: {
    'zh-CN': '链接中的方案无法读取，已忽略：',
    en: 'The plan in this link could not be read and was ignored:',
  },
  setAside: {
    'zh-CN': '有一份保存的方案已无法读取，已原样另存（{key}），没有删除。可以下载原始数据，修正后再导入。',
    en: 'A saved plan could no longer be read. It was kept aside as it was ({key}), not deleted; download the raw data to fix and import it.',
  },
  downloadRaw: { 'zh-CN': '下载原始数据', en: 'Download the raw data' },
  removeSetAside: { 'zh-CN': '删除这份数据', en: 'Delete this data' },
  confirmRemoveSetAside: {
    'zh-CN': '确定删除这份无法读取的数据？删除后无法恢复。',
    en: 'Delete this unreadable data? This cannot be undone.',
  },
  // Print and present
  printTitleFallback: { 'zh-CN': '促销方案', en: 'Promotion plan' },
  printDates: { 'zh-CN': '促销时间：{start} 至 {end}', en: 'Dates: {start} to {end}' },
  printCompleteness: { 'zh-CN': '完成度：{n}/12', en: 'Completeness: {n}/12' },
  notFilled: { 'zh-CN': '（未填写）', en: '(not filled in)' },
  purposeLabel: { 'zh-CN': '目的', en: 'Purpose' },
  goalLine: {
    'zh-CN': '{metric}：基准 {baseline} → 目标 {target}',
    en: '{metric}: baseline {baseline} → target {target}',
  },
  offerLine: { 'zh-CN': '形式：{type}', en: 'Kind: {type}' },
  discountLine: { 'zh-CN': '折扣：{discount}', en: 'Discount: {discount}' },
  invitationLine: { 'zh-CN': '{who}：{count} 人', en: '{who}: {count}' },
  ownerLine: { 'zh-CN': '{role}：{name}', en: '{role}: {name}' },
  checkpointLine: { 'zh-CN': '{date}　{what}', en: '{date}  {what}' },
  presentGoal: { 'zh-CN': '目标', en: 'Goal' },
  printChannels: { 'zh-CN': '沟通渠道', en: 'Channels' },
  printMetrics: { 'zh-CN': '评估指标', en: 'Evaluation metrics' },
  printAmount: { 'zh-CN': '金额', en: 'Amount' },
  printWarnings: { 'zh-CN': '待核对的问题', en: 'Points to check' },
} satisfies Record<string, Translated>;

export type PromotionStringKey = keyof typeof promotionStrings;
