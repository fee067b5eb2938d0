import type { Translated } from '../../lib/locale';
import type { TableWarning } from '../../lib/csv/read';
import type { CellErrorCode } from '../../lib/opportunities/import';
import type { ChoiceError, ImportField } from '../../lib/opportunities/columns';

/**
 * Strings of the opportunity finder that only an import shows: what was read, the mapping step,
 * the rows left out and why a file could not be read. Apart from model.ts so the page
 * fetches them with the import code, when someone loads a table.
 */
export const importResultStrings = {
  source: { 'zh-CN': '来源', en: 'Source' },
  pastedText: { 'zh-CN': '粘贴的表格', en: 'the pasted table' },
  encoding: { 'zh-CN': '编码', en: 'Encoding' },
  delimiter: { 'zh-CN': '分隔符', en: 'Delimiter' },
  delimiterComma: { 'zh-CN': '逗号', en: 'comma' },
  delimiterTab: { 'zh-CN': '制表符', en: 'tab' },
  notAFile: { 'zh-CN': '不适用（粘贴）', en: 'n/a (pasted)' },
  rowsRead: { 'zh-CN': '读入的行', en: 'Rows read' },
  rowsBad: { 'zh-CN': '有问题的行', en: 'Rows with problems' },
  replacedCharacters: {
    'zh-CN': '文件里有无法识别的字符，已用 � 代替。请检查名称是否正确，或在 Excel 中另存为“CSV UTF-8”后重新载入。',
    en: 'Some characters in the file could not be read and show as �. Check the names, or save the file as “CSV UTF-8” in Excel and load it again.',
  },
  truncated: {
    'zh-CN': '表格超过 50,000 行，多出的 {count} 行没有读入。',
    en: 'The table has more than 50,000 rows; the last {count} were not read.',
  },
  keptNew: {
    'zh-CN': '你之前添加的 {count} 个新网点仍然保留。',
    en: 'The {count} outlets you added before are kept.',
  },
  salesBlank: {
    'zh-CN': '{count} 行的本期销售为空，按 0 计（视为尚未覆盖的网点）。',
    en: '{count} rows have no sales this period and count as 0 (outlets not yet covered).',
  },
  duplicates: {
    'zh-CN': '有名称重复出现，这些行都已读入；勾选其中一行时，同名的行会一起选中：',
    en: 'Some names appear more than once; all these rows were read, and picking one picks every row of that name:',
  },
  duplicateLine: { 'zh-CN': '第 {line} 行“{name}”（同第 {first} 行）', en: 'line {line} “{name}” (as line {first})' },
  mappingHeading: { 'zh-CN': '核对各列的含义', en: 'Match the columns' },
  mappingIntro: {
    'zh-CN': '有的列没有自动识别。请为每一列选择它的含义，不需要的列选“不使用”。名称和本期销售必须各对应一列。',
    en: 'Some columns were not recognised. Choose what each column holds, or “Leave out”. Name and sales this period must each have a column.',
  },
  mappingNotRead: {
    'zh-CN': '表格还没有读入：请先指出哪一列是名称、哪一列是本期销售。',
    en: 'Nothing has been read yet: first say which column holds the name and which the sales this period.',
  },
  mappingRead: {
    'zh-CN': '已按识别出的列读入；如果某列对应错了，在这里改正后重新读取。',
    en: 'The table was read with the columns recognised; if one is wrong, correct it here and read again.',
  },
  mappingSample: { 'zh-CN': '例：{values}', en: 'e.g. {values}' },
  unnamedColumn: { 'zh-CN': '（第 {number} 列，无表头）', en: '(column {number}, no header)' },
  leaveOut: { 'zh-CN': '不使用', en: 'Leave out' },
  applyMapping: { 'zh-CN': '按这些列读取', en: 'Read with these columns' },
  badRowsHeading: { 'zh-CN': '有问题的行（未读入）', en: 'Rows with problems (not read)' },
  badRowsIntro: {
    'zh-CN': '其余的行已经读入。改正原表后可以重新载入。',
    en: 'The other rows were read. Correct these in your table and load it again.',
  },
  line: { 'zh-CN': '行号', en: 'Line' },
  problem: { 'zh-CN': '问题', en: 'Problem' },
  badRowsMore: { 'zh-CN': '另有 {count} 行有问题，未全部列出。', en: '{count} more rows have problems and are not listed.' },
} satisfies Record<string, Translated>;

/** What each import field is called in the mapping step and in row problems. */
export const fieldNames: Record<ImportField, Translated> = {
  name: { 'zh-CN': '名称', en: 'Name' },
  sales: { 'zh-CN': '本期销售', en: 'Sales this period' },
  lastSales: { 'zh-CN': '上期销售', en: 'Sales last period' },
  potential: { 'zh-CN': '潜力', en: 'Potential' },
  willingness: { 'zh-CN': '合作意愿', en: 'Willingness' },
  region: { 'zh-CN': '区域/渠道', en: 'Region/channel' },
};

/** Why a cell made its row bad, said after the field's name ("本期销售不是数字"). */
export const cellProblemStrings: Record<CellErrorCode, Translated> = {
  empty: { 'zh-CN': '为空', en: 'is empty' },
  invalid: { 'zh-CN': '不是数字', en: 'is not a number' },
  'two-numbers': { 'zh-CN': '含有两个数字', en: 'holds two numbers' },
  negative: { 'zh-CN': '是负数', en: 'is negative' },
  'not-whole': { 'zh-CN': '不是整数', en: 'is not a whole number' },
  'too-large': { 'zh-CN': '数值过大', en: 'is too large' },
  'out-of-range': { 'zh-CN': '不在 1–5 之间', en: 'is not between 1 and 5' },
  'too-long': { 'zh-CN': '超过 200 个字符', en: 'is longer than 200 characters' },
};

export const tableWarningStrings: Record<TableWarning['code'], Translated> = {
  'unclosed-quote': {
    'zh-CN': '第 {line} 行的引号没有闭合，这一行之后的内容可能被读进了同一个单元格。',
    en: 'The quote on line {line} never closes, so what follows may have been read into one cell.',
  },
  'stray-quote': {
    'zh-CN': '第 {line} 行的引号后面还有文字，请检查这一行。',
    en: 'Line {line} has text after a closing quote; check that line.',
  },
};

/** Why a file or pasted text could not be read at all. */
export const importErrorStrings = {
  empty: { 'zh-CN': '里面没有数据。', en: 'There is no data in it.' },
  'unsupported-encoding': {
    'zh-CN': '这个浏览器无法读取 GBK 编码。请在 Excel 中另存为“CSV UTF-8”后再载入。',
    en: 'This browser cannot read GBK. Save the file as “CSV UTF-8” in Excel and load it again.',
  },
  unreadable: { 'zh-CN': '无法读取这个文件。', en: 'This file could not be read.' },
  'too-big': {
    'zh-CN': '文件超过 {size} MB，请拆分后再载入。',
    en: 'The file is larger than {size} MB; split it and load the parts.',
  },
} satisfies Record<string, Translated>;

export const choiceErrorStrings: Record<ChoiceError['error'], Translated> = {
  'missing-name-column': { 'zh-CN': '请选择哪一列是名称。', en: 'Choose the column that holds the name.' },
  'missing-sales-column': { 'zh-CN': '请选择哪一列是本期销售。', en: 'Choose the column that holds sales this period.' },
  'field-twice': { 'zh-CN': '“{field}”只能对应一列。', en: '“{field}” can go with one column only.' },
};
