/** 6 市场推广十二要素: a blank plan, element by element (Part 4). The builder prints the filled one. */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';
import { checkboxes, column, longText, table } from './common';

export const promotionElements = defineWorksheet({
  slug: 'promotion-elements',
  title: worksheetNames['promotion-elements'],
  instructions: both(
    '设计或审批一次促销时逐项写清。前八项回答做什么活动、花多少钱、值不值；后四项回答怎么让人知道、怎么按时做到、做得怎么样。',
    'Write out each element when you design or approve a promotion. The first eight say what the promotion is, what it costs and whether it pays; the last four say how people hear of it, how it is delivered on time and how it went.',
  ),
  orientation: 'portrait',
  pages: 2,
  chapter: 'course/promotion',
  fills: [{ source: 'promotion' }],
  sections: [
    {
      id: 'goal',
      title: both('1. 促销目的/目标', '1. Purpose and goal'),
      fields: [
        { type: 'text', id: 'name', label: both('活动名称', 'Promotion'), width: 'half' },
        { type: 'text', id: 'owner', label: both('负责人', 'Owner'), width: 'half' },
        checkboxes('aim', both('主要目的', 'Main purpose'), 3, {
          customers: both('拉新：覆盖客户数', 'New customers: coverage'),
          active: both('唤醒：活跃率', 'Win back: activity rate'),
          aov: both('提门槛：平均成交金额', 'Bigger orders: average value'),
          launch: both('推新品', 'Launch a product'),
          stock: both('清库存', 'Clear stock'),
          competitor: both('应对竞品', 'Answer a competitor'),
        }),
        longText('target', both('可衡量的目标（做到多少、在哪里、到什么时候）和底线', 'Measurable goal (how much, where, by when) and the floor'), 2),
      ],
    },
    {
      id: 'audience',
      title: both('2. 促销对象', '2. Who it targets'),
      fields: [
        checkboxes('who', both('推给谁', 'Aimed at'), 3, {
          dealers: both('经销商', 'Dealers'),
          outlets: both('零售终端', 'Retail outlets'),
          consumers: both('最终消费者', 'Consumers'),
        }),
        { type: 'text', id: 'segment', label: both('细分对象与不参加的客户', 'Which of them, and who is left out') },
      ],
    },
    {
      id: 'products',
      title: both('3. 促销产品', '3. Products'),
      fields: [
        {
          type: 'text',
          id: 'products',
          label: both('引流品、利润品、新品（库存已确认）', 'Traffic builders, profit lines, new lines (stock checked)'),
        },
      ],
    },
    {
      id: 'period',
      title: both('4. 促销时间', '4. When'),
      fields: [
        { type: 'date', id: 'start', label: both('开始日期', 'Starts'), width: 'half' },
        { type: 'date', id: 'end', label: both('结束日期', 'Ends'), width: 'half' },
      ],
    },
    {
      id: 'area',
      title: both('5. 促销范围', '5. Where'),
      fields: [
        {
          type: 'text',
          id: 'area',
          label: both('区域、渠道、门店；试点与对照门店', 'Areas, channels, stores; pilot and comparison stores'),
        },
      ],
    },
    {
      id: 'offer',
      title: both('6. 优惠设计', '6. The offer'),
      fields: [
        longText('offer', both('形式、门槛、参与条件、兑现方式和截止时间', 'Form, threshold, conditions, how and by when it is paid out'), 2),
      ],
    },
    {
      id: 'theme',
      title: both('7. 促销主题', '7. Theme'),
      fields: [{ type: 'text', id: 'theme', label: both('一句话主题', 'The theme in one line') }],
    },
    {
      id: 'budget',
      title: both('8. 促销预算', '8. Budget'),
      intro: both(
        '保本提升率 = (D + F ÷ B) ÷ (M − D)。预计提升率高于它，活动才赚钱。',
        'Break-even lift = (D + F ÷ B) ÷ (M − D). The promotion pays only if the expected lift is above it.',
      ),
      fields: [
        { type: 'number', id: 'baseline', label: both('基线销售额 B（元）', 'Baseline sales B (¥)'), kind: 'money' },
        { type: 'number', id: 'lift', label: both('预计提升率 u（%）', 'Expected lift u (%)'), kind: 'percent' },
        { type: 'number', id: 'margin', label: both('毛利率 M（%）', 'Gross margin M (%)'), kind: 'percent' },
        { type: 'number', id: 'giveaway', label: both('让利比例 D（%）', 'Price given away D (%)'), kind: 'percent' },
        { type: 'number', id: 'fixed', label: both('固定费用 F（元）', 'Fixed costs F (¥)'), kind: 'money' },
        { type: 'number', id: 'break-even', label: both('保本提升率（%）', 'Break-even lift (%)'), kind: 'percent' },
      ],
    },
    {
      id: 'script',
      title: both('9. 促销话术（FABE）', '9. Sales script (FABE)'),
      breakBefore: true,
      intro: both('客户买的是利益，信的是证据。对经销商、店主讲利润和周转，对消费者讲口感、健康或省钱。', 'Customers buy the benefit and believe the evidence. Dealers and shop owners hear margin and turnover; consumers hear taste, health or savings.'),
      fields: [
        {
          type: 'table',
          id: 'fabe',
          label: both('主推产品的话术', 'Script for the lead product'),
          rowHeading: both('要素', 'Part'),
          rowLines: 2,
          rows: [
            { id: 'feature', label: both('F 特征', 'F Feature') },
            { id: 'advantage', label: both('A 优势', 'A Advantage') },
            { id: 'benefit', label: both('B 利益', 'B Benefit') },
            { id: 'evidence', label: both('E 证据', 'E Evidence') },
          ],
          columns: [{ id: 'script', label: both('话术', 'What to say'), width: 8 }],
        },
      ],
    },
    {
      id: 'communication',
      title: both('10. 促销沟通与邀约', '10. Communication and invitations'),
      fields: [
        longText('channels', both('对内培训；对外方式（上门、电话、微信群、海报、订货会）；邀约名单与责任人', 'Internal briefing; how customers are told (visits, calls, WeChat groups, posters, ordering meeting); invitation list and owners'), 2),
        { type: 'number', id: 'invited', label: both('邀约名单（家）', 'Customers on the list'), kind: 'count' },
        { type: 'number', id: 'reach', label: both('目标触达率（%）', 'Reach aimed for (%)'), kind: 'percent' },
        { type: 'number', id: 'take-up', label: both('目标参与率（%）', 'Take-up aimed for (%)'), kind: 'percent' },
      ],
    },
    {
      id: 'timetable',
      title: both('11. 促销时间表', '11. Timetable'),
      fields: [
        table('timetable', both('从开始日往回排', 'Counted back from the start date'), [
          column('when', both('时间', 'When'), 2),
          column('work', both('工作', 'Work'), 5),
          column('owner', both('负责人', 'Owner'), 2),
        ], { rows: 6 }),
      ],
    },
    {
      id: 'evaluation',
      title: both('12. 促销执行与评估', '12. Execution and evaluation'),
      fields: [
        longText('tracking', both('每天跟踪的数和门店抽查', 'Numbers tracked each day, and store checks'), 2),
        longText('review', both('评估：实际提升率与保本提升率、增量毛利、活动后回落、三条经验', 'Evaluation: actual against break-even lift, extra gross profit, the dip afterwards, three lessons'), 3),
      ],
    },
  ],
});
