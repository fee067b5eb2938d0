import {
  analyseOpportunities,
  opportunityStateSchema,
  packAnalysis,
  type AnalysisError,
  type AnalysisSettings,
  type OpportunityRow,
  type OpportunityState,
  type OpportunityStateRow,
  type PackedAnalysis,
  type PackedColumns,
} from '../../../lib/opportunities';
import { createSavedStateStore, memoryStorage } from '../../../lib/storage';
import {
  applyMapping,
  choicesFromMapping,
  decodeBytes,
  mappingFromChoices,
  parseTable,
  recognizeColumns,
  unitsForMapping,
  type BadRow,
  type ChoiceError,
  type ColumnChoice,
  type Delimiter,
  type DuplicateName,
  type TableRow,
  type TableWarning,
  type TextEncodingName,
} from '../../../lib/tableImport';

/**
 * The heavy steps of the opportunity finder, in one place so they run the same in a Web Worker
 * (large tables, so the page never freezes) and on the page (small tables, or no worker).
 * The runner keeps the last table it split, so the mapping step can read it again without
 * sending 20,000 rows back and forth.
 */

/** Where the finder's state is saved: localStorage key 'playbook:opportunities', envelope version 1. */
export const SAVED_NAME = 'opportunities';
export const SAVED_VERSION = 1;
/** Bars of the Pareto chart (and rows of its table): the tail of a long list folds into one. */
export const PARETO_BARS = 30;

/** A failed analysis, or rows the worker no longer holds (it was restarted). */
export type PackedOutcome = PackedAnalysis | AnalysisError | { ok: false; error: 'rows-missing' };

/**
 * `rows` may be null when the runner already holds the rows of `rowsVersion` (sent with an earlier
 * request), so a change of settings or picks does not send 20,000 rows again.
 */
export type TaskRequest =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'text'; text: string }
  | { kind: 'remap'; choices: ColumnChoice[] }
  | { kind: 'analyse'; rowsVersion: number; rows: readonly OpportunityStateRow[] | null; settings: AnalysisSettings }
  | { kind: 'save-text'; rowsVersion: number; rows: readonly OpportunityStateRow[] | null; rest: Omit<OpportunityState, 'rows'> };

/** How many bad rows and repeated names travel back to the page to be listed (the rest are counted). */
export const LISTED_PROBLEMS = 200;
const SAMPLE_VALUES = 3;

export type ReadOutcome =
  | { ok: true; rows: OpportunityRow[]; bad: BadRow[]; badCount: number; duplicates: DuplicateName[]; duplicateCount: number; blankSales: number }
  | ChoiceError;

export type ImportOutcome =
  | { ok: false; error: 'empty' | 'unsupported-encoding' | 'unreadable' }
  | {
      ok: true;
      /** null for pasted text, which has no bytes to decode. */
      encoding: TextEncodingName | null;
      replaced: boolean;
      delimiter: Delimiter;
      header: string[];
      /** A few values of each column, to help the person recognise it in the mapping step. */
      samples: string[][];
      /** Whether some column was not recognised or a required one is missing. */
      needsMapping: boolean;
      choices: ColumnChoice[];
      warnings: TableWarning[];
      read: ReadOutcome;
    };

export interface TaskResponses {
  bytes: ImportOutcome;
  text: ImportOutcome;
  remap: ImportOutcome;
  analyse: PackedOutcome;
  /** The saved-state text storage.ts would write (validated by the state schema), or null. */
  'save-text': string | null;
}

/** The typed arrays of a response, so postMessage can move them instead of copying. */
export function transferablesOf(response: unknown): ArrayBuffer[] {
  if (typeof response !== 'object' || response === null || !('columns' in response)) return [];
  return Object.values((response as { columns: PackedColumns }).columns).map((column) => column.buffer as ArrayBuffer);
}

interface KeptTable {
  encoding: TextEncodingName | null;
  replaced: boolean;
  delimiter: Delimiter;
  header: string[];
  rows: readonly TableRow[];
  warnings: TableWarning[];
  samples: string[][];
  needsMapping: boolean;
}

export function createTaskRunner() {
  let kept: KeptTable | null = null;
  let heldRows: { version: number; rows: readonly OpportunityStateRow[] } | null = null;

  function rowsFor(request: { rowsVersion: number; rows: readonly OpportunityStateRow[] | null }): readonly OpportunityStateRow[] | null {
    if (request.rows !== null) {
      heldRows = { version: request.rowsVersion, rows: request.rows };
      return request.rows;
    }
    return heldRows?.version === request.rowsVersion ? heldRows.rows : null;
  }

  function read(table: KeptTable, choices: readonly ColumnChoice[]): ReadOutcome {
    const chosen = mappingFromChoices(choices);
    if (!chosen.ok) return chosen;
    const mapped = applyMapping(table.rows, chosen.mapping, { units: unitsForMapping(table.header, chosen.mapping) });
    if (!mapped.ok) return { ok: false, error: mapped.error === 'missing-sales-column' ? 'missing-sales-column' : 'missing-name-column' };
    let blankSales = 0;
    const rows: OpportunityRow[] = mapped.rows.map((row) => {
      if (row.notices.length > 0) blankSales += 1;
      return { name: row.name, sales: row.sales, lastSales: row.lastSales, potential: row.potential, willingness: row.willingness, region: row.region };
    });
    return {
      ok: true,
      rows,
      bad: mapped.bad.slice(0, LISTED_PROBLEMS),
      badCount: mapped.bad.length,
      duplicates: mapped.duplicates.slice(0, LISTED_PROBLEMS),
      duplicateCount: mapped.duplicates.length,
      blankSales,
    };
  }

  function outcome(table: KeptTable, choices: ColumnChoice[]): ImportOutcome {
    const { rows: _rows, ...shown } = table;
    return { ok: true, ...shown, choices, read: read(table, choices) };
  }

  function importText(text: string, encoding: TextEncodingName | null, replaced: boolean): ImportOutcome {
    const parsed = parseTable(text);
    if (!parsed.ok) return { ok: false, error: parsed.error === 'empty' ? 'empty' : 'unreadable' };
    const header = [...parsed.header];
    const recognition = recognizeColumns(header);
    const samples = header.map((_, column) =>
      parsed.rows
        .slice(0, 20)
        .map((row) => (row.cells[column] ?? '').trim())
        .filter((value) => value !== '')
        .slice(0, SAMPLE_VALUES),
    );
    const choices = choicesFromMapping(recognition.mapping, header.length);
    kept = {
      encoding,
      replaced,
      delimiter: parsed.delimiter,
      header,
      rows: parsed.rows,
      warnings: [...parsed.warnings],
      samples,
      needsMapping: recognition.unrecognised.length > 0 || recognition.mapping.name === undefined || recognition.mapping.sales === undefined,
    };
    return outcome(kept, choices);
  }

  function run<Kind extends TaskRequest['kind']>(request: Extract<TaskRequest, { kind: Kind }>): TaskResponses[Kind];
  function run(request: TaskRequest): TaskResponses[TaskRequest['kind']] {
    switch (request.kind) {
      case 'bytes': {
        const decoded = decodeBytes(request.bytes);
        if (!decoded.ok) return { ok: false, error: decoded.error === 'unsupported-encoding' ? 'unsupported-encoding' : 'unreadable' };
        return importText(decoded.text, decoded.encoding, decoded.replaced);
      }
      case 'text':
        return importText(request.text, null, false);
      case 'remap':
        return kept === null ? { ok: false, error: 'unreadable' } : outcome(kept, request.choices);
      case 'analyse': {
        const rows = rowsFor(request);
        if (rows === null) return { ok: false, error: 'rows-missing' };
        const result = analyseOpportunities(rows, request.settings);
        return result.ok ? packAnalysis(result, PARETO_BARS) : result;
      }
      case 'save-text': {
        const rows = rowsFor(request);
        if (rows === null) return null;
        // storage.ts itself writes the text, into memory, so the envelope is exactly the one it reads back.
        const memory = memoryStorage();
        const store = createSavedStateStore({ storage: memory, name: SAVED_NAME, version: SAVED_VERSION, schema: opportunityStateSchema });
        return store.save({ ...request.rest, rows: [...rows] }).ok ? memory.getItem(store.key) : null;
      }
    }
  }

  return { run };
}

export type TaskRunner = ReturnType<typeof createTaskRunner>;
