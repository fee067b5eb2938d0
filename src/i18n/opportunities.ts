import type { Translated } from './locales';
import type { AbcClass, AddOutletError, OpportunityStateRow, Quadrant } from '../lib/opportunities';

/**
 * Strings of the opportunity finder (客户洞察与生意机会寻找) that the page can show before anyone
 * imports or exports; the rest are in opportunityImport.ts and opportunityExport.ts, fetched with
 * the code that shows them.
 */
export const opportunityStrings = {
  title: { 'zh-CN': '客户洞察与生意机会寻找', en: 'Opportunity finder' },
  formula: {
    'zh-CN': '生意机会 = 潜力 − 本期销售',
    en: 'Opportunity = potential − sales this period',
  },

  // Input
  inputHeading: { 'zh-CN': '你的客户表', en: 'Your table' },
  columnsHint: {
    'zh-CN': '需要的列：名称、本期销售；可选：上期销售、潜力、合作意愿（1–5）、区域/渠道。中英文表头都能识别。',
    en: 'Columns needed: name and sales this period; optional: sales last period, potential, willingness (1–5), region/channel. Headers in Chinese or English are recognised.',
  },
  fileLabel: { 'zh-CN': '载入 CSV 文件', en: 'Load a CSV file' },
  fileHint: {
    'zh-CN': 'UTF-8 或 GBK 编码（Excel 的“CSV（逗号分隔）”即可），逗号或制表符分隔。文件只在你的浏览器里读取。',
    en: 'UTF-8 or GBK (as Chinese Excel saves “CSV”), comma- or tab-separated. The file is read in your browser only.',
  },
  pasteLabel: { 'zh-CN': '或从表格软件粘贴（连同表头）', en: 'Or paste from a spreadsheet (with the header row)' },
  pasteHint: {
    'zh-CN': '在 Excel 或 WPS 中选中包括表头在内的区域，复制，粘贴到这里。',
    en: 'In Excel or WPS select the range including the header row, copy it and paste it here.',
  },
  pasteButton: { 'zh-CN': '读取粘贴的表格', en: 'Read the pasted table' },
  pasteEmpty: { 'zh-CN': '请先把表格粘贴到上面的文本框。', en: 'Paste a table into the box above first.' },
  reading: { 'zh-CN': '正在读取…', en: 'Reading…' },
  // The import and export code is fetched on first use; this says so when the connection fails.
  loadFailed: {
    'zh-CN': '这部分功能没能加载，请检查网络后再试一次。',
    en: 'This part of the tool could not be loaded; check the connection and try again.',
  },

  // Settings
  settingsHeading: { 'zh-CN': '分类设置', en: 'Settings' },
  cutA: { 'zh-CN': 'A 类截止点（累计销售占比 %）', en: 'Class A cut-off (cumulative share of sales, %)' },
  cutB: { 'zh-CN': 'B 类截止点（累计销售占比 %）', en: 'Class B cut-off (cumulative share of sales, %)' },
  cutHint: {
    'zh-CN': '常用 70% / 90%：少数客户贡献大部分销售。',
    en: 'Usually 70% / 90%: a few customers bring most of the sales.',
  },
  cutoffsNotAscending: {
    'zh-CN': 'B 类截止点不能小于 A 类截止点。',
    en: 'The class B cut-off cannot be below the class A cut-off.',
  },
  potentialThreshold: { 'zh-CN': '高潜力门槛（元）', en: 'High-potential threshold (¥)' },
  potentialThresholdHint: {
    'zh-CN': '留空则用潜力的中位数（当前 {value}）。',
    en: 'Leave empty to use the median potential (now {value}).',
  },
  willingnessThreshold: { 'zh-CN': '高意愿门槛（1–5）', en: 'High-willingness threshold (1–5)' },
  willingnessThresholdHint: {
    'zh-CN': '合作意愿达到这个分数算“意愿强”。',
    en: 'Willingness at or above this counts as willing.',
  },
  linkNote: {
    'zh-CN': '“复制链接”只带上设置和筛选条件，不带表格数据：对方打开后看到的是他自己的表。',
    en: '“Copy link” carries the settings and filters only, not the table: whoever opens it sees their own table.',
  },

  // Results
  resultsHeading: { 'zh-CN': '结果', en: 'Results' },
  calculating: { 'zh-CN': '正在计算…', en: 'Calculating…' },
  noRows: {
    'zh-CN': '还没有数据。载入文件或粘贴表格即可开始。',
    en: 'No rows yet. Load a file or paste a table to begin.',
  },
  analysisFailed: {
    'zh-CN': '这张表无法计算，请重新载入。',
    en: 'This table could not be analysed; please load it again.',
  },
  rows: { 'zh-CN': '行数', en: 'Rows' },
  totalSales: { 'zh-CN': '本期销售合计', en: 'Total sales' },
  totalGrowth: { 'zh-CN': '增长（可比客户）', en: 'Growth (like for like)' },
  totalOpportunity: { 'zh-CN': '生意机会合计', en: 'Total opportunity' },
  vertical: { 'zh-CN': '垂直增长：已有网点', en: 'Vertical: existing outlets' },
  horizontal: { 'zh-CN': '水平增长：未覆盖与新增网点', en: 'Horizontal: uncovered and new outlets' },
  withoutPotential: {
    'zh-CN': '{count} 行没有潜力数据，机会未计入合计。',
    en: '{count} rows have no potential, so their opportunity is not in the totals.',
  },
  exceedPotential: {
    'zh-CN': '{count} 行的本期销售已超过潜力，机会按 0 计；可以考虑重新估计它们的潜力。',
    en: '{count} rows already sell more than their potential and count 0; consider estimating their potential again.',
  },
  savedFailed: {
    'zh-CN': '这张表没能保存到浏览器（多半是表格太大，超出了浏览器的存储空间）。页面上的数据没有丢失；要留存，请导出 CSV。',
    en: 'This table could not be saved in the browser (most likely it is larger than the browser’s storage allows). Nothing on the page is lost; export the CSV to keep it.',
  },

  // ABC
  abcHeading: { 'zh-CN': 'ABC 分类', en: 'ABC classes' },
  abcIntro: {
    'zh-CN': '按本期销售从高到低累计：累计占比达到 A 类截止点之前的是 A 类，达到 B 类截止点之前的是 B 类，其余是 C 类；销售相同的客户归入同一类。',
    en: 'Customers are added up from the largest sales down: those before the cumulative share reaches the class A cut-off are A, before the class B cut-off B, the rest C; equal sales share a class.',
  },
  classCount: { 'zh-CN': '{count} 个', en: '{count}' },
  noSales: {
    'zh-CN': '所有行的本期销售都是 0，还无法做 ABC 分类。',
    en: 'Every row has 0 sales this period, so there are no ABC classes yet.',
  },
  paretoHeading: { 'zh-CN': '帕累托图', en: 'Pareto chart' },
  paretoLabel: {
    'zh-CN': '帕累托图：柱形是各客户的本期销售，从高到低；折线是累计占比',
    en: 'Pareto chart: bars are each customer’s sales, largest first; the line is the cumulative share',
  },
  paretoCompacted: {
    'zh-CN': '图中列出销售最高的 {shown} 个，其余 {count} 个合并为最后一根柱。',
    en: 'The chart shows the {shown} largest; the other {count} are one bar at the end.',
  },
  paretoOthers: { 'zh-CN': '其余 {count} 个', en: '{count} others' },
  paretoTable: { 'zh-CN': '帕累托图数据', en: 'Pareto chart data' },
  name: { 'zh-CN': '名称', en: 'Name' },
  sales: { 'zh-CN': '本期销售', en: 'Sales' },
  cumulative: { 'zh-CN': '累计占比', en: 'Cumulative share' },
  abcClass: { 'zh-CN': '分类', en: 'Class' },

  // Matrix
  matrixHeading: { 'zh-CN': '潜力 × 合作意愿矩阵', en: 'Potential × willingness matrix' },
  matrixIntro: {
    'zh-CN': '潜力达到 {potential} 算“潜力大”，合作意愿达到 {willingness} 分算“意愿强”。',
    en: 'Potential of {potential} or more is high; willingness of {willingness} or more is willing.',
  },
  matrixNoPotential: {
    'zh-CN': '表中没有潜力数据，无法放入矩阵。加上“潜力”和“合作意愿”两列即可。',
    en: 'The table has no potential, so nothing can be placed. Add potential and willingness columns.',
  },
  scatterLabel: {
    'zh-CN': '散点图：横轴合作意愿，纵轴潜力，虚线是两个门槛',
    en: 'Scatter chart: willingness across, potential up; the dashed lines are the two thresholds',
  },
  scatterOmitted: {
    'zh-CN': '图中画出机会最大的 {shown} 个，其余 {count} 个见下方列表。',
    en: 'The chart plots the {shown} with the largest opportunity; the other {count} are in the lists.',
  },
  willingness: { 'zh-CN': '合作意愿', en: 'Willingness' },
  potential: { 'zh-CN': '潜力', en: 'Potential' },
  quadrantCount: { 'zh-CN': '个数', en: 'Count' },
  quadrantOpportunity: { 'zh-CN': '机会合计', en: 'Opportunity' },
  quadrantMore: { 'zh-CN': '另有 {count} 个。', en: '{count} more.' },
  showInList: { 'zh-CN': '在清单中查看全部“{quadrant}”', en: 'Show every “{quadrant}” in the list' },
  quadrantEmpty: { 'zh-CN': '暂无。', en: 'None yet.' },
  unplaced: {
    'zh-CN': '{count} 行缺少潜力或合作意愿，没有放入矩阵。',
    en: '{count} rows lack potential or willingness and are not placed.',
  },

  // Horizontal and vertical
  splitHeading: { 'zh-CN': '水平增长与垂直增长', en: 'Horizontal and vertical growth' },
  splitIntro: {
    'zh-CN': '垂直增长：让已有网点卖得更多；水平增长：开发还没有覆盖的网点（本期销售为 0，或你在下面添加的新网点）。',
    en: 'Vertical growth: existing outlets sell more. Horizontal growth: outlets not yet covered (0 sales this period, or the ones you add below).',
  },
  regionTable: { 'zh-CN': '按区域/渠道', en: 'By region or channel' },
  region: { 'zh-CN': '区域/渠道', en: 'Region/channel' },
  noRegion: { 'zh-CN': '（未填区域）', en: '(no region)' },
  addHeading: { 'zh-CN': '添加未覆盖的网点', en: 'Add an uncovered outlet' },
  addIntro: {
    'zh-CN': '你知道但表里没有的网点，填上名称和估计的潜力，就计入水平增长机会。',
    en: 'An outlet you know of that is not in the table: give its name and estimated potential and it counts as horizontal opportunity.',
  },
  addName: { 'zh-CN': '网点名称', en: 'Outlet name' },
  addPotential: { 'zh-CN': '潜力（元）', en: 'Potential (¥)' },
  addRegion: { 'zh-CN': '区域/渠道（可选）', en: 'Region/channel (optional)' },
  addButton: { 'zh-CN': '添加网点', en: 'Add outlet' },
  added: { 'zh-CN': '已添加“{name}”。', en: 'Added “{name}”.' },
  addedHeading: { 'zh-CN': '你添加的网点', en: 'Outlets you added' },
  remove: { 'zh-CN': '删除', en: 'Remove' },
  removeLabel: { 'zh-CN': '删除“{name}”', en: 'Remove “{name}”' },
  newMark: { 'zh-CN': '新增', en: 'new' },

  // Ranked list
  listHeading: { 'zh-CN': '按生意机会排序', en: 'Ranked by opportunity' },
  tableRegion: { 'zh-CN': '排序清单（窄屏可左右滚动）', en: 'The ranked table (scrolls sideways on narrow screens)' },
  filterClass: { 'zh-CN': '按分类筛选', en: 'Filter by class' },
  filterQuadrant: { 'zh-CN': '按象限筛选', en: 'Filter by quadrant' },
  filterRegion: { 'zh-CN': '按区域/渠道筛选', en: 'Filter by region or channel' },
  all: { 'zh-CN': '全部', en: 'All' },
  noClass: { 'zh-CN': '未分类', en: 'Unclassified' },
  noQuadrant: { 'zh-CN': '未放入矩阵', en: 'Not placed' },
  listCount: {
    'zh-CN': '共 {count} 行，显示第 {first}–{last} 行。',
    en: '{count} rows; showing {first}–{last}.',
  },
  noMatch: { 'zh-CN': '没有符合筛选条件的行。', en: 'No rows match the filters.' },
  rank: { 'zh-CN': '排名', en: 'Rank' },
  nameAndPick: { 'zh-CN': '名称（勾选＝选为目标）', en: 'Name (tick to pick as target)' },
  quadrant: { 'zh-CN': '象限', en: 'Quadrant' },
  growth: { 'zh-CN': '增长', en: 'Growth' },
  opportunity: { 'zh-CN': '生意机会', en: 'Opportunity' },
  page: { 'zh-CN': '页码', en: 'Page' },
  pageOption: { 'zh-CN': '第 {page} / {count} 页', en: '{page} of {count}' },
  previous: { 'zh-CN': '上一页', en: 'Previous page' },
  next: { 'zh-CN': '下一页', en: 'Next page' },
  exportButton: { 'zh-CN': '导出清单（CSV）', en: 'Export the list (CSV)' },
  exportHint: {
    'zh-CN': '导出当前筛选出的全部行（不止这一页），Excel 可以直接打开。',
    en: 'Exports every row the filters let through (not just this page); Excel opens it directly.',
  },

  // Picked targets
  pickedHeading: { 'zh-CN': '选定的目标', en: 'Picked targets' },
  pickedNone: {
    'zh-CN': '在清单里勾选名称，就把它选为重点目标。',
    en: 'Tick a name in the list to pick it as a target.',
  },
  pickedSummary: {
    'zh-CN': '选定的目标会保存在这个浏览器里，月度生意提升计划和经销商工作表会用到它们。',
    en: 'Picked targets are saved in this browser for the monthly plan and the dealer worksheets.',
  },
  pickedCount: { 'zh-CN': '选定目标数', en: 'Targets picked' },
  pickedOpportunity: { 'zh-CN': '目标的生意机会', en: 'Their opportunity' },

  openTool: { 'zh-CN': '在完整工具中打开', en: 'Open the full tool' },
} satisfies Record<string, Translated>;

/** The four quadrants: the playbook's names and one line of advice each. */
export const quadrantNames: Record<Quadrant, Translated> = {
  'grow-now': { 'zh-CN': '重点开发', en: 'Grow now' },
  nurture: { 'zh-CN': '培育', en: 'Nurture' },
  maintain: { 'zh-CN': '维护', en: 'Maintain' },
  watch: { 'zh-CN': '观察', en: 'Watch' },
};

export const quadrantAdvice: Record<Quadrant, Translated> = {
  'grow-now': {
    'zh-CN': '潜力大、意愿强：优先投入资源，和对方一起定提升计划。',
    en: 'High potential, willing: put resources here first and make a growth plan together.',
  },
  nurture: {
    'zh-CN': '潜力大、意愿弱：先建立关系、证明合作的价值，把意愿提上来。',
    en: 'High potential, reluctant: build the relationship and prove the value of working together.',
  },
  maintain: {
    'zh-CN': '潜力小、意愿强：保持服务，用较低的成本守住现有生意。',
    en: 'Low potential, willing: keep serving them and hold the business at low cost.',
  },
  watch: {
    'zh-CN': '潜力小、意愿弱：少投入，定期复查有没有变化。',
    en: 'Low potential, reluctant: spend little and review from time to time.',
  },
};

export const classNames: Record<AbcClass, Translated> = {
  A: { 'zh-CN': 'A 类', en: 'Class A' },
  B: { 'zh-CN': 'B 类', en: 'Class B' },
  C: { 'zh-CN': 'C 类', en: 'Class C' },
};

export const addOutletErrorStrings: Record<AddOutletError, Translated> = {
  'name-empty': { 'zh-CN': '请填写网点名称。', en: 'Enter the outlet’s name.' },
  'name-too-long': { 'zh-CN': '名称不能超过 200 个字符。', en: 'The name can be at most 200 characters.' },
  'name-taken': { 'zh-CN': '表里已经有这个名称。', en: 'The table already has this name.' },
  'region-too-long': { 'zh-CN': '区域不能超过 200 个字符。', en: 'The region can be at most 200 characters.' },
  'too-many-rows': { 'zh-CN': '表格已经有 50,000 行，不能再添加。', en: 'The table has 50,000 rows, the most it holds.' },
};

const row = (
  name: string,
  sales: number,
  lastSales: number | null,
  potential: number | null,
  willingness: number | null,
  region: string,
): OpportunityStateRow => ({ name, sales, lastSales, potential, willingness, region, isNew: false });

/** The example a first visit opens with: ten dealers of one distributor. */
export const exampleRows: Translated<OpportunityStateRow[]> = {
  'zh-CN': [
    row('华盛商贸', 1_200_000, 1_000_000, 2_000_000, 5, '华东'),
    row('恒丰批发', 800_000, 850_000, 1_500_000, 3, '华东'),
    row('永兴超市', 450_000, 380_000, 600_000, 4, '华南'),
    row('金源便利', 300_000, 320_000, 900_000, 2, '华南'),
    row('利民百货', 180_000, 150_000, 250_000, 5, '华北'),
    row('福临门店', 120_000, 100_000, 500_000, 4, '华北'),
    row('新华药房', 80_000, 90_000, 150_000, 2, '华东'),
    row('顺达便利', 50_000, 40_000, 300_000, 5, '华南'),
    row('城东小卖部', 20_000, 25_000, 60_000, 1, '华北'),
    row('星光超市', 0, null, 400_000, 4, '华东'),
  ],
  en: [
    row('Huasheng Trading', 1_200_000, 1_000_000, 2_000_000, 5, 'East'),
    row('Hengfeng Wholesale', 800_000, 850_000, 1_500_000, 3, 'East'),
    row('Yongxing Supermarket', 450_000, 380_000, 600_000, 4, 'South'),
    row('Jinyuan Convenience', 300_000, 320_000, 900_000, 2, 'South'),
    row('Limin Department Store', 180_000, 150_000, 250_000, 5, 'North'),
    row('Fulin Store', 120_000, 100_000, 500_000, 4, 'North'),
    row('Xinhua Pharmacy', 80_000, 90_000, 150_000, 2, 'East'),
    row('Shunda Convenience', 50_000, 40_000, 300_000, 5, 'South'),
    row('Chengdong Kiosk', 20_000, 25_000, 60_000, 1, 'North'),
    row('Xingguang Supermarket', 0, null, 400_000, 4, 'East'),
  ],
};
