import type { Locale } from '../../../lib/locale';
import { cellProblemStrings, choiceErrorStrings, fieldNames, importResultStrings, tableWarningStrings } from '../../../i18n/opportunities/import';
import { fill } from '../../../i18n/tools';
import type { BadRow } from '../../../lib/opportunities/import';
import { importFields, type ColumnChoice, type ImportField } from '../../../lib/opportunities/columns';
import { ResultValue } from '../../ui/ResultValue';
import type { Formats } from './format';
import type { ImportView } from './ImportPanel';
import { ResultLabel } from './ResultLabel';

interface Props {
  locale: Locale;
  idPrefix: string;
  formats: Formats;
  headingLevel: 'h2' | 'h3';
  busy: boolean;
  view: ImportView;
  onChoice: (column: number, choice: ColumnChoice) => void;
  onApplyMapping: () => void;
}

const encodingNames = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GB18030 (GBK)' } as const;

/**
 * What an import read: the facts, the notices, the mapping step and the rows left out. Fetched
 * with the import code, since nothing here shows before someone loads a table.
 */
export function ImportResult(props: Props) {
  const { locale, idPrefix, formats, view } = props;
  const r = (key: keyof typeof importResultStrings) => importResultStrings[key][locale];
  const Heading = props.headingLevel;

  const problemText = (row: BadRow) =>
    row.problems
      .map((problem) => `${fieldNames[problem.field][locale]}${locale === 'en' ? ' ' : ''}${cellProblemStrings[problem.code][locale]}`)
      .join(locale === 'en' ? '; ' : '；');

  return (
    <div class="opportunity-import-result">
      <dl class="opportunity-facts">
        <div>
          <dt>{r('source')}</dt>
          <dd data-result="source">{view.source.kind === 'file' ? view.source.name : r('pastedText')}</dd>
        </div>
        <div>
          <dt>{r('encoding')}</dt>
          <dd>
            <ResultLabel
              name="encoding"
              value={view.outcome.encoding ?? 'none'}
              text={view.outcome.encoding === null ? r('notAFile') : encodingNames[view.outcome.encoding]}
            />
          </dd>
        </div>
        <div>
          <dt>{r('delimiter')}</dt>
          <dd>
            <ResultLabel
              name="delimiter"
              value={view.outcome.delimiter === '\t' ? 'tab' : 'comma'}
              text={view.outcome.delimiter === '\t' ? r('delimiterTab') : r('delimiterComma')}
            />
          </dd>
        </div>
        <div>
          <dt>{r('rowsRead')}</dt>
          <dd>
            <ResultValue name="imported-rows" value={view.outcome.read.ok ? view.outcome.read.rows.length : 0} format={formats.count} />
          </dd>
        </div>
        <div>
          <dt>{r('rowsBad')}</dt>
          <dd>
            <ResultValue name="bad-rows" value={view.outcome.read.ok ? view.outcome.read.badCount : null} format={formats.count} />
          </dd>
        </div>
      </dl>

      {view.outcome.replaced && <p class="tool-notice tool-notice--warning">{r('replacedCharacters')}</p>}
      {view.outcome.warnings.map((warning) => (
        <p class="tool-notice tool-notice--warning" data-notice={warning.code} key={`${warning.code}-${warning.line}`}>
          {fill(tableWarningStrings[warning.code][locale], { line: String(warning.line) })}
        </p>
      ))}
      {view.applied && view.applied.truncated > 0 && (
        <p class="tool-notice tool-notice--warning">{fill(r('truncated'), { count: formats.count(view.applied.truncated) })}</p>
      )}
      {view.applied && view.applied.keptNew > 0 && (
        <p class="tool-notice">{fill(r('keptNew'), { count: formats.count(view.applied.keptNew) })}</p>
      )}
      {view.outcome.read.ok && view.outcome.read.blankSales > 0 && (
        <p class="tool-notice">{fill(r('salesBlank'), { count: formats.count(view.outcome.read.blankSales) })}</p>
      )}
      {view.outcome.read.ok && view.outcome.read.duplicateCount > 0 && (
        <div class="tool-notice" data-notice="duplicates">
          <p>{r('duplicates')}</p>
          <p>
            {formats.list(
              view.outcome.read.duplicates.slice(0, 10).map((duplicate) =>
                fill(r('duplicateLine'), { line: String(duplicate.line), name: duplicate.name, first: String(duplicate.firstLine) }),
              ),
            )}
            {view.outcome.read.duplicateCount > 10 ? ' …' : ''}
          </p>
        </div>
      )}

      {view.outcome.needsMapping && (
        <section class="opportunity-mapping" aria-labelledby={`${idPrefix}-mapping-heading`}>
          <Heading id={`${idPrefix}-mapping-heading`}>{r('mappingHeading')}</Heading>
          <p>{r('mappingIntro')}</p>
          <p class={view.outcome.read.ok ? 'field-hint' : 'tool-notice tool-notice--warning'}>
            {view.outcome.read.ok ? r('mappingRead') : r('mappingNotRead')}
          </p>
          <div class="opportunity-mapping-grid">
            {view.outcome.header.map((header, column) => {
              const id = `${idPrefix}-column-${column}`;
              const samples = view.outcome.samples[column] ?? [];
              return (
                <div class="field" key={column}>
                  <label for={id}>{header === '' ? fill(r('unnamedColumn'), { number: String(column + 1) }) : header}</label>
                  <select
                    id={id}
                    value={view.choices[column] ?? ''}
                    aria-describedby={samples.length > 0 ? `${id}-sample` : undefined}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      props.onChoice(column, (importFields as readonly string[]).includes(value) ? (value as ImportField) : null);
                    }}
                  >
                    <option value="">{r('leaveOut')}</option>
                    {importFields.map((field) => (
                      <option value={field} key={field}>
                        {fieldNames[field][locale]}
                      </option>
                    ))}
                  </select>
                  {samples.length > 0 && (
                    <p id={`${id}-sample`} class="field-hint">
                      {fill(r('mappingSample'), { values: formats.list(samples) })}
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
              {r('applyMapping')}
            </button>
          </div>
        </section>
      )}

      {view.outcome.read.ok && view.outcome.read.badCount > 0 && (
        <section class="opportunity-bad-rows" aria-labelledby={`${idPrefix}-bad-heading`}>
          <Heading id={`${idPrefix}-bad-heading`}>{r('badRowsHeading')}</Heading>
          <p>{r('badRowsIntro')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{r('line')}</th>
                <th scope="col">{r('problem')}</th>
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
            <p class="field-hint">{fill(r('badRowsMore'), { count: formats.count(view.outcome.read.badCount - view.outcome.read.bad.length) })}</p>
          )}
        </section>
      )}
    </div>
  );
}
