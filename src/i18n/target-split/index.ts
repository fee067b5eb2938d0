import type { SplitState } from '../../lib/target-split/schema';
import type { Locale } from '../../lib/locale';
import type { chineseText } from './zh-CN';

/**
 * The Target splitter's strings, one module per language (zh-CN.ts, en.ts): a page passes its own
 * to the island. The Chinese module's keys are the type both must have.
 */
export type SplitText = typeof chineseText;
export type SplitStringKey = keyof SplitText['strings'];

/** The example a fresh page opens with: three regions weighted 3:2:1, the course's first example. */
export function exampleState(locale: Locale, defaults: SplitState): SplitState {
  const names = locale === 'en' ? ['East', 'South', 'North'] : ['华东', '华南', '华北'];
  return { ...defaults, units: names.map((name, index) => ({ name, weight: 3 - index })) };
}
