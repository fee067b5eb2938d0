import type { FieldError, FieldKind } from '../lib/fields';
import { formatMoney, formatPercent, formatCount } from '../lib/numbers';
import type { Locale, Translated } from '../lib/locale';
import { numberErrorMessage } from './numbers';
import { fill } from './fill';

/** Messages beside a field whose number is outside what the tool allows; {limit} is formatted. */
const boundStrings = {
  tooSmallInclusive: { 'zh-CN': '不能小于 {limit}。', en: 'Must be at least {limit}.' },
  tooSmallExclusive: { 'zh-CN': '必须大于 {limit}。', en: 'Must be more than {limit}.' },
  tooBigInclusive: { 'zh-CN': '不能大于 {limit}。', en: 'Must be at most {limit}.' },
  tooBigExclusive: { 'zh-CN': '必须小于 {limit}。', en: 'Must be less than {limit}.' },
  outOfRange: { 'zh-CN': '这个数值超出了允许范围。', en: 'This value is outside the allowed range.' },
} satisfies Record<string, Translated>;

/** A bound as people read it for the field's kind: ¥0, 100%, 2. */
function formatLimit(limit: number, kind: FieldKind, locale: Locale): string {
  if (kind === 'money') return formatMoney(limit, locale);
  if (kind === 'percent') return formatPercent(limit, locale, { decimals: 0 });
  return formatCount(limit, locale);
}

/** The message shown beside a field that could not be used, in the page's language. */
export function fieldErrorMessage(error: FieldError, kind: FieldKind, locale: Locale): string {
  switch (error.code) {
    case 'too-small':
      return fill(boundStrings[error.inclusive ? 'tooSmallInclusive' : 'tooSmallExclusive'][locale], {
        limit: formatLimit(error.limit, kind, locale),
      });
    case 'too-big':
      return fill(boundStrings[error.inclusive ? 'tooBigInclusive' : 'tooBigExclusive'][locale], {
        limit: formatLimit(error.limit, kind, locale),
      });
    case 'out-of-range':
      return boundStrings.outOfRange[locale];
    default:
      return numberErrorMessage(error.code, locale);
  }
}
