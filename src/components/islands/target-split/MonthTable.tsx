import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Locale } from '../../../lib/locale';
import type { SplitStringKey, SplitText } from '../../../i18n/target-split';
import { formatCount, formatMoney } from '../../../lib/numbers';
import type { SplitSuccess } from '../../../lib/target-split/model';
import type { MonthTable as Months } from '../../../lib/target-split/months';
import type { QuotaBarsData } from '../../charts/quotaBars';
import { LazyChart } from '../../ui/LazyChart';
import { ResultValue } from '../../ui/ResultValue';
import { ScrollingTable } from '../../ui/ScrollingTable';
import { UnitValue } from './UnitValue';

const loadQuotaBars = () => import('../../charts/quotaBars').then((module) => module.quotaBars);
const QUARTERS = [0, 1, 2, 3] as const;
const MONTHS_OF_QUARTER = [0, 1, 2] as const;

interface Props {
  locale: Locale;
  dictionary: SplitText;
  split: SplitSuccess;
  months: Months;
}

/**
 * The unit × month table, with each quarter after its three months and the year at the end, and
 * the same numbers as a stacked bar chart below it. Amounts are plain numbers here (the caption
 * says yuan), so seventeen columns still fit.
 */
export function MonthTable({ locale, dictionary, split, months }: Props) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  const names = dictionary.monthNames;
  const count = (value: number) => formatCount(value, locale);
  const chartData = useMemo<QuotaBarsData>(
    () => ({
      units: split.units.map((unit) => unit.name),
      months: names,
      values: months.rows.map((row) => row.months),
      format: (value: number) => formatMoney(value, locale, { compact: true }),
    }),
    [split, months, locale],
  );
  // One bar per unit needs room; the height is set from script because the page's security
  // policy does not allow style attributes in the HTML.
  const chartFrame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (chartFrame.current) chartFrame.current.style.height = `${Math.max(16, 6 + split.units.length * 1.6)}rem`;
  }, [split.units.length]);

  return (
    <>
      <ScrollingTable label={s('monthsCaption')} scrollClass="split-scroll" tableClass="split-months">
        <thead>
          <tr>
            <th scope="col">{s('unit')}</th>
            {QUARTERS.map((quarter) => [
              ...MONTHS_OF_QUARTER.map((offset) => (
                <th scope="col" key={`m${quarter * 3 + offset}`}>
                  {names[quarter * 3 + offset]}
                </th>
              )),
              <th scope="col" class="split-quarter" key={`q${quarter}`}>
                {dictionary.quarterNames[quarter]}
              </th>,
            ])}
            <th scope="col" class="split-quarter">
              {s('year')}
            </th>
          </tr>
        </thead>
        <tbody>
          {split.units.map((unit, index) => {
            const row = months.rows[index];
            if (!row) return null;
            const common = { unit: unit.name, row: index + 1 };
            return (
              <tr key={index}>
                <th scope="row">{unit.name}</th>
                {QUARTERS.map((quarter) => [
                  ...MONTHS_OF_QUARTER.map((offset) => {
                    const month = quarter * 3 + offset;
                    return (
                      <td key={`m${month}`}>
                        <UnitValue name="month" value={row.months[month] ?? null} format={count} month={month + 1} {...common} />
                      </td>
                    );
                  }),
                  <td class="split-quarter" key={`q${quarter}`}>
                    <UnitValue name="quarter" value={row.quarters[quarter] ?? null} format={count} quarter={quarter + 1} {...common} />
                  </td>,
                ])}
                <td class="split-quarter">
                  <UnitValue name="unit-year" value={row.quota} format={count} {...common} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{s('totalRow')}</th>
            {QUARTERS.map((quarter) => [
              ...MONTHS_OF_QUARTER.map((offset) => {
                const month = quarter * 3 + offset;
                return (
                  <td key={`m${month}`}>
                    <UnitValue name="month-total" value={months.monthTotals[month] ?? null} format={count} month={month + 1} />
                  </td>
                );
              }),
              <td class="split-quarter" key={`q${quarter}`}>
                <UnitValue name="quarter-total" value={months.quarterTotals[quarter] ?? null} format={count} quarter={quarter + 1} />
              </td>,
            ])}
            <td class="split-quarter">
              <ResultValue name="year-total" value={months.total} format={count} />
            </td>
          </tr>
        </tfoot>
      </ScrollingTable>

      <figure class="tool-chart split-chart">
        <figcaption>{s('chartHeading')}</figcaption>
        <div ref={chartFrame} class="split-chart-frame">
          <LazyChart
            load={loadQuotaBars}
            data={chartData}
            label={s('chartLabel')}
            locale={locale}
          />
        </div>
      </figure>
    </>
  );
}
