import { createTaskRunner } from './taskRunner';
import { transferablesOf, type TaskRequest } from './tasks';

/** Runs the finder's heavy steps off the page's main thread; see tasks.ts and taskRunner.ts. */
const runner = createTaskRunner();

// The worker's global scope, typed by what is used (the DOM and WebWorker libraries clash in one program).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: TaskRequest }>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    const response = runner.run(request);
    scope.postMessage({ id, ok: true, response }, transferablesOf(response));
  } catch {
    scope.postMessage({ id, ok: false }, []);
  }
};
