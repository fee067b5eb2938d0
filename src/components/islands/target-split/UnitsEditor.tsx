import { Component, type ClipboardEventHandler } from 'preact';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import type { Locale } from '../../../lib/locale';
import type { SplitStringKey, SplitText } from '../../../i18n/target-split';
import { fill } from '../../../i18n/tools';
import { MAX_UNITS, isPastedBlock, unitColumns, type SplitFormRow, type SplitRowErrors, type UnitColumn } from '../../../lib/target-split/form';
import { CellInput } from '../../ui/CellInput';
import { ScrollingTable } from '../../ui/ScrollingTable';
import { rowLabel } from './format';

export interface RowActions {
  setCell: (id: number, column: UnitColumn, text: string) => void;
  removeRow: (id: number) => void;
  moveRow: (id: number, delta: -1 | 1) => void;
}

interface Props {
  locale: Locale;
  dictionary: SplitText;
  rows: readonly SplitFormRow[];
  errors: readonly SplitRowErrors[];
  actions: RowActions;
  onAdd: () => void;
  /** A block of several cells pasted into a cell of row `index`. */
  onBlockPaste: (text: string, index: number) => void;
  /** Moves keyboard focus after a row moved or went away. */
  onFocusAfter: (id: string) => void;
}

/** The units table: one row per unit, each cell a labelled field, with buttons to move and remove. */
export function UnitsEditor({ locale, dictionary, rows, errors, actions, onAdd, onBlockPaste, onFocusAfter }: Props) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  return (
    <div class="split-units">
      <ScrollingTable label={s('unitsCaption')} scrollClass="split-scroll">
        <thead>
          <tr>
            <th scope="col">#</th>
            {unitColumns.map((column) => (
              <th scope="col" key={column}>
                {dictionary.columnNames[column]}
              </th>
            ))}
            <th scope="col">{s('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const rowErrors = errors[index] ?? { name: null, cells: {}, months: [] };
            return (
              <UnitRow
                key={row.id}
                locale={locale}
                dictionary={dictionary}
                row={row}
                index={index}
                count={rows.length}
                errors={rowErrors}
                errorsKey={JSON.stringify(rowErrors)}
                actions={actions}
                onBlockPaste={onBlockPaste}
                onFocusAfter={onFocusAfter}
              />
            );
          })}
        </tbody>
      </ScrollingTable>
      <div class="tool-buttons">
        <button type="button" id="split-add-unit" onClick={onAdd} disabled={rows.length >= MAX_UNITS}>
          {s('addUnit')}
        </button>
        {rows.length >= MAX_UNITS && <span class="field-hint">{fill(s('unitsFull'), { count: String(MAX_UNITS) })}</span>}
      </div>
    </div>
  );
}

interface RowProps {
  locale: Locale;
  dictionary: SplitText;
  row: SplitFormRow;
  index: number;
  count: number;
  errors: SplitRowErrors;
  /** The errors as text: rows re-render only when their own text, place or errors change. */
  errorsKey: string;
  actions: RowActions;
  onBlockPaste: (text: string, index: number) => void;
  onFocusAfter: (id: string) => void;
}

/** A row re-renders only when its own cells, place or errors change, so typing stays quick with many units. */
class UnitRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props;
    return (
      now.row !== next.row || now.index !== next.index || now.count !== next.count || now.errorsKey !== next.errorsKey || now.locale !== next.locale
    );
  }

  override render() {
    return unitRow(this.props);
  }
}

function unitRow({ locale, dictionary, row, index, count, errors, actions, onBlockPaste, onFocusAfter }: RowProps) {
  const unit = rowLabel(row, index, dictionary);
  const prefix = `split-unit-${row.id}`;
  const paste: ClipboardEventHandler<HTMLInputElement> = (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!isPastedBlock(text)) return;
    event.preventDefault();
    onBlockPaste(text, index);
  };
  const message = (column: UnitColumn): string | undefined => {
    if (column === 'name') return errors.name === null ? undefined : dictionary.nameErrors[errors.name];
    const error = errors.cells[column];
    return error ? fieldErrorMessage(error, 'money', locale) : undefined;
  };
  const move = (delta: -1 | 1) => {
    actions.moveRow(row.id, delta);
    // Focus stays on the button pressed, or goes to its twin once the row reaches the end.
    const [pressed, twin] = delta === -1 ? ['up', 'down'] : ['down', 'up'];
    const atEnd = delta === -1 ? index + delta === 0 : index + delta === count - 1;
    onFocusAfter(`${prefix}-${atEnd ? twin : pressed}`);
  };
  return (
    <tr data-row={index + 1}>
      <th scope="row" class="split-row-number">
        {index + 1}
      </th>
      {unitColumns.map((column) => (
        <td key={column}>
          <CellInput
            id={`${prefix}-${column}`}
            label={fill(dictionary.strings.cellField, { unit, column: dictionary.columnNames[column] })}
            value={row.cells[column]}
            kind={column === 'name' ? 'text' : 'number'}
            onInput={(text) => actions.setCell(row.id, column, text)}
            onPaste={paste}
            error={message(column)}
          />
        </td>
      ))}
      <td class="split-row-actions">
        <button
          type="button"
          id={`${prefix}-up`}
          aria-label={fill(dictionary.strings.moveUpLabel, { unit })}
          disabled={index === 0}
          onClick={() => move(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          id={`${prefix}-down`}
          aria-label={fill(dictionary.strings.moveDownLabel, { unit })}
          disabled={index === count - 1}
          onClick={() => move(1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={fill(dictionary.strings.removeLabel, { unit })}
          onClick={() => {
            actions.removeRow(row.id);
            onFocusAfter('split-add-unit');
          }}
        >
          {dictionary.strings.remove}
        </button>
      </td>
    </tr>
  );
}
