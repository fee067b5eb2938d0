import { useState } from 'preact/hooks';
import type { SplitStringKey, SplitText } from '../../../i18n/target-split';

interface Props {
  dictionary: SplitText;
  /** Reads the text into the table, replacing it or below it. */
  onRead: (text: string, mode: 'replace' | 'append') => void;
}

/** A box to paste cells copied from a spreadsheet into; what the paste did is reported beside the table. */
export function PastePanel({ dictionary, onRead }: Props) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  const [pasted, setPasted] = useState('');
  return (
    <details class="tool-more split-paste">
      <summary>{s('pasteHeading')}</summary>
      <div class="field">
        <label for="split-paste">{s('pasteLabel')}</label>
        <textarea
          id="split-paste"
          rows={5}
          spellcheck={false}
          value={pasted}
          aria-describedby="split-paste-hint"
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
        <p id="split-paste-hint" class="field-hint">
          {s('pasteHint')}
        </p>
      </div>
      <div class="tool-buttons">
        <button type="button" onClick={() => onRead(pasted, 'replace')}>
          {s('pasteReplace')}
        </button>
        <button type="button" onClick={() => onRead(pasted, 'append')}>
          {s('pasteAppend')}
        </button>
      </div>
    </details>
  );
}
