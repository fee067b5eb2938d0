import { useReportTypedBeforeReady } from './typedBeforeReady';

/**
 * A labelled text field for a number, with its hint and, when the text cannot be used, its
 * message right beside it. The text is kept exactly as typed, so nothing entered is lost.
 */
interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean;
}

export function NumberField({ id, label, value, onInput, hint, error, disabled = false }: Props) {
  const ref = useReportTypedBeforeReady(value, onInput);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        name={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} class="field-error" role="alert" hidden={!error}>
        {error}
      </p>
    </div>
  );
}
