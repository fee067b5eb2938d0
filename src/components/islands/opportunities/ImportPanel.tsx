import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { OpportunityStringKey, OpportunityText } from '../../../i18n/opportunities/text';
import type { ChoiceError, ColumnChoice } from '../../../lib/opportunities/columns';
import type { ImportOutcome } from './tasks';

export interface ImportView {
  source: { kind: 'file'; name: string } | { kind: 'paste' };
  outcome: Extract<ImportOutcome, { ok: true }>;
  /** The mapping step's choices as the person has set them. */
  choices: ColumnChoice[];
  choiceError: ChoiceError | null;
  /** What replacing the table did, once rows were read. */
  applied: { truncated: number; keptNew: number } | null;
}

interface Props {
  text: OpportunityText;
  idPrefix: string;
  busy: boolean;
  /** A message when the file or text could not be read at all. */
  error: string | null;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
  /** What the last import read (ImportResult), once there is one. */
  children?: ComponentChildren;
}

/** Loading a table: a file or a pasted block; what was read follows as the children. */
export function ImportPanel(props: Props) {
  const { text, idPrefix } = props;
  const s = (key: OpportunityStringKey) => text.strings[key];
  const [pasted, setPasted] = useState('');
  const [pasteEmpty, setPasteEmpty] = useState(false);

  return (
    <fieldset class="opportunity-import">
      <legend>{s('inputHeading')}</legend>
      <p class="field-hint">{s('columnsHint')}</p>
      <div class="opportunity-import-ways">
        <div class="field">
          <label for={`${idPrefix}-file`}>{s('fileLabel')}</label>
          <input
            id={`${idPrefix}-file`}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            aria-describedby={`${idPrefix}-file-hint`}
            disabled={props.busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) props.onFile(file);
              // Cleared so that loading the same file again, after editing it, reads it again.
              input.value = '';
            }}
          />
          <p id={`${idPrefix}-file-hint`} class="field-hint">
            {s('fileHint')}
          </p>
        </div>
        <div class="field">
          <label for={`${idPrefix}-paste`}>{s('pasteLabel')}</label>
          <textarea
            id={`${idPrefix}-paste`}
            rows={5}
            spellcheck={false}
            aria-describedby={`${idPrefix}-paste-hint${pasteEmpty ? ` ${idPrefix}-paste-error` : ''}`}
            aria-invalid={pasteEmpty ? 'true' : undefined}
            value={pasted}
            onInput={(event) => {
              setPasted(event.currentTarget.value);
              setPasteEmpty(false);
            }}
          />
          <p id={`${idPrefix}-paste-hint`} class="field-hint">
            {s('pasteHint')}
          </p>
          <p id={`${idPrefix}-paste-error`} class="field-error" role="alert" hidden={!pasteEmpty}>
            {s('pasteEmpty')}
          </p>
          <div class="tool-buttons">
            <button
              type="button"
              disabled={props.busy}
              onClick={() => {
                if (pasted.trim() === '') setPasteEmpty(true);
                else props.onPaste(pasted);
              }}
            >
              {s('pasteButton')}
            </button>
          </div>
        </div>
      </div>

      <p class="opportunity-status" role="status">
        {props.busy ? s('reading') : ''}
      </p>
      {props.error && (
        <p class="field-error" role="alert" data-notice="import-error">
          {props.error}
        </p>
      )}

      {props.children}
    </fieldset>
  );
}
