/**
 * What a number field says when parseNumber rejects its text. Written to sit right under the
 * field, so each message says what to type rather than what went wrong inside the parser.
 */

import type { NumberErrorCode } from '../lib/numbers';
import type { Locale, Translated } from '../lib/locale';

export const numberErrorMessages: Record<NumberErrorCode, Translated> = {
  empty: {
    'zh-CN': '这里还空着，请填一个数字。',
    en: 'This field is empty. Please enter a number.',
  },
  invalid: {
    'zh-CN': '没能读懂这个数字。请只填数字，例如 1200、1.5万 或 30%。',
    en: "We couldn't read that as a number. Type just the number, such as 1200, 15K or 30%.",
  },
  'two-numbers': {
    'zh-CN': '这里只能填一个数字。如果是小数，请用小数点，例如 12.5。',
    en: 'Please enter only one number here. For decimals use a point, such as 12.5.',
  },
  negative: {
    'zh-CN': '这里不能填负数。',
    en: "This can't be a negative number.",
  },
  'not-whole': {
    'zh-CN': '这里要填整数，例如 3，不能是 2.5。',
    en: 'Please enter a whole number, such as 3 rather than 2.5.',
  },
  'too-large': {
    'zh-CN': '这个数字太大了，请检查是不是多打了几个零。',
    en: 'That number is too large. Check for extra zeros.',
  },
};

/** The message for one error code in one language; unknown codes fall back to the generic one. */
export function numberErrorMessage(code: NumberErrorCode, locale: Locale): string {
  return (numberErrorMessages[code] ?? numberErrorMessages.invalid)[locale];
}
