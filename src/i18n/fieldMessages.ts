import type { FieldError, FieldKind } from '../lib/fields';
import type { IgnoredParam } from '../lib/share';
import { formatMoney, formatPercent, formatCount } from '../lib/numbers';
import type { Locale } from './locales';
import { numberErrorMessage } from './numbers';
import { boundStrings, fill, ignoredReasonStrings } from './tools';

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

/** One ignored link parameter, as "name (reason)". The value itself is never shown. */
export function ignoredParamText(ignored: IgnoredParam, locale: Locale): string {
  const reason = ignoredReasonStrings[ignored.reason][locale];
  return locale === 'en' ? `${ignored.param} (${reason})` : `${ignored.param}（${reason}）`;
}
