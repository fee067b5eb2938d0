/** 3 客户洞察与生意机会: outlet by outlet, today's business against potential (Part 2). */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';
import { longText } from './common';

export const customerInsight = defineWorksheet({
  slug: 'customer-insight',
  title: worksheetNames['customer-insight'],
  instructions: both(
    '把经销商的终端逐个列出：现在每月进多少货，按同类做得好的终端估出潜力，机会 = 潜力 − 现状，并写出缺口在哪里。潜力按同一标准估；按机会金额排序，前几名就是最值得投入的地方。',
    'List the dealer’s outlets one by one: what each buys a month now, its potential (what similar outlets that do well buy), the opportunity (potential − now) and where the gap is. Estimate every potential the same way; sorted by opportunity, the top few are where to invest.',
  ),
  orientation: 'portrait',
  pages: 1,
  chapter: 'course/dealer-growth',
  sections: [
    {
      id: 'outlets',
      title: both('终端现状、潜力与机会', 'Outlets: now, potential, opportunity'),
      fields: [
        { type: 'text', id: 'dealer', label: both('经销商', 'Dealer'), width: 'half' },
        { type: 'text', id: 'period', label: both('数据月份', 'Month of the data'), width: 'half' },
        {
          type: 'table',
          id: 'outlets',
          label: both('逐个终端', 'Outlet by outlet'),
          hint: both(
            '分类：潜力高/低 × 合作意愿高/低。缺口：品类、品种、频次、陈列，或尚未覆盖。',
            'Class: potential high/low × willingness high/low. Gap: category, range, frequency, display, or not yet covered.',
          ),
          rows: 16,
          totals: { label: both('合计', 'Total'), column: false },
          columns: [
            { id: 'outlet', label: both('客户/终端', 'Customer / outlet'), width: 2.6 },
            { id: 'class', label: both('分类', 'Class'), width: 1.4 },
            { id: 'current', label: both('现在每月进货（元）', 'Buys now (¥/month)'), kind: 'money', width: 1.9 },
            { id: 'potential', label: both('潜力（元/月）', 'Potential (¥/month)'), kind: 'money', width: 1.9 },
            { id: 'opportunity', label: both('机会（元/月）', 'Opportunity (¥/month)'), kind: 'money', width: 2.1 },
            { id: 'gap', label: both('缺口在哪里', 'Where the gap is'), width: 2.2 },
            { id: 'next', label: both('下一步行动', 'Next action'), width: 2.8 },
            { id: 'owner', label: both('负责人/日期', 'Owner / date'), width: 1.7 },
          ],
        },
        longText('top', both('机会最大的前三个终端，以及本月先做什么', 'The three outlets with the biggest opportunity, and what to do first this month'), 3),
      ],
    },
  ],
});
