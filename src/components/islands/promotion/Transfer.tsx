import type { CoreView } from './editor';
import type { ImportProblem } from './importPlan';

export interface ImportFailure {
  file: string;
  problems: ImportProblem[];
}

interface Props {
  view: CoreView;
  onExport: () => void;
  /** Prints once the plan document (fetched on demand) is there. */
  onPrint: () => void;
  onImport: (file: File) => void;
  failure: ImportFailure | null;
  /** Some typed numbers did not parse, so the export leaves them blank. */
  draftsPending: boolean;
}

/** Most import problems listed; the rest are counted. */
const listed = 12;

/** Export and import as JSON, the share link's note, and printing. */
export function Transfer({ view, onExport, onPrint, onImport, failure, draftsPending }: Props) {
  const { t } = view;
  return (
    <section class="promotion-transfer" aria-labelledby="promotion-transfer-heading" data-print="hide">
      <h2 id="promotion-transfer-heading">{t('transferHeading')}</h2>
      <div class="tool-buttons">
        <button type="button" onClick={onExport}>
          {t('exportJson')}
        </button>
        <button type="button" onClick={onPrint}>
          {t('print')}
        </button>
      </div>
      {draftsPending && <p class="tool-notice tool-notice--warning">{t('draftsNotExported')}</p>}
      <div class="field">
        <label for="promotion-import">{t('importJson')}</label>
        <input
          id="promotion-import"
          type="file"
          accept=".json,application/json"
          aria-describedby="promotion-import-hint"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            event.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
        <p id="promotion-import-hint" class="field-hint">
          {t('importHint')}
        </p>
      </div>
      {failure && (
        <div class="tool-notice tool-notice--warning" role="alert" data-notice="import-failed">
          <p>{t('importFailed', { file: failure.file })}</p>
          <ul>
            {failure.problems.slice(0, listed).map((problem, index) => (
              <li key={index} data-path={problem.path}>
                {problem.text}
              </li>
            ))}
          </ul>
          {failure.problems.length > listed && (
            <p>{t('moreErrors', { n: String(failure.problems.length - listed) })}</p>
          )}
        </div>
      )}
      <p class="field-hint">{t('shareHint')}</p>
      <p class="field-hint">{t('printHint')}</p>
    </section>
  );
}
