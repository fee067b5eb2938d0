import { describe, expect, it } from 'vitest';
import { englishText } from '../../../src/i18n/promotion/en';
import { chineseText } from '../../../src/i18n/promotion/zh-CN';
import type { Locale } from '../../../src/lib/locale';
import { examplePlan, planCompleteness, planReturn, planSchema, planWarnings, sumMoney, type Plan } from '../../../src/lib/promotion';
import { exampleKeys, type ExampleKey } from '../../../src/lib/promotion/plans';

/** The numbers of a value, in order, with every string dropped. */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersOf);
  return [];
}

const locales: Locale[] = ['zh-CN', 'en'];
const every = exampleKeys.flatMap((key) => locales.map((locale): [ExampleKey, Locale] => [key, locale]));

/** The plan's planned return, or a failure naming what it lacks. */
function planned(plan: Plan) {
  const result = planReturn(plan);
  if (!result.ok) throw new Error(`no return: ${result.missing.join(', ')}`);
  return result;
}

describe('the built-in examples', () => {
  it('are the purifier (the first, and the default) and Part 4’s tea case', () => {
    expect(exampleKeys).toEqual(['purifier', 'tea']);
    expect(examplePlan('en')).toEqual(examplePlan('en', 'purifier'));
  });

  it.each(every)('%s in %s passes the plan schema unchanged', (key, locale) => {
    const plan = examplePlan(locale, key);
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(planSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it.each(every)('%s in %s is complete in all twelve elements, with no warnings', (key, locale) => {
    const plan = examplePlan(locale, key);
    expect(planCompleteness(plan).completed).toBe(12);
    expect(planWarnings(plan)).toEqual([]);
  });

  it.each(every)('%s in %s has budget lines that add up exactly to the total', (key, locale) => {
    const { budget } = examplePlan(locale, key);
    expect(sumMoney(budget.lines.map((line) => line.amount ?? Number.NaN))).toBe(budget.total);
  });

  it.each(exampleKeys)('%s has the same numbers in both languages', (key) => {
    expect(numbersOf(examplePlan('en', key))).toEqual(numbersOf(examplePlan('zh-CN', key)));
  });

  it.each(exampleKeys)('%s is written in the language asked for, and named as its button names it', (key) => {
    expect(examplePlan('zh-CN', key).theme.title).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(examplePlan('en', key))).not.toMatch(/[\u4e00-\u9fff]/);
    expect(examplePlan('zh-CN', key).name).toBe(chineseText.exampleNames[key]);
    expect(examplePlan('en', key).name).toBe(englishText.exampleNames[key]);
  });
});

describe('the tea example is Part 4’s case', () => {
  const plan = examplePlan('zh-CN', 'tea');

  it('has the case’s inputs: B ¥600,000, u 50 %, M 35 %, D 5 % on a discount, F ¥24,000', () => {
    expect(planned(plan).inputs).toEqual({
      baselineSales: 600_000,
      liftPercent: 50,
      marginPercent: 35,
      discountPercent: 5,
      fixedCosts: 24_000,
    });
    expect(plan.offer.type).toBe('discount');
    expect(plan.period).toEqual({ start: '2026-06-10', end: '2026-07-07' });
  });

  it('computes the case’s figures: break-even lift 30 %, incremental gross profit ¥36,000', () => {
    const { value } = planned(plan);
    expect(value.breakEvenLiftPercent).toBe(30);
    // 600,000 × 1.5 × 30 % − 24,000 = 246,000 against 600,000 × 35 % = 210,000.
    expect(value.promotionGrossProfit).toBe(246_000);
    expect(value.baselineGrossProfit).toBe(210_000);
    expect(value.incrementalGrossProfit).toBe(36_000);
    expect(value.discountCost).toBe(45_000);
    expect(value.promotionCost).toBe(69_000);
    expect(value.roiPercent).toBeCloseTo(52.173913, 6);
  });

  it('aims at the case’s main goal, average transaction value ¥300 → ¥450 per order, and evaluates it', () => {
    expect(plan.goal).toMatchObject({ metric: '平均成交金额（元/笔，按原价）', baseline: 300, target: 450 });
    expect(plan.evaluation.metrics).toContain('平均成交金额（元/笔，按原价）');
    expect(plan.communication.invitations.map((invitation) => invitation.count)).toEqual([300, 1700]);
  });

  it('plans its timetable as the chapter does: three weeks ahead, the week before, two weeks after', () => {
    expect(plan.timetable.phases).toEqual([
      { key: 'preparation', start: '2026-05-20', end: '2026-06-09' },
      { key: 'communication', start: '2026-06-03', end: '2026-06-10' },
      { key: 'execution', start: '2026-06-10', end: '2026-07-07' },
      { key: 'evaluation', start: '2026-07-08', end: '2026-07-21' },
    ]);
  });
});

describe('the purifier example costs its gift the way Part 4 teaches', () => {
  const plan = examplePlan('en', 'purifier');

  it('counts the gift as part of D, not as a cost line', () => {
    expect(plan.offer).toMatchObject({ type: 'gift', discountPercent: 4 });
    // ¥100 of filter given with each ¥2,400 purifier: 100 ÷ (2,400 + 100) = 4 %.
    expect((100 / (2400 + 100)) * 100).toBe(4);
    expect(plan.budget.lines.map((line) => line.label).join(' ')).not.toMatch(/gift|filter/i);
    expect(examplePlan('zh-CN', 'purifier').budget.lines.map((line) => line.label).join('')).not.toMatch(/赠|滤网/);
  });

  it('returns what its doc comment says: break-even 20 %, +¥27,000 on ¥27,000 spent, ROI 100 %', () => {
    const { value, inputs } = planned(plan);
    expect(inputs).toEqual({ baselineSales: 300_000, liftPercent: 45, marginPercent: 40, discountPercent: 4, fixedCosts: 9600 });
    expect(value.breakEvenLiftPercent).toBe(20);
    expect(value.promotionGrossProfit).toBe(147_000);
    expect(value.incrementalGrossProfit).toBe(27_000);
    // The value given away is the 174 filters at ¥100.
    expect(value.discountCost).toBe(17_400);
    expect(value.promotionCost).toBe(27_000);
    expect(value.roiPercent).toBe(100);
  });

  it('aims its sales goal at the planned revenue, 174 purifiers at ¥2,400', () => {
    const { value } = planned(plan);
    expect(value.promotionRevenue).toBe(174 * 2400);
    expect(plan.goal).toMatchObject({ baseline: 300_000, target: value.promotionRevenue });
  });

  it('gives no unit price, since its volume mixes purifiers and the free filters', () => {
    expect(plan.products.map((product) => product.unitPrice)).toEqual([undefined]);
    expect(planned(plan).value.notes).toEqual(['no-unit-price']);
  });
});
