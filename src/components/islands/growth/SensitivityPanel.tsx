import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Locale } from '../../../lib/locale';
import type { GrowthText } from '../../../i18n/growth/zh-CN';
import { growthMoreStrings } from '../../../i18n/growth/more';
import { fill } from '../../../i18n/tools';
import { sensitivityRows } from '../../../lib/growth/sensitivity';
import type { GrowthKey, GrowthState, LeverKey } from '../../../lib/growth/model';
import { ResultValue } from '../../ui/ResultValue';

export interface SensitivityPanelProps {
  locale: Locale;
  text: GrowthText;
  /** The levers' names on the basis of the state (口径). */
  leverNames: Record<LeverKey, string>;
  /** The last valid state: its levers, its goal and its step. */
  state: GrowthState;
  /** Renders one of the calculator's number fields (the step is kept with the others). */
  field: (key: GrowthKey, label: string) => JSX.Element;
  money: (value: number) => string;
  signed: (value: number) => string;
}

/**
 * The sensitivity table: what the step on one lever alone does to sales, and the uplift one lever
 * alone would need. Its section is closed at first, so this code loads when it opens.
 */
export default function SensitivityPanel({ locale, text, leverNames, state, field, money, signed }: SensitivityPanelProps) {
  const s = (key: keyof typeof growthMoreStrings) => growthMoreStrings[key][locale];
  const rows = useMemo(() => sensitivityRows(state), [state]);
  return (
    <>
      {field('step', s('stepLabel'))}
      <table>
        <thead>
          <tr>
            <th scope="col">{text.strings.lever}</th>
            <th scope="col">{fill(s('stepSales'), { step: signed(state.step) })}</th>
            <th scope="col">{s('aloneNeeded')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{leverNames[row.key]}</th>
              <td>
                <ResultValue name={`step-sales-${row.key}`} value={row.stepSales} format={money} />
              </td>
              <td>
                {row.aloneReachable ? (
                  <ResultValue name={`alone-${row.key}`} value={row.aloneUpliftPercent} format={signed} />
                ) : (
                  s('aloneImpossible')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
