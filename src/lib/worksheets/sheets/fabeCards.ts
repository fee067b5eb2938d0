/** 7 FABE 话术卡: one card per product, cut apart after printing (Part 4, element 9). */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';

export const fabeCards = defineWorksheet({
  slug: 'fabe-cards',
  title: worksheetNames['fabe-cards'],
  instructions: both(
    '每个主推产品写一张卡：一段话控制在一分钟内，只讲一个最重要的利益，证据必须真实、能核对。对经销商和店主、对消费者各写一套。打印后沿虚线剪开，晨会上两人对练。',
    'One card per lead product: a script of under a minute, one main benefit, evidence that is true and can be checked. Write one set for dealers and shop owners and one for consumers. Cut along the dashed lines and practise in pairs at the morning meeting.',
  ),
  orientation: 'portrait',
  pages: 1,
  chapter: 'course/promotion',
  sections: [
    {
      id: 'cards',
      title: both('话术卡', 'Script cards'),
      fields: [
        {
          type: 'cards',
          id: 'cards',
          label: both('话术卡', 'Script cards'),
          cardName: both('卡片', 'Card'),
          count: 4,
          perRow: 2,
          parts: [
            { id: 'product', label: both('产品', 'Product') },
            { id: 'audience', label: both('对象', 'For') },
            { id: 'feature', label: both('F 特征', 'F Feature'), lines: 2 },
            { id: 'advantage', label: both('A 优势', 'A Advantage'), lines: 2 },
            { id: 'benefit', label: both('B 利益', 'B Benefit'), lines: 3 },
            { id: 'evidence', label: both('E 证据', 'E Evidence'), lines: 2 },
            { id: 'ask', label: both('成交提问', 'Closing question') },
          ],
        },
      ],
    },
  ],
});
