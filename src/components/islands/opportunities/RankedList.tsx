import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OpportunityStringKey, OpportunityText } from '../../../i18n/opportunities/text';
import { fill } from '../../../i18n/tools';
import { abcClasses, quadrants, type AnalysedRow } from '../../../lib/opportunities/model';
import {
  filterRows,
  pageOf,
  rowFilterOf,
  type ClassChoice,
  type ListFilterChoice,
  type QuadrantChoice,
  type RegionChoice,
} from '../../../lib/opportunities/list';
import { ResultValue } from '../../ui/ResultValue';
import { ScrollingTable } from '../../ui/ScrollingTable';
import { ResultLabel } from './ResultLabel';
import type { Formats } from './format';

/** Rows per page: a 20,000-row table puts 50 rows in the page, never all of them. */
export const PAGE_SIZE = 50;

/** The table's columns, as their headings' keys, in the order of the cells below. */
const columns = ['rank', 'nameAndPick', 'opportunity', 'abcClass', 'quadrant', 'sales', 'potential', 'growth', 'willingness', 'region'] as const;

interface Props {
  text: OpportunityText;
  idPrefix: string;
  formats: Formats;
  rows: readonly AnalysedRow[];
  filter: ListFilterChoice;
  onFilter: (filter: ListFilterChoice) => void;
  regions: { regions: string[]; hasNone: boolean };
  picked: ReadonlySet<string>;
  onPick: (name: string, picked: boolean) => void;
  onExport: (rows: readonly AnalysedRow[]) => void;
  /** Why the last export did not start (its code could not be fetched), or null. */
  exportError: string | null;
}

function regionValue(choice: RegionChoice): string {
  return choice.kind === 'region' ? `region:${choice.region}` : choice.kind;
}

function regionChoice(value: string): RegionChoice {
  if (value.startsWith('region:')) return { kind: 'region', region: value.slice('region:'.length) };
  return value === 'none' ? { kind: 'none' } : { kind: 'all' };
}

/** The ranked list: filters, export, one page of rows with a pick box each, and page controls. */
export function RankedList(props: Props) {
  const { text, idPrefix, formats, filter, picked } = props;
  const s = (key: OpportunityStringKey) => text.strings[key];
  const [page, setPage] = useState(1);
  const filtered = useMemo(() => filterRows(props.rows, rowFilterOf(filter)), [props.rows, filter]);
  // A new table, new settings or a new filter start again from the top.
  useEffect(() => setPage(1), [props.rows, filter]);
  const shown = pageOf(filtered, page, PAGE_SIZE);
  const regionOptions =
    filter.region.kind === 'region' && !props.regions.regions.includes(filter.region.region)
      ? [...props.regions.regions, filter.region.region]
      : props.regions.regions;

  const pager = (where: 'top' | 'bottom') =>
    shown.pageCount > 1 && (
      <div class="opportunity-pager">
        <button type="button" disabled={shown.page <= 1} onClick={() => setPage(shown.page - 1)}>
          {s('previous')}
        </button>
        <label for={`${idPrefix}-page-${where}`}>{s('page')}</label>
        <select id={`${idPrefix}-page-${where}`} value={String(shown.page)} onChange={(event) => setPage(Number(event.currentTarget.value))}>
          {Array.from({ length: shown.pageCount }, (_, index) => (
            <option value={String(index + 1)} key={index}>
              {fill(s('pageOption'), { page: formats.count(index + 1), count: formats.count(shown.pageCount) })}
            </option>
          ))}
        </select>
        <button type="button" disabled={shown.page >= shown.pageCount} onClick={() => setPage(shown.page + 1)}>
          {s('next')}
        </button>
      </div>
    );

  return (
    <div class="opportunity-list">
      <div class="opportunity-filters">
        <div class="field">
          <label for={`${idPrefix}-filter-class`}>{s('filterClass')}</label>
          <select
            id={`${idPrefix}-filter-class`}
            value={filter.abcClass}
            onChange={(event) => props.onFilter({ ...filter, abcClass: event.currentTarget.value as ClassChoice })}
          >
            <option value="all">{s('all')}</option>
            {abcClasses.map((abcClass) => (
              <option value={abcClass} key={abcClass}>
                {text.classNames[abcClass]}
              </option>
            ))}
            <option value="none">{s('noClass')}</option>
          </select>
        </div>
        <div class="field">
          <label for={`${idPrefix}-filter-quadrant`}>{s('filterQuadrant')}</label>
          <select
            id={`${idPrefix}-filter-quadrant`}
            value={filter.quadrant}
            onChange={(event) => props.onFilter({ ...filter, quadrant: event.currentTarget.value as QuadrantChoice })}
          >
            <option value="all">{s('all')}</option>
            {quadrants.map((quadrant) => (
              <option value={quadrant} key={quadrant}>
                {text.quadrantNames[quadrant]}
              </option>
            ))}
            <option value="none">{s('noQuadrant')}</option>
          </select>
        </div>
        <div class="field">
          <label for={`${idPrefix}-filter-region`}>{s('filterRegion')}</label>
          <select
            id={`${idPrefix}-filter-region`}
            value={regionValue(filter.region)}
            onChange={(event) => props.onFilter({ ...filter, region: regionChoice(event.currentTarget.value) })}
          >
            <option value="all">{s('all')}</option>
            {regionOptions.map((region) => (
              <option value={`region:${region}`} key={region}>
                {region}
              </option>
            ))}
            {(props.regions.hasNone || filter.region.kind === 'none') && <option value="none">{s('noRegion')}</option>}
          </select>
        </div>
      </div>

      <div class="tool-buttons">
        <button type="button" onClick={() => props.onExport(filtered)} aria-describedby={`${idPrefix}-export-hint`}>
          {s('exportButton')}
        </button>
        <span id={`${idPrefix}-export-hint`} class="field-hint">
          {s('exportHint')}
        </span>
      </div>
      {props.exportError && (
        <p class="field-error" role="alert">
          {props.exportError}
        </p>
      )}

      <p class="opportunity-list-count" role="status">
        {filtered.length === 0
          ? s('noMatch')
          : fill(s('listCount'), { count: formats.count(filtered.length), first: formats.count(shown.first), last: formats.count(shown.last) })}
      </p>
      <span hidden>
        <ResultValue name="list-rows" value={filtered.length} format={String} />
      </span>
      {pager('top')}
      <ScrollingTable label={s('tableRegion')} caption={false} scrollClass="opportunity-table-scroll" tableClass="opportunity-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {s(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.items.map((row) => (
            <tr key={row.index} data-row={row.name}>
              <td>
                <ResultValue name="rank" value={row.rank} format={formats.count} />
              </td>
              <th scope="row">
                <label class="opportunity-pick">
                  <input type="checkbox" checked={picked.has(row.name)} onChange={(event) => props.onPick(row.name, event.currentTarget.checked)} />
                  <span>{row.name}</span>
                  {row.isNew && <span class="opportunity-new">{s('newMark')}</span>}
                </label>
              </th>
              <td>
                <ResultValue name="opportunity" value={row.opportunity} format={formats.money} />
              </td>
              <td>
                <ResultLabel name="class" value={row.abcClass} text={row.abcClass} />
              </td>
              <td>
                <ResultLabel name="quadrant" value={row.quadrant} text={row.quadrant && text.quadrantNames[row.quadrant]} />
              </td>
              <td>
                <ResultValue name="sales" value={row.sales} format={formats.money} />
              </td>
              <td>
                <ResultValue name="potential" value={row.potential} format={formats.money} />
              </td>
              <td>
                <ResultValue name="growth" value={row.growthPercent} format={formats.signedPercent} />
              </td>
              <td>{row.willingness ?? '—'}</td>
              <td>{row.region ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
      {pager('bottom')}
    </div>
  );
}
