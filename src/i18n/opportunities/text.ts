/**
 * The opportunity finder's first-paint strings: one module per language, zh-CN.ts and
 * en.ts, so that a page downloads only its own (each tool page has an entry per
 * language, OpportunityFinder.zh-CN.tsx and OpportunityFinder.en.tsx). This module holds their
 * common type and the helper both use for the example table.
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
