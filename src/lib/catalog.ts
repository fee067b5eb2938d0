import type { Translated } from './locale';

/**
 * The slugs of the playbook's tools and worksheets, in sidebar order. Routes are
 * /tools/<slug>/ and /worksheets/<slug>/ (English under /en/); other people's links depend on
 * them, so never rename one. Their names in both languages follow the slugs.
 */
export const toolSlugs = ['growth', 'target-split', 'promotion', 'opportunities', 'channel-score'] as const;
export type ToolSlug = (typeof toolSlugs)[number];

export const worksheetSlugs = [
  'monthly-plan',
  'growth-diagnosis',
  'customer-insight',
  'dealer-five-steps',
  'channel-five-steps',
  'promotion-elements',
  'fabe-cards',
  'target-breakdown',
  'coaching-record',
] as const;
export type WorksheetSlug = (typeof worksheetSlugs)[number];

/** The overview (part 0) and the six parts of the course, with their chapter slugs. */
export const chapterSlugs = [
  'course/overview',
  'course/growth-principle',
  'course/dealer-growth',
  'course/new-channels',
  'course/promotion',
  'course/team-performance',
  'course/summary',
] as const;
export type ChapterSlug = (typeof chapterSlugs)[number];

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
