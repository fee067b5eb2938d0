import type { AddOutletError } from '../../lib/opportunities/edits';
import type { Translated } from '../../lib/locale';

/**
 * Strings of the opportunity finder's panels that open on demand (the ABC classes with the Pareto
 * chart, and the growth split with "add an uncovered outlet"). They come with the panels' code, on
 * first open, so both languages stay here: a page that never opens a panel downloads neither.
 */
export const abcPanelStrings = {
  abcIntro: { 'zh-CN': '按本期销售从高到低累计：累计占比达到 A 类截止点之前的是 A 类，达到 B 类截止点之前的是 B 类，其余是 C 类；销售相同的客户归入同一类。', en: 'Customers are added up from the largest sales down: those before the cumulative share reaches the class A cut-off are A, before the class B cut-off B, the rest C; equal sales share a class.' },
  classCount: { 'zh-CN': '{count} 个', en: '{count}' },
  noSales: { 'zh-CN': '所有行的本期销售都是 0，还无法做 ABC 分类。', en: 'Every row has 0 sales this period, so there are no ABC classes yet.' },
  paretoHeading: { 'zh-CN': '帕累托图', en: 'Pareto chart' },
  paretoLabel: { 'zh-CN': '帕累托图：柱形是各客户的本期销售，从高到低；折线是累计占比', en: 'Pareto chart: bars are each customer’s sales, largest first; the line is the cumulative share' },
  paretoCompacted: { 'zh-CN': '图中列出销售最高的 {shown} 个，其余 {count} 个合并为最后一根柱。', en: 'The chart shows the {shown} largest; the other {count} are one bar at the end.' },
  paretoOthers: { 'zh-CN': '其余 {count} 个', en: '{count} others' },
  paretoTable: { 'zh-CN': '帕累托图数据', en: 'Pareto chart data' },
  name: { 'zh-CN': '名称', en: 'Name' },
  cumulative: { 'zh-CN': '累计占比', en: 'Cumulative share' },
} satisfies Record<string, Translated>;

export const splitPanelStrings = {
  splitIntro: { 'zh-CN': '垂直增长：让已有网点卖得更多；水平增长：开发还没有覆盖的网点（本期销售为 0，或你在下面添加的新网点）。', en: 'Vertical growth: existing outlets sell more. Horizontal growth: outlets not yet covered (0 sales this period, or the ones you add below).' },
  regionTable: { 'zh-CN': '按区域/渠道', en: 'By region or channel' },
  addHeading: { 'zh-CN': '添加未覆盖的网点', en: 'Add an uncovered outlet' },
  addIntro: { 'zh-CN': '你知道但表里没有的网点，填上名称和估计的潜力，就计入水平增长机会。', en: 'An outlet you know of that is not in the table: give its name and estimated potential and it counts as horizontal opportunity.' },
  addName: { 'zh-CN': '网点名称', en: 'Outlet name' },
  addPotential: { 'zh-CN': '潜力（元）', en: 'Potential (¥)' },
  addRegion: { 'zh-CN': '区域/渠道（可选）', en: 'Region/channel (optional)' },
  addButton: { 'zh-CN': '添加网点', en: 'Add outlet' },
  added: { 'zh-CN': '已添加“{name}”。', en: 'Added “{name}”.' },
  addedHeading: { 'zh-CN': '你添加的网点', en: 'Outlets you added' },
  remove: { 'zh-CN': '删除', en: 'Remove' },
  removeLabel: { 'zh-CN': '删除“{name}”', en: 'Remove “{name}”' },
} satisfies Record<string, Translated>;

export const addOutletErrorStrings: Record<AddOutletError, Translated> = {
  'name-empty': { 'zh-CN': '请填写网点名称。', en: 'Enter the outlet’s name.' },
  'name-too-long': { 'zh-CN': '名称不能超过 200 个字符。', en: 'The name can be at most 200 characters.' },
  'name-taken': { 'zh-CN': '表里已经有这个名称。', en: 'The table already has this name.' },
  'region-too-long': { 'zh-CN': '区域不能超过 200 个字符。', en: 'The region can be at most 200 characters.' },
  'too-many-rows': { 'zh-CN': '表格已经有 50,000 行，不能再添加。', en: 'The table has 50,000 rows, the most it holds.' },
};
