/**
 * The opportunity finder's ranked list as CSV for Excel. Apart from src/lib/opportunities/model.ts because
 * it writes through papaparse (src/lib/opportunities/import.ts): the page loads it only when someone exports.
 *
 * Pure module: no DOM, no UI strings (the caller passes the headers in its language).
 */

import { roundTo } from '../numbers.ts';
import type { AnalysedRow, Quadrant } from './model.ts';
import { writeCsv, type CsvCell } from '../csv/write.ts';

export const exportColumns = [
  'rank',
  'name',
  'region',
  'abcClass',
  'quadrant',
  'sales',
  'lastSales',
  'growthPercent',
  'potential',
  'opportunity',
  'willingness',
  'sharePercent',
  'cumulativePercent',
  'isNew',
] as const;
export type ExportColumn = (typeof exportColumns)[number];

export interface ExportLabels {
  /** Header text per column, in the UI language. */
  headers: Readonly<Record<ExportColumn, string>>;
  /** Quadrant names; the quadrant code is written when absent. */
  quadrants?: Readonly<Record<Quadrant, string>>;
  /** Written in the isNew column for new rows (others are blank); default '1'. */
  newMark?: string;
}

function exportCell(row: AnalysedRow, column: ExportColumn, labels: ExportLabels): CsvCell {
  const money = (value: number | null): CsvCell => (value === null ? null : roundTo(value, 2));
  const percent = (value: number | null): CsvCell => (value === null ? null : roundTo(value, 2));
  switch (column) {
    case 'rank':
      return row.rank;
    case 'name':
      return row.name;
    case 'region':
      return row.region;
    case 'abcClass':
      return row.abcClass;
    case 'quadrant':
      return row.quadrant === null ? null : (labels.quadrants?.[row.quadrant] ?? row.quadrant);
    case 'sales':
      return money(row.sales);
    case 'lastSales':
      return money(row.lastSales);
    case 'growthPercent':
      return percent(row.growthPercent);
    case 'potential':
      return money(row.potential);
    case 'opportunity':
      return money(row.opportunity);
    case 'willingness':
      return row.willingness;
    case 'sharePercent':
      return percent(row.sharePercent);
    case 'cumulativePercent':
      return percent(row.cumulativePercent);
    case 'isNew':
      return row.isNew ? (labels.newMark ?? '1') : null;
  }
}

/**
 * The ranked list as CSV text for Excel: UTF-8 BOM, CRLF, RFC 4180 quoting, formula guard
 * (see writeCsv). Money and percentages are plain numbers rounded to 2 decimals.
 */
export function rankedListCsv(
  rows: readonly AnalysedRow[],
  labels: ExportLabels,
  columns: readonly ExportColumn[] = exportColumns,
): string {
  return writeCsv(
    columns.map((column) => labels.headers[column]),
    rows.map((row) => columns.map((column) => exportCell(row, column, labels))),
  );
}
