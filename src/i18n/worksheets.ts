import type { Locale, Translated } from '../lib/locale';

/**
 * Strings of the worksheet engine: its buttons, notices and the words of the paper header and
 * footer. A sheet's own texts (title, instructions, labels, columns) live in its definition in
 * src/lib/worksheets/sheets/.
 */
export const worksheetStrings = {
  name: { 'zh-CN': '姓名', en: 'Name' },
  region: { 'zh-CN': '区域', en: 'Region' },
  date: { 'zh-CN': '日期', en: 'Date' },
  headerLegend: { 'zh-CN': '填写人', en: 'Filled in by' },
  printFilled: { 'zh-CN': '打印已填写的表', en: 'Print the filled sheet' },
  printBlank: { 'zh-CN': '打印空白表', en: 'Print a blank sheet' },
  printHint: {
    'zh-CN': '打印时选择 A4 纸、缩放 100%（实际大小）；空白表正好 {pages} 页。',
    en: 'Print on A4 at 100% scale (actual size); the blank sheet takes exactly {pages} {pageWord}.',
  },
  pageSingular: { 'zh-CN': '页', en: 'page' },
  pagePlural: { 'zh-CN': '页', en: 'pages' },
  fillFrom: { 'zh-CN': '从{tool}填入', en: 'Fill from the {tool}' },
  fillUnavailable: {
    'zh-CN': '无法读取{tool}保存的数据（浏览器不允许读取，或网页未能加载完整），请刷新后再试。',
    en: 'The {tool}’s saved data could not be read (the browser does not allow it, or the page did not load fully); reload and try again.',
  },
  clear: { 'zh-CN': '清空这张表', en: 'Clear this sheet' },
  clearQuestion: {
    'zh-CN': '确定清空这张表吗？填写的内容会从这个浏览器中删除，无法恢复。',
    en: 'Clear this sheet? Everything written on it is deleted from this browser and cannot be restored.',
  },
  clearConfirm: { 'zh-CN': '确定清空', en: 'Yes, clear it' },
  clearCancel: { 'zh-CN': '取消', en: 'Cancel' },
  cleared: { 'zh-CN': '已清空。', en: 'The sheet has been cleared.' },
  autosave: {
    'zh-CN': '填写的内容自动保存在这个浏览器里，不会发送到任何服务器。',
    en: 'What you write is saved automatically in this browser; nothing is sent to any server.',
  },
  setAside: {
    'zh-CN': '之前保存的内容无法读取，已另行保存（{key}），这里显示空白表。',
    en: 'What was saved before could not be read; it was set aside ({key}) and a blank sheet is shown.',
  },
  storageUnavailable: {
    'zh-CN': '浏览器不允许保存数据，刷新后填写的内容会丢失；请在离开前打印。',
    en: 'This browser does not allow saving; what you write is lost on reload, so print it before you leave.',
  },
  addRow: { 'zh-CN': '添加一行', en: 'Add a row' },
  removeRow: { 'zh-CN': '删除', en: 'Remove' },
  removeRowLabel: { 'zh-CN': '删除第 {n} 行', en: 'Remove row {n}' },
  rowsFull: { 'zh-CN': '已达到最多行数。', en: 'This table has as many rows as it can take.' },
  addCard: { 'zh-CN': '添加一张{card}', en: 'Add a {card}' },
  removeCard: { 'zh-CN': '删除', en: 'Remove' },
  removeCardLabel: { 'zh-CN': '删除{card} {n}', en: 'Remove {card} {n}' },
  cardHeading: { 'zh-CN': '{card} {n}', en: '{card} {n}' },
  actions: { 'zh-CN': '操作', en: 'Actions' },
  computed: { 'zh-CN': '自动计算', en: 'Computed' },
  /** The page number in the footer: before, between and after the two numbers. */
  pageBefore: { 'zh-CN': '第 ', en: 'Page ' },
  pageBetween: { 'zh-CN': ' 页，共 ', en: ' of ' },
  pageAfter: { 'zh-CN': ' 页', en: '' },
  formLabel: { 'zh-CN': '在屏幕上填写', en: 'Fill in on screen' },
  otherTabChanged: {
    'zh-CN': '这张表在另一个标签页里改过了。两边的内容都还在：选择载入那边的修改，或保留这里的内容（会覆盖那边保存的版本）。',
    en: 'This sheet was changed in another tab. Nothing is lost yet: load that tab’s version, or keep this one (it replaces the version the other tab saved).',
  },
  otherTabReload: { 'zh-CN': '载入另一个标签页的修改', en: 'Load the other tab’s version' },
  otherTabKeepMine: { 'zh-CN': '保留这里的内容', en: 'Keep this version' },
} satisfies Record<string, Translated>;

/** The worksheet engine's strings in one language, as a page passes them to its sheet. */
export type WorksheetText = Record<keyof typeof worksheetStrings, string>;

/** The strings of one language, for the page to pass to the island. */
export function worksheetText(locale: Locale): WorksheetText {
  return Object.fromEntries(Object.entries(worksheetStrings).map(([key, value]) => [key, value[locale]])) as WorksheetText;
}

export type WorksheetStringKey = keyof typeof worksheetStrings;
