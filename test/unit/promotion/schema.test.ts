import { describe, expect, it } from 'vitest';
import {
  elementKeys,
  emptyPlan,
  planCompleteness,
  planSchema,
  planWarnings,
  sameMetric,
  touchPlan,
} from '../../../src/lib/promotion';

describe('the plan schema', () => {
  it('lists the twelve elements in the course order', () => {
    expect(elementKeys).toEqual([
      'goal',
      'audience',
      'products',
      'period',
      'area',
      'offer',
      'theme',
      'budget',
      'script',
      'communication',
      'timetable',
      'evaluation',
    ]);
  });

  it('reads an empty object as a blank plan', () => {
    const plan = planSchema.parse({});
    expect(plan.goal).toEqual({ purpose: '', metric: '' });
    expect(plan.products).toEqual([]);
    expect(plan.period).toEqual({ start: '', end: '' });
    expect(plan.budget.forecast).toEqual({});
    expect(plan.evaluation.actuals).toEqual({ metrics: [] });
    expect(plan.version).toBe(1);
  });

  it('gives a product without a script blank FABE parts', () => {
    const plan = planSchema.parse({ products: [{ name: 'X3' }] });
    expect(plan.products[0]?.fabe).toEqual({ feature: '', advantage: '', benefit: '', evidence: '' });
  });

  it('accepts 29 February of a leap year and rejects it in other years', () => {
    expect(planSchema.safeParse({ period: { start: '2024-02-29' } }).success).toBe(true);
    expect(planSchema.safeParse({ period: { start: '2023-02-29' } }).success).toBe(false);
    expect(planSchema.safeParse({ period: { start: '2024-2-9' } }).success).toBe(false);
  });

  it('rejects numbers outside their bounds', () => {
    expect(planSchema.safeParse({ offer: { discountPercent: 120 } }).success).toBe(false);
    expect(planSchema.safeParse({ budget: { total: -1 } }).success).toBe(false);
    expect(planSchema.safeParse({ budget: { forecast: { expectedLiftPercent: Number.NaN } } }).success).toBe(false);
    expect(planSchema.safeParse({ products: [{ unitPrice: 0 }] }).success).toBe(false);
    expect(planSchema.safeParse({ communication: { invitations: [{ count: 2.5 }] } }).success).toBe(false);
  });

  it('allows a negative metric value, since a net score can be below zero', () => {
    expect(planSchema.safeParse({ goal: { baseline: -12, target: 5 } }).success).toBe(true);
  });

  it('rejects a phase of a kind it does not know', () => {
    expect(planSchema.safeParse({ timetable: { phases: [{ key: 'party' }] } }).success).toBe(false);
  });
});

describe('emptyPlan', () => {
  it('is valid data with nothing filled in', () => {
    const plan = emptyPlan();
    expect(planSchema.parse(plan)).toEqual(plan);
    expect(planCompleteness(plan).completed).toBe(0);
    expect(planWarnings(plan)).toEqual([]);
  });

  it('takes its id and creation time from the caller', () => {
    const plan = emptyPlan({ id: 'plan-1', now: new Date('2026-03-01T08:00:00Z') });
    expect(plan.id).toBe('plan-1');
    expect(plan.createdAt).toBe('2026-03-01T08:00:00.000Z');
    expect(plan.updatedAt).toBe(plan.createdAt);
  });

  it('leaves the times blank for an invalid clock instead of throwing', () => {
    const plan = emptyPlan({ now: new Date(Number.NaN) });
    expect(plan.createdAt).toBe('');
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('shortens an overlong id so that the plan stays valid', () => {
    expect(planSchema.safeParse(emptyPlan({ id: 'x'.repeat(100) })).success).toBe(true);
  });
});

describe('touchPlan', () => {
  it('records an edit: next revision, new update time, creation time kept', () => {
    const created = emptyPlan({ now: new Date('2026-03-01T08:00:00Z') });
    const edited = touchPlan(created, new Date('2026-03-02T09:30:00Z'));
    expect(edited.version).toBe(2);
    expect(edited.updatedAt).toBe('2026-03-02T09:30:00.000Z');
    expect(edited.createdAt).toBe('2026-03-01T08:00:00.000Z');
  });

  it('sets the creation time of a plan that had none', () => {
    const edited = touchPlan(emptyPlan(), new Date('2026-03-02T09:30:00Z'));
    expect(edited.createdAt).toBe('2026-03-02T09:30:00.000Z');
  });
});

describe('sameMetric', () => {
  it('matches names that differ only in width, case or spacing', () => {
    expect(sameMetric(' Sales  revenue ', 'sales revenue')).toBe(true);
    expect(sameMetric('ＲＯＩ', 'roi')).toBe(true);
  });

  it('matches a name contained in a longer one', () => {
    expect(sameMetric('销售额', '促销期销售额')).toBe(true);
  });

  it('does not match different metrics, single characters or blanks', () => {
    expect(sameMetric('新客户数', '销售额')).toBe(false);
    expect(sameMetric('额', '销售额')).toBe(false);
    expect(sameMetric('', '')).toBe(false);
  });
});
