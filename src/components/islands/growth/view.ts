import type { JSX } from 'preact';
import type { GrowthStringKey, GrowthText } from '../../../i18n/growth/zh-CN';
import type { GrowthKey, LeverKey } from '../../../lib/growth/model';
import type { Locale } from '../../../lib/locale';
import { formatCount, formatMoney, formatPercent, roundTo } from '../../../lib/numbers';

// Sentences for less common outcomes download only when one is shown.
export const loadMessages = () => import('../../../i18n/growth/more');
export type MessagesModule = Awaited<ReturnType<typeof loadMessages>>;

/** How the calculator's sections write things in the page's language. */
export interface View {
  locale: Locale;
  text: GrowthText;
  s: (key: GrowthStringKey) => string;
  /** Money, with cents only where there are any (¥600,000, not ¥600,000.00). */
  money: (value: number) => string;
  percent: (value: number) => string;
  signed: (value: number) => string;
  multiple: (value: number) => string;
  /** A lever's value in its unit: a count, a percent, or money. */
  leverValue: (key: LeverKey, value: number) => string;
  /** Renders one of the calculator's number fields, kept as typed, with its message beside it. */
  field: (key: GrowthKey, label: string, hint?: string) => JSX.Element;
}

export function makeView(locale: Locale, text: GrowthText, field: View['field']): View {
  const money = (value: number) => formatMoney(value, locale, { decimals: Number.isInteger(roundTo(value, 2)) ? 0 : 2 });
  const percent = (value: number) => formatPercent(value, locale, { decimals: 2 });
  return {
    locale,
    text,
    s: (key) => text.strings[key],
    money,
    percent,
    signed: (value) => formatPercent(value, locale, { decimals: 2, signed: true }),
    multiple: (value) => (locale === 'en' ? `${roundTo(value, 2)}×` : `${roundTo(value, 2)} 倍`),
    leverValue: (key, value) => (key === 'active' ? percent(value) : key === 'aov' ? money(value) : formatCount(value, locale)),
    field,
  };
}
