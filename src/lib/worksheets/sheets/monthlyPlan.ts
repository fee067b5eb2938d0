/**
 * 1 月度生意提升计划: the homework, in the five sections (板块一…五 / Section 1…5) Part 6 teaches. Its
 * figures are on the course's transactions basis (交易口径): 活跃率 = 交易笔数 ÷ 覆盖客户数.
 */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';
import { achieved, column, leverHeading, leverRows, leverTable, longText, table } from './common';

export const monthlyPlan = defineWorksheet({
  slug: 'monthly-plan',
  title: worksheetNames['monthly-plan'],
  instructions: both(
    '在每月最后三个工作日，为你负责的市场写下个月的计划，一到两页。按五个板块填写：先看数字，再定目标，再找机会，再安排人，最后想清风险。每项动作都写清对应的要素、预期结果、负责人和日期。',
    'In the last three working days of the month, write next month’s plan for your market on one or two pages, in five sections: look at the numbers, set the target, find the opportunities, organise the people, think through the risks. Give every action its factor, expected result, owner and date.',
  ),
  orientation: 'portrait',
  pages: 2,
  chapter: 'course/summary',
  fills: [
    { source: 'growth', table: 'targets', current: 'last', target: 'target' },
    { source: 'target-split', table: 'people', unitColumn: 'person', quotaColumn: 'amount' },
  ],
  sections: [
    {
      id: 'review',
      title: both('板块一：上月回顾', 'Section 1: last month in review'),
      intro: both(
        '按交易口径（本课的定义）：活跃率 = 交易笔数 ÷ 覆盖客户数，平均成交金额 = 销售额 ÷ 交易笔数（每笔交易的平均金额）；用下单客户口径时在差距分析里注明。上月目标和实际按三个要素并排列出。逐个替换：先只把覆盖客户数换成实际值，再换活跃率，最后换平均成交金额，三次变化之和等于总差距。',
        'On the course’s transactions basis: activity rate = transactions ÷ covered customers, average transaction value = sales ÷ transactions (the average value of one transaction); if you use the buyers basis, say so under the gap. Set last month’s target and actual side by side for the three factors. Swap one at a time (covered customers, then the activity rate, then the average transaction value): the three changes add up to the total gap.',
      ),
      fields: [
        { type: 'text', id: 'month', label: both('计划月份', 'Month planned'), width: 'third' },
        {
          type: 'table',
          id: 'review',
          label: both('目标与实际', 'Target and actual'),
          rowHeading: leverHeading,
          rows: [
            leverRows[0],
            leverRows[1],
            { id: 'transactions', label: both('交易笔数（笔）', 'Transactions'), kind: 'count' },
            leverRows[2],
            leverRows[3],
          ],
          columns: [
            { id: 'target', label: both('上月目标', 'Target'), kind: 'row', width: 2 },
            { id: 'actual', label: both('上月实际', 'Actual'), kind: 'row', width: 2 },
            achieved('actual', 'target', 1.5),
            {
              id: 'effect',
              label: both('逐个替换的影响（元）', 'Effect, one at a time (¥)'),
              kind: 'money',
              allowNegative: true,
              width: 2.5,
            },
          ],
        },
        longText('gap', both('差距主要出在哪个要素上？原因是什么？', 'Which factor holds most of the gap, and why?'), 3),
      ],
    },
    {
      id: 'target',
      title: both('板块二：本月目标与分解', 'Section 2: this month’s target and breakdown'),
      intro: both(
        '把本月业绩目标换算成三个要素的目标值，确认三者相乘等于业绩目标；再分到每个人，各人目标之和不少于团队目标。',
        'Turn this month’s sales target into targets for the three factors and check that they multiply to it; then split it to every person, the parts adding up to at least the team target.',
      ),
      fields: [
        leverTable('targets', both('三个要素的目标', 'Targets for the three factors'), [
          column('last', both('上月实际', 'Last month'), 2, 'row'),
          column('target', both('本月目标', 'This month'), 2, 'row'),
          { id: 'change', label: both('变化', 'Change'), kind: 'change', of: 'target', over: 'last', width: 1.5 },
          column('means', both('主要手段', 'Main lever'), 3),
        ]),
        table('people', both('分到每个人', 'Split to every person'), [
          column('person', both('人员', 'Person'), 2),
          column('amount', both('本月目标（元）', 'Target (¥)'), 2, 'money'),
          column('factor', both('主要靠哪个要素完成', 'Mainly from which factor'), 3),
          column('weeks', both('每周分解（可选）', 'By week (optional)'), 3),
        ], { rows: 4, totals: { label: both('合计', 'Total'), column: false } }),
      ],
    },
    {
      id: 'opportunities',
      title: both('板块三：生意机会', 'Section 3: opportunities'),
      intro: both(
        '分经销商、渠道、促销三类，每条写清对应的要素、预期结果、负责人和完成日期。',
        'In three groups (dealers, channels, promotions), each with its factor, expected result, owner and due date.',
      ),
      breakBefore: true,
      fields: [
        table('opportunities', both('本月要抓的机会', 'Opportunities to go after this month'), [
          column('group', both('类别', 'Group'), 1.5),
          column('opportunity', both('机会与预期结果', 'Opportunity and expected result'), 5.5),
          column('factor', both('要素', 'Factor'), 1.6),
          column('owner', both('负责人', 'Owner'), 1.5),
          column('due', both('完成日期', 'Due'), 1.7, 'date'),
        ], { rows: 5, rowLines: 2 }),
      ],
    },
    {
      id: 'coaching',
      title: both('板块四：辅导计划', 'Section 4: coaching plan'),
      intro: both(
        '针对每项重点机会写出辅导谁、辅导什么、何时陪同拜访、何时一对一辅导；每个下属每月至少一次一对一辅导。',
        'For each key opportunity: whom you coach, on what, when you visit together, when you hold the one-to-one. Every report gets at least one one-to-one a month.',
      ),
      fields: [
        table('coaching', both('辅导安排', 'Coaching schedule'), [
          column('person', both('辅导对象', 'Whom'), 1.6),
          column('topic', both('辅导什么（经销商/新渠道/推广）', 'On what (dealer / channel / promotion)'), 4),
          column('visit', both('陪同拜访日期', 'Joint visit'), 1.8, 'date'),
          column('one-to-one', both('一对一辅导日期', 'One-to-one'), 1.8, 'date'),
        ], { rows: 4 }),
      ],
    },
    {
      id: 'risks',
      title: both('板块五：风险与所需支持', 'Section 5: risks and support needed'),
      fields: [
        table('risks', both('可能让计划落空的风险', 'Risks that could derail the plan'), [
          column('risk', both('风险', 'Risk'), 4),
          column('response', both('应对办法', 'Response'), 5),
        ], { rows: 3 }),
        table('support', both('需要的支持', 'Support needed'), [
          column('what', both('支持内容（费用/物料/审批/人员）', 'What (budget / materials / approval / people)'), 5),
          column('from', both('由谁提供', 'From whom'), 2),
          column('by', both('最晚到位日期', 'Needed by'), 2, 'date'),
        ], { rows: 2 }),
        longText('review-notes', both('复盘：哪些做法有效，哪些要改（月底填写）', 'Review: what worked, what must change (at month-end)'), 2),
      ],
    },
  ],
});
