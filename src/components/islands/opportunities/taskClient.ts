import type { AnalysisSettings, OpportunityState, OpportunityStateRow } from '../../../lib/opportunities';
import { createAnalysisTasks } from './analysisTasks';
import type { ImportTasks } from './importTasks';
import type { PackedOutcome, RequestOf, TaskKind, TaskRequest, TaskResponses } from './tasks';

interface Pending {
  /** The whole request, rows included, so the page can run it itself if the worker fails. */
  request: TaskRequest;
  resolve: (response: unknown) => void;
}

/**
 * Sends the finder's heavy steps to a Web Worker, so parsing and classifying 20,000 rows never
 * freezes the page. Where no worker can start (an old browser, a blocked script) the same steps
 * run on the page. A remap runs where the table it remaps was split. Rows travel to the worker
 * once per table: later requests name them by version. The import steps (papaparse and the
 * column reading) are fetched only when someone first loads a table on the page.
 */
export function createTaskClient() {
  const localAnalysis = createAnalysisTasks();
  let localImport: Promise<ImportTasks> | null = null;
  let worker: Worker | null = null;
  let workerFailed = false;
  let tableInWorker = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let rowsVersion = 0;
  let lastRows: readonly OpportunityStateRow[] | null = null;
  let workerRowsVersion = -1;

  async function runLocally(request: TaskRequest): Promise<unknown> {
    if (request.kind === 'analyse' || request.kind === 'save-text') return localAnalysis.run(request);
    // A failed fetch is forgotten, so the next import tries again.
    localImport ??= import('./importTasks').then(
      (module) => module.createImportTasks(),
      (error: unknown) => {
        localImport = null;
        throw error;
      },
    );
    const tasks = await localImport;
    return tasks.run(request);
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
   * only when the import code cannot be fetched (the connection dropped).
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
    analyse(rows: readonly OpportunityStateRow[], settings: AnalysisSettings): Promise<PackedOutcome> {
      return run({ kind: 'analyse', rowsVersion: versionOf(rows), rows, settings }, true);
    },
    /** The text to save for a large state, made and validated in the worker. */
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
