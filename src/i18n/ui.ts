import type { Locale, Translated } from '../lib/locale';

/**
 * Strings the site's own components show, in both languages. Every entry is a `Translated`,
 * so a missing language is a type error.
 */
export const ui = {
  objectivesHeading: { 'zh-CN': '学习目标', en: 'Learning objectives' },
  classTime: { 'zh-CN': '课堂时长', en: 'Class time' },
  minutes: { 'zh-CN': '分钟', en: 'min' },
  partLabel: { 'zh-CN': '部分', en: 'Part' },
  markDone: { 'zh-CN': '标记本章为已学完', en: 'Mark this chapter as done' },
  isDone: { 'zh-CN': '本章已学完（点击取消）', en: 'Chapter done (click to undo)' },
  progressHeading: { 'zh-CN': '我的学习进度', en: 'My progress' },
  progressSummary: { 'zh-CN': '已学完 {done} / {total} 章', en: '{done} of {total} chapters done' },
  progressDone: { 'zh-CN': '已学完', en: 'done' },
  progressOpen: { 'zh-CN': '未学完', en: 'not yet' },
  progressNote: {
    'zh-CN': '进度只保存在这个浏览器里。',
    en: 'Progress is kept in this browser only.',
  },
  progressUnavailable: {
    'zh-CN': '浏览器不允许保存，进度无法记录。',
    en: 'This browser does not allow saving, so progress cannot be kept.',
  },
} satisfies Record<string, Translated>;

export type UiKey = keyof typeof ui;

/** The string for `key` in `locale`. */
export function translate(key: UiKey, locale: Locale): string {
  return ui[key][locale];
}
