import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  elementCompleteness,
  elementKeys,
  examplePlan,
  planCompleteness,
  type ElementKey,
  type PlanInput,
} from '../../../src/lib/promotion';
import { anyPlan, planFrom } from './arbitraries';

function check(element: ElementKey, input: PlanInput) {
  const { status, missing } = elementCompleteness(planFrom(input), element);
  return { status, missing };
}

const fabe = { feature: 'f', advantage: 'a', benefit: 'b', evidence: 'e' };

describe('goal completeness', () => {
  it('is empty with nothing written', () => {
    expect(check('goal', {}).status).toBe('empty');
  });

  it('needs a metric, a baseline and a target besides the purpose', () => {
    expect(check('goal', { goal: { purpose: 'Clear stock' } })).toEqual({
      status: 'partial',
      missing: ['metric', 'baseline', 'target'],
    });
  });

  it('is complete with purpose, metric, baseline and target, even a baseline of 0', () => {
    expect(check('goal', { goal: { purpose: 'Win', metric: 'New customers', baseline: 0, target: 50 } })).toEqual({
      status: 'complete',
      missing: [],
    });
  });

  it('counts white space alone as nothing written', () => {
    expect(check('goal', { goal: { purpose: ' \u3000 ', metric: '\n' } }).status).toBe('empty');
  });
});

describe('audience, area and theme completeness', () => {
  it('each needs its text', () => {
    expect(check('audience', { audience: { description: 'Past customers' } }).status).toBe('complete');
    expect(check('area', { area: { description: '' } })).toEqual({ status: 'empty', missing: ['description'] });
    expect(check('theme', { theme: { title: '清新国庆' } }).status).toBe('complete');
    expect(check('theme', {}).missing).toEqual(['title']);
  });
});

describe('products completeness', () => {
  it('needs at least one named product', () => {
    expect(check('products', { products: [] })).toEqual({ status: 'empty', missing: ['products'] });
    expect(check('products', { products: [{ name: 'X3' }] }).status).toBe('complete');
  });

  it('flags a product that has a price but no name', () => {
    expect(check('products', { products: [{ name: 'X3' }, { unitPrice: 99 }] })).toEqual({
      status: 'partial',
      missing: ['name'],
    });
  });

  it('ignores a blank row left in the form', () => {
    expect(check('products', { products: [{ name: 'X3' }, {}] }).status).toBe('complete');
  });
});

describe('period completeness', () => {
  it('needs both dates', () => {
    expect(check('period', { period: { start: '2026-10-01' } })).toEqual({ status: 'partial', missing: ['end'] });
  });

  it('needs the start on or before the end', () => {
    expect(check('period', { period: { start: '2026-10-02', end: '2026-10-01' } })).toEqual({
      status: 'partial',
      missing: ['order'],
    });
    expect(check('period', { period: { start: '2026-10-01', end: '2026-10-01' } }).status).toBe('complete');
  });
});

describe('offer completeness', () => {
  it('needs a type and its terms', () => {
    expect(check('offer', { offer: { type: 'other' } })).toEqual({ status: 'partial', missing: ['terms'] });
    expect(check('offer', { offer: { terms: 'Free filter' } })).toEqual({ status: 'partial', missing: ['type'] });
    expect(check('offer', { offer: { type: 'other', terms: 'Display reward' } }).status).toBe('complete');
  });

  it('needs the price given away D for a gift, a bundle or a rebate (0 is a stated figure)', () => {
    for (const type of ['gift', 'bundle', 'volume-rebate'] as const) {
      expect(check('offer', { offer: { type, terms: 'Free filter' } }).missing).toEqual(['discount-percent']);
      expect(check('offer', { offer: { type, terms: 'Free filter', discountPercent: 4 } }).status).toBe('complete');
      expect(check('offer', { offer: { type, terms: 'Free filter', discountPercent: 0 } }).status).toBe('complete');
    }
  });

  it('needs a discount percent above 0 for a discount', () => {
    expect(check('offer', { offer: { type: 'discount', terms: '10% off' } }).missing).toEqual(['discount-percent']);
    expect(check('offer', { offer: { type: 'discount', terms: '10% off', discountPercent: 0 } }).missing).toEqual([
      'discount-percent',
    ]);
    expect(check('offer', { offer: { type: 'discount', terms: '10% off', discountPercent: 10 } }).status).toBe('complete');
  });
});

describe('budget completeness', () => {
  it('needs a total and at least one line', () => {
    expect(check('budget', { budget: { total: 12000 } })).toEqual({ status: 'partial', missing: ['lines'] });
    expect(check('budget', { budget: { lines: [{ label: 'Posters', amount: 3000 }] } })).toEqual({
      status: 'partial',
      missing: ['total'],
    });
  });

  it('needs a label and an amount on every line', () => {
    expect(
      check('budget', { budget: { total: 3000, lines: [{ label: 'Posters' }, { amount: 3000 }] } }).missing,
    ).toEqual(['line-label', 'line-amount']);
  });

  it('is complete with a total and labelled lines', () => {
    expect(check('budget', { budget: { total: 3000, lines: [{ label: 'Posters', amount: 3000 }, {}] } }).status).toBe(
      'complete',
    );
  });

  it('counts a forecast as a start on the budget', () => {
    expect(check('budget', { budget: { forecast: { baselineSales: 200000 } } }).status).toBe('partial');
  });
});

describe('script completeness', () => {
  it('needs a named product before there is anything to script', () => {
    expect(check('script', {})).toEqual({ status: 'empty', missing: ['products'] });
  });

  it('needs all four FABE parts for every named product', () => {
    const result = check('script', {
      products: [
        { name: 'X3', fabe },
        { name: 'X5', fabe: { feature: 'f', evidence: 'e' } },
      ],
    });
    expect(result).toEqual({ status: 'partial', missing: ['advantage', 'benefit'] });
  });

  it('is complete when each product has its four parts', () => {
    expect(check('script', { products: [{ name: 'X3', fabe }, { name: 'X5', fabe }] }).status).toBe('complete');
  });

  it('is empty while no part is written, even with products', () => {
    expect(check('script', { products: [{ name: 'X3' }] }).status).toBe('empty');
  });
});

describe('communication completeness', () => {
  it('needs a channel and an invitation with whom and how many', () => {
    expect(check('communication', { communication: { channels: ['WeChat'] } })).toEqual({
      status: 'partial',
      missing: ['invitations'],
    });
    expect(
      check('communication', { communication: { channels: ['WeChat'], invitations: [{ who: 'Past customers' }] } })
        .missing,
    ).toEqual(['invitation-count']);
    expect(check('communication', { communication: { invitations: [{ count: 3 }] } }).missing).toEqual([
      'channels',
      'invitation-who',
    ]);
  });

  it('does not accept an invitation of nobody', () => {
    expect(
      check('communication', { communication: { channels: ['WeChat'], invitations: [{ who: 'A', count: 0 }] } }).missing,
    ).toEqual(['invitation-count']);
  });

  it('is complete with a channel and a full invitation', () => {
    expect(
      check('communication', { communication: { channels: ['WeChat', ' '], invitations: [{ who: 'A', count: 300 }] } })
        .status,
    ).toBe('complete');
  });
});

describe('timetable completeness', () => {
  const period = { start: '2026-10-01', end: '2026-10-14' };
  const phases = [
    { key: 'preparation', start: '2026-09-17', end: '2026-09-30' },
    { key: 'communication', start: '2026-09-24', end: '2026-10-01' },
    { key: 'execution', start: '2026-10-01', end: '2026-10-14' },
    { key: 'evaluation', start: '2026-10-15', end: '2026-10-21' },
  ] as const;

  it('is complete with the four phases in place', () => {
    expect(check('timetable', { period, timetable: { phases: [...phases] } })).toEqual({ status: 'complete', missing: [] });
  });

  it('needs the promotion dates first', () => {
    expect(check('timetable', { timetable: { phases: [...phases] } }).missing).toEqual(['period']);
  });

  it('names each phase that is absent', () => {
    expect(check('timetable', { period, timetable: { phases: phases.slice(0, 2) } }).missing).toEqual([
      'execution',
      'evaluation',
    ]);
  });

  it('needs both dates of every phase, in order', () => {
    const broken = [...phases.slice(0, 3), { key: 'evaluation' as const, start: '2026-10-21', end: '2026-10-15' }];
    expect(check('timetable', { period, timetable: { phases: broken } }).missing).toEqual(['phase-dates']);
    const blank = [...phases.slice(0, 3), { key: 'evaluation' as const, start: '2026-10-15' }];
    expect(check('timetable', { period, timetable: { phases: blank } }).missing).toEqual(['phase-dates']);
  });

  it('needs every phase where it belongs relative to the promotion dates', () => {
    const late = [{ ...phases[0], end: '2026-10-03' }, ...phases.slice(1)];
    expect(check('timetable', { period, timetable: { phases: late } })).toEqual({
      status: 'partial',
      missing: ['phase-placement'],
    });
  });
});

describe('evaluation completeness', () => {
  it('needs owners, checkpoints and metrics', () => {
    expect(check('evaluation', { evaluation: { metrics: ['Sales'] } })).toEqual({
      status: 'partial',
      missing: ['owners', 'checkpoints'],
    });
  });

  it('needs role and name of each owner, date and task of each checkpoint', () => {
    const result = check('evaluation', {
      evaluation: {
        owners: [{ role: 'Lead' }, { name: 'Li' }],
        checkpoints: [{ what: 'Review' }, { date: '2026-10-07' }],
        metrics: ['Sales'],
      },
    });
    expect(result.missing).toEqual(['owner-role', 'owner-name', 'checkpoint-date', 'checkpoint-what']);
  });

  it('is complete without actuals, which come after the event', () => {
    const result = check('evaluation', {
      evaluation: {
        owners: [{ role: 'Lead', name: 'Wang' }],
        checkpoints: [{ date: '2026-10-07', what: 'Review' }],
        metrics: ['Sales'],
      },
    });
    expect(result.status).toBe('complete');
  });

  it('counts entered actuals as a start', () => {
    expect(check('evaluation', { evaluation: { actuals: { sales: 1000 } } }).status).toBe('partial');
  });
});

describe('planCompleteness', () => {
  it('counts complete elements out of twelve and lists what the others lack', () => {
    const plan = planFrom({ ...examplePlan('en'), theme: { title: '' }, offer: { type: 'gift', discountPercent: 4 } });
    const result = planCompleteness(plan);
    expect(result.completed).toBe(10);
    expect(result.total).toBe(12);
    expect(result.missing).toEqual([
      { element: 'offer', fields: ['terms'] },
      { element: 'theme', fields: ['title'] },
    ]);
  });

  it('agrees with itself for any plan: the count, the statuses and the missing list', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        const result = planCompleteness(plan);
        expect(result.elements.map((entry) => entry.element)).toEqual([...elementKeys]);
        const complete = result.elements.filter((entry) => entry.status === 'complete');
        expect(result.completed).toBe(complete.length);
        expect(result.missing.length).toBe(12 - complete.length);
        for (const entry of result.elements) {
          expect(entry.status === 'complete').toBe(entry.missing.length === 0 && entry.status !== 'empty');
          expect(new Set(entry.missing).size).toBe(entry.missing.length);
        }
      }),
    );
  });
});
