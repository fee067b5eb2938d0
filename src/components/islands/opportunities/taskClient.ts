import type { AnalysisSettings, CompactAnalysis, OpportunityState, OpportunityStateRow } from '../../../lib/opportunities/model';
import { unpackAnalysis } from '../../../lib/opportunities/packed';
import type { ImportTasks } from './importTasks';
import type { RequestOf, TaskKind, TaskRequest, TaskResponses } from './tasks';

interface Pending {
  /** The whole request, rows included, so the page can run it itself if the worker fails. */
  request: TaskRequest;
  resolve: (response: unknown) => void;
}

/**
 * Sends the finder's heavy steps to a Web Worker, so parsing and classifying 20,000 rows never
 * freezes the page. Where no worker can start (an old browser, a blocked script) the same steps
 * run on the page. A remap runs where the table it remaps was split. Rows travel to the worker
 * once per table: later requests name them by version. The page fetches this module on the first
 * import or the first table too large for it, and the import steps (papaparse, the column reading)
 * only when someone first loads a table on the page. Analysing and saving a
 * large table run in the worker only: where it cannot run, `analyse` and `saveText` reject and the
 * caller does the step on the page with the code it already has.
 */
export function createTaskClient() {
  // The import steps, fetched on the first import run on the page and kept; a failed fetch is
  // forgotten, so the next import tries again.
  let importTasks: Promise<ImportTasks> | null = null;
  const localImport = () =>
    (importTasks ??= import('./importTasks').then(
      (module) => module.createImportTasks(),
      (error: unknown) => {
        importTasks = null;
        throw error;
      },
    ));
  let worker: Worker | null = null;
  let workerFailed = false;
  let tableInWorker = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let rowsVersion = 0;
  let lastRows: readonly OpportunityStateRow[] | null = null;
  let workerRowsVersion = -1;

  /** Runs a step on the page; rejects for the worker-only steps, or when the import code cannot be fetched. */
  async function runLocally(request: TaskRequest): Promise<unknown> {
    if (request.kind === 'analyse' || request.kind === 'save-text') throw new Error('no worker for this step');
    return (await localImport()).run(request);
  }

  function failOver(): void {
    workerFailed = true;
    tableInWorker = false;
    worker?.terminate();
    worker = null;
    for (const [id, item] of pending) {
      pending.delete(id);
      item.resolve(runLocally(item.request));
    }
  }

  function startWorker(): Worker | null {
    if (worker || workerFailed) return worker;
    if (typeof Worker === 'undefined') {
      workerFailed = true;
      return null;
    }
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    } catch {
      workerFailed = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; response?: unknown }>) => {
      const item = pending.get(event.data.id);
      if (!item) return;
      pending.delete(event.data.id);
      item.resolve(event.data.ok ? event.data.response : runLocally(item.request));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failOver();
    };
    return worker;
  }

  function versionOf(rows: readonly OpportunityStateRow[]): number {
    if (rows !== lastRows) {
      lastRows = rows;
      rowsVersion += 1;
    }
    return rowsVersion;
  }

  /**
   * Runs a step; `offPage` asks for the worker (large input), otherwise it runs here at once. Rejects
   * when a worker-only step finds no worker, or the import code cannot be fetched.
   */
  function run<K extends TaskKind>(request: RequestOf<K>, offPage: boolean): Promise<TaskResponses[K]> {
    const isImport = request.kind === 'bytes' || request.kind === 'text';
    const useWorker = request.kind === 'remap' ? tableInWorker && !workerFailed : offPage;
    const target = useWorker ? startWorker() : null;
    if (isImport) tableInWorker = target !== null;
    if (target === null) return runLocally(request) as Promise<TaskResponses[K]>;
    const full: TaskRequest = request;
    let message = full;
    if (full.kind === 'analyse' || full.kind === 'save-text') {
      if (full.rowsVersion === workerRowsVersion) message = { ...full, rows: null };
      workerRowsVersion = full.rowsVersion;
    }
    return new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, { request, resolve: resolve as (response: unknown) => void });
      target.postMessage({ id, request: message });
    });
  }

  return {
    run,
    /** The analysis of a large table, made in the worker; null when the table cannot be analysed. */
    async analyse(rows: readonly OpportunityStateRow[], settings: AnalysisSettings): Promise<CompactAnalysis | null> {
      const packed = await run({ kind: 'analyse', rowsVersion: versionOf(rows), rows, settings }, true);
      return packed.ok ? unpackAnalysis(packed, rows) : null;
    },
    /** The text to save for a large state, made and validated in the worker (rejects without one). */
    saveText(state: OpportunityState): Promise<string | null> {
      const { rows, ...rest } = state;
      return run({ kind: 'save-text', rowsVersion: versionOf(rows), rows, rest }, true);
    },
    dispose(): void {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}

export type TaskClient = ReturnType<typeof createTaskClient>;
