import type { Locale } from '../../../lib/locale';
import type { SplitText } from '../../../i18n/target-split';
import { exportStrings } from '../../../i18n/target-split/export';
import type { SplitSuccess } from '../../../lib/target-split/model';
import type { MonthTable } from '../../../lib/target-split/months';
import { toCsv, toTsv, type ExportHeaders } from '../../../lib/target-split/spreadsheet';

/*
 * What the export buttons do. Loaded by the first click on one (with lib/target-split/spreadsheet.ts and its
 * strings), so a page that never exports never downloads it.
 */

export interface ExportedPlan {
  split: SplitSuccess;
  months: MonthTable;
}

/** What a copy did: copied (with the line to announce), or text to select by hand. */
export type CopyOutcome = { copied: true; status: string } | { copied: false; text: string; note: string; label: string };

function exportHeaders(dictionary: SplitText, locale: Locale): ExportHeaders {
  return {
    unit: dictionary.strings.unit,
    history: dictionary.columnNames.history,
    quota: dictionary.strings.quota,
    share: exportStrings.sharePercent[locale],
    months: dictionary.monthNames,
    quarters: dictionary.quarterNames,
    commitment: dictionary.columnNames.commitment,
    gap: dictionary.strings.gap,
    totalRow: dictionary.strings.totalRow,
  };
}

/** Hands a file to the browser's downloads. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time the click returns; the URL can go soon after.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the plan as CSV for Excel (UTF-8 with BOM). */
export function downloadCsv(plan: ExportedPlan, locale: Locale, dictionary: SplitText): void {
  download(toCsv(plan, exportHeaders(dictionary, locale)), `${exportStrings.fileName[locale]}.csv`);
}

/** Copies the plan as tab-separated text; where the clipboard refuses, gives the text to copy by hand. */
export async function copyTsv(plan: ExportedPlan, locale: Locale, dictionary: SplitText): Promise<CopyOutcome> {
  const table = toTsv(plan, exportHeaders(dictionary, locale));
  const byHand: CopyOutcome = { copied: false, text: table, note: exportStrings.tsvFallback[locale], label: exportStrings.tsvLabel[locale] };
  if (!navigator.clipboard) return byHand;
  return navigator.clipboard.writeText(table).then(
    (): CopyOutcome => ({ copied: true, status: exportStrings.tsvCopied[locale] }),
    () => byHand,
  );
}
