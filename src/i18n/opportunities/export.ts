import type { Translated } from '../../lib/locale';
import type { ExportColumn } from '../../lib/opportunities/export';

/** Strings of the opportunity finder's CSV export, fetched with the export code when someone exports. */
export const exportStrings = {
  exportFileName: { 'zh-CN': '生意机会清单.csv', en: 'opportunities.csv' },
} satisfies Record<string, Translated>;

/** Column headers of the exported CSV; in Chinese they read back in through the importer. */
export const exportHeaders: Record<ExportColumn, Translated> = {
  rank: { 'zh-CN': '排名', en: 'Rank' },
  name: { 'zh-CN': '名称', en: 'Name' },
  region: { 'zh-CN': '区域/渠道', en: 'Region/channel' },
  abcClass: { 'zh-CN': 'ABC 分类', en: 'ABC class' },
  quadrant: { 'zh-CN': '象限', en: 'Quadrant' },
  sales: { 'zh-CN': '本期销售（元）', en: 'Sales this period (¥)' },
  lastSales: { 'zh-CN': '上期销售（元）', en: 'Sales last period (¥)' },
  growthPercent: { 'zh-CN': '增长（%）', en: 'Growth (%)' },
  potential: { 'zh-CN': '潜力（元）', en: 'Potential (¥)' },
  opportunity: { 'zh-CN': '生意机会（元）', en: 'Opportunity (¥)' },
  willingness: { 'zh-CN': '合作意愿', en: 'Willingness' },
  sharePercent: { 'zh-CN': '销售占比（%）', en: 'Share of sales (%)' },
  cumulativePercent: { 'zh-CN': '累计占比（%）', en: 'Cumulative share (%)' },
  isNew: { 'zh-CN': '新增网点', en: 'New outlet' },
};
