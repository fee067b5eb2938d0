/**
 * The opportunity finder's first-paint strings: one module per language, zh-CN.ts and en.ts (typed
 * by it), so that a page carries only its own: the tool page passes its language's dictionary to
 * the island as a prop, and a chapter's embed loads it with the island (embeddedTools.ts). This
 * module holds their common type and the helper both use for the example table.
 */

import type { OpportunityStateRow } from '../../lib/opportunities/model';
import type { chineseText } from './zh-CN';

/** Every table of the finder's strings in one language (the English module has the same shape). */
export type OpportunityText = typeof chineseText;

export type OpportunityStringKey = keyof OpportunityText['strings'];

/** One row of the example table a first visit opens with. */
export function exampleRow(
  name: string,
  sales: number,
  lastSales: number | null,
  potential: number | null,
  willingness: number | null,
  region: string,
): OpportunityStateRow {
  return { name, sales, lastSales, potential, willingness, region, isNew: false };
}
