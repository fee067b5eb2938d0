import type { AnalysisSettings, OpportunityState, OpportunityStateRow } from '../../../lib/opportunities';
import { createTaskRunner, type PackedOutcome, type TaskRequest, type TaskResponses } from './tasks';

type Kind = TaskRequest['kind'];
interface Pending {
  /** The whole request, rows included, so the page can run it itself if the worker fails. */
  request: TaskRequest;
  resolve: (response: unknown) => void;
}

/**
 * Sends the finder's heavy steps to a Web Worker, so parsing and classifying 20,000 rows never
 * freezes the page. Where no worker can start (an old browser, a blocked script) the same steps
 * run on the page. A remap runs where the table it remaps was split. Rows travel to the worker
 * once per table: later requests name them by version.
 */
export function createTaskClient() {
  const local = createTaskRunner();
  let worker: Worker | null = null;
  let workerFailed = false;
  let tableInWorker = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let rowsVersion = 0;
  let lastRows: readonly OpportunityStateRow[] | null = null;
  let workerRowsVersion = -1;

  function runLocally(request: TaskRequest): unknown {
    return local.run(request as Extract<TaskRequest, { kind: Kind }>);
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

  /** Runs a step; `offPage` asks for the worker (large input), otherwise it runs here at once. */
  function run<K extends Kind>(request: Extract<TaskRequest, { kind: K }>, offPage: boolean): Promise<TaskResponses[K]> {
    const isImport = request.kind === 'bytes' || request.kind === 'text';
    const useWorker = request.kind === 'remap' ? tableInWorker && !workerFailed : offPage;
    const target = useWorker ? startWorker() : null;
    if (isImport) tableInWorker = target !== null;
    if (target === null) return Promise.resolve(local.run(request));
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
