/**
 * The growth calculator's strings (业绩增长公式计算器): their common type. The strings themselves
 * are in one module per language, growth.zh-CN.ts and growth.en.ts, so that a page downloads only
 * its own language; growthMore.ts holds the words needed only after an action or in a rare state.
 */

import type { LeverKey } from '../lib/growthTool';
import type { chineseGrowthText } from './growth.zh-CN';

export type GrowthStringKey = keyof typeof chineseGrowthText.strings;

/** Every table of the calculator's strings in one language (both modules have this shape). */
export type GrowthText = typeof chineseGrowthText;

/** One basis's words: each language module has a `bases` table with one of these per basis (口径). */
export interface BasisText {
  /** The option's label in the basis control. */
  option: string;
  /** What the basis measures, under the control. */
  note: string;
  /** Under the results: the basis they are on. */
  inUse: string;
  formula: string;
  leverNames: Record<LeverKey, string>;
  leverFieldLabels: Record<LeverKey, string>;
  upliftFieldLabels: Record<LeverKey, string>;
  /** Hints under the current-value fields: what the value is and what may be typed. */
  leverHints: Record<LeverKey, string>;
}
