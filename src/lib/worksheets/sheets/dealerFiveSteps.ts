/** 4 经销商生意提升五步: one dealer, the five steps of Part 2, signed by both sides. */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';
import { achieved, checkboxes, column, longText, table } from './common';

export const dealerFiveSteps = defineWorksheet({
  slug: 'dealer-five-steps',
  title: worksheetNames['dealer-five-steps'],
  instructions: both(
    '和一个经销商一起，按五个步骤写出他的生意提升计划：分类与选择、找机会、定计划、抓执行、盯产出。计划双方签字确认，每周检查执行，每月核对产出并调整。',
    'With one dealer, write the plan to grow its business in five steps: classify and choose, find the opportunities, make the plan, drive execution, watch the output. Both sides sign the plan; check execution weekly, compare the output monthly and adjust.',
  ),
  orientation: 'portrait',
  pages: 2,
  chapter: 'course/dealer-growth',
  sections: [
    {
      id: 'classify',
      title: both('第一步：客户分类与选择', 'Step 1: Classify and choose'),
      intro: both(
        '按潜力（规模、位置、客流）和合作意愿（进新品、给陈列、参加活动）把终端分成四类；资源有限时先集中做第一类。',
        'Sort the outlets by potential (size, location, footfall) and willingness (takes new lines, gives display, joins events) into four groups; with limited resources, start with the first.',
      ),
      fields: [
        { type: 'text', id: 'dealer', label: both('经销商', 'Dealer'), width: 'half' },
        { type: 'number', id: 'outlets', label: both('覆盖终端数（家）', 'Outlets covered'), kind: 'count', width: 'half' },
        {
          type: 'table',
          id: 'groups',
          label: both('四类终端', 'Four groups of outlets'),
          rowHeading: both('类别', 'Group'),
          rows: [
            { id: 'high-high', label: both('高潜力、高意愿', 'High potential, willing') },
            { id: 'high-low', label: both('高潜力、低意愿', 'High potential, reluctant') },
            { id: 'low-high', label: both('低潜力、高意愿', 'Low potential, willing') },
            { id: 'low-low', label: both('低潜力、低意愿', 'Low potential, reluctant') },
          ],
          totals: { label: both('合计', 'Total'), column: false },
          columns: [
            { id: 'count', label: both('终端数（家）', 'Outlets'), kind: 'count', width: 1.4 },
            { id: 'examples', label: both('代表终端', 'Examples'), width: 3 },
            { id: 'approach', label: both('怎么做', 'Approach'), width: 3.4 },
          ],
        },
        longText('choice', both('选定的重点终端（垂直增长）和要进入的新区域或渠道（水平增长）', 'Outlets chosen (vertical growth) and new areas or channels to enter (horizontal growth)'), 2),
      ],
    },
    {
      id: 'opportunities',
      title: both('第二步：找机会', 'Step 2: Find the opportunities'),
      intro: both(
        '看出货明细（进了哪些品种、多久下一次单、和同类终端比差多少），再实地走访（看陈列、看竞品、问老板和店员）。',
        'Read the shipment data (which lines each outlet takes, how often it orders, how it compares with similar outlets), then visit (display, competitors, ask the owner and staff).',
      ),
      fields: [
        checkboxes('gaps', both('找到的缺口', 'Gaps found'), 5, {
          category: both('品类缺口', 'Category'),
          range: both('品种缺口', 'Range'),
          frequency: both('频次缺口', 'Frequency'),
          display: both('陈列缺口', 'Display'),
          uncovered: both('尚未覆盖', 'Not covered'),
        }),
        table('opportunities', both('重点终端的机会', 'Opportunities at the chosen outlets'), [
          column('outlet', both('终端', 'Outlet'), 2.4),
          column('gap', both('缺口', 'Gap'), 1.8),
          column('amount', both('机会（元/月）', 'Opportunity (¥/month)'), 2, 'money'),
          column('evidence', both('依据（数据/走访）', 'Based on (data / visit)'), 4),
        ], { rows: 8, totals: { label: both('合计', 'Total'), column: false } }),
      ],
    },
    {
      id: 'plan',
      title: both('第三步：定计划', 'Step 3: Make the plan'),
      breakBefore: true,
      intro: both(
        '和经销商一起定：目标（哪些终端、增加多少进货金额）、动作、负责人、完成时间，厂家和经销商各出什么资源。',
        'Agree it with the dealer: the goal (which outlets, how much more they buy), the actions, owners, dates, and what the supplier and the dealer each put in.',
      ),
      fields: [
        longText('goal', both('计划目标', 'Goal of the plan'), 2),
        table('actions', both('动作与资源', 'Actions and resources'), [
          column('action', both('动作', 'Action'), 4),
          column('owner', both('负责人', 'Owner'), 1.5),
          column('due', both('完成日期', 'Due'), 1.6, 'date'),
          column('supplier', both('厂家资源', 'From the supplier'), 2.4),
          column('dealer', both('经销商资源', 'From the dealer'), 2.4),
        ], { rows: 5, rowLines: 2 }),
      ],
    },
    {
      id: 'execution',
      title: both('第四步：抓执行', 'Step 4: Drive execution'),
      fields: [
        {
          type: 'text',
          id: 'rhythm',
          label: both('固定检查节奏（例如每周一 15 分钟短会）', 'Fixed check-in (for example 15 minutes every Monday)'),
        },
        table('checkpoints', both('检查记录', 'Check-ins'), [
          column('date', both('日期', 'Date'), 1.6, 'date'),
          column('checked', both('检查什么', 'What was checked'), 3),
          column('progress', both('完成情况', 'Progress'), 2.2),
          column('issues', both('问题与需要协调的资源', 'Issues and help needed'), 3.6),
        ], { rows: 4 }),
      ],
    },
    {
      id: 'output',
      title: both('第五步：盯产出', 'Step 5: Watch the output'),
      fields: [
        table('results', both('每月产出', 'Output by month'), [
          column('month', both('月份', 'Month'), 1.3),
          column('target', both('目标销售额（元）', 'Target sales (¥)'), 2, 'money'),
          column('actual', both('实际销售额（元）', 'Actual sales (¥)'), 2, 'money'),
          achieved('actual', 'target', 1.4),
          column('adjust', both('有效的做法与调整', 'What worked, what changes'), 4),
        ], { rows: 3 }),
        { type: 'text', id: 'dealer-signature', label: both('经销商签字', 'Dealer’s signature'), width: 'half' },
        { type: 'text', id: 'supplier-signature', label: both('厂家代表签字', 'Supplier’s signature'), width: 'half' },
      ],
    },
  ],
});
