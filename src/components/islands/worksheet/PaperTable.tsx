import type { ComponentChildren } from 'preact';
import type { Locale } from '../../../lib/locale';
import { formatSheetDate } from '../../../lib/worksheets/paper';
import type { NumberKind, TableField, WorksheetColumn, WorksheetRow } from '../../../lib/worksheets/schema';
import { cellNumberKind, computedCell, paperRows, summedColumns, tableTotals } from '../../../lib/worksheets/values';
import type { Cells } from '../../../lib/worksheets/valuesSchema';
import { formatComputed, formatNumber, paperNumber } from './text';

/** A table as it prints: blank rows to write in, or what was written, with its totals. */
export function PaperTable({ field, rows, blank, locale }: { field: TableField; rows: Cells[]; blank: boolean; locale: Locale }) {
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
      return computed === null ? null : formatComputed(computed, column.kind, locale);
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

