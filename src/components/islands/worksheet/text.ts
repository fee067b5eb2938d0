import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import type { WorksheetText } from '../../../i18n/worksheets';
import type { Locale } from '../../../lib/locale';
import { formatCount, formatMoney, formatPercent, roundTo } from '../../../lib/numbers';
import type { NumberKind } from '../../../lib/worksheets/schema';
import { readNumber } from '../../../lib/worksheets/values';
import type { Cells, FieldValue } from '../../../lib/worksheets/valuesSchema';

/** The page's strings, for the parts of the sheet below the island's top. */
export const TextContext = createContext<WorksheetText | null>(null);

export function useText(): (key: keyof WorksheetText) => string {
  const text = useContext(TextContext);
  if (!text) throw new Error('WorksheetSheet renders its parts inside TextContext');
  return (key) => text[key];
}

/** A typed number as the sheet shows it: ¥300,000, 37.8%, 1,200. */
export function formatNumber(value: number, kind: NumberKind, locale: Locale): string {
  if (kind === 'money') return formatMoney(value, locale);
  if (kind === 'count') return formatCount(value, locale);
  // As many decimals as the number has, up to two: 30%, 37.8%, 25.99%.
  const decimals = Number.isInteger(roundTo(value, 6)) ? 0 : Number.isInteger(roundTo(value * 10, 6)) ? 1 : 2;
  return formatPercent(value, locale, { decimals });
}

/** What is wrong with a typed number, in the page's language; undefined when nothing is. */
export function numberError(text: string, kind: NumberKind, allowNegative: boolean, locale: Locale): string | undefined {
  const result = readNumber(text, kind, allowNegative);
  return result.ok ? undefined : fieldErrorMessage(result.error, kind, locale);
}

/** A typed number as the paper prints it (formatted), or the text as typed when it is not one. */
export function paperNumber(text: string, kind: NumberKind, allowNegative: boolean, locale: Locale): string {
  const result = readNumber(text, kind, allowNegative);
  return result.ok && result.value !== undefined ? formatNumber(result.value, kind, locale) : text;
}

/** A computed cell ('ratio' or 'change') as both the screen and the paper show it. */
export function formatComputed(value: number, kind: 'ratio' | 'change', locale: Locale): string {
  return formatPercent(value, locale, { decimals: 1, signed: kind === 'change' });
}

/** The rows of a table or the cards of a card field; none when the value is of another shape. */
export function records(value: FieldValue | undefined): Cells[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object') ? (value as Cells[]) : [];
}
