import type { Translated } from '../lib/locale';

/** Strings of a tool placed inside a chapter (src/components/EmbeddedTool.astro). `{tool}` is its name. */
export const embeddedToolStrings = {
  open: { 'zh-CN': '在本页打开{tool}', en: 'Open the {tool} here' },
  loading: { 'zh-CN': '正在加载{tool}……', en: 'Loading the {tool}…' },
  failed: {
    'zh-CN': '{tool}没能加载。请检查网络后再试一次，或者打开完整的工具页。',
    en: 'The {tool} did not load. Check your connection and try again, or open the full tool page.',
  },
  fullPage: { 'zh-CN': '打开完整的工具页', en: 'Open the full tool page' },
  why: {
    'zh-CN': '工具只在你点开时才下载，读这一章不需要它。你输入的数字只保存在本浏览器里。',
    en: 'The tool downloads only when you open it; reading this chapter does not need it. Numbers you enter stay in this browser.',
  },
} satisfies Record<string, Translated>;
