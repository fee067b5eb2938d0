import type { ClipboardEventHandler } from 'preact';
import { useReportTypedBeforeReady } from './typedBeforeReady';

/**
 * A text field inside a table cell. Its label names the row and the column ("商超 · 毛利率"), so
 * it is read out in full, but is hidden on screen (Starlight's `sr-only`) where the table's own
 * headers already say it. A message about the text sits right under the field; the text itself
 * stays as typed.
 */
interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  error?: string | undefined;
  /** Numbers get a numeric keyboard on phones and a narrow box (`cell-number`); text a wider one. */
  kind?: 'number' | 'text';
  maxLength?: number | undefined;
  onPaste?: ClipboardEventHandler<HTMLInputElement> | undefined;
}

export function CellInput({ id, label, value, onInput, error, kind = 'number', maxLength, onPaste }: Props) {
  const ref = useReportTypedBeforeReady(value, onInput);
  return (
    <div class={`cell-input${error ? ' field--invalid' : ''}`}>
      <label for={id} class="sr-only">
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        name={id}
        type="text"
        class={kind === 'number' ? 'cell-number' : 'cell-text'}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        autoComplete="off"
        spellcheck={false}
        maxLength={maxLength}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
        onPaste={onPaste}
      />
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
