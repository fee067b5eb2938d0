/**
 * Pieces several sheets share: the rows of the growth formula and the twelve months. Kept in one
 * place so every sheet names the levers exactly as the course does.
 */

import { both, type WorksheetInput } from '../schema';

type TableInput = Extract<WorksheetInput['sections'][number]['fields'][number], { type: 'table' }>;
type FixedRowsInput = Exclude<TableInput['rows'], number>;
type ColumnsInput = TableInput['columns'];

/** 销售业绩 = 覆盖客户数 × 活跃率 × 平均成交金额: the three levers and sales, each with its unit. */
export const leverRows = [
  { id: 'customers', label: both('覆盖客户数（家）', 'Covered customers'), kind: 'count' },
  { id: 'active', label: both('活跃率（%）', 'Activity rate (%)'), kind: 'percent' },
  { id: 'aov', label: both('平均成交金额（元）', 'Average transaction value (¥)'), kind: 'money' },
  { id: 'sales', label: both('销售业绩（元）', 'Sales (¥)'), kind: 'money' },
] as const satisfies FixedRowsInput;

export const leverHeading = both('要素', 'Factor');

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
