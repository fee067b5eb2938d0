/**
 * The promotion plan builder's strings (市场推广方案生成器): the twelve elements with their hints,
 * field labels, and a message for every code src/lib/promotion returns (missing fields,
 * warnings, return notes). The strings themselves are in two modules per language, so that a page
 * downloads only its own language, and only what its first paint shows: <locale>.ts
 * (names, progress, plan list, notices) and form.<locale>.ts (editors, print, present),
 * fetched when an element is first opened. This module holds their common types and the sentences
 * built from them (numbers and warnings are in messages.ts, loaded with the editors). Import errors are in import.ts, loaded only when an import or a link fails.
 */

import type { ElementKey } from '../../lib/promotion/schema';
import type { MissingField } from '../../lib/promotion/completeness';
import type { Locale } from '../../lib/locale';
import type { chineseText } from './zh-CN';
import type { chineseFormText } from './form.zh-CN';
import { fill } from '../tools';

/** The strings of the first paint in one language (the English module has the same shape). */
export type PromotionText = typeof chineseText;
/** The strings of the editors, the printed plan and present mode in one language. */
export type PromotionFormText = typeof chineseFormText;
/** Both, as the editors see them once the second part has loaded. */
export type FullPromotionText = PromotionText & PromotionFormText;

export type CoreStringKey = keyof PromotionText['promotionStrings'];
export type FormStringKey = keyof PromotionFormText['formStrings'];
export type PromotionStringKey = CoreStringKey | FormStringKey;

/** A string of either part, `{slots}` filled as plain text. */
export function promotionString(
  text: FullPromotionText,
  key: PromotionStringKey,
  values: Record<string, string> = {},
): string {
  const template = key in text.formStrings ? text.formStrings[key as FormStringKey] : text.promotionStrings[key as CoreStringKey];
  return fill(template, values);
}

/** The missing fields of one element, joined into a phrase. */
export function missingFieldsText<Element extends ElementKey>(
  text: PromotionText,
  element: Element,
  fields: readonly MissingField<Element>[],
  locale: Locale,
): string {
  const names: Record<MissingField<Element>, string> = text.missingFieldNames[element];
  return fields.map((field) => names[field]).join(locale === 'en' ? ', ' : '、');
}
