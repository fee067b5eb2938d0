import type { SeasonalityKind, SplitMethod } from '../lib/split';
import type { NameError, SplitState, UnitColumn } from '../lib/splitState';
import type { Locale, Translated } from './locales';

/** Strings of the Target splitter (业绩目标制定与分解). `{name}` placeholders are filled as plain text. */
export const splitStrings = {
  title: { 'zh-CN': '业绩目标分解', en: 'Target splitter' },
  targetHeading: { 'zh-CN': '总目标', en: 'The target' },
  total: { 'zh-CN': '总目标（元）', en: 'Target (¥)' },
  totalHint: { 'zh-CN': '可以写 100万、1.2亿。', en: 'You can type 1,000,000, 1.2M or 100万.' },
  over: { 'zh-CN': '超额分配（%）', en: 'Over-assignment (%)' },
  overHint: {
    'zh-CN': '各单位指标之和 = 总目标 × (1 + 超额比例)，为可能完不成的单位留出余量。留空为 0。',
    en: 'The quotas add up to target × (1 + this), a buffer for units that miss. Empty means 0.',
  },
  rounding: { 'zh-CN': '取整单位（元）', en: 'Round to (¥)' },
  roundingCustom: { 'zh-CN': '自定义…', en: 'Custom…' },
  roundingCustomField: { 'zh-CN': '自定义取整单位（元）', en: 'Custom rounding unit (¥)' },
  roundingHint: {
    'zh-CN': '每个单位的指标都是这个数的整数倍，加起来正好等于总数。',
    en: 'Every quota is a whole multiple of this, and the quotas still add up exactly.',
  },
  methodHeading: { 'zh-CN': '分解方法', en: 'Method' },
  alpha: { 'zh-CN': '历史占比的权重 α（%）', en: 'Weight of the history share, α (%)' },
  alphaHint: {
    'zh-CN': 'α = 100 只看历史，α = 0 只看潜力。',
    en: 'α = 100 uses history only, α = 0 potential only.',
  },
  seasonHeading: { 'zh-CN': '分到各月', en: 'Over the months' },
  seasonality: { 'zh-CN': '季节性', en: 'Seasonality' },
  monthWeightsHint: {
    'zh-CN': '任意比例，例如 6、5、8…；只看相对大小。',
    en: 'Any scale, such as 6, 5, 8…; only the proportions matter.',
  },
  monthWeightField: { 'zh-CN': '{month}权重', en: 'Weight for {month}' },
  historyMonthsHeading: { 'zh-CN': '去年各月实际（元）', en: 'Last year’s monthly actuals (¥)' },
  unitsHeading: { 'zh-CN': '分解到哪些单位', en: 'The units' },
  unitsHint: {
    'zh-CN': '区域、团队、个人或经销商。金额可以写 30万；不适用的格子留空。',
    en: 'Regions, teams, people or dealers. Amounts may be typed as 300K; leave a cell empty when it does not apply.',
  },
  unitsCaption: { 'zh-CN': '单位（可编辑）', en: 'Units (editable)' },
  rowNumber: { 'zh-CN': '第 {row} 行', en: 'row {row}' },
  cellField: { 'zh-CN': '{unit} · {column}', en: '{unit}: {column}' },
  actions: { 'zh-CN': '操作', en: 'Actions' },
  remove: { 'zh-CN': '删除', en: 'Remove' },
  moveUpLabel: { 'zh-CN': '把 {unit} 上移一行', en: 'Move {unit} up' },
  moveDownLabel: { 'zh-CN': '把 {unit} 下移一行', en: 'Move {unit} down' },
  removeLabel: { 'zh-CN': '删除 {unit}', en: 'Remove {unit}' },
  addUnit: { 'zh-CN': '添加单位', en: 'Add a unit' },
  newUnitName: { 'zh-CN': '单位 {number}', en: 'Unit {number}' },
  unitsFull: { 'zh-CN': '最多 {count} 个单位。', en: 'At most {count} units.' },
  pasteHeading: { 'zh-CN': '从表格粘贴', en: 'Paste from a spreadsheet' },
  pasteLabel: { 'zh-CN': '从 Excel / WPS 复制的单元格', en: 'Cells copied from Excel, WPS or Sheets' },
  pasteHint: {
    'zh-CN': '列的顺序与上表前六列相同：名称、历史、潜力、最低、最高、承诺；标题行会自动跳过。也可以直接粘贴到上表任一格，从那一行往下填。',
    en: 'Columns as the table’s first six: name, history, potential, minimum, maximum, commitment; a header row is skipped. You can also paste straight into any cell of the table: it fills from that row down.',
  },
  pasteReplace: { 'zh-CN': '替换整个表格', en: 'Replace the table' },
  pasteAppend: { 'zh-CN': '加到表格末尾', en: 'Add below the table' },
  staleFields: {
    'zh-CN': '有 {count} 处输入需要修改，下面显示的是上一次有效的结果。',
    en: 'Entries to fix: {count}. The results below are from the last valid entries.',
  },
  resultsHeading: { 'zh-CN': '分解结果', en: 'The split' },
  target: { 'zh-CN': '总目标', en: 'Target' },
  assigned: { 'zh-CN': '分配总额', en: 'Quotas add up to' },
  overAmount: { 'zh-CN': '超额部分', en: 'Over-assigned' },
  roundingUnit: { 'zh-CN': '取整单位', en: 'Rounded to' },
  failedHeading: { 'zh-CN': '暂时无法分解', en: 'No split yet' },
  quotasCaption: { 'zh-CN': '各单位指标', en: 'Quota per unit' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  quota: { 'zh-CN': '指标', en: 'Quota' },
  share: { 'zh-CN': '占比', en: 'Share' },
  growth: { 'zh-CN': '比历史增长', en: 'vs history' },
  bound: { 'zh-CN': '上下限', en: 'Cap' },
  atMin: { 'zh-CN': '已到最低', en: 'at minimum' },
  atMax: { 'zh-CN': '已到最高', en: 'at maximum' },
  gap: { 'zh-CN': '承诺 − 指标', en: 'Commitment − quota' },
  totalRow: { 'zh-CN': '合计', en: 'Total' },
  reconcileHeading: { 'zh-CN': '上下对齐：自下而上的承诺与指标', en: 'Reconciliation: bottom-up commitments against quotas' },
  reconcileSummary: {
    'zh-CN': '{units} 个单位给出了承诺，共 {commitments}；它们的指标共 {quotas}，差额 {gap}。',
    en: '{units} units gave a commitment, {commitments} in all, against quotas of {quotas}: a gap of {gap}.',
  },
  gapToAssigned: { 'zh-CN': '承诺与分配总额之差', en: 'Commitments − assigned total' },
  gapToTarget: { 'zh-CN': '承诺与总目标之差', en: 'Commitments − target' },
  monthsCaption: { 'zh-CN': '各单位各月指标（元）', en: 'Quota per unit and month (¥)' },
  year: { 'zh-CN': '全年', en: 'Year' },
  chartHeading: { 'zh-CN': '各单位指标，按月堆叠', en: 'Quotas by unit, stacked by month' },
  chartLabel: {
    'zh-CN': '横向堆叠条形图：每个单位一条，按 12 个月分段；数据与上方“各单位各月指标”表相同。',
    en: 'Horizontal stacked bar chart: one bar per unit, in 12 monthly segments; the numbers are those of the “Quota per unit and month” table above.',
  },
  exportHeading: { 'zh-CN': '导出', en: 'Export' },
  downloadCsv: { 'zh-CN': '下载 CSV（Excel 可直接打开）', en: 'Download CSV (opens in Excel)' },
  copyTsv: { 'zh-CN': '复制为表格文本', en: 'Copy for a spreadsheet' },
  exportFailed: { 'zh-CN': '导出失败，请重试。', en: 'The export failed; please try again.' },
  engineLoading: { 'zh-CN': '正在载入计算…', en: 'Loading the calculation…' },
  engineFailed: {
    'zh-CN': '计算程序没有载入，结果暂未更新。请检查网络后重试。',
    en: 'The calculation could not be loaded, so the results are not updated yet. Check your connection and try again.',
  },
  engineRetry: { 'zh-CN': '重试', en: 'Try again' },
  more: { 'zh-CN': '等 {count} 个', en: 'and {count} more' },
} satisfies Record<string, Translated>;

/** Column headers of the units table, the export and the messages that name a field. */
export const columnNames: Record<UnitColumn, Translated> = {
  name: { 'zh-CN': '名称', en: 'Name' },
  history: { 'zh-CN': '历史（上期实际）', en: 'History (last period)' },
  potential: { 'zh-CN': '潜力', en: 'Potential' },
  min: { 'zh-CN': '最低', en: 'Minimum' },
  max: { 'zh-CN': '最高', en: 'Maximum' },
  commitment: { 'zh-CN': '承诺', en: 'Commitment' },
  weight: { 'zh-CN': '权重', en: 'Weight' },
};

/** What a name cell says when its text cannot be a name. */
export const nameErrors: Record<NameError, Translated> = {
  empty: { 'zh-CN': '请填写名称。', en: 'Please enter a name.' },
  'too-long': { 'zh-CN': '名称最多 60 个字。', en: 'A name can be at most 60 characters.' },
  invalid: { 'zh-CN': '名称里不能有换行或制表符。', en: 'A name cannot contain line breaks or tabs.' },
};

/** The methods, each with a one-line explanation shown beside its choice. */
export const methodNames: Record<SplitMethod, { name: Translated; explanation: Translated }> = {
  equal: {
    name: { 'zh-CN': '平均分', en: 'Equal' },
    explanation: { 'zh-CN': '每个单位分到一样多。', en: 'Every unit gets the same.' },
  },
  weights: {
    name: { 'zh-CN': '按权重', en: 'By weight' },
    explanation: {
      'zh-CN': '按你填的权重比例分，3:2:1 和 30:20:10 一样。',
      en: 'In proportion to the weights you enter; 3:2:1 is the same as 30:20:10.',
    },
  },
  history: {
    name: { 'zh-CN': '按历史', en: 'By history' },
    explanation: { 'zh-CN': '按各单位上期实际业绩的比例分。', en: 'In proportion to each unit’s actual sales last period.' },
  },
  increment: {
    name: { 'zh-CN': '增量法', en: 'Increment' },
    explanation: {
      'zh-CN': '每个单位先保住上期业绩，增长部分按潜力空间（潜力 − 历史）分。',
      en: 'Each unit keeps its history; the growth is shared by headroom (potential − history).',
    },
  },
  blend: {
    name: { 'zh-CN': '组合法', en: 'Blend' },
    explanation: {
      'zh-CN': '按 α × 历史占比 + (1 − α) × 潜力占比分。',
      en: 'By α × history share + (1 − α) × potential share.',
    },
  },
};

/** The seasonality choices. */
export const seasonalityNames: Record<SeasonalityKind, Translated> = {
  flat: { 'zh-CN': '平均（每月相同）', en: 'Flat (every month the same)' },
  'spring-festival': { 'zh-CN': '春节淡季（1–2 月低）', en: 'Spring Festival dip (January–February low)' },
  'year-end': { 'zh-CN': '年底冲刺（11–12 月高）', en: 'Year-end push (November–December high)' },
  'retail-peaks': { 'zh-CN': '电商大促（618、双11）', en: 'Retail peaks (618 in June, Double 11 in November)' },
  custom: { 'zh-CN': '自定义各月权重', en: 'Custom month weights' },
  history: { 'zh-CN': '按去年各月实际', en: 'Last year’s monthly actuals' },
};

export const monthNames: Translated<readonly string[]> = {
  'zh-CN': ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export const quarterNames: Translated<readonly string[]> = {
  'zh-CN': ['一季度', '二季度', '三季度', '四季度'],
  en: ['Q1', 'Q2', 'Q3', 'Q4'],
};

/** The example a fresh page opens with: three regions weighted 3:2:1, the course's first example. */
export function exampleState(locale: Locale, defaults: SplitState): SplitState {
  const names = locale === 'en' ? ['East', 'South', 'North'] : ['华东', '华南', '华北'];
  return { ...defaults, units: names.map((name, index) => ({ name, weight: 3 - index })) };
}
