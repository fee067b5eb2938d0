/**
 * Why an imported file or a shared link could not be read, in both languages. Kept apart from
 * the builder's other strings because only a failed import or a broken link shows them: the
 * island loads this module (with the file reader) when that happens, not before first use.
 */

import { fabeParts, type FabePart } from '../../lib/promotion/fabe';
import type { ImportError, ImportErrorCode } from '../../lib/promotion/transfer';
import type { Locale, Translated } from '../../lib/locale';
import type { FullPromotionText } from './index';

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
  start: { 'zh-CN': '开始日期', en: 'start date' },
  end: { 'zh-CN': '结束日期', en: 'end date' },
  type: { 'zh-CN': '优惠形式', en: 'kind of offer' },
  terms: { 'zh-CN': '优惠条件', en: 'terms' },
  discountPercent: { 'zh-CN': '让利比例 D', en: 'price given away (D)' },
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

function isFabePart(part: string): part is FabePart {
  return (fabeParts as readonly string[]).includes(part);
}

/** A segment of a plan path by name; the FABE parts and the products are named as on the form. */
function fieldName(part: string, locale: Locale, text: FullPromotionText): string {
  if (isFabePart(part)) return text.fabePartNames[part];
  return planFieldNames[part]?.[locale] ?? (part === 'products' ? text.elementNames.products : part);
}

/**
 * Where an import failed and why, as one line: "促销预算 › 费用项目 第 1 项 › 金额：类型不对".
 * The path comes from the schema's own keys; unknown segments are shown as they are, as text.
 * `text` is the builder's strings in the same language as `locale`.
 */
export function importErrorText(error: ImportError, locale: Locale, text: FullPromotionText): string {
  const reason = importErrorMessages[error.code][locale];
  const parts = error.path === '' ? [] : error.path.split('.');
  const steps = parts
    .slice(error.element === null || error.element === 'script' ? 0 : 1)
    .map((part) =>
      /^\d+$/.test(part)
        ? locale === 'en'
          ? `item ${Number(part) + 1}`
          : `第 ${Number(part) + 1} 项`
        : fieldName(part, locale, text),
    );
  const place =
    error.path === '' || error.code === 'not-a-plan' || error.code === 'unsupported-version'
      ? wholeFile[locale]
      : error.element !== null
        ? [text.elementNames[error.element], ...steps].join(' › ')
        : [planBasics[locale], ...steps].join(' › ');
  return locale === 'en' ? `${place}: ${reason}` : `${place}：${reason}`;
}
