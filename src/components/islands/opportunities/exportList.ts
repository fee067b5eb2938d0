import type { Locale } from '../../../lib/locale';
import { exportHeaders, exportStrings } from '../../../i18n/opportunities/export';
import type { AnalysedRow } from '../../../lib/opportunities/model';
import { exportColumns, rankedListCsv, type ExportColumn, type ExportLabels } from '../../../lib/opportunities/export';
import { csvBytes } from '../../../lib/csv/write';

/**
 * Downloads the ranked list as CSV in the page's language. Fetched when someone presses export:
 * it writes through papaparse, which the page does not need until then. The quadrant names and the
 * new-outlet mark come from the page, which shows them already.
 */
export function downloadRankedList(rows: readonly AnalysedRow[], locale: Locale, labels: Omit<ExportLabels, 'headers'>): void {
  const headers = Object.fromEntries(exportColumns.map((column) => [column, exportHeaders[column][locale]])) as Record<ExportColumn, string>;
  const text = rankedListCsv(rows, { ...labels, headers });
  const url = URL.createObjectURL(new Blob([csvBytes(text) as Uint8Array<ArrayBuffer>], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportStrings.exportFileName[locale];
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the URL is released shortly after.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
