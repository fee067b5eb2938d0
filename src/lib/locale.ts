/** The two languages of the playbook. Chinese is the root locale; English lives under /en/. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Starlight's locale key for a language ('root' is Chinese). */
export function localeFromLang(lang: string | undefined): Locale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * A string in every language. Using this type for every dictionary entry makes a missing
 * translation a compile error instead of a blank on the page.
 */
export type Translated<T = string> = Record<Locale, T>;
