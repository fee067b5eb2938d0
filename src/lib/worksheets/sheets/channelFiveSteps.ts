/** 5 渠道开发五步: preparing one target customer for a new channel (Part 3). */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';
import { checkboxes, column, longText, table } from './common';

export const channelFiveSteps = defineWorksheet({
  slug: 'channel-five-steps',
  title: worksheetNames['channel-five-steps'],
  instructions: both(
    '开发每一个目标客户之前，按五个步骤准备，带去洽谈，也可以用于角色演练。没有信息找不到需求，不回应需求的方案打动不了人，异议处理不好拿不到订单，收不回钱就不算开发成功。',
    'Before meeting each target customer, prepare the five steps and take the sheet along; it also serves the role-play. Without information there is no need to find, a proposal that ignores the need persuades nobody, unanswered objections lose the order, and an order not paid for is not a channel opened.',
  ),
  orientation: 'portrait',
  pages: 2,
  chapter: 'course/new-channels',
  sections: [
    {
      id: 'information',
      title: both('1. 信息收集', '1. Gather information'),
      fields: [
        { type: 'text', id: 'customer', label: both('目标客户', 'Target customer'), width: 'half' },
        { type: 'text', id: 'channel', label: both('渠道类型', 'Type of channel'), width: 'half' },
        longText('market', both('市场信息：规模、增长、季节性，终端数量和分布', 'Market: size, growth, seasons; how many outlets and where'), 2),
        longText('competition', both('竞争信息：哪些品牌、什么价格和政策、由谁供货、哪里做得不好', 'Competitors: which brands, prices and terms, who supplies them, where they fall short'), 2),
        longText('customer-facts', both('客户信息：经营规模、主营品类、下游客户数、资金状况、老板最关心的问题', 'The customer: size, main categories, downstream customers, finances, what the owner cares about most'), 2),
      ],
    },
    {
      id: 'needs',
      title: both('2. 挖掘需求与机会', '2. Uncover needs and opportunities'),
      intro: both('靠提问，不靠介绍：按四个层次问，再用自己的话复述，请客户确认。', 'Ask rather than present: four levels of questions, then restate the need in your own words and have the customer confirm it.'),
      fields: [
        {
          type: 'table',
          id: 'questions',
          label: both('四个层次的提问', 'Four levels of questions'),
          rowHeading: both('层次', 'Level'),
          rowLines: 2,
          rows: [
            { id: 'situation', label: both('现状', 'Situation') },
            { id: 'difficulty', label: both('难点', 'Difficulty') },
            { id: 'impact', label: both('影响', 'Impact') },
            { id: 'hope', label: both('期望', 'Hope') },
          ],
          columns: [
            { id: 'question', label: both('要问的问题', 'Question to ask'), width: 4 },
            { id: 'answer', label: both('客户的回答', 'What the customer said'), width: 5 },
          ],
        },
        longText('restated', both('复述的需求（客户已确认）与机会：能带来多少终端、每月多少量', 'The need restated (confirmed by the customer) and the opportunity: how many outlets, how much a month'), 2),
      ],
    },
    {
      id: 'proposal',
      title: both('3. 分析呈现合作方案', '3. Analyse and present a proposal'),
      breakBefore: true,
      intro: both('先讲客户的问题，再讲方案怎么解决，最后讲数字，一页纸说清。', 'First the customer’s problem, then how the proposal solves it, then the numbers, on one page.'),
      fields: [
        checkboxes('contents', both('方案包括', 'The proposal covers'), 2, {
          range: both('合作的产品组合（先进哪几个品种）', 'The range to start with'),
          prices: both('价格体系和客户的利润空间', 'Prices and the customer’s margin'),
          'first-order': both('首单数量和补货方式', 'First order and replenishment'),
          support: both('支持：陈列、试用、培训、人员、样板店', 'Support: display, trials, training, staff, model store'),
          payment: both('付款方式和账期', 'Payment terms'),
          forecast: both('客户每月销量和利润测算', 'The customer’s monthly sales and profit, worked out'),
        }),
        longText('assumptions', both('测算的假设和结果', 'Assumptions and the numbers they give'), 3),
      ],
    },
    {
      id: 'objections',
      title: both('4. 处理异议', '4. Handle objections'),
      intro: both('听、认、问、答、确认。不争对错，一听“贵”不降价。', 'Listen, acknowledge, ask, answer, confirm. Never argue; never cut the price at the first “too expensive”.'),
      fields: [
        table('objections', both('预计的异议', 'Objections expected'), [
          column('objection', both('异议', 'Objection'), 2.6),
          column('reason', both('背后的真实原因', 'The real reason behind it'), 2.8),
          column('answer', both('回应（事实、数字、样板客户、方案调整）', 'Answer (facts, numbers, reference customer, adjusted offer)'), 4),
          column('confirmed', both('已确认', 'Settled'), 1.2),
        ], { rows: 4, rowLines: 2 }),
      ],
    },
    {
      id: 'order',
      title: both('5. 订单与回款', '5. Order and payment'),
      intro: both('开发以回款到账为准，不以签单为准。', 'A channel counts as opened when the money is in, not when the order is signed.'),
      fields: [
        { type: 'text', id: 'first-order', label: both('首单品种与数量', 'First order: lines and quantities') },
        { type: 'number', id: 'order-value', label: both('首单金额（元）', 'First order value (¥)'), kind: 'money' },
        { type: 'date', id: 'delivery', label: both('交货日期', 'Delivery date') },
        { type: 'number', id: 'credit', label: both('信用额度（元）', 'Credit limit (¥)'), kind: 'money' },
        { type: 'text', id: 'terms', label: both('付款方式和账期', 'Payment method and terms'), width: 'half' },
        { type: 'date', id: 'due', label: both('付款到期日', 'Payment due'), width: 'half' },
        table('follow-up', both('回款跟进', 'Payment follow-up'), [
          column('date', both('日期', 'Date'), 1.6, 'date'),
          column('action', both('跟进动作（到期前提醒、当天跟进、逾期暂停发货）', 'Action (reminder, on the day, stop shipping if late)'), 5),
          column('result', both('结果', 'Result'), 2.6),
        ], { rows: 3 }),
      ],
    },
  ],
});
