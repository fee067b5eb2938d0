import type { Locale } from '../../../lib/locale';
import { fill } from '../../../i18n/tools';
import type { SplitText } from '../../../i18n/target-split';
import { formatMoney, formatPercent, roundTo } from '../../../lib/numbers';
import type { SplitFormRow } from '../../../lib/target-split/form';

/** Money as the results show it: whole yuan, cents only where there are any. */
export function money(value: number, locale: Locale): string {
  return formatMoney(value, locale, { decimals: Number.isInteger(roundTo(value, 2)) ? 0 : 2 });
}

/** A share of the assigned total (a fraction) in percent, two decimals. */
export function shareText(fraction: number, locale: Locale): string {
  return formatPercent(fraction * 100, locale, { decimals: 2 });
}

/** Growth against history in percent, signed. */
export function growthText(percent: number, locale: Locale): string {
  return formatPercent(percent, locale, { decimals: 1, signed: true });
}

/** The most names a message lists before it says "and n more". */
const NAMES_SHOWN = 6;

/** Names as a message lists them: 华东、华南 / East, South, and "… and 3 more" past six. */
export function nameList(names: readonly string[], locale: Locale, dictionary: SplitText): string {
  const shown = names.slice(0, NAMES_SHOWN).join(locale === 'en' ? ', ' : '、');
  const rest = names.length - NAMES_SHOWN;
  if (rest <= 0) return shown;
  return `${shown}${locale === 'en' ? ' ' : ''}${fill(dictionary.strings.more, { count: String(rest) })}`;
}

/** A difference of money with its sign: +¥5, -¥5, ¥0. */
export function signedMoney(value: number, locale: Locale): string {
  const text = money(value, locale);
  return value > 0 ? `+${text}` : text;
}

/** The name a row is called by in labels: its name, or "row 3" while it has none. */
export function rowLabel(row: SplitFormRow, index: number, dictionary: SplitText): string {
  const name = row.cells.name.trim();
  return name === '' ? fill(dictionary.strings.rowNumber, { row: String(index + 1) }) : name;
}
