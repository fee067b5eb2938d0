/**
 * The channel scorecard's strings (渠道评估记分卡): their common type. The strings themselves are
 * in one module per language, channelScore.zh-CN.ts and channelScore.en.ts, so that a page
 * downloads only its own language.
 */

import type { defaultCriterionKeys, ScorecardError } from '../lib/channelScore';
import type { chineseScorecardText } from './channelScore.zh-CN';

export type CriterionKey = (typeof defaultCriterionKeys)[number];
export type ScorecardErrorCode = ScorecardError['error'];
export type ScorecardStringKey = keyof typeof chineseScorecardText.strings;

/** Every table of the scorecard's strings in one language (both modules have this shape). */
export type ScorecardText = typeof chineseScorecardText;
