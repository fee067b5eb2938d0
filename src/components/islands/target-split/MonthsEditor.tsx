import { Component, type ClipboardEventHandler } from 'preact';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import type { Locale } from '../../../lib/locale';
import type { SplitStringKey, SplitText } from '../../../i18n/target-split';
import { monthsEditorStrings } from '../../../i18n/target-split/messages';
import { fill } from '../../../i18n/tools';
import { isPastedBlock, type SplitFormRow, type SplitRowErrors } from '../../../lib/target-split/form';
import { CellInput } from '../../ui/CellInput';
import { ScrollingTable } from '../../ui/ScrollingTable';
import { rowLabel } from './format';

interface Props {
  locale: Locale;
  dictionary: SplitText;
  rows: readonly SplitFormRow[];
  errors: readonly SplitRowErrors[];
  setMonth: (id: number, month: number, text: string) => void;
  /** A block of numbers pasted into the cell of row `index`, month `month` (0–11). */
  onBlockPaste: (text: string, index: number, month: number) => void;
}

/** Last year's monthly actuals per unit, for the 'history' seasonality; shown only while it is chosen. */
export function MonthsEditor({ locale, dictionary, rows, errors, setMonth, onBlockPaste }: Props) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  return (
    <div class="split-months-editor">
      <p class="field-hint">{monthsEditorStrings.historyMonthsHint[locale]}</p>
      <ScrollingTable label={s('historyMonthsHeading')} scrollClass="split-scroll">
        <thead>
          <tr>
            <th scope="col">{s('unit')}</th>
            {dictionary.monthNames.map((month) => (
              <th scope="col" key={month}>
                {month}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const rowErrors = errors[index]?.months ?? [];
            return (
              <MonthsRow
                key={row.id}
                locale={locale}
                dictionary={dictionary}
                row={row}
                index={index}
                errors={rowErrors}
                errorsKey={JSON.stringify(rowErrors)}
                setMonth={setMonth}
                onBlockPaste={onBlockPaste}
              />
            );
          })}
        </tbody>
      </ScrollingTable>
    </div>
  );
}

interface RowProps {
  locale: Locale;
  dictionary: SplitText;
  row: SplitFormRow;
  index: number;
  errors: SplitRowErrors['months'];
  errorsKey: string;
  setMonth: Props['setMonth'];
  onBlockPaste: Props['onBlockPaste'];
}

class MonthsRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props;
    return now.row !== next.row || now.index !== next.index || now.errorsKey !== next.errorsKey || now.locale !== next.locale;
  }

  override render() {
    const { locale, dictionary, row, index, errors, setMonth, onBlockPaste } = this.props;
    const unit = rowLabel(row, index, dictionary);
    return (
      <tr>
        <th scope="row">{unit}</th>
        {dictionary.monthNames.map((month, monthIndex) => {
          const error = errors[monthIndex];
          const paste: ClipboardEventHandler<HTMLInputElement> = (event) => {
            const text = event.clipboardData?.getData('text/plain') ?? '';
            if (!isPastedBlock(text)) return;
            event.preventDefault();
            onBlockPaste(text, index, monthIndex);
          };
          return (
            <td key={month}>
              <CellInput
                id={`split-months-${row.id}-${monthIndex + 1}`}
                label={fill(monthsEditorStrings.monthCellField[locale], { unit, month })}
                value={row.months[monthIndex] ?? ''}
                onInput={(text) => setMonth(row.id, monthIndex, text)}
                onPaste={paste}
                error={error ? fieldErrorMessage(error, 'money', locale) : undefined}
              />
            </td>
          );
        })}
      </tr>
    );
  }
}
