import type { Locale } from '../../../lib/locale';
import { formatCount, formatMoney, formatPercent, roundTo } from '../../../lib/numbers';
import type { AbcClass, Quadrant } from '../../../lib/opportunities/model';

/** How the finder writes numbers in the page's language. */
export function formatsFor(locale: Locale) {
  return {
    // Cents only where there are any, so ¥600,000 does not read ¥600,000.00.
    money: (value: number) => formatMoney(value, locale, { decimals: Number.isInteger(roundTo(value, 2)) ? 0 : 2 }),
    compactMoney: (value: number) => formatMoney(value, locale, { compact: true }),
    percent: (value: number) => formatPercent(value, locale, { decimals: 1 }),
    signedPercent: (value: number) => formatPercent(value, locale, { decimals: 1, signed: true }),
    count: (value: number) => formatCount(value, locale),
    list: (items: readonly string[]) => items.join(locale === 'en' ? ', ' : '、'),
  };
}

export type Formats = ReturnType<typeof formatsFor>;

/** Colours of the classes and quadrants, shared by the charts and the lists beside them. */
export const classColours: Record<AbcClass, string> = { A: '#2e7d4f', B: '#b7791f', C: '#718096' };
export const quadrantColours: Record<Quadrant, string> = {
  'grow-now': '#2e7d4f',
  nurture: '#2b6cb0',
  maintain: '#b7791f',
  watch: '#718096',
};
