/**
 * An illustrative complete plan, written in Chinese or English. Its words are sample data (what a
 * user would type), not interface text; its numbers are the same in both languages and agree
 * with each other: the budget lines add up to the total, the goal's target is the baseline
 * lifted by the forecast, and the return is the course's worked example (ROI 100 %, break-even
 * lift 15 %).
 */

import type { Locale } from '../../i18n/locales';
import { planSchema, type Plan } from './schema';
import { generateTimetable } from './timetableGenerator';

const period = { start: '2026-10-01', end: '2026-10-14' };

/** Gift sets are costed at what they cost the company: about 130 sales × ¥40. */
const budgetAmounts = [5200, 3000, 2800, 1000] as const;

const words = {
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
    terms: '活动期间购买 X3 一台，赠价值 ¥200 的原装滤网一套；每位顾客限赠一套，赠完即止。',
    theme: '清新国庆，净享好空气',
    lines: ['赠品滤网（约 130 套 × ¥40）', '门店海报与宣传单', '老客户体验会场地与茶歇', '店员销售激励'],
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
      'Buy one X3 during the promotion and get a genuine replacement filter set worth ¥200; one set per customer, while stocks last.',
    theme: 'Fresh air for the holiday',
    lines: ['Gift filter sets (about 130 × ¥40)', 'Store posters and leaflets', 'Customer demo evening: venue and refreshments', 'Sales incentives for store staff'],
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
} satisfies Record<Locale, unknown>;

/** The example plan in one language, with the same numbers in every language. */
export function examplePlan(locale: Locale): Plan {
  const text = words[locale] ?? words['zh-CN'];
  const timetable = generateTimetable(period);
  return planSchema.parse({
    id: 'example',
    name: text.name,
    goal: { purpose: text.purpose, metric: text.metric, baseline: 200_000, target: 260_000 },
    audience: { description: text.audience },
    products: [{ name: text.product, unitPrice: 2000, fabe: text.fabe }],
    period,
    area: { description: text.area },
    offer: { type: 'gift', terms: text.terms },
    theme: { title: text.theme },
    budget: {
      total: 12_000,
      lines: text.lines.map((label, index) => ({ label, amount: budgetAmounts[index] })),
      forecast: { baselineSales: 200_000, expectedLiftPercent: 30, grossMarginPercent: 40 },
    },
    communication: {
      channels: text.channels,
      invitations: text.invitations.map((who, index) => ({ who, count: index === 0 ? 300 : 500 })),
    },
    timetable: { phases: timetable.ok ? timetable.phases : [] },
    evaluation: {
      owners: text.owners.map(([role, name]) => ({ role, name })),
      checkpoints: text.checkpoints.map((what, index) => ({
        date: ['2026-09-24', '2026-10-07', '2026-10-21'][index],
        what,
      })),
      metrics: text.metrics,
    },
  });
}
