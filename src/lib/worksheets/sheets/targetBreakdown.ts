/** 8 业绩目标分解表: units × 12 months, with row and column totals, on landscape paper (Part 5). */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';
import { checkboxes, monthColumns } from './common';

export const targetBreakdown = defineWorksheet({
  slug: 'target-breakdown',
  title: worksheetNames['target-breakdown'],
  instructions: both(
    '把上一级目标分到每个单位或每个人、每个月：各部分之和不少于上一级目标；按月分解时参考去年各月占比、有效工作天数和已排定的促销；先向下取整，再按小数从大到小补尾差，分完再加一遍。',
    'Split the target from the level above to every unit or person and every month: the parts add up to at least that target; phase the months by last year’s shares, working days and planned promotions; round down first, then hand out the remainder by largest fraction, and add it all up again.',
  ),
  orientation: 'landscape',
  pages: 1,
  chapter: 'course/team-performance',
  fills: [
    { source: 'target-split', table: 'months', unitColumn: 'unit', months: true, target: 'target', over: 'over', rounding: 'rounding', method: 'method' },
  ],
  sections: [
    {
      id: 'breakdown',
      title: both('逐个单位、逐月分解', 'By unit and by month'),
      fields: [
        { type: 'number', id: 'target', label: both('上一级目标（元）', 'Target from the level above (¥)'), kind: 'money' },
        { type: 'number', id: 'over', label: both('超额分配（%）', 'Over-assignment (%)'), kind: 'percent' },
        { type: 'number', id: 'rounding', label: both('取整单位（元）', 'Rounded to (¥)'), kind: 'money' },
        // Option ids are the target splitter's method names, so a split fills them in.
        checkboxes('method', both('分解方法', 'Method'), 6, {
          equal: both('平均分配', 'Equal'),
          history: both('按历史占比', 'By history'),
          potential: both('按潜力', 'By potential'),
          weights: both('按权重', 'By weights'),
          increment: both('增量分配', 'Increment'),
          blend: both('组合法', 'Blend'),
        }),
        {
          type: 'table',
          id: 'months',
          label: both('各单位各月目标（元）', 'Targets by unit and month (¥)'),
          rows: 11,
          // A split from the tool may have many units; the sheet grows onto more pages for them.
          maxRows: 200,
          totals: { label: both('合计', 'Total') },
          columns: [{ id: 'unit', label: both('单位/人员', 'Unit / person'), width: 2.4 }, ...monthColumns(1.25)],
        },
        checkboxes('checks', both('分完后核对', 'Checked afterwards'), 4, {
          sum: both('各部分之和不少于上一级目标', 'The parts add up to at least the target'),
          months: both('已分到每个月', 'Every month has its share'),
          rounding: both('取整后合计对得上', 'Rounded parts still add up'),
          customers: both('每个目标背后都有客户名单', 'Each target has a customer list behind it'),
        }),
      ],
    },
  ],
});
