import { importErrorStrings } from '../../../i18n/opportunities/import';
import type { Locale } from '../../../lib/locale';
import { fill } from '../../../i18n/tools';
import type { OpportunityState } from '../../../lib/opportunities/model';
import { replaceRows } from '../../../lib/opportunities/edits';
import { mappingFromChoices } from '../../../lib/opportunities/columns';
import type { ImportView } from './ImportPanel';
import type { TaskClient } from './taskClient';
import type { ImportOutcome, ImportRequest } from './tasks';

/** Files or pasted text above this size are read in the Web Worker. */
const IMPORT_OFF_PAGE_BYTES = 64 * 1024;
/** A CSV of 50,000 rows (the most a table holds) is well under this. */
const MAX_FILE_MB = 30;

/** What the importer changes on the page; the finder holds the state, this module the steps. */
export interface ImportHost {
  locale: Locale;
  /** The Web Worker's client (fetched on first use); rejects when it cannot be fetched. */
  client: () => Promise<TaskClient>;
  /** The state as it is now, so an import keeps the outlets added since the last render. */
  current: () => OpportunityState;
  replace: (state: OpportunityState) => void;
  /** What the last import read, or null. */
  show: (view: ImportView | null) => void;
  /** Why a file or text could not be read at all, or null. */
  fail: (message: string | null) => void;
  setBusy: (busy: boolean) => void;
  /** The message when a step's code cannot be fetched. */
  loadFailed: string;
}

/**
 * Reading a file, a pasted block or the mapping step's choices, and putting the rows read in place
 * of the table. Fetched with the rest of the import code on the first import, so a first visit
 * downloads none of it. Each step expects the host to have set `busy` already.
 */
export function createImporter(host: ImportHost) {
  const message = (error: keyof typeof importErrorStrings, source: ImportView['source']) =>
    `${source.kind === 'file' ? `${source.name}: ` : ''}${importErrorStrings[error][host.locale]}`;

  function receive(outcome: ImportOutcome, source: ImportView['source']) {
    host.setBusy(false);
    if (!outcome.ok) {
      host.show(null);
      host.fail(message(outcome.error, source));
      return;
    }
    host.fail(null);
    let applied: ImportView['applied'] = null;
    if (outcome.read.ok) {
      const replaced = replaceRows(host.current(), outcome.read.rows);
      host.replace(replaced.state);
      applied = { truncated: replaced.truncated, keptNew: replaced.keptNew };
    }
    host.show({ source, outcome, choices: outcome.choices, choiceError: null, applied });
  }

  async function run(request: ImportRequest, offPage: boolean, source: ImportView['source']) {
    let outcome: ImportOutcome;
    try {
      outcome = await (await host.client()).run(request, offPage);
    } catch {
      // The worker's client or the import steps could not be fetched.
      host.setBusy(false);
      host.fail(host.loadFailed);
      return;
    }
    receive(outcome, source);
  }

  return {
    async file(file: File) {
      const source = { kind: 'file', name: file.name } as const;
      if (file.size > MAX_FILE_MB * 1024 * 1024) {
        host.setBusy(false);
        host.fail(`${file.name}: ${fill(importErrorStrings['too-big'][host.locale], { size: String(MAX_FILE_MB) })}`);
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        host.setBusy(false);
        host.fail(message('unreadable', source));
        return;
      }
      await run({ kind: 'bytes', bytes }, bytes.length > IMPORT_OFF_PAGE_BYTES, source);
    },

    async text(pasted: string) {
      await run({ kind: 'text', text: pasted }, pasted.length > IMPORT_OFF_PAGE_BYTES / 2, { kind: 'paste' });
    },

    /** Reads the table again with the mapping step's choices, or shows why the choices do not do. */
    async remap(view: ImportView) {
      const chosen = mappingFromChoices(view.choices);
      if (!chosen.ok) {
        host.setBusy(false);
        host.show({ ...view, choiceError: chosen });
        return;
      }
      await run({ kind: 'remap', choices: view.choices }, true, view.source);
    },
  };
}

export type Importer = ReturnType<typeof createImporter>;
