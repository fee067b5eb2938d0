import type { Locale } from '../../../i18n/locales';
import type { PromotionStringKey, PromotionText } from '../../../i18n/promotion';
import type { PlanWarning } from '../../../lib/promotion/checks';
import type { RowList } from '../../../lib/promotion/form';
import type { Plan } from '../../../lib/promotion/schema';

/**
 * What every part of the form gets from the island: the plan, the page's language, and the few
 * ways to change the plan. The parts render; only the island holds state.
 */
export interface Editor {
  locale: Locale;
  /** The builder's strings in the page's language (only that language is downloaded). */
  dictionary: PromotionText;
  plan: Plan;
  /** A string of the builder in the page's language, with `{name}` slots filled as plain text. */
  t: (key: PromotionStringKey, values?: Record<string, string>) => string;
  /** Replaces a text, date or choice at a dotted path. */
  setValue: (path: string, value: unknown) => void;
  /** What a number or one-per-line field shows: the text as typed, else the plan's value. */
  textOf: (path: string) => string;
  setNumberText: (path: string, text: string) => void;
  setLinesText: (path: string, text: string) => void;
  addRow: (list: RowList) => void;
  removeRow: (list: RowList, index: number) => void;
  warnings: PlanWarning[];
}

/** The id of the field at a plan path, also its in-page anchor. */
export function fieldId(path: string): string {
  return `promotion-${path.replace(/\./g, '-')}`;
}

/** The anchor of an element's part of the form. */
export function elementAnchor(element: string): string {
  return `promotion-element-${element}`;
}
