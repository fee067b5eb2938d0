import type { SplitIssueCode, SplitNoticeCode } from '../../lib/target-split/model';
import type { Translated } from '../../lib/locale';

/*
 * The Target splitter's messages: why there is no split, what to know about one, what a paste did
 * and what was wrong with a link. Apart from the dictionaries (zh-CN.ts, en.ts) because the page loads them
 * only once it has one to show.
 */

/**
 * Why there is no split. {unit} is a unit's name, {field} a column, {amount} money, {total} the
 * assigned total.
 */
export const issueMessages: Record<SplitIssueCode, Translated> = {
  'invalid-input': { 'zh-CN': '输入无法读取，请检查各项。', en: 'The entries could not be read; please check them.' },
  'no-units': { 'zh-CN': '请至少添加一个单位。', en: 'Add at least one unit.' },
  'too-many-units': { 'zh-CN': '单位太多，最多 {amount} 个。', en: 'Too many units: at most {amount}.' },
  'invalid-total': { 'zh-CN': '总目标必须大于 0。', en: 'The target must be more than 0.' },
  'invalid-method': { 'zh-CN': '请选择一种分解方法。', en: 'Choose a method.' },
  'invalid-alpha': { 'zh-CN': 'α 必须在 0 到 100% 之间。', en: 'α must be between 0 and 100%.' },
  'invalid-over': { 'zh-CN': '超额分配必须在 0 到 100% 之间。', en: 'Over-assignment must be between 0 and 100%.' },
  'invalid-rounding-unit': { 'zh-CN': '取整单位必须是正整数。', en: 'The rounding unit must be a whole number above 0.' },
  'invalid-value': { 'zh-CN': '{unit}的“{field}”不是有效金额。', en: '{unit}: “{field}” is not a valid amount.' },
  'min-above-max': { 'zh-CN': '{unit}的最低值高于最高值。', en: '{unit}: the minimum is above the maximum.' },
  'no-weights': {
    'zh-CN': '所有权重都是 0 或空着。请在“权重”列填写，或换一种方法。',
    en: 'Every weight is 0 or empty. Fill in the Weight column, or choose another method.',
  },
  'no-history': {
    'zh-CN': '所有单位的历史都是 0 或空着。请在“历史”列填写，或换一种方法。',
    en: 'Every unit’s history is 0 or empty. Fill in the History column, or choose another method.',
  },
  'no-potential': {
    'zh-CN': '所有单位的潜力都是 0 或空着。请在“潜力”列填写，或把 α 设为 100%。',
    en: 'Every unit’s potential is 0 or empty. Fill in the Potential column, or set α to 100%.',
  },
  'no-headroom': {
    'zh-CN': '目标高于历史合计，但没有单位的潜力高于历史，增长无处可分。请填写潜力，或换一种方法。',
    en: 'The target is above total history, but no unit has potential above its history, so the growth has nowhere to go. Fill in potentials, or choose another method.',
  },
  'min-exceeds-total': {
    'zh-CN': '无法分解：各单位最低值之和比分配总额 {total} 多 {amount}。请降低最低值或提高目标。',
    en: 'No split is possible: the minimums add up to {amount} more than the total to assign ({total}). Lower some minimums or raise the target.',
  },
  'max-below-total': {
    'zh-CN': '无法分解：各单位最高值之和比分配总额 {total} 少 {amount}。请提高最高值、去掉某个上限或降低目标。',
    en: 'No split is possible: the maximums add up to {amount} less than the total to assign ({total}). Raise some maximums, remove one, or lower the target.',
  },
  'no-month-weights': {
    'zh-CN': '自定义各月权重缺失或全为 0。',
    en: 'The custom month weights are missing or all 0.',
  },
  'no-monthly-history': {
    'zh-CN': '还没有任何单位的去年各月实际。请在下面的表格里填写，或换一种季节性。',
    en: 'No unit has last year’s monthly actuals yet. Fill them in below, or choose another seasonality.',
  },
  'invalid-quota': { 'zh-CN': '{unit}的指标无法按月分解。', en: '{unit}: the quota cannot be phased over the months.' },
  'invalid-profile': { 'zh-CN': '请选择一种季节性。', en: 'Choose a seasonality.' },
};

/** What the person should know about a split. {units} names units, {field} a column, {amount} money. */
export const noticeMessages: Record<SplitNoticeCode, Translated> = {
  'missing-as-zero': {
    'zh-CN': '{units}没有填“{field}”，按 0 计算。',
    en: '{units}: no {field} given, counted as 0.',
  },
  'negative-headroom': {
    'zh-CN': '{units}的潜力低于历史，不参与分增长部分。',
    en: '{units}: potential below history, so no share of the growth.',
  },
  'target-below-history': {
    'zh-CN': '分配总额比历史合计低 {amount}：每个单位按历史的同一比例下调。',
    en: 'The total to assign is {amount} below total history: every unit is cut by the same percentage of its history.',
  },
  'equal-share-fallback': {
    'zh-CN': '剩下的部分只能分给权重为 0 的{units}，已平均分给它们。',
    en: 'What remained could only go to {units}, whose weights are 0; it was shared equally among them.',
  },
  'raised-to-min': {
    'zh-CN': '{units}提高到了各自的最低值，差额由其他单位按比例承担。',
    en: '{units} raised to their minimum; the others share the difference.',
  },
  'capped-at-max': {
    'zh-CN': '{units}封顶在各自的最高值，多出的部分由其他单位按比例承担。',
    en: '{units} held at their maximum; the others share the rest.',
  },
  remainder: {
    'zh-CN': '分配总额不是取整单位的整数倍：余下的 {amount} 按规则给了{units}（能在上限内接收它的、指标最大的单位）。',
    en: 'The total to assign is not a multiple of the rounding unit: the remaining {amount} goes to {units}, the unit with the largest quota that can take it under its maximum.',
  },
  'cap-broken-by-rounding': {
    'zh-CN': '{units}的上下限不是取整单位的整数倍，取整后无法完全遵守（相差不到一个取整单位）。',
    en: '{units}: caps that are not multiples of the rounding unit could not all be kept after rounding (missed by less than one unit).',
  },
  'company-pattern-used': {
    'zh-CN': '{units}没有去年各月实际，按公司整体的月度规律分。',
    en: '{units} have no monthly actuals and follow the company’s monthly pattern.',
  },
  'cells-stretched': {
    'zh-CN': '为了让各行各列都正好对上，{units}的个别月份比按比例计算的值多调了一些。',
    en: 'To make every row and column add up exactly, some months of {units} moved further from their exact values.',
  },
};

/** What a paste did, and what a link could not give. */
export const eventStrings = {
  pasteEmpty: { 'zh-CN': '没有读到任何行。请先粘贴单元格。', en: 'No rows were found. Paste some cells first.' },
  pasteRead: { 'zh-CN': '读入 {rows} 行。', en: 'Rows read: {rows}.' },
  pasteHeader: { 'zh-CN': '已跳过标题行。', en: 'The header row was skipped.' },
  pasteBad: {
    'zh-CN': '{cells} 个单元格没能读懂，已在表格中标出，请修改。',
    en: 'Cells that could not be read: {cells}; they are marked in the table for you to fix.',
  },
  pasteExtra: { 'zh-CN': '第六列之后的内容已忽略。', en: 'Cells beyond the sixth column were ignored.' },
  pasteDropped: { 'zh-CN': '超过 {count} 个单位的行没有读入。', en: 'Rows beyond {count} units were left out.' },
  pasteFailed: { 'zh-CN': '粘贴的内容无法读取，请重试。', en: 'The pasted cells could not be read; please try again.' },
  monthsPasteDropped: {
    'zh-CN': '有 {cells} 个数字超出了表格（12 月之后或最后一个单位之后），没有填入。',
    en: 'Numbers left out because they fell outside the table (after December or the last unit): {cells}.',
  },
  brokenLink: {
    'zh-CN': '链接中的方案无法读取（可能被截断或改动过），现在显示的是默认示例。',
    en: 'The scenario in this link could not be read (it may have been cut off or changed); the default example is shown.',
  },
  unitsItem: { 'zh-CN': 'units 第 {item} 项', en: 'units item {item}' },
} satisfies Record<string, Translated>;

/** Why a link parameter was left out, for the reasons only this tool's link has. */
export const linkReasonStrings = {
  'too-many': { 'zh-CN': '单位太多', en: 'too many units' },
  malformed: { 'zh-CN': '无法读取', en: 'unreadable' },
} satisfies Record<string, Translated>;

/** The grid of last year's monthly actuals, loaded with it. */
export const monthsEditorStrings = {
  historyMonthsHint: {
    'zh-CN': '可以从表格里复制一块数字（每行 12 个月），粘贴到任意一格，从那一格往右往下填。没有填的单位按公司整体的月度规律。',
    en: 'Copy a block of numbers from a spreadsheet (12 months a row) and paste it into any cell: it fills right and down from there. Units left empty follow the company’s pattern.',
  },
  monthCellField: { 'zh-CN': '{unit} {month}实际', en: '{unit}, {month} actual' },
} satisfies Record<string, Translated>;
