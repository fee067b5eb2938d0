import { useState } from 'preact/hooks';
import type { Locale } from '../../../lib/locale';
import type { SplitStringKey, SplitText } from '../../../i18n/target-split';
import type { SplitSuccess } from '../../../lib/target-split/model';
import type { MonthTable } from '../../../lib/target-split/months';
import type { CopyOutcome } from './exportPlan';

// The export code, papaparse and the export strings load with the first click on a button.
const loadExport = () => import('./exportPlan');

interface Props {
  locale: Locale;
  dictionary: SplitText;
  split: SplitSuccess;
  months: MonthTable;
}

/** CSV for Excel (UTF-8 with BOM) and tab-separated text to paste into a spreadsheet. */
export function ExportPanel({ locale, dictionary, split, months }: Props) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  // The line announced beside the buttons, and the text to copy by hand when the clipboard refuses.
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<Extract<CopyOutcome, { copied: false }> | null>(null);
  const plan = { split, months };
  const failed = () => setStatus(s('exportFailed'));

  const downloadCsv = () => {
    loadExport()
      .then((module) => {
        module.downloadCsv(plan, locale, dictionary);
        setStatus('');
      })
      .catch(failed);
  };
  const copyTsv = () => {
    loadExport()
      .then((module) => module.copyTsv(plan, locale, dictionary))
      .then((outcome) => {
        setStatus(outcome.copied ? outcome.status : '');
        setFallback(outcome.copied ? null : outcome);
      })
      .catch(failed);
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
          {status}
        </span>
      </div>
      {fallback !== null && (
        <div class="field">
          <p>{fallback.note}</p>
          <label for="split-tsv">{fallback.label}</label>
          <textarea id="split-tsv" rows={6} readOnly value={fallback.text} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </section>
  );
}
