import type { OpportunityStateRow } from '../../../lib/opportunities/model';
import { analyseOpportunities } from '../../../lib/opportunities/analysis';
import { opportunityStateSchema } from '../../../lib/opportunities/schema';
import { packAnalysis } from '../../../lib/opportunities/packed';
import { createSavedStateStore, memoryStorage } from '../../../lib/storage';
import { opportunitiesCodec } from '../../../lib/opportunities/codec';
import { PARETO_BARS, SAVED_NAME, type AnalysisRequest, type TaskResponses } from './tasks';

/**
 * The steps over a large table the page holds, run in the worker: analysing it and making its
 * saved text (where no worker runs, the page does both itself; see taskClient.ts). The runner
 * keeps the rows of the last version it was sent, so a change of settings or picks does not send
 * 20,000 rows again.
 */
export function createAnalysisTasks() {
  let heldRows: { version: number; rows: readonly OpportunityStateRow[] } | null = null;

  function rowsFor(request: AnalysisRequest): readonly OpportunityStateRow[] | null {
    if (request.rows !== null) {
      heldRows = { version: request.rowsVersion, rows: request.rows };
      return request.rows;
    }
    return heldRows?.version === request.rowsVersion ? heldRows.rows : null;
  }

  function run<Kind extends AnalysisRequest['kind']>(request: Extract<AnalysisRequest, { kind: Kind }>): TaskResponses[Kind];
  function run(request: AnalysisRequest): TaskResponses[AnalysisRequest['kind']] {
    const rows = rowsFor(request);
    if (request.kind === 'analyse') {
      if (rows === null) return { ok: false, error: 'rows-missing' };
      const result = analyseOpportunities(rows, request.settings);
      return result.ok ? packAnalysis(result, PARETO_BARS) : result;
    }
    if (rows === null) return null;
    // storage.ts itself writes the text, into memory, so the envelope is exactly the one it reads back.
    const memory = memoryStorage();
    const store = createSavedStateStore({ storage: memory, name: SAVED_NAME, version: opportunitiesCodec.version, schema: opportunityStateSchema });
    return store.save({ ...request.rest, rows: [...rows] }).ok ? memory.getItem(store.key) : null;
  }

  return { run };
}

export type AnalysisTasks = ReturnType<typeof createAnalysisTasks>;
