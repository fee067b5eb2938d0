/**
 * The island's editing code, fetched with the editors' strings the first time a person opens an
 * element, prints or presents: how each field reads and writes the plan (typed numbers, lists one
 * per line, rows), which typed texts to keep as drafts, and the plan's cross-checks.
 */

import type { Locale } from '../../../lib/locale';
import { promotionString, type FullPromotionText } from '../../../i18n/promotion/index';
import { plainNumber } from '../../../lib/share';
import type { PlanWarning } from '../../../lib/promotion/checks';
import {
  blankRows,
  getAt,
  linesToList,
  maxRows,
  numberKindOf,
  parsePlanNumber,
  setAt,
  shiftTexts,
} from '../../../lib/promotion/form';
import type { Drafts } from '../../../lib/promotion/planStore';
import type { Plan } from '../../../lib/promotion/planShape';
import type { Editor } from './editor';

export { planWarnings } from '../../../lib/promotion/checks';
export { draftsOf } from '../../../lib/promotion/form';

/** What the island holds: the plan, the texts as typed, and its two ways to change them. */
export interface EditorState {
  locale: Locale;
  plan: Plan;
  /** Texts of number and one-per-line fields as typed, by path. */
  texts: Drafts;
  text: FullPromotionText;
  warnings: PlanWarning[];
  /** Applies a change to the plan (the island records the revision). */
  edit: (change: (previous: Plan) => Plan) => void;
  setTexts: (change: (previous: Drafts) => Drafts) => void;
}

/** The editors' view of the plan and the ways to change it. */
export function createEditor({ locale, plan, texts, text, warnings, edit, setTexts }: EditorState): Editor {
  return {
    locale,
    plan,
    dictionary: text,
    t: (key, values) => promotionString(text, key, values),
    warnings,
    setValue: (path, value) => edit((previous) => setAt(previous, path, value)),
    textOf: (path) => {
      const typed = texts[path];
      if (typed !== undefined) return typed;
      const value = getAt(plan, path);
      if (Array.isArray(value)) return value.join('\n');
      return typeof value === 'number' ? plainNumber(value) : '';
    },
    setNumberText: (path, typed) => {
      const kind = numberKindOf(path);
      if (!kind) return;
      setTexts((previous) => ({ ...previous, [path]: typed }));
      const result = parsePlanNumber(typed, kind);
      // A number that does not parse is not in the plan; its text stays on screen and in the drafts.
      edit((previous) => setAt(previous, path, result.ok ? result.value : undefined));
    },
    setLinesText: (path, typed) => {
      setTexts((previous) => ({ ...previous, [path]: typed }));
      edit((previous) => setAt(previous, path, linesToList(typed).items));
    },
    addRow: (list) =>
      edit((previous) => {
        const rows = getAt(previous, list);
        if (!Array.isArray(rows) || rows.length >= maxRows[list]) return previous;
        return setAt(previous, `${list}.${rows.length}`, blankRows[list]());
      }),
    removeRow: (list, index) => {
      edit((previous) => {
        const rows = getAt(previous, list);
        return Array.isArray(rows)
          ? setAt(
              previous,
              list,
              rows.filter((_, position) => position !== index),
            )
          : previous;
      });
      setTexts((previous) => shiftTexts(previous, list, index));
    },
  };
}
