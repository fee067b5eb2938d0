import { useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales';
import { columnNames, monthNames, quarterNames, splitStrings } from '../../../i18n/targetSplit';
import type { MonthTable, SplitSuccess } from '../../../lib/split';
import type { ExportHeaders } from '../../../lib/splitSpreadsheet';

const loadSpreadsheet = () => import('../../../lib/splitSpreadsheet');

interface Props {
  locale: Locale;
  split: SplitSuccess;
  months: MonthTable;
}

function exportHeaders(locale: Locale): ExportHeaders {
  return {
    unit: splitStrings.unit[locale],
    history: columnNames.history[locale],
    quota: splitStrings.quota[locale],
    share: splitStrings.sharePercent[locale],
    months: monthNames[locale],
    quarters: quarterNames[locale],
    commitment: columnNames.commitment[locale],
    gap: splitStrings.gap[locale],
    totalRow: splitStrings.totalRow[locale],
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

/** CSV for Excel (UTF-8 with BOM) and tab-separated text to paste into a spreadsheet. */
export function ExportPanel({ locale, split, months }: Props) {
  const s = (key: keyof typeof splitStrings) => splitStrings[key][locale];
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [fallback, setFallback] = useState<string | null>(null);
  const plan = { split, months };

  const downloadCsv = () => {
    loadSpreadsheet()
      .then((module) => {
        download(module.toCsv(plan, exportHeaders(locale)), `${s('fileName')}.csv`);
        setStatus('idle');
      })
      .catch(() => setStatus('failed'));
  };
  const copyTsv = () => {
    loadSpreadsheet()
      .then((module) => {
        const text = module.toTsv(plan, exportHeaders(locale));
        const showText = () => {
          setStatus('idle');
          setFallback(text);
        };
        if (!navigator.clipboard) return showText();
        return navigator.clipboard.writeText(text).then(() => {
          setFallback(null);
          setStatus('copied');
        }, showText);
      })
      .catch(() => setStatus('failed'));
  };

  return (
    <section class="split-export" aria-labelledby="split-export-heading" data-print="hide">
      <h3 id="split-export-heading">{s('exportHeading')}</h3>
      <div class="tool-buttons">
        <button type="button" onClick={downloadCsv}>
          {s('downloadCsv')}
        </button>
        <button type="button" onClick={copyTsv}>
          {s('copyTsv')}
        </button>
        <span class="tool-bar-status" role="status">
          {status === 'copied' ? s('tsvCopied') : status === 'failed' ? s('exportFailed') : ''}
        </span>
      </div>
      {fallback !== null && (
        <div class="field">
          <p>{s('tsvFallback')}</p>
          <label for="split-tsv">{s('tsvLabel')}</label>
          <textarea id="split-tsv" rows={6} readOnly value={fallback} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </section>
  );
}
