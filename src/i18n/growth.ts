/**
 * The growth calculator's strings (业绩增长公式计算器): their common type. The strings themselves
 * are in one module per language, growth.zh-CN.ts and growth.en.ts, so that a page downloads only
 * its own language; growthMore.ts holds the words needed only after an action or in a rare state.
 */

import type { chineseGrowthText } from './growth.zh-CN';

export type GrowthStringKey = keyof typeof chineseGrowthText.strings;

/** Every table of the calculator's strings in one language (both modules have this shape). */
export type GrowthText = typeof chineseGrowthText;
