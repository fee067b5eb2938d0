import type { AnalysisError, AnalysisSettings, OpportunityRow, OpportunityState, OpportunityStateRow } from '../../../lib/opportunities/model';
import type { PackedAnalysis, PackedColumns } from '../../../lib/opportunities/packed';
import type { Delimiter, TableWarning, TextEncodingName } from '../../../lib/csv/read';
import type { BadRow, DuplicateName } from '../../../lib/opportunities/import';
import type { ChoiceError, ColumnChoice } from '../../../lib/opportunities/columns';

/**
 * The heavy steps of the opportunity finder as messages: what is asked and what comes back. They
 * run the same in a Web Worker (large tables, so the page never freezes) and on the page (small
 * tables, or no worker): analysisTasks.ts and importTasks.ts do the work, taskRunner.ts joins them.
 * This module holds types and constants only, so the page can name the steps without loading them.
 */

/** Where the finder's state is saved: localStorage key 'playbook:opportunities' (the version is the codec's). */
export const SAVED_NAME = 'opportunities';
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

export type TaskKind = TaskRequest['kind'];
export type ImportRequest = Extract<TaskRequest, { kind: 'bytes' | 'text' | 'remap' }>;
export type AnalysisRequest = Extract<TaskRequest, { kind: 'analyse' | 'save-text' }>;

/** A request whose kind is known, and the response that kind gets. */
export type RequestOf<Kind extends TaskKind> = Extract<TaskRequest, { kind: Kind }>;
