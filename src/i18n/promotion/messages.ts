/**
 * Numbers and cross-check warnings of the promotion plan builder in the page's language, for its
 * editors, the printed plan and present mode (all loaded on demand, so this is not part of the
 * builder's first download).
 */

import type { PlanWarning } from '../../lib/promotion/checks';
import { formatMoney, formatPercent, roundTo } from '../../lib/numbers';
import type { Locale } from '../../lib/locale';
import { missingFieldsText, type FullPromotionText } from './index';
import { fill } from '../tools';

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
export function warningMessage(text: FullPromotionText, warning: PlanWarning, locale: Locale): string {
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
