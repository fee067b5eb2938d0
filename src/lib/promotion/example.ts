/**
 * The built-in example plans, written in Chinese or English. Their words are sample data (what a
 * user would type), not interface text; their numbers are the same in both languages and agree
 * with each other: the budget lines add up to the total, and each return below is what the
 * builder computes (budget.ts). Both are illustrative: the companies and figures are invented.
 *
 * 'purifier': a two-week holiday promotion of an air purifier with a gift, costed as Part 4 costs
 * gifts: as part of the share given away D, not as a fixed cost. Each X3 (regular price ¥2,400)
 * comes with a filter whose regular price is ¥100, so of ¥2,500 of goods at regular prices the
 * customer pays for ¥2,400: D = 100 ÷ 2,500 = 4 %. Without the promotion the stores sell 125 X3 in
 * two weeks, B = ¥300,000; with it 174 X3 and 174 filters go out, ¥435,000 at regular prices, so
 * u = 45 % (the free filters are part of the volume, as the course counts the free case of 买十送一).
 * M = 40 %, F = ¥9,600. Break-even lift = (4 % + 3.2 %) ÷ 36 % = 20 %; gross profit 435,000 × 36 %
 * − 9,600 = ¥147,000 against ¥120,000 without the promotion: +¥27,000; cost 9,600 + 435,000 × 4 %
 * (174 filters × ¥100) = ¥27,000, ROI 100 %. Revenue 435,000 × 96 % = ¥417,600 (174 × ¥2,400) is
 * the goal's target. The product has no unit price: the volume mixes purifiers and filters, so a
 * cost per unit would mislead.
 *
 * 'tea': Part 4's case (course/promotion.mdx, 应用案例): a drinks company's four-week buying-in
 * promotion of a 500 ml sugar-free tea in two flavours for small shops, 5 % off orders of ten
 * cases or more. B = ¥600,000, M = 35 %, D = 5 % (counted on all volume, to be safe), F = ¥24,000,
 * u = 50 %. Break-even lift = (5 % + 4 %) ÷ 30 % = 30 %; gross profit 600,000 × 1.5 × 30 % − 24,000
 * = ¥246,000 against ¥210,000: +¥36,000; cost 24,000 + 45,000 = ¥69,000, ROI ≈ 52.17 %. Its goal
 * is the case's main aim, the average transaction value (per order): ¥300 → ¥450, orders kept at 2,000.
 */

import type { Locale } from '../locale';
import type { ExampleKey } from './plans';
import { planSchema, type Plan, type PlanInput } from './schema';
import { generateTimetable } from './timetableGenerator';
import type { DurationChoices } from './timetable';

/** What an example says, in one language. */
interface Words {
  name: string;
  purpose: string;
  metric: string;
  audience: string;
  product: string;
  fabe: { feature: string; advantage: string; benefit: string; evidence: string };
  area: string;
  terms: string;
  theme: string;
  lines: string[];
  channels: string[];
  invitations: string[];
  owners: [string, string][];
  checkpoints: string[];
  metrics: string[];
}

/** An example's numbers and dates, the same in every language. */
interface Figures {
  period: { start: string; end: string };
  durations: DurationChoices;
  goal: { baseline: number; target: number };
  offer: Pick<NonNullable<PlanInput['offer']>, 'type' | 'discountPercent'>;
  budgetTotal: number;
  /** One amount per budget line, adding up to the total. */
  lineAmounts: number[];
  forecast: { baselineSales: number; expectedLiftPercent: number; grossMarginPercent: number };
  /** How many to invite, one per invitation. */
  invitationCounts: number[];
  /** One date per checkpoint. */
  checkpointDates: string[];
}

const figures: Record<ExampleKey, Figures> = {
  purifier: {
    period: { start: '2026-10-01', end: '2026-10-14' },
    durations: {},
    goal: { baseline: 300_000, target: 417_600 },
    offer: { type: 'gift', discountPercent: 4 },
    budgetTotal: 9600,
    lineAmounts: [3000, 2800, 2400, 1400],
    forecast: { baselineSales: 300_000, expectedLiftPercent: 45, grossMarginPercent: 40 },
    invitationCounts: [300, 500],
    checkpointDates: ['2026-09-24', '2026-10-07', '2026-10-21'],
  },
  tea: {
    period: { start: '2026-06-10', end: '2026-07-07' },
    // Approved three weeks ahead, shops visited the week before, reviewed within two weeks after.
    durations: { preparationDays: 21, communicationDays: 7, evaluationDays: 14 },
    goal: { baseline: 300, target: 450 },
    offer: { type: 'discount', discountPercent: 5 },
    budgetTotal: 24_000,
    lineAmounts: [10_000, 8000, 6000],
    forecast: { baselineSales: 600_000, expectedLiftPercent: 50, grossMarginPercent: 35 },
    invitationCounts: [300, 1700],
    checkpointDates: ['2026-06-09', '2026-06-23', '2026-07-21'],
  },
};

const words: Record<ExampleKey, Record<Locale, Words>> = {
  purifier: {
    'zh-CN': {
      name: '国庆空气净化器促销',
      purpose: '借国庆假期提升空气净化器销量，带动老客户复购，并在门店周边新小区积累新客户。',
      metric: '促销期销售额',
      audience: '已购老客户（特别是家里有孩子或老人的家庭），以及门店 3 公里内新交付小区的业主。',
      product: '静音空气净化器 X3',
      fabe: {
        feature: 'H13 级 HEPA 滤网加活性炭层，睡眠模式噪音只有 22 分贝',
        advantage: '能滤掉 0.3 微米的细颗粒，夜里开着也不吵',
        benefit: '孩子和老人整晚呼吸干净的空气，睡得更踏实',
        evidence: '第三方检测报告显示一小时 PM2.5 去除率 99%，本地已有 600 多户家庭在用',
      },
      area: '华东区 12 家经销商门店及其线上店铺。',
      terms: '活动期间按原价 2,400 元购买 X3 一台，赠原价 100 元的原装替换滤网一片；每位顾客限赠一片，赠完即止。',
      theme: '清新国庆，净享好空气',
      lines: ['门店海报与宣传单', '老客户体验会场地与茶歇', '朋友圈广告投放', '店员销售激励'],
      channels: ['老客户微信群', '门店电话回访', '小区物业公告栏', '朋友圈广告'],
      invitations: ['已购老客户', '新小区业主'],
      owners: [
        ['总负责', '王经理'],
        ['门店执行', '各店店长'],
        ['数据与评估', '李主管'],
      ],
      checkpoints: ['物料到店，店员培训完成', '中期复盘：销量与邀约到店人数', '活动总结与投入产出评估'],
      metrics: ['促销期销售额', '新客户数', '邀约到店率', '促销投入产出比'],
    },
    en: {
      name: 'Golden Week air purifier promotion',
      purpose:
        'Use the October holiday to sell more air purifiers, bring past customers back, and win new customers in the new housing estates near our stores.',
      metric: 'Sales during the promotion',
      audience:
        'Past customers (especially families with children or elderly parents), and residents of newly completed estates within 3 km of a store.',
      product: 'Quiet Air Purifier X3',
      fabe: {
        feature: 'an H13 HEPA filter with an activated-carbon layer, and a sleep mode at just 22 dB',
        advantage: 'it catches particles down to 0.3 microns and stays quiet all night',
        benefit: 'children and grandparents breathe clean air all night and sleep better',
        evidence: 'an independent lab measured 99% of PM2.5 removed within an hour, and over 600 local families already use it',
      },
      area: 'The 12 dealer stores of the East region and their online shops.',
      terms:
        'Buy one X3 at its regular price of ¥2,400 during the promotion and get a genuine replacement filter, regular price ¥100, free; one filter per customer, while stocks last.',
      theme: 'Fresh air for the holiday',
      lines: ['Store posters and leaflets', 'Customer demo evening: venue and refreshments', 'WeChat Moments ads', 'Sales incentives for store staff'],
      channels: ['WeChat groups of past customers', 'Follow-up calls from stores', 'Notice boards of the estates', 'WeChat Moments ads'],
      invitations: ['Past customers', 'Residents of new estates'],
      owners: [
        ['Overall lead', 'Manager Wang'],
        ['Running the stores', 'Each store manager'],
        ['Data and evaluation', 'Supervisor Li'],
      ],
      checkpoints: ['Materials in stores, staff trained', 'Mid-point review: sales and invited visitors', 'Final review and return on the spend'],
      metrics: ['Sales during the promotion', 'New customers', 'Share of invited people who visit', 'Return on promotion spend'],
    },
  },
  tea: {
    'zh-CN': {
      name: '夏日无糖茶终端进货促销',
      purpose:
        '旺季到来前，让城区小店每次多进一些两款无糖茶：平均成交金额（每笔进货，按原价）从 300 元提高到 450 元，四周进货笔数保持 2,000 笔；两款无糖茶按原价计的销售额比基线提高 50%。',
      metric: '平均成交金额（元/笔，按原价）',
      audience: '城区的 2,000 家小店（便利店和夫妻店），重点是进货量大、冰柜好的 300 家。',
      product: '500 毫升无糖茶（两个口味）',
      fabe: {
        feature: '500 毫升装，0 糖 0 能量，冷泡工艺，两个口味',
        advantage: '喝起来不涩不腻，正好留住怕甜、以前在店里挑不到饮料就走的顾客',
        benefit: '每瓶零售 4 元，一箱 15 瓶、进价 39 元，每卖一箱赚 21 元',
        evidence: '30 家试点店上架四周，平均每店每周卖出 2.5 箱，每周多赚 52.5 元；附近试点店的进货记录可以当场查看',
      },
      area: '城区两个区的小店参加；郊县不做活动，作为对照组，用来比较真实提升。',
      terms:
        '活动期间单次进货满 10 箱，两款无糖茶按原价的 95% 结算；两个口味同时摆上冰柜第二层并拍照确认的店，另得陈列奖励 50 元（最多 200 家）。',
      theme: '夏日冰爽，满十箱享九五折',
      lines: ['陈列奖励（50 元 × 最多 200 家）', '物料（冰柜贴、海报、价签）', '业务员奖励'],
      channels: ['业务员上门拜访', '电话通知', '小店店主微信群'],
      invitations: ['重点小店（提前一周上门拜访）', '其余小店（电话和微信群通知）'],
      owners: [
        ['总负责（区域经理）', '李经理'],
        ['邀约与执行', '销售主管'],
        ['物料与陈列', '市场部'],
        ['费用核销', '财务部'],
      ],
      checkpoints: ['物料到店，业务员培训完成，300 家重点店拜访完毕', '中期检查：进货笔数、每笔金额和库存，决定加推还是调整', '费用核销、评估和书面复盘（含活动后两周的回落）'],
      metrics: ['平均成交金额（元/笔，按原价）', '进货笔数', '两款无糖茶销售额（按原价）', '增量毛利', '活动后两周的销售额'],
    },
    en: {
      name: 'Summer sugar-free tea promotion for small shops',
      purpose:
        'Before the peak season, get the small shops in the urban districts to buy more of the two sugar-free teas each time they order: raise the average transaction value (per order, at regular prices) from ¥300 to ¥450 while keeping about 2,000 orders in the four weeks, and lift the two teas’ sales at regular prices 50% above the baseline.',
      metric: 'Average transaction value (¥ per order, at regular prices)',
      audience: 'The 2,000 small shops (convenience stores and family-run shops) in the urban districts, above all the 300 that order the most and have good fridges.',
      product: '500 ml sugar-free tea (two flavours)',
      fabe: {
        feature: 'a 500 ml bottle with zero sugar and zero calories, cold-brewed, in two flavours',
        advantage: 'it tastes neither bitter nor cloying, so it keeps the customers who avoid sugar and used to leave without a drink',
        benefit: 'it sells at ¥4 a bottle, and a case of 15 costs the shop ¥39, so every case sold earns ¥21',
        evidence: 'in 30 pilot shops over four weeks, each shop sold 2.5 cases a week on average, ¥52.50 more profit a week; a nearby pilot shop’s order records can be checked on the spot',
      },
      area: 'Small shops in the two urban districts take part; the outlying counties run no promotion and serve as the comparison group for measuring the real lift.',
      terms:
        'During the promotion, any single order of 10 cases or more of the two teas is invoiced at 95% of the regular price. Shops that put both flavours on the second shelf of the fridge, confirmed by a photo, also receive a display reward of ¥50 (up to 200 shops).',
      theme: 'Cool summer: 5% off when you order ten cases',
      lines: ['Display rewards (¥50 × up to 200 shops)', 'Materials (fridge stickers, posters, price tags)', 'Incentives for sales reps'],
      channels: ['Visits by sales reps', 'Phone calls', 'WeChat group of shop owners'],
      invitations: ['Focus shops (visited the week before)', 'All other shops (phone and WeChat group)'],
      owners: [
        ['Overall lead (area manager)', 'Ms Li'],
        ['Invitations and running the promotion', 'Sales supervisor'],
        ['Materials and displays', 'Marketing department'],
        ['Settling the costs', 'Finance department'],
      ],
      checkpoints: [
        'Materials in the shops, reps trained, the 300 focus shops visited',
        'Mid-point check: orders, value per order and stock; decide whether to push harder or adjust',
        'Settling the costs, evaluation and written review, including the dip in the two weeks after',
      ],
      metrics: ['Average transaction value (¥ per order, at regular prices)', 'Number of orders', 'Sales of the two teas (at regular prices)', 'Incremental gross profit', 'Sales in the two weeks after'],
    },
  },
};

/** An example plan in one language, with the same numbers in every language. */
export function examplePlan(locale: Locale, key: ExampleKey = 'purifier'): Plan {
  const text = words[key][locale] ?? words[key]['zh-CN'];
  const numbers = figures[key];
  const timetable = generateTimetable(numbers.period, numbers.durations);
  return planSchema.parse({
    id: 'example',
    name: text.name,
    goal: { purpose: text.purpose, metric: text.metric, ...numbers.goal },
    audience: { description: text.audience },
    products: [{ name: text.product, fabe: text.fabe }],
    period: numbers.period,
    area: { description: text.area },
    offer: { ...numbers.offer, terms: text.terms },
    theme: { title: text.theme },
    budget: {
      total: numbers.budgetTotal,
      lines: text.lines.map((label, index) => ({ label, amount: numbers.lineAmounts[index] })),
      forecast: numbers.forecast,
    },
    communication: {
      channels: text.channels,
      invitations: text.invitations.map((who, index) => ({ who, count: numbers.invitationCounts[index] })),
    },
    timetable: { phases: timetable.ok ? timetable.phases : [] },
    evaluation: {
      owners: text.owners.map(([role, name]) => ({ role, name })),
      checkpoints: text.checkpoints.map((what, index) => ({ date: numbers.checkpointDates[index], what })),
      metrics: text.metrics,
    },
  } satisfies PlanInput);
}
