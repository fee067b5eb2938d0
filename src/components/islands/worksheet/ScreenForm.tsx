import type { Locale, Translated } from '../../../lib/locale';
import { fill } from '../../../i18n/fill';
import type { CardsField, CheckboxField, Worksheet, WorksheetField } from '../../../lib/worksheets/schema';
import { addRecord, removeRecord } from '../../../lib/worksheets/values';
import type { FieldValue, SheetHeader, SheetValues } from '../../../lib/worksheets/valuesSchema';
import { NumberField } from '../../ui/NumberField';
import { ScreenTable } from './ScreenTable';
import { numberError, records, useText } from './text';

interface FormProps {
  sheet: Worksheet;
  values: SheetValues;
  locale: Locale;
  setHeader: (key: keyof SheetHeader, value: string) => void;
  setField: (id: string, value: FieldValue) => void;
}

/** The sheet as a form on screen: the header (who fills it in), then each section's fields. */
export function ScreenForm({ sheet, values, locale, setHeader, setField }: FormProps) {
  const s = useText();
  const t = (text: Translated) => text[locale];
  return (
  <form class="worksheet-form" onSubmit={(event) => event.preventDefault()} noValidate aria-label={s('formLabel')}>
    <fieldset class="worksheet-section">
      <legend>{s('headerLegend')}</legend>
      <div class="worksheet-grid">
        {(['name', 'region'] as const).map((key) => (
          <div class="field worksheet-w-third" key={key}>
            <label for={`ws-header-${key}`}>{s(key)}</label>
            <input
              id={`ws-header-${key}`}
              type="text"
              value={values.header[key]}
              onInput={(event) => setHeader(key, event.currentTarget.value)}
            />
          </div>
        ))}
        <div class="field worksheet-w-third">
          <label for="ws-header-date">{s('date')}</label>
          <input id="ws-header-date" type="date" value={values.header.date} onInput={(event) => setHeader('date', event.currentTarget.value)} />
        </div>
      </div>
    </fieldset>
    {sheet.sections.map((section) => (
      <section class="worksheet-section" key={section.id} aria-labelledby={`ws-section-${section.id}`}>
        <h2 id={`ws-section-${section.id}`}>{t(section.title)}</h2>
        {section.intro && <p class="worksheet-intro">{t(section.intro)}</p>}
        <div class="worksheet-grid">
          {section.fields.map((field) => (
            <ScreenField key={field.id} field={field} value={values.values[field.id]} locale={locale} onChange={(value) => setField(field.id, value)} />
          ))}
        </div>
      </section>
    ))}
  </form>
  );
}

const widthClass = (width: 'full' | 'half' | 'third') => `worksheet-w-${width}`;

export interface FieldProps<Field extends WorksheetField> {
  field: Field;
  value: FieldValue | undefined;
  locale: Locale;
  onChange: (value: FieldValue) => void;
}

function ScreenField({ field, value, locale, onChange }: FieldProps<WorksheetField>) {
  const id = `ws-${field.id}`;
  const label = field.label[locale];
  const hint = field.hint?.[locale];
  const textValue = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'text':
      return (
        <div class={`field ${widthClass(field.width)}`}>
          <label for={id}>{label}</label>
          <input id={id} type="text" value={textValue} onInput={(event) => onChange(event.currentTarget.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
          {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
        </div>
      );
    case 'long-text':
      return (
        <div class="field worksheet-w-full">
          <label for={id}>{label}</label>
          <textarea
            id={id}
            rows={Math.max(2, Math.min(field.lines, 6))}
            value={textValue}
            onInput={(event) => onChange(event.currentTarget.value)}
            aria-describedby={hint ? `${id}-hint` : undefined}
          />
          {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
        </div>
      );
    case 'number':
      return (
        <div class={widthClass(field.width)}>
          <NumberField
            id={id}
            label={label}
            hint={hint}
            value={textValue}
            onInput={onChange}
            error={numberError(textValue, field.kind, field.allowNegative, locale)}
          />
        </div>
      );
    case 'date':
      return (
        <div class={`field ${widthClass(field.width)}`}>
          <label for={id}>{label}</label>
          <input id={id} type="date" value={textValue} onInput={(event) => onChange(event.currentTarget.value)} />
        </div>
      );
    case 'checkboxes':
      return <ScreenCheckboxes field={field} value={value} locale={locale} onChange={onChange} />;
    case 'table':
      return <ScreenTable field={field} value={value} locale={locale} onChange={onChange} />;
    case 'cards':
      return <ScreenCards field={field} value={value} locale={locale} onChange={onChange} />;
  }
}

function ScreenCheckboxes({ field, value, locale, onChange }: FieldProps<CheckboxField>) {
  const ticked = Array.isArray(value) ? (value as string[]) : [];
  return (
    <fieldset class="worksheet-w-full worksheet-checkboxes">
      <legend>{field.label[locale]}</legend>
      <div class="worksheet-options" style={{ '--columns': String(field.columns) }}>
        {field.options.map((option) => (
          <label key={option.id}>
            <input
              type="checkbox"
              checked={ticked.includes(option.id)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                // Keep the definition's order, whatever order the boxes were ticked in.
                onChange(field.options.map((item) => item.id).filter((id) => (id === option.id ? on : ticked.includes(id))));
              }}
            />
            {option.label[locale]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ScreenCards({ field, value, locale, onChange }: FieldProps<CardsField>) {
  const s = useText();
  const cards = records(value);
  const shown = cards.length > 0 ? cards : [{}];
  const cardName = field.cardName[locale];
  const full = shown.length >= field.maxCards;
  const setPart = (index: number, part: string, text: string) => {
    const next = shown.map((card) => ({ ...card }));
    next[index] = { ...next[index], [part]: text };
    onChange(next);
  };
  return (
    <div class="worksheet-w-full">
      <div class="worksheet-cards-screen">
        {shown.map((card, index) => {
          const heading = fill(s('cardHeading'), { card: cardName, n: String(index + 1) });
          return (
            <fieldset class="worksheet-card-screen" key={index}>
              <legend>{heading}</legend>
              {field.parts.map((part) => {
                const id = `ws-${field.id}-${index}-${part.id}`;
                return (
                  <div class="field" key={part.id}>
                    <label for={id}>{part.label[locale]}</label>
                    {part.lines > 1 ? (
                      <textarea id={id} rows={part.lines} value={card[part.id] ?? ''} onInput={(event) => setPart(index, part.id, event.currentTarget.value)} />
                    ) : (
                      <input id={id} type="text" value={card[part.id] ?? ''} onInput={(event) => setPart(index, part.id, event.currentTarget.value)} />
                    )}
                  </div>
                );
              })}
              <div class="tool-buttons">
                <button type="button" aria-label={fill(s('removeCardLabel'), { card: cardName, n: String(index + 1) })} onClick={() => onChange(removeRecord(shown, index))}>
                  {s('removeCard')}
                </button>
              </div>
            </fieldset>
          );
        })}
      </div>
      <div class="tool-buttons">
        <button type="button" disabled={full} onClick={() => onChange(addRecord(field, shown))}>
          {fill(s('addCard'), { card: cardName })}
        </button>
      </div>
    </div>
  );
}

