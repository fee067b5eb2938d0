import type { ClipboardEventHandler } from 'preact';

/**
 * The splitter's own cell field, until the shared one (components/ui/CellInput.tsx, being written
 * for the channel scorecard) lands: then this file becomes `export { CellInput } from
 * '../../ui/CellInput';` (same props), and target-split.css follows its class names.
 *
 * A text field inside a table cell. Its label names the unit and the column ("华东 · 潜力") so it
 * is read out in full, but is hidden on screen where the table's headers already say it. A message
 * about the text sits right under the field; the text itself stays as typed.
 */
interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  onPaste?: ClipboardEventHandler<HTMLInputElement> | undefined;
  error?: string | undefined;
  /** Numbers get a numeric keyboard on phones and a narrower box. */
  kind?: 'number' | 'text';
}

export function CellInput({ id, label, value, onInput, onPaste, error, kind = 'number' }: Props) {
  return (
    <div class={`split-cell${error ? ' field--invalid' : ''}`}>
      <label for={id} class="sr-only">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="text"
        class={kind === 'number' ? 'split-number' : 'split-text'}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        autoComplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
        onPaste={onPaste}
      />
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
