import type { Locale } from '../../../lib/locale';
import type { PrintMode } from '../../../lib/worksheets/paper';
import { formatSheetDate } from '../../../lib/worksheets/paper';
import type { CardsField, Worksheet, WorksheetField } from '../../../lib/worksheets/schema';
import { paperCards } from '../../../lib/worksheets/values';
import type { Cells, FieldValue, SheetValues } from '../../../lib/worksheets/valuesSchema';
import { PaperTable } from './PaperTable';
import { paperNumber, records, useText } from './text';

interface PaperProps {
  sheet: Worksheet;
  /** What to print; null prints the blank sheet. */
  values: SheetValues | null;
  locale: Locale;
  mode: PrintMode;
}

/**
 * The sheet as it prints: hidden on screen, the only thing on the page in print. Blank fields
 * are rules to write on; filled ones carry what was typed, and grow when the answer is long.
 */
export function Paper({ sheet, values, locale, mode }: PaperProps) {
  const s = useText();
  const header = values?.header;
  const line = (label: string, text: string | undefined) => (
    <div class="paper-line paper-w-third">
      <span class="paper-label">{label}</span>
      <span class="paper-fill">{text ?? ''}</span>
    </div>
  );
  return (
    <div class={`worksheet-paper worksheet-paper--${sheet.orientation}`} data-mode={mode} lang={locale}>
      <header class="paper-header">
        <p class="paper-title">{sheet.title[locale]}</p>
        <div class="paper-fields">
          {line(s('name'), header?.name)}
          {line(s('region'), header?.region)}
          {line(s('date'), header?.date ? formatSheetDate(header.date, locale) : undefined)}
        </div>
        <p class="paper-instructions">{sheet.instructions[locale]}</p>
      </header>
      {sheet.sections.map((section) => (
        <section class={`paper-section${section.breakBefore ? ' paper-section--break' : ''}`} key={section.id}>
          <p class="paper-section-title">{section.title[locale]}</p>
          {section.intro && <p class="paper-intro">{section.intro[locale]}</p>}
          <div class="paper-fields">
            {section.fields.map((field) => (
              <PaperField key={field.id} field={field} value={values?.values[field.id]} blank={values === null} locale={locale} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

interface PaperFieldProps {
  field: WorksheetField;
  value: FieldValue | undefined;
  blank: boolean;
  locale: Locale;
}

/** Blank rules to write on, `count` of them. */
export function Rules({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, index) => (
        <div class="paper-rule" key={index} />
      ))}
    </>
  );
}

function PaperField({ field, value, blank, locale }: PaperFieldProps) {
  const label = field.label[locale];
  const text = !blank && typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'text':
    case 'number':
    case 'date': {
      const shown =
        text === '' ? '' : field.type === 'number' ? paperNumber(text, field.kind, field.allowNegative, locale) : field.type === 'date' ? formatSheetDate(text, locale) : text;
      return (
        <div class={`paper-line paper-w-${field.width}`}>
          <span class="paper-label">{label}</span>
          <span class="paper-fill">{shown}</span>
        </div>
      );
    }
    case 'long-text':
      return (
        <div class="paper-block paper-w-full">
          <p class="paper-label">{label}</p>
          {text.trim() === '' ? (
            <div class="paper-box">
              <Rules count={field.lines} />
            </div>
          ) : (
            <div class="paper-box paper-text" style={{ '--lines': String(field.lines) }}>
              {text}
            </div>
          )}
        </div>
      );
    case 'checkboxes': {
      const ticked = !blank && Array.isArray(value) ? (value as string[]) : [];
      return (
        <div class="paper-block paper-w-full paper-checkboxes">
          <span class="paper-label">{label}</span>
          <div class="paper-options" style={{ '--columns': String(field.columns) }}>
            {field.options.map((option) => (
              <span class="paper-option" key={option.id}>
                <span class="paper-box-mark">{ticked.includes(option.id) ? '✓' : ''}</span>
                {option.label[locale]}
              </span>
            ))}
          </div>
        </div>
      );
    }
    case 'table':
      return <PaperTable field={field} rows={blank ? [] : records(value)} blank={blank} locale={locale} />;
    case 'cards':
      return <PaperCards field={field} cards={blank ? [] : records(value)} locale={locale} />;
  }
}

function PaperCards({ field, cards, locale }: { field: CardsField; cards: Cells[]; locale: Locale }) {
  const printed = paperCards(field, cards);
  return (
    <div class="paper-block paper-w-full">
      <div class="paper-cards" style={{ '--per-row': String(field.perRow) }}>
        {printed.map((card, index) => (
          <div class="paper-card" key={index}>
            {field.parts.map((part) => {
              const text = card[part.id] ?? '';
              return (
                <div class="paper-card-part" key={part.id}>
                  {text.trim() === '' ? (
                    <>
                      <div class="paper-line">
                        <span class="paper-label">{part.label[locale]}</span>
                        <span class="paper-fill" />
                      </div>
                      <Rules count={part.lines - 1} />
                    </>
                  ) : (
                    <p class="paper-card-text">
                      <span class="paper-label">{part.label[locale]}</span> {text}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
