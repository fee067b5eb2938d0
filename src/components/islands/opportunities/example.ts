import { defaultOpportunityState, type CompactAnalysis, type OpportunityStateRow } from '../../../lib/opportunities/model';
import { analyse } from './engine';

/**
 * The results of the example a plain page opens with, worked out when the page is built (the
 * tool's MDX pages pass them to the island), so the page shows and hydrates them without the
 * analysis code, which downloads on first use.
 */
export function exampleAnalysis(rows: OpportunityStateRow[]): CompactAnalysis {
  const result = analyse(rows, defaultOpportunityState);
  if (result === null) throw new Error('the example table cannot be analysed');
  return result;
}
