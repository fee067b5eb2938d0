import type { Locale } from '../../../i18n/locales';
import { englishText } from '../../../i18n/opportunities/en';
import { chineseText } from '../../../i18n/opportunities/zh-CN';
import { defaultOpportunityState, type CompactAnalysis } from '../../../lib/opportunities/model';
import { analyse } from './engine';

/**
 * The results of the example a plain page opens with, worked out when the page is built (the
 * tool's MDX pages pass them to the island), so the page shows and hydrates them without the
 * analysis code, which downloads on first use.
 */
export function exampleAnalysis(locale: Locale): CompactAnalysis {
  const rows = (locale === 'en' ? englishText : chineseText).exampleRows;
  const result = analyse(rows, defaultOpportunityState);
  if (result === null) throw new Error('the example table cannot be analysed');
  return result;
}
