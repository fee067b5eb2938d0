/** 2 业绩增长三要素诊断: the three factors now, against a benchmark, and the target for each (Part 1). */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';
import { checkboxes, column, leverHeading, leverTable, longText } from './common';

export const growthDiagnosis = defineWorksheet({
  slug: 'growth-diagnosis',
  title: worksheetNames['growth-diagnosis'],
  instructions: both(
    '销售业绩 = 覆盖客户数 × 活跃率（购买频率）× 平均成交金额，不另勾选即按课上所讲的交易口径。用过去三到六个月的数据按同一口径算出三个要素的现状，和同类区域或历史最好水平比较，定下每个要素的目标（三者相乘达到业绩目标），再为每个要素选至少两个手段。',
    'Sales = covered customers × activity rate (purchase frequency) × average transaction value, on the course’s transactions basis unless you tick another. From the last three to six months, work out the three factors on one basis, compare them with a benchmark, set a target for each (together they multiply to the sales target), then choose at least two levers per factor.',
  ),
  orientation: 'portrait',
  pages: 1,
  chapter: 'course/growth-principle',
  fills: [{ source: 'growth', table: 'factors', current: 'current', target: 'target', basis: 'basis' }],
  sections: [
    {
      id: 'diagnosis',
      title: both('一、现状与目标', '1. Where you are and where you aim'),
      fields: [
        { type: 'text', id: 'period', label: both('数据期间', 'Period of the data'), width: 'half' },
        {
          type: 'checkboxes',
          id: 'basis',
          // Said in the label: a checkboxes field shows no hint, on screen or on paper.
          label: both('本表数字的口径（都不勾选即按交易口径）', 'Basis of the numbers (neither ticked means the transactions basis)'),
          columns: 2,
          options: [
            {
              id: 'transactions',
              label: both(
                '交易口径（课上的定义）：活跃率 = 交易笔数 ÷ 覆盖客户数，平均成交金额 = 销售额 ÷ 交易笔数',
                'Transactions basis (the course’s definition): activity rate = transactions ÷ covered customers, average transaction value = sales ÷ transactions',
              ),
            },
            {
              id: 'buyers',
              label: both(
                '下单客户口径（另一种常用口径）：活跃率 = 下单客户数 ÷ 覆盖客户数，第三个要素 = 销售额 ÷ 下单客户数',
                'Buyers basis (a common second measurement): activity rate = buyers ÷ covered customers, third factor = sales ÷ buyers',
              ),
            },
          ],
        },
        leverTable('factors', both('三个要素', 'The three factors'), [
          column('current', both('现状', 'Now'), 2, 'row'),
          column('benchmark', both('基准（同类区域/历史最好）', 'Benchmark (peer area / best month)'), 2.6, 'row'),
          column('target', both('目标', 'Target'), 2, 'row'),
          { id: 'change', label: both('提升幅度', 'Uplift'), kind: 'change', of: 'target', over: 'current', width: 1.6 },
        ]),
        checkboxes('definitions', both('口径检查', 'Definitions checked'), 2, {
          covered: both('覆盖客户数只算有负责人、在定期联系的客户', 'Covered customers: only those with an owner and regular contact'),
          active: both('活跃率和第三个要素用同一口径，没有混用', 'The activity rate and the third factor are on the same basis, not mixed'),
          aov: both('交易笔数和销售额取自同一期间、同一批客户', 'Transactions and sales come from the same period and the same customers'),
          product: both('三者相乘等于实际业绩', 'The three multiply to actual sales'),
        }),
      ],
    },
    {
      id: 'levers',
      title: both('二、每个要素的手段', '2. Levers for each factor'),
      intro: both(
        '每个要素至少两个手段，具体到本周就能开始做，写清负责人和需要的资源。',
        'At least two levers per factor, concrete enough to start this week, each with an owner and the resources it needs.',
      ),
      fields: [
        {
          type: 'table',
          id: 'actions',
          label: both('手段、负责人与资源', 'Levers, owners and resources'),
          rowHeading: leverHeading,
          rows: [
            { id: 'customers-1', label: both('覆盖客户数 ①', 'Covered customers ①') },
            { id: 'customers-2', label: both('覆盖客户数 ②', 'Covered customers ②') },
            { id: 'active-1', label: both('活跃率 ①', 'Activity rate ①') },
            { id: 'active-2', label: both('活跃率 ②', 'Activity rate ②') },
            { id: 'aov-1', label: both('平均成交金额 ①', 'Average transaction value ①') },
            { id: 'aov-2', label: both('平均成交金额 ②', 'Average transaction value ②') },
          ],
          columns: [
            { id: 'action', label: both('做什么', 'What'), width: 5 },
            { id: 'owner', label: both('负责人', 'Owner'), width: 1.5 },
            { id: 'resources', label: both('需要的资源', 'Resources'), width: 3 },
            { id: 'start', label: both('开始日期', 'Starts'), kind: 'date', width: 1.6 },
          ],
        },
      ],
    },
    {
      id: 'conclusion',
      title: both('三、结论', '3. Conclusion'),
      fields: [
        longText('conclusion', both('哪个要素偏低、空间最大？为什么让它多承担一些？', 'Which factor is lowest and has the most room? Why should it carry more?'), 3),
      ],
    },
  ],
});
