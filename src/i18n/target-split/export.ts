import type { Translated } from '../../lib/locale';

/*
 * The Target splitter's export strings that only a click on an export button shows. Apart from
 * the dictionaries because they load with the export code (target-split/exportPlan.ts).
 */
export const exportStrings = {
  tsvCopied: { 'zh-CN': '已复制，可以直接粘贴到 Excel / WPS。', en: 'Copied: paste it into Excel, WPS or Sheets.' },
  tsvFallback: {
    'zh-CN': '无法自动复制。请选中下面的文本，手动复制。',
    en: 'Could not copy automatically. Select the text below and copy it.',
  },
  tsvLabel: { 'zh-CN': '可复制的表格文本', en: 'Text to copy into a spreadsheet' },
  fileName: { 'zh-CN': '目标分解', en: 'target-split' },
  sharePercent: { 'zh-CN': '占比（%）', en: 'Share (%)' },
} satisfies Record<string, Translated>;
