// What the opportunity finder downloads when it is first used (useSavedTool loads it): its codec
// (links and the saved copy, with zod), the readers of the typed settings, and the analysis. A
// plain visit shows the example's results, worked out when the page was built, without it; it
// loads at once when the page opens on a link or a saved copy, otherwise when a person reaches for
// the tool or first changes something.
import type { NumberFieldSpec } from '../../../lib/fields';
import type { AnalysisSettings, CompactAnalysis, OpportunityRow, SettingKey } from '../../../lib/opportunities/model';
import { analyseOpportunities, compactAnalysis } from '../../../lib/opportunities/analysis';
import { opportunitiesCodec } from '../../../lib/opportunities/codec';
import { settingsQuery } from '../../../lib/opportunities/schema';
import { PARETO_BARS } from './tasks';

export { parseFields } from '../../../lib/fields';
export const { version, schema, readLink, writeLink } = opportunitiesCodec;

// Only the potential threshold may be left empty (the median of the rows is used then).
export const specs = {} as Record<SettingKey, NumberFieldSpec>;
for (const field of settingsQuery) specs[field.key] = { ...field, optional: field.key === 'potentialThreshold' };

/** A table's analysis as the page shows it (the Pareto bars folded), or null when it cannot be analysed. */
export function analyse(rows: readonly OpportunityRow[], settings: AnalysisSettings): CompactAnalysis | null {
  const result = analyseOpportunities(rows, settings);
  return result.ok ? compactAnalysis(result, PARETO_BARS) : null;
}
