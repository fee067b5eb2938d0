import type { Locale, Translated } from './locales';

/**
 * Strings the site's own components show, in both languages. Every entry is a `Translated`,
 * so a missing language is a type error.
 */
export const ui = {
  objectivesHeading: { 'zh-CN': '学习目标', en: 'Learning objectives' },
  classTime: { 'zh-CN': '课堂时长', en: 'Class time' },
  minutes: { 'zh-CN': '分钟', en: 'min' },
  partLabel: { 'zh-CN': '部分', en: 'Part' },
} satisfies Record<string, Translated>;

export type UiKey = keyof typeof ui;

/** The string for `key` in `locale`. */
export function translate(key: UiKey, locale: Locale): string {
  return ui[key][locale];
}
