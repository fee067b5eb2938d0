import { createAnalysisTasks } from './analysisTasks';
import { createImportTasks } from './importTasks';
import type { RequestOf, TaskKind, TaskRequest, TaskResponses } from './tasks';

/** Every heavy step of the finder in one runner, for the Web Worker (see tasks.ts). */
export function createTaskRunner() {
  const analysis = createAnalysisTasks();
  const importing = createImportTasks();

  function run<Kind extends TaskKind>(request: RequestOf<Kind>): TaskResponses[Kind];
  function run(request: TaskRequest): TaskResponses[TaskKind] {
    return request.kind === 'analyse' || request.kind === 'save-text' ? analysis.run(request) : importing.run(request);
  }

  return { run };
}
