/**
 * A text field inside a table cell. Its label names the row and the column ("商超 · 毛利率"), so
 * it is read out in full, but is hidden on screen where the table's own headers already say it.
 * A message about the text sits right under the field.
 */
interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  error?: string | undefined;
  /** 'number' fields get a numeric keyboard on phones and a narrow box. */
  kind?: 'number' | 'text';
  maxLength?: number;
}

export function CellInput({ id, label, value, onInput, error, kind = 'number', maxLength }: Props) {
  return (
    <div class={`channel-cell${error ? ' field--invalid' : ''}`}>
      <label for={id} class="channel-visually-hidden">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="text"
        class={kind === 'number' ? 'channel-number' : 'channel-text'}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        autoComplete="off"
        spellcheck={false}
        maxLength={maxLength}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
