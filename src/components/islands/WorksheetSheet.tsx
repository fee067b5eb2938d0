import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fieldErrorMessage } from '../../i18n/fieldMessages';
import type { Locale, Translated } from '../../lib/locale';
import { fill } from '../../i18n/fill';
import type { WorksheetText } from '../../i18n/worksheets';
import { formatCount, formatMoney, formatPercent, roundTo } from '../../lib/numbers';
import { createSavedStateStore } from '../../lib/storage';
import { formatSheetDate, PRINT_PARAM } from '../../lib/worksheets/paper';
import type {
  CardsField,
  CheckboxField,
  NumberKind,
  TableField,
  Worksheet,
  WorksheetColumn,
  WorksheetField,
  WorksheetFill,
  WorksheetRow,
} from '../../lib/worksheets/schema';
import {
  SHEET_VALUES_VERSION,
  addRecord,
  blankSheet,
  cellNumberKind,
  computedCell,
  isBlankSheet,
  normalizeValues,
  paperCards,
  paperRows,
  readNumber,
  removeRecord,
  sheetValuesSchema,
  summedColumns,
  tableTotals,
  type Cells,
  type FieldValue,
  type SheetHeader,
  type SheetValues,
} from '../../lib/worksheets/values';
import { browserStorage } from '../ui/browserStorage';
import { NumberField } from '../ui/NumberField';
import { ResultValue } from '../ui/ResultValue';
import type { FillReport, WorksheetNotice } from './worksheet/fillFromTool';
import '../../styles/worksheet.css';

// "Fill from the tool" (its code, the tools' fillers and its messages) loads with the first click.
const loadFill = () => import('./worksheet/fillFromTool');

interface Props {
  locale: Locale;
  /** A parsed definition from src/lib/worksheets (plain data: the page passes it in). */
  sheet: Worksheet;
  /** The names of the tools this sheet can be filled from, in the page's language (from the page, so the island carries no catalog). */
  toolNames: Partial<Record<string, string>>;
  /** The engine's strings in the page's language, from the page: the island carries no dictionary. */
  text: WorksheetText;
}

/** The page's strings, for the parts of the sheet below the island's top. */
const TextContext = createContext<WorksheetText | null>(null);
function useText(): (key: keyof WorksheetText) => string {
  const text = useContext(TextContext);
  if (!text) throw new Error('WorksheetSheet renders its parts inside TextContext');
  return (key) => text[key];
}

type PrintMode = 'filled' | 'blank';
type Notice = WorksheetNotice;

/**
 * Any worksheet: a form on screen, autosaved in the browser, and a sheet on paper, blank or
 * filled. A view over src/lib/worksheets: the definition says what to draw, values.ts reads and
 * adds up what was typed, fill.ts brings numbers in from the tools.
 */
export default function WorksheetSheet({ locale, sheet, toolNames, text }: Props) {
  const s = (key: keyof WorksheetText) => text[key];
  const t = (text: Translated) => text[locale];
  const store = useMemo(
    () =>
      createSavedStateStore({
        storage: typeof window === 'undefined' ? undefined : browserStorage(),
        name: `worksheet:${sheet.slug}`,
        version: SHEET_VALUES_VERSION,
        schema: sheetValuesSchema,
      }),
    [sheet.slug],
  );
  const [values, setValues] = useState<SheetValues>(() => blankSheet(sheet));
  const [loaded, setLoaded] = useState(false);
  const [openingNotices, setOpeningNotices] = useState<Notice[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [defaultMode, setDefaultMode] = useState<PrintMode>('filled');
  const [printMode, setPrintMode] = useState<PrintMode>('filled');
  const [pendingPrint, setPendingPrint] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  // Read the saved sheet once, in the browser. `?print=blank` opens the blank paper layout, so a
  // link (or a test) can print a blank sheet without a click.
  useEffect(() => {
    const saved = store.load();
    const notices: Notice[] = [];
    if (saved.status === 'ok') setValues(normalizeValues(sheet, saved.value));
    if (saved.status === 'set-aside') notices.push({ kind: 'warning', text: fill(s('setAside'), { key: saved.setAsideKey }) });
    if (saved.status === 'unavailable') notices.push({ kind: 'info', text: s('storageUnavailable') });
    setOpeningNotices(notices);
    const mode: PrintMode = new URLSearchParams(window.location.search).get(PRINT_PARAM) === 'blank' ? 'blank' : 'filled';
    setDefaultMode(mode);
    setPrintMode(mode);
    setLoaded(true);
  }, [store]);

  // Saved as part of the render that shows the change (a layout effect), not a frame later: a
  // reload or a closed tab right after the last keystroke must not lose it.
  useLayoutEffect(() => {
    if (!loaded) return;
    if (isBlankSheet(values)) store.clear();
    else store.save(values);
  }, [values, loaded]);

  // Print once the paper copy shows the chosen mode; go back to the default afterwards.
  useEffect(() => {
    if (!pendingPrint) return;
    setPendingPrint(false);
    window.print();
  }, [pendingPrint]);
  useEffect(() => {
    const reset = () => setPrintMode(defaultMode);
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, [defaultMode]);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const print = (mode: PrintMode) => {
    setPrintMode(mode);
    setPendingPrint(true);
  };

  const setField = (id: string, value: FieldValue) => setValues((previous) => ({ ...previous, values: { ...previous.values, [id]: value } }));
  const setHeader = (key: keyof SheetHeader, value: string) =>
    setValues((previous) => ({ ...previous, header: { ...previous.header, [key]: value } }));

  const fillFromTool = (source: WorksheetFill) => {
    const request = { sheet, values, source, locale, storage: browserStorage() };
    loadFill()
      .then((module) => module.fillFromTool(request))
      .catch(() => null)
      .then((found) => {
        // No storage, or the fill code did not load: the tool's data cannot be read from here.
        const report = found ?? unavailableReport(source);
        if (report.values !== null) setValues(report.values);
        setNotice(report.notice);
      });
  };
  const unavailableReport = (source: WorksheetFill): FillReport => ({
    values: null,
    notice: { kind: 'warning', text: fill(s('fillUnavailable'), { tool: toolNames[source.source] ?? source.source }) },
  });

  const clear = () => {
    setValues(blankSheet(sheet));
    setConfirming(false);
    setNotice({ kind: 'info', text: s('cleared') });
    clearButton.current?.focus();
  };

  const pageWord = sheet.pages === 1 ? s('pageSingular') : s('pagePlural');
  const allNotices = [...openingNotices, ...(notice ? [notice] : [])];

  return (
    <TextContext.Provider value={text}>
      <div class="worksheet not-content" data-sheet={sheet.slug} data-ready={loaded ? 'true' : undefined} data-pagefind-ignore>
        <div class="worksheet-screen" data-print="hide">
          <div class="worksheet-bar">
            <button type="button" onClick={() => print('filled')}>
              {s('printFilled')}
            </button>
            <button type="button" onClick={() => print('blank')}>
              {s('printBlank')}
            </button>
            {sheet.fills.map((source) => (
              <button type="button" key={source.source} onClick={() => fillFromTool(source)}>
                {fill(s('fillFrom'), { tool: toolNames[source.source] ?? source.source })}
              </button>
            ))}
            <button type="button" class="worksheet-clear" ref={clearButton} onClick={() => setConfirming(true)} aria-expanded={confirming}>
              {s('clear')}
            </button>
          </div>
          <p class="field-hint">{fill(s('printHint'), { pages: String(sheet.pages), pageWord })}</p>
          {confirming && (
            <div
              class="worksheet-confirm tool-notice tool-notice--warning"
              role="alertdialog"
              aria-labelledby={`ws-${sheet.slug}-clear-question`}
              onKeyDown={(event) => {
                if (event.key !== 'Escape') return;
                setConfirming(false);
                clearButton.current?.focus();
              }}
            >
              <p id={`ws-${sheet.slug}-clear-question`}>{s('clearQuestion')}</p>
              <div class="tool-buttons">
                <button type="button" onClick={clear}>
                  {s('clearConfirm')}
                </button>
                <button
                  type="button"
                  ref={cancelButton}
                  onClick={() => {
                    setConfirming(false);
                    clearButton.current?.focus();
                  }}
                >
                  {s('clearCancel')}
                </button>
              </div>
            </div>
          )}
          <div class="worksheet-notices" aria-live="polite">
            {allNotices.map((item, index) => (
              <p class={`tool-notice${item.kind === 'warning' ? ' tool-notice--warning' : ''}`} key={index} data-notice>
                {item.text}
                {item.link && (
                  <>
                    {' '}
                    <a href={item.link.href}>{item.link.text}</a>
                  </>
                )}
              </p>
            ))}
          </div>

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
          <p class="tool-privacy">{s('autosave')}</p>
        </div>

        <Paper sheet={sheet} values={printMode === 'blank' ? null : values} locale={locale} mode={printMode} />
      </div>
    </TextContext.Provider>
  );
}

// ---------------------------------------------------------------------------
// Screen

const widthClass = (width: 'full' | 'half' | 'third') => `worksheet-w-${width}`;

/** A typed number as the sheet shows it: ¥300,000, 37.8%, 1,200. */
function formatNumber(value: number, kind: NumberKind, locale: Locale): string {
  if (kind === 'money') return formatMoney(value, locale);
  if (kind === 'count') return formatCount(value, locale);
  // As many decimals as the number has, up to two: 30%, 37.8%, 25.99%.
  const decimals = Number.isInteger(roundTo(value, 6)) ? 0 : Number.isInteger(roundTo(value * 10, 6)) ? 1 : 2;
  return formatPercent(value, locale, { decimals });
}

function numberError(text: string, kind: NumberKind, allowNegative: boolean, locale: Locale): string | undefined {
  const result = readNumber(text, kind, allowNegative);
  return result.ok ? undefined : fieldErrorMessage(result.error, kind, locale);
}

interface FieldProps<Field extends WorksheetField> {
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

function records(value: FieldValue | undefined): Cells[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object') ? (value as Cells[]) : [];
}

function ScreenTable({ field, value, locale, onChange }: FieldProps<TableField>) {
  const s = useText();
  const rows = records(value);
  const fixedRows = typeof field.rows === 'number' ? null : field.rows;
  const shownRows = fixedRows ? fixedRows.map((_, index) => rows[index] ?? {}) : rows.length > 0 ? rows : [{}];
  const totals = field.totals ? tableTotals(field, shownRows) : null;
  const summed = summedColumns(field);
  const totalKind: NumberKind = summed.every((column) => column.kind === 'count') ? 'count' : 'money';
  const base = `ws-${field.id}`;
  const setCell = (rowIndex: number, column: string, text: string) => {
    const next = shownRows.map((row) => ({ ...row }));
    next[rowIndex] = { ...next[rowIndex], [column]: text };
    onChange(next);
  };
  const full = !fixedRows && shownRows.length >= field.maxRows;

  return (
    <div class="worksheet-w-full worksheet-table-field">
      <div class="worksheet-table-scroll" role="region" aria-labelledby={`${base}-caption`} tabIndex={0}>
        <table class="worksheet-table">
          <caption id={`${base}-caption`}>
            {field.label[locale]}
            {field.hint && <span class="field-hint worksheet-caption-hint">{field.hint[locale]}</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col" id={`${base}-rowhead`}>
                {fixedRows ? (field.rowHeading?.[locale] ?? '') : '#'}
              </th>
              {field.columns.map((column) => (
                <th scope="col" id={`${base}-col-${column.id}`} key={column.id}>
                  {column.label[locale]}
                </th>
              ))}
              {totals && field.totals?.column && (
                <th scope="col" id={`${base}-col-total`}>
                  {field.totals.label[locale]}
                </th>
              )}
              {!fixedRows && (
                <th scope="col">
                  <span class="sr-only">{s('actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((cells, rowIndex) => {
              const row = fixedRows?.[rowIndex];
              const rowId = `${base}-row-${rowIndex}`;
              return (
                <tr key={rowIndex}>
                  <th scope="row" id={rowId}>
                    {row ? row.label[locale] : String(rowIndex + 1)}
                  </th>
                  {field.columns.map((column) => (
                    <td key={column.id} class={column.kind === 'ratio' || column.kind === 'change' ? 'worksheet-computed' : undefined}>
                      <ScreenCell table={field} column={column} row={row} cells={cells} rowIndex={rowIndex} locale={locale} onInput={(text) => setCell(rowIndex, column.id, text)} />
                    </td>
                  ))}
                  {totals && field.totals?.column && (
                    <td class="worksheet-computed">
                      <ResultValue name={`${field.id}-row-${rowIndex}`} value={totals.rows[rowIndex] ?? null} format={(total) => formatNumber(total, totalKind, locale)} />
                    </td>
                  )}
                  {!fixedRows && (
                    <td>
                      <button type="button" class="worksheet-remove" aria-label={fill(s('removeRowLabel'), { n: String(rowIndex + 1) })} onClick={() => onChange(removeRecord(shownRows, rowIndex))}>
                        {s('removeRow')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
          {totals && field.totals?.row && (
            <tfoot>
              <tr>
                <th scope="row">{field.totals.label[locale]}</th>
                {field.columns.map((column) => (
                  <td key={column.id} class="worksheet-computed">
                    {column.kind === 'money' || column.kind === 'count' ? (
                      <ResultValue name={`${field.id}-${column.id}`} value={totals.columns[column.id] ?? null} format={(total) => formatNumber(total, column.kind === 'count' ? 'count' : 'money', locale)} />
                    ) : null}
                  </td>
                ))}
                {field.totals.column && (
                  <td class="worksheet-computed">
                    <ResultValue name={`${field.id}-total`} value={totals.grand} format={(total) => formatNumber(total, totalKind, locale)} />
                  </td>
                )}
                {!fixedRows && <td />}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {!fixedRows && (
        <div class="tool-buttons">
          <button type="button" disabled={full} onClick={() => onChange(addRecord(field, shownRows))}>
            {s('addRow')}
          </button>
          {full && <span class="field-hint">{s('rowsFull')}</span>}
        </div>
      )}
    </div>
  );
}

interface CellProps {
  table: TableField;
  column: WorksheetColumn;
  row: WorksheetRow | undefined;
  cells: Cells;
  rowIndex: number;
  locale: Locale;
  onInput: (text: string) => void;
}

function ScreenCell({ table, column, row, cells, rowIndex, locale, onInput }: CellProps) {
  const base = `ws-${table.id}`;
  const id = `${base}-${rowIndex}-${column.id}`;
  const labelledBy = `${base}-col-${column.id} ${base}-row-${rowIndex}`;
  if (column.kind === 'ratio' || column.kind === 'change') {
    const value = computedCell(table, column, cells, row);
    return (
      <ResultValue
        name={`${table.id}-${column.id}-${row?.id ?? rowIndex}`}
        value={value}
        format={(number) => formatPercent(number, locale, { decimals: 1, signed: column.kind === 'change' })}
      />
    );
  }
  const text = cells[column.id] ?? '';
  if (column.kind === 'date') {
    return <input id={id} type="date" value={text} aria-labelledby={labelledBy} onInput={(event) => onInput(event.currentTarget.value)} />;
  }
  const kind = cellNumberKind(column, row);
  const error = kind ? numberError(text, kind, column.allowNegative, locale) : undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={kind ? 'decimal' : undefined}
        autoComplete="off"
        value={text}
        aria-labelledby={labelledBy}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </>
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

// ---------------------------------------------------------------------------
// Paper

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
function Paper({ sheet, values, locale, mode }: PaperProps) {
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
function Rules({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, index) => (
        <div class="paper-rule" key={index} />
      ))}
    </>
  );
}

function paperNumber(text: string, kind: NumberKind, allowNegative: boolean, locale: Locale): string {
  const result = readNumber(text, kind, allowNegative);
  return result.ok && result.value !== undefined ? formatNumber(result.value, kind, locale) : text;
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

function PaperTable({ field, rows, blank, locale }: { field: TableField; rows: Cells[]; blank: boolean; locale: Locale }) {
  const fixedRows = typeof field.rows === 'number' ? null : field.rows;
  const printed = paperRows(field, rows);
  const totals = field.totals && !blank ? tableTotals(field, printed) : null;
  const summed = summedColumns(field);
  const totalKind: NumberKind = summed.every((column) => column.kind === 'count') ? 'count' : 'money';
  const showTotalColumn = field.totals?.column === true;
  const showTotalRow = field.totals?.row === true;
  // Widths: the row labels, the columns and the total column share the line by their weights.
  const weights = [...(fixedRows ? [2.4] : []), ...field.columns.map((column) => column.width), ...(showTotalColumn ? [1.5] : [])];
  const sum = weights.reduce((a, b) => a + b, 0);
  const cell = (column: WorksheetColumn, cells: Cells, row: WorksheetRow | undefined): ComponentChildren => {
    if (blank) return null;
    if (column.kind === 'ratio' || column.kind === 'change') {
      const computed = computedCell(field, column, cells, row);
      return computed === null ? null : formatPercent(computed, locale, { decimals: 1, signed: column.kind === 'change' });
    }
    const text = cells[column.id] ?? '';
    if (text === '') return null;
    if (column.kind === 'date') return formatSheetDate(text, locale);
    const kind = cellNumberKind(column, row);
    return kind ? paperNumber(text, kind, column.allowNegative, locale) : text;
  };
  const total = (value: number | null | undefined) => (value === null || value === undefined ? null : formatNumber(value, totalKind, locale));
  return (
    <div class="paper-block paper-w-full">
      <table class="paper-table" style={{ '--row-lines': String(field.rowLines) }}>
        <caption>
          {field.label[locale]}
          {field.hint && <span class="paper-hint">{field.hint[locale]}</span>}
        </caption>
        <colgroup>
          {weights.map((weight, index) => (
            <col key={index} style={{ width: `${((weight / sum) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {fixedRows && <th scope="col">{field.rowHeading?.[locale] ?? ''}</th>}
            {field.columns.map((column) => (
              <th scope="col" key={column.id}>
                {column.label[locale]}
              </th>
            ))}
            {showTotalColumn && <th scope="col">{field.totals?.label[locale]}</th>}
          </tr>
        </thead>
        <tbody>
          {printed.map((cells, rowIndex) => {
            const row = fixedRows?.[rowIndex];
            return (
              <tr key={rowIndex}>
                {row && <th scope="row">{row.label[locale]}</th>}
                {field.columns.map((column) => (
                  <td key={column.id} class={cellNumberKind(column, row) || column.kind === 'ratio' || column.kind === 'change' ? 'paper-number' : undefined}>
                    {cell(column, cells, row)}
                  </td>
                ))}
                {showTotalColumn && <td class="paper-number paper-total">{total(totals?.rows[rowIndex])}</td>}
              </tr>
            );
          })}
        </tbody>
        {showTotalRow && (
          <tfoot>
            <tr class="paper-total">
              {fixedRows && <th scope="row">{field.totals?.label[locale]}</th>}
              {field.columns.map((column, index) => (
                <td key={column.id} class="paper-number">
                  {!fixedRows && index === 0 ? <strong>{field.totals?.label[locale]}</strong> : summed.includes(column) ? total(totals?.columns[column.id]) : null}
                </td>
              ))}
              {showTotalColumn && <td class="paper-number">{total(totals?.grand)}</td>}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
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
