import { fill } from '../../../i18n/fill';
import type { Locale } from '../../../lib/locale';
import type { NumberKind, TableField, WorksheetColumn, WorksheetRow } from '../../../lib/worksheets/schema';
import {
  addRecord,
  cellNumberKind,
  computedCell,
  removeRecord,
  summedColumns,
  tableTotals,
} from '../../../lib/worksheets/values';
import type { Cells } from '../../../lib/worksheets/valuesSchema';
import { ResultValue } from '../../ui/ResultValue';
import type { FieldProps } from './ScreenForm';
import { formatComputed, formatNumber, numberError, records, useText } from './text';

/** A table on screen: typed cells, computed columns and totals (with `data-result`), rows to add and remove. */
export function ScreenTable({ field, value, locale, onChange }: FieldProps<TableField>) {
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
  const computed = column.kind;
  if (computed === 'ratio' || computed === 'change') {
    const value = computedCell(table, column, cells, row);
    return (
      <ResultValue
        name={`${table.id}-${column.id}-${row?.id ?? rowIndex}`}
        value={value}
        format={(number) => formatComputed(number, computed, locale)}
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

