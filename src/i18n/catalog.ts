import type { ToolSlug, WorksheetSlug } from '../lib/catalog';
import type { Translated } from './locales';

/** What each tool is called where a page links to it. */
export const toolNames: Record<ToolSlug, Translated> = {
  growth: { 'zh-CN': '业绩增长公式计算器', en: 'Growth formula calculator' },
  'target-split': { 'zh-CN': '业绩目标分解工具', en: 'Target splitter' },
  promotion: { 'zh-CN': '市场推广方案生成器', en: 'Promotion plan builder' },
  opportunities: { 'zh-CN': '客户洞察与生意机会寻找', en: 'Opportunity finder' },
  'channel-score': { 'zh-CN': '渠道评估记分卡', en: 'Channel scorecard' },
};

/** What each worksheet is called where a page links to it. */
export const worksheetNames: Record<WorksheetSlug, Translated> = {
  'monthly-plan': { 'zh-CN': '月度生意提升计划', en: 'Monthly business-improvement plan' },
  'growth-diagnosis': { 'zh-CN': '业绩增长三要素诊断', en: 'Three-factor growth diagnosis' },
  'customer-insight': { 'zh-CN': '客户洞察与生意机会', en: 'Customer insight and opportunities' },
  'dealer-five-steps': { 'zh-CN': '经销商生意提升五步', en: "Five steps to grow a dealer's business" },
  'channel-five-steps': { 'zh-CN': '渠道开发五步', en: 'Five steps of channel development' },
  'promotion-elements': { 'zh-CN': '市场推广十二要素', en: 'The twelve elements of a promotion' },
  'fabe-cards': { 'zh-CN': 'FABE 话术卡', en: 'FABE script cards' },
  'target-breakdown': { 'zh-CN': '业绩目标分解表', en: 'Target breakdown sheet' },
  'coaching-record': { 'zh-CN': '一对一辅导记录', en: 'One-to-one coaching record' },
};

export const comingSoon: Translated = { 'zh-CN': '（即将上线）', en: ' (coming soon)' };
