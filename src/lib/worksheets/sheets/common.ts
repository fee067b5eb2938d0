/**
 * Pieces several sheets share: the rows of the growth formula, the twelve months, and short forms
 * of the fields most sheets are made of (a paragraph, a table and its columns), so a definition
 * reads as its labels and sizes. Kept in one place so every sheet names the levers exactly as the
 * course does.
 */

import type { Translated } from '../../locale';
import { both, type CellKind, type WorksheetInput } from '../schema';

type FieldInput = WorksheetInput['sections'][number]['fields'][number];
type TableInput = Extract<FieldInput, { type: 'table' }>;
type LongTextInput = Extract<FieldInput, { type: 'long-text' }>;
type CheckboxesInput = Extract<FieldInput, { type: 'checkboxes' }>;
type FixedRowsInput = Exclude<TableInput['rows'], number>;
type ColumnsInput = TableInput['columns'];
type ColumnInput = ColumnsInput[number];

/** A paragraph: on paper a box of `lines` ruled lines. */
export function longText(id: string, label: Translated, lines: number): LongTextInput {
  return { type: 'long-text', id, label, lines };
}

/** Boxes to tick, `columns` side by side; the options by id, in the order they are written. */
export function checkboxes(id: string, label: Translated, columns: number, options: Record<string, Translated>): CheckboxesInput {
  return { type: 'checkboxes', id, label, columns, options: Object.entries(options).map(([option, text]) => ({ id: option, label: text })) };
}

/** The "achieved" column: `of` ÷ `over`, in percent, computed on screen. */
export function achieved(of: string, over: string, width: number): ColumnInput {
  return { id: 'achieved', label: both('完成率', 'Achieved'), kind: 'ratio', of, over, width };
}

/** A table column: its id, heading, share of the width and what its cells hold (text unless said). */
export function column(id: string, label: Translated, width: number, kind?: CellKind): ColumnInput {
  return kind === undefined ? { id, label, width } : { id, label, kind, width };
}

/** A table: its columns, and its rows (blank rows on paper, or fixed rows) with whatever else it sets. */
export function table(id: string, label: Translated, columns: ColumnsInput, more: Omit<TableInput, 'type' | 'id' | 'label' | 'columns'>): TableInput {
  return { type: 'table', id, label, columns, ...more };
}

/** 销售业绩 = 覆盖客户数 × 活跃率 × 平均成交金额: the three levers and sales, each with its unit. */
export const leverRows = [
  { id: 'customers', label: both('覆盖客户数（家）', 'Covered customers'), kind: 'count' },
  { id: 'active', label: both('活跃率（%）', 'Activity rate (%)'), kind: 'percent' },
  { id: 'aov', label: both('平均成交金额（元）', 'Average transaction value (¥)'), kind: 'money' },
  { id: 'sales', label: both('销售业绩（元）', 'Sales (¥)'), kind: 'money' },
] as const satisfies FixedRowsInput;

export const leverHeading = both('要素', 'Factor');

/** A table with a row per lever and sales (`leverRows`), under the heading `leverHeading`. */
export function leverTable(id: string, label: Translated, columns: ColumnsInput, more: Omit<TableInput, 'type' | 'id' | 'label' | 'columns' | 'rows'> = {}): TableInput {
  return table(id, label, columns, { rowHeading: leverHeading, rows: [...leverRows], ...more });
}

/** The three levers alone, for a row per lever. */
export const threeLevers = leverRows.slice(0, 3);

const monthNames = {
  'zh-CN': ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Twelve money columns, January first (`m1` … `m12`). */
export function monthColumns(width: number): ColumnsInput {
  return monthNames.en.map((english, index) => ({
    id: `m${index + 1}`,
    label: both(monthNames['zh-CN'][index] ?? english, english),
    kind: 'money' as const,
    width,
  }));
}
