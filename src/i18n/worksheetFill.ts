import type { Translated } from '../lib/locale';

/*
 * What "Fill from the tool" reports. Apart from src/i18n/worksheets.ts because they load with the
 * fill code (components/islands/worksheet/fillFromTool.ts) on the first click of a fill button.
 */
export const worksheetFillStrings = {
  filledFrom: {
    'zh-CN': '已从{tool}填入 {count} 项（保存于 {savedAt}），其他内容未改动。',
    en: 'Filled {count} entries from the {tool} (saved {savedAt}); nothing else was changed.',
  },
  fillEmpty: {
    'zh-CN': '{tool}里还没有保存的方案。先打开工具填入你的数字，再回到这里。',
    en: 'The {tool} has no saved scenario yet. Open it, enter your numbers, then come back.',
  },
  fillUnreadable: {
    'zh-CN': '{tool}保存的方案无法读取，这张表没有改动。',
    en: 'The {tool}’s saved scenario could not be read; the sheet was not changed.',
  },
  fillNothing: {
    'zh-CN': '{tool}保存的方案还算不出结果（例如还没有填单位），这张表没有改动。',
    en: 'The {tool}’s saved plan gives no result yet (it may have no units); the sheet was not changed.',
  },
  openTool: { 'zh-CN': '打开{tool}', en: 'Open the {tool}' },
} satisfies Record<string, Translated>;
