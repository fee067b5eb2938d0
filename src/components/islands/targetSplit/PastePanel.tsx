import { useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales';
import { splitStrings } from '../../../i18n/targetSplit';

interface Props {
  locale: Locale;
  /** Reads the text into the table, replacing it or below it. */
  onRead: (text: string, mode: 'replace' | 'append') => void;
}

/** A box to paste cells copied from a spreadsheet into; what the paste did is reported beside the table. */
export function PastePanel({ locale, onRead }: Props) {
  const s = (key: keyof typeof splitStrings) => splitStrings[key][locale];
  const [text, setText] = useState('');
  return (
    <details class="tool-more split-paste">
      <summary>{s('pasteHeading')}</summary>
      <div class="field">
        <label for="split-paste">{s('pasteLabel')}</label>
        <textarea
          id="split-paste"
          rows={5}
          spellcheck={false}
          value={text}
          aria-describedby="split-paste-hint"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id="split-paste-hint" class="field-hint">
          {s('pasteHint')}
        </p>
      </div>
      <div class="tool-buttons">
        <button type="button" onClick={() => onRead(text, 'replace')}>
          {s('pasteReplace')}
        </button>
        <button type="button" onClick={() => onRead(text, 'append')}>
          {s('pasteAppend')}
        </button>
      </div>
    </details>
  );
}
