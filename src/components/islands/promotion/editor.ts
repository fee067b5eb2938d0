import type { Locale } from '../../../lib/locale';
import type { CoreStringKey, FullPromotionText, PromotionStringKey, PromotionText } from '../../../i18n/promotion/index';
import type { PlanWarning } from '../../../lib/promotion/checks';
import type { RowList } from '../../../lib/promotion/form';
import type { Plan } from '../../../lib/promotion/planShape';

/** What the parts shown at first paint (plan list, progress, element headings, transfer) read. */
export interface CoreView {
  locale: Locale;
  plan: Plan;
  /** The first paint's strings in the page's language (only that language is downloaded). */
  dictionary: PromotionText;
  /** A first-paint string, with `{name}` slots filled as plain text. */
  t: (key: CoreStringKey, values?: Record<string, string>) => string;
}

/** The few ways to change the plan; only the island holds state. */
export interface PlanEditing {
  locale: Locale;
  plan: Plan;
  /** Replaces a text, date or choice at a dotted path. */
  setValue: (path: string, value: unknown) => void;
  /** What a number or one-per-line field shows: the text as typed, else the plan's value. */
  textOf: (path: string) => string;
  setNumberText: (path: string, text: string) => void;
  setLinesText: (path: string, text: string) => void;
  addRow: (list: RowList) => void;
  removeRow: (list: RowList, index: number) => void;
}

/**
 * What every element's editor, the printed plan and present mode get, once the editors' strings
 * and the cross-checks have loaded (on first opening an element, printing or presenting).
 */
export interface Editor extends PlanEditing {
  /** Both parts of the builder's strings in the page's language. */
  dictionary: FullPromotionText;
  /** A string of the builder in the page's language, with `{name}` slots filled as plain text. */
  t: (key: PromotionStringKey, values?: Record<string, string>) => string;
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
