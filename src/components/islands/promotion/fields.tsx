import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import { warningMessage } from '../../../i18n/promotion/messages';
import { isIsoDate } from '../../../lib/promotion/dates';
import {
  getAt,
  linesToList,
  messageKindOf,
  numberKindOf,
  parsePlanNumber,
  type RowList,
} from '../../../lib/promotion/form';
import { LONG_TEXT_MAX, MAX_DRAFT_LENGTH, SHORT_TEXT_MAX, type ElementKey } from '../../../lib/promotion/planShape';
import { NumberField } from '../../ui/NumberField';
import { elementAnchor, fieldId, type Editor } from './editor';

interface FieldProps {
  editor: Editor;
  path: string;
  label: string;
  hint?: string | undefined;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The cross-check warnings about one field, shown right under it. */
export function Warnings({ editor, path }: { editor: Editor; path: string }) {
  const found = editor.warnings.filter((warning) => warning.path === path);
  if (found.length === 0) return null;
  return (
    <div class="promotion-warnings">
      {found.map((warning) => (
        <p class="tool-notice tool-notice--warning" data-warning={warning.code} key={warning.code}>
          {warningMessage(editor.dictionary, warning, editor.locale)}
        </p>
      ))}
    </div>
  );
}

/** A line of text, or several lines with `long`. */
export function TextField({ editor, path, label, hint, long = false }: FieldProps & { long?: boolean }) {
  const id = fieldId(path);
  const value = String(getAt(editor.plan, path) ?? '');
  const common = {
    id,
    name: id,
    value,
    maxLength: long ? LONG_TEXT_MAX : SHORT_TEXT_MAX,
    'aria-describedby': describedBy(hint && `${id}-hint`),
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      editor.setValue(path, event.currentTarget.value),
  };
  return (
    <div class="field promotion-field">
      <label for={id}>{label}</label>
      {long ? <textarea rows={3} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <Warnings editor={editor} path={path} />
    </div>
  );
}

/** A calendar date; a date outside years 1000–9999 is not taken into the plan, and says so. */
export function DateField({ editor, path, label, hint }: FieldProps) {
  const id = fieldId(path);
  const [invalid, setInvalid] = useState(false);
  const value = String(getAt(editor.plan, path) ?? '');
  return (
    <div class={`field promotion-field${invalid ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="date"
        min="1000-01-01"
        max="9999-12-31"
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, invalid && `${id}-error`)}
        onInput={(event) => {
          const text = event.currentTarget.value;
          const usable = text === '' || isIsoDate(text);
          setInvalid(!usable);
          editor.setValue(path, usable ? text : '');
        }}
      />
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} class="field-error" role="alert" hidden={!invalid}>
        {invalid ? editor.t('invalidDate') : ''}
      </p>
      <Warnings editor={editor} path={path} />
    </div>
  );
}

/** A number typed as people type it (20万, 30%), kept as typed, with its message beside it. */
export function PlanNumberField({ editor, path, label, hint }: FieldProps) {
  const kind = numberKindOf(path) ?? 'money';
  const text = editor.textOf(path);
  const result = parsePlanNumber(text, kind);
  return (
    <div class="promotion-number">
      <NumberField
        id={fieldId(path)}
        label={label}
        hint={hint}
        value={text}
        onInput={(next) => editor.setNumberText(path, next)}
        error={result.ok ? undefined : fieldErrorMessage(result.error, messageKindOf(kind), editor.locale)}
      />
      <Warnings editor={editor} path={path} />
    </div>
  );
}

/** A list typed one item per line. */
export function LinesField({ editor, path, label, hint }: FieldProps) {
  const id = fieldId(path);
  const text = editor.textOf(path);
  const { error } = linesToList(text);
  return (
    <div class={`field promotion-field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        name={id}
        rows={4}
        maxLength={MAX_DRAFT_LENGTH}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error !== null && `${id}-error`)}
        onInput={(event) => editor.setLinesText(path, event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} class="field-error" role="alert" hidden={!error}>
        {error ? editor.dictionary.linesErrorMessages[error] : ''}
      </p>
      <Warnings editor={editor} path={path} />
    </div>
  );
}

/** One row of a list, with its remove button. */
export function Row({
  children,
  onRemove,
  removeLabel,
}: {
  children: ComponentChildren;
  onRemove: () => void;
  removeLabel: string;
}) {
  return (
    <div class="promotion-row">
      <div class="promotion-row-fields">{children}</div>
      <button type="button" class="promotion-remove" onClick={onRemove}>
        {removeLabel}
      </button>
    </div>
  );
}

/** The button that adds a blank row, off at the schema's limit. */
export function AddRow({ editor, list, label, full }: { editor: Editor; list: RowList; label: string; full: boolean }) {
  return (
    <button type="button" class="promotion-add" onClick={() => editor.addRow(list)} disabled={full}>
      {label}
    </button>
  );
}

/**
 * The fields of one of the twelve elements, with the element's hint. Its number, name and status
 * are in the heading the island shows before the editor loads (ElementPanel); the group is named
 * by that heading.
 */
export function ElementFieldset({
  editor,
  element,
  children,
}: {
  editor: Editor;
  element: ElementKey;
  children: ComponentChildren;
}) {
  const anchor = elementAnchor(element);
  return (
    <fieldset class="promotion-element-fields" aria-labelledby={`${anchor}-name`} aria-describedby={`${anchor}-hint`}>
      <p id={`${anchor}-hint`} class="field-hint promotion-element-hint">
        {editor.dictionary.elementHints[element]}
      </p>
      {children}
    </fieldset>
  );
}
