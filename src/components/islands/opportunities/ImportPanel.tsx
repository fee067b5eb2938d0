import { useState } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales';
import {
  cellProblemStrings,
  choiceErrorStrings,
  fieldNames,
  opportunityStrings,
  tableWarningStrings,
} from '../../../i18n/opportunities';
import { fill } from '../../../i18n/tools';
import { importFields, type BadRow, type ChoiceError, type ColumnChoice, type ImportField } from '../../../lib/tableImport';
import { ResultValue } from '../../ui/ResultValue';
import { ResultLabel } from './ResultLabel';
import type { Formats } from './format';
import type { ImportOutcome } from './tasks';

export interface ImportView {
  source: { kind: 'file'; name: string } | { kind: 'paste' };
  outcome: Extract<ImportOutcome, { ok: true }>;
  /** The mapping step's choices as the person has set them. */
  choices: ColumnChoice[];
  choiceError: ChoiceError | null;
  /** What replacing the table did, once rows were read. */
  applied: { truncated: number; keptNew: number } | null;
}

interface Props {
  locale: Locale;
  idPrefix: string;
  formats: Formats;
  /** The import comes before the results, so its sections sit at the results' level. */
  headingLevel: 'h2' | 'h3';
  busy: boolean;
  /** A message when the file or text could not be read at all. */
  error: string | null;
  view: ImportView | null;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
  onChoice: (column: number, choice: ColumnChoice) => void;
  onApplyMapping: () => void;
}

const encodingNames = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GB18030 (GBK)' } as const;

/** Loading a table: a file or a pasted block, what was read, the mapping step and the rows left out. */
export function ImportPanel(props: Props) {
  const { locale, idPrefix, formats, view } = props;
  const s = (key: keyof typeof opportunityStrings) => opportunityStrings[key][locale];
  const [pasted, setPasted] = useState('');
  const [pasteEmpty, setPasteEmpty] = useState(false);
  const Heading = props.headingLevel;

  const problemText = (row: BadRow) =>
    row.problems
      .map((problem) => `${fieldNames[problem.field][locale]}${locale === 'en' ? ' ' : ''}${cellProblemStrings[problem.code][locale]}`)
      .join(locale === 'en' ? '; ' : '；');

  return (
    <fieldset class="opportunity-import">
      <legend>{s('inputHeading')}</legend>
      <p class="field-hint">{s('columnsHint')}</p>
      <div class="opportunity-import-ways">
        <div class="field">
          <label for={`${idPrefix}-file`}>{s('fileLabel')}</label>
          <input
            id={`${idPrefix}-file`}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            aria-describedby={`${idPrefix}-file-hint`}
            disabled={props.busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) props.onFile(file);
              // Cleared so that loading the same file again, after editing it, reads it again.
              input.value = '';
            }}
          />
          <p id={`${idPrefix}-file-hint`} class="field-hint">
            {s('fileHint')}
          </p>
        </div>
        <div class="field">
          <label for={`${idPrefix}-paste`}>{s('pasteLabel')}</label>
          <textarea
            id={`${idPrefix}-paste`}
            rows={5}
            spellcheck={false}
            aria-describedby={`${idPrefix}-paste-hint${pasteEmpty ? ` ${idPrefix}-paste-error` : ''}`}
            aria-invalid={pasteEmpty ? 'true' : undefined}
            value={pasted}
            onInput={(event) => {
              setPasted(event.currentTarget.value);
              setPasteEmpty(false);
            }}
          />
          <p id={`${idPrefix}-paste-hint`} class="field-hint">
            {s('pasteHint')}
          </p>
          <p id={`${idPrefix}-paste-error`} class="field-error" role="alert" hidden={!pasteEmpty}>
            {s('pasteEmpty')}
          </p>
          <div class="tool-buttons">
            <button
              type="button"
              disabled={props.busy}
              onClick={() => {
                if (pasted.trim() === '') setPasteEmpty(true);
                else props.onPaste(pasted);
              }}
            >
              {s('pasteButton')}
            </button>
          </div>
        </div>
      </div>

      <p class="opportunity-status" role="status">
        {props.busy ? s('reading') : ''}
      </p>
      {props.error && (
        <p class="field-error" role="alert" data-notice="import-error">
          {props.error}
        </p>
      )}

      {view && (
        <div class="opportunity-import-result">
          <dl class="opportunity-facts">
            <div>
              <dt>{s('source')}</dt>
              <dd data-result="source">{view.source.kind === 'file' ? view.source.name : s('pastedText')}</dd>
            </div>
            <div>
              <dt>{s('encoding')}</dt>
              <dd>
                <ResultLabel
                  name="encoding"
                  value={view.outcome.encoding ?? 'none'}
                  text={view.outcome.encoding === null ? s('notAFile') : encodingNames[view.outcome.encoding]}
                />
              </dd>
            </div>
            <div>
              <dt>{s('delimiter')}</dt>
              <dd>
                <ResultLabel
                  name="delimiter"
                  value={view.outcome.delimiter === '\t' ? 'tab' : 'comma'}
                  text={view.outcome.delimiter === '\t' ? s('delimiterTab') : s('delimiterComma')}
                />
              </dd>
            </div>
            <div>
              <dt>{s('rowsRead')}</dt>
              <dd>
                <ResultValue name="imported-rows" value={view.outcome.read.ok ? view.outcome.read.rows.length : 0} format={formats.count} />
              </dd>
            </div>
            <div>
              <dt>{s('rowsBad')}</dt>
              <dd>
                <ResultValue name="bad-rows" value={view.outcome.read.ok ? view.outcome.read.badCount : null} format={formats.count} />
              </dd>
            </div>
          </dl>

          {view.outcome.replaced && <p class="tool-notice tool-notice--warning">{s('replacedCharacters')}</p>}
          {view.outcome.warnings.map((warning) => (
            <p class="tool-notice tool-notice--warning" data-notice={warning.code} key={`${warning.code}-${warning.line}`}>
              {fill(tableWarningStrings[warning.code][locale], { line: String(warning.line) })}
            </p>
          ))}
          {view.applied && view.applied.truncated > 0 && (
            <p class="tool-notice tool-notice--warning">{fill(s('truncated'), { count: formats.count(view.applied.truncated) })}</p>
          )}
          {view.applied && view.applied.keptNew > 0 && (
            <p class="tool-notice">{fill(s('keptNew'), { count: formats.count(view.applied.keptNew) })}</p>
          )}
          {view.outcome.read.ok && view.outcome.read.blankSales > 0 && (
            <p class="tool-notice">{fill(s('salesBlank'), { count: formats.count(view.outcome.read.blankSales) })}</p>
          )}
          {view.outcome.read.ok && view.outcome.read.duplicateCount > 0 && (
            <div class="tool-notice" data-notice="duplicates">
              <p>{s('duplicates')}</p>
              <p>
                {formats.list(
                  view.outcome.read.duplicates.slice(0, 10).map((duplicate) =>
                    fill(s('duplicateLine'), { line: String(duplicate.line), name: duplicate.name, first: String(duplicate.firstLine) }),
                  ),
                )}
                {view.outcome.read.duplicateCount > 10 ? ' …' : ''}
              </p>
            </div>
          )}

          {view.outcome.needsMapping && (
            <section class="opportunity-mapping" aria-labelledby={`${idPrefix}-mapping-heading`}>
              <Heading id={`${idPrefix}-mapping-heading`}>{s('mappingHeading')}</Heading>
              <p>{s('mappingIntro')}</p>
              <p class={view.outcome.read.ok ? 'field-hint' : 'tool-notice tool-notice--warning'}>
                {view.outcome.read.ok ? s('mappingRead') : s('mappingNotRead')}
              </p>
              <div class="opportunity-mapping-grid">
                {view.outcome.header.map((header, column) => {
                  const id = `${idPrefix}-column-${column}`;
                  const samples = view.outcome.samples[column] ?? [];
                  return (
                    <div class="field" key={column}>
                      <label for={id}>{header === '' ? fill(s('unnamedColumn'), { number: String(column + 1) }) : header}</label>
                      <select
                        id={id}
                        value={view.choices[column] ?? ''}
                        aria-describedby={samples.length > 0 ? `${id}-sample` : undefined}
                        onChange={(event) => {
                          const value = event.currentTarget.value;
                          props.onChoice(column, (importFields as readonly string[]).includes(value) ? (value as ImportField) : null);
                        }}
                      >
                        <option value="">{s('leaveOut')}</option>
                        {importFields.map((field) => (
                          <option value={field} key={field}>
                            {fieldNames[field][locale]}
                          </option>
                        ))}
                      </select>
                      {samples.length > 0 && (
                        <p id={`${id}-sample`} class="field-hint">
                          {fill(s('mappingSample'), { values: formats.list(samples) })}
                        </p>
                      )}
                    </div>
                  );
                })}
              </div>
              {view.choiceError && (
                <p class="field-error" role="alert" data-notice="mapping-error">
                  {fill(choiceErrorStrings[view.choiceError.error][locale], {
                    field: view.choiceError.error === 'field-twice' ? fieldNames[view.choiceError.field][locale] : '',
                  })}
                </p>
              )}
              <div class="tool-buttons">
                <button type="button" disabled={props.busy} onClick={props.onApplyMapping}>
                  {s('applyMapping')}
                </button>
              </div>
            </section>
          )}

          {view.outcome.read.ok && view.outcome.read.badCount > 0 && (
            <section class="opportunity-bad-rows" aria-labelledby={`${idPrefix}-bad-heading`}>
              <Heading id={`${idPrefix}-bad-heading`}>{s('badRowsHeading')}</Heading>
              <p>{s('badRowsIntro')}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{s('line')}</th>
                    <th scope="col">{s('problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.outcome.read.bad.map((row) => (
                    <tr key={row.line} data-bad-line={row.line}>
                      <td>
                        <ResultValue name="bad-line" value={row.line} format={String} />
                      </td>
                      <td data-problems={row.problems.map((problem) => `${problem.field}:${problem.code}`).join(' ')}>{problemText(row)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {view.outcome.read.badCount > view.outcome.read.bad.length && (
                <p class="field-hint">{fill(s('badRowsMore'), { count: formats.count(view.outcome.read.badCount - view.outcome.read.bad.length) })}</p>
              )}
            </section>
          )}
        </div>
      )}
    </fieldset>
  );
}
