/**
 * The promotion plan builder's strings (市场推广方案生成器): the twelve elements with their hints,
 * field labels, and a message for every code src/lib/promotion returns (missing fields,
 * warnings, return notes). The strings themselves are in one module per language,
 * promotion.zh-CN.ts and promotion.en.ts, so that a page downloads only its own language; this
 * module holds their common type and the sentences built from them. Import errors are in
 * promotionImport.ts, loaded only when an import or a link fails.
 */

import type { ElementKey } from '../lib/promotion/schema';
import type { MissingField } from '../lib/promotion/completeness';
import type { PlanWarning } from '../lib/promotion/checks';
import { formatMoney, formatPercent, roundTo } from '../lib/numbers';
import type { Locale } from './locales';
import type { chineseText } from './promotion.zh-CN';
import { fill } from './tools';

/** Every table of the builder's strings in one language (the English module has the same shape). */
export type PromotionText = typeof chineseText;

export type PromotionStringKey = keyof typeof chineseText.promotionStrings;

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

/** Money as shown in this tool: cents only where there are any. */
export function formatPlanMoney(value: number, locale: Locale): string {
  return formatMoney(value, locale, { decimals: Number.isInteger(roundTo(value, 2)) ? 0 : 2 });
}

/** A percent as shown in this tool: up to two decimals, none when whole. */
export function formatPlanPercent(value: number, locale: Locale): string {
  return formatPercent(value, locale, { decimals: Number.isInteger(roundTo(value, 2)) ? 0 : 2 });
}

/** A goal's measure in its own unit: grouped digits, up to two decimals. */
export function formatMeasure(value: number, locale: Locale): string {
  return Number.isFinite(value) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value) : '—';
}

/** A cross-check warning in the page's language. User text (the metric) goes in as plain text. */
export function warningMessage(text: PromotionText, warning: PlanWarning, locale: Locale): string {
  const template = text.warningTemplates[warning.code];
  switch (warning.code) {
    case 'budget-lines-mismatch':
      return fill(template, {
        lines: formatPlanMoney(warning.linesTotal, locale),
        total: formatPlanMoney(warning.total, locale),
        difference: formatPlanMoney(Math.abs(warning.difference), locale),
      });
    case 'phase-reversed':
    case 'phase-outside-period':
    case 'phases-out-of-order':
      return fill(template, { phase: text.phaseNames[warning.phase] });
    case 'goal-not-measurable':
      return fill(template, { missing: missingFieldsText(text, 'goal', warning.missing, locale) });
    case 'goal-metric-not-evaluated':
      return fill(template, { metric: warning.metric });
    case 'discount-not-below-margin':
      return fill(template, {
        discount: formatPlanPercent(warning.discountPercent, locale),
        margin: formatPlanPercent(warning.marginPercent, locale),
      });
    default:
      return template;
  }
}
