import { describe, expect, it } from 'vitest';
import { examplePlan, planWarnings, type PlanInput, type WarningCode } from '../../../src/lib/promotion';
import { planFrom } from './arbitraries';

function warnings(input: PlanInput) {
  return planWarnings(planFrom(input));
}

function codes(input: PlanInput): WarningCode[] {
  return warnings(input).map((warning) => warning.code);
}

const example = examplePlan('en');

describe('budget cross-check', () => {
  it('warns when the lines do not add up to the total, with the difference', () => {
    expect(warnings({ budget: { total: 12000, lines: [{ label: 'Gifts', amount: 5200 }, { label: 'Posters', amount: 3000 }] } })).toEqual([
      { code: 'budget-lines-mismatch', element: 'budget', path: 'budget.total', total: 12000, linesTotal: 8200, difference: 3800 },
    ]);
  });

  it('gives a negative difference when the lines exceed the total', () => {
    const [warning] = warnings({ budget: { total: 1000, lines: [{ amount: 1200.5 }] } });
    expect(warning).toMatchObject({ code: 'budget-lines-mismatch', difference: -200.5 });
  });

  it('adds in cents, so 0.1 + 0.2 matches a total of 0.3', () => {
    expect(codes({ budget: { total: 0.3, lines: [{ amount: 0.1 }, { amount: 0.2 }] } })).toEqual([]);
  });

  it('says nothing until both a total and a line amount exist', () => {
    expect(codes({ budget: { total: 1000 } })).toEqual([]);
    expect(codes({ budget: { lines: [{ amount: 10 }] } })).toEqual([]);
  });
});

describe('period cross-check', () => {
  it('warns when the promotion ends before it starts', () => {
    expect(codes({ period: { start: '2026-10-14', end: '2026-10-01' } })).toEqual(['period-reversed']);
  });
});

describe('timetable cross-checks', () => {
  const { period } = example;
  const phases = example.timetable.phases;

  it('warns about a phase outside the promotion dates, naming it', () => {
    const moved = phases.map((phase) => (phase.key === 'execution' ? { ...phase, end: '2026-10-20' } : phase));
    expect(warnings({ period, timetable: { phases: moved } })).toEqual([
      { code: 'phase-outside-period', element: 'timetable', path: 'timetable.phases.2', index: 2, phase: 'execution' },
    ]);
  });

  it('warns about an evaluation that starts before the promotion ends', () => {
    const early = phases.map((phase) => (phase.key === 'evaluation' ? { ...phase, start: '2026-10-10' } : phase));
    expect(codes({ period, timetable: { phases: early } })).toEqual(['phase-outside-period']);
  });

  it('warns about a preparation that runs into the promotion', () => {
    const late = phases.map((phase) => (phase.key === 'preparation' ? { ...phase, end: '2026-10-02' } : phase));
    const outside = warnings({ period, timetable: { phases: late } }).filter((w) => w.code === 'phase-outside-period');
    expect(outside).toMatchObject([{ index: 0, phase: 'preparation' }]);
  });

  it('warns about phases out of order', () => {
    const swapped = [phases[2], phases[0], phases[1], phases[3]].flatMap((phase) => (phase ? [phase] : []));
    const found = warnings({ period, timetable: { phases: swapped } }).filter((w) => w.code === 'phases-out-of-order');
    expect(found).toEqual([
      { code: 'phases-out-of-order', element: 'timetable', path: 'timetable.phases.1', index: 1, phase: 'preparation' },
    ]);
  });

  it('warns about a phase that ends before it starts', () => {
    const reversed = phases.map((phase) =>
      phase.key === 'communication' ? { ...phase, start: '2026-09-30', end: '2026-09-25' } : phase,
    );
    expect(codes({ period, timetable: { phases: reversed } })).toContain('phase-reversed');
  });

  it('says nothing about placement while the promotion dates are missing', () => {
    expect(codes({ timetable: { phases } })).toEqual([]);
  });
});

describe('goal cross-check', () => {
  it('warns that a goal without metric, baseline or target cannot be measured', () => {
    expect(warnings({ goal: { purpose: 'Sell more' } })).toEqual([
      { code: 'goal-not-measurable', element: 'goal', path: 'goal.metric', missing: ['metric', 'baseline', 'target'] },
    ]);
  });

  it('points at the first thing missing', () => {
    expect(warnings({ goal: { metric: 'Sales', baseline: 100 } })).toEqual([
      { code: 'goal-not-measurable', element: 'goal', path: 'goal.target', missing: ['target'] },
    ]);
  });

  it('is quiet for a measurable goal and for an untouched one', () => {
    expect(codes({ goal: { metric: 'Sales', baseline: 100, target: 130 } })).toEqual([]);
    expect(codes({})).toEqual([]);
  });
});

describe('offer cross-checks', () => {
  it('warns about an offer without terms', () => {
    expect(warnings({ offer: { type: 'bundle' } })).toEqual([
      { code: 'offer-without-terms', element: 'offer', path: 'offer.terms' },
    ]);
  });

  it('warns when the discount is not below the gross margin', () => {
    const input: PlanInput = {
      offer: { type: 'discount', terms: '40% off', discountPercent: 40 },
      budget: { forecast: { grossMarginPercent: 40 } },
    };
    expect(warnings(input)).toEqual([
      { code: 'discount-not-below-margin', element: 'offer', path: 'offer.discountPercent', discountPercent: 40, marginPercent: 40 },
    ]);
    expect(codes({ ...input, offer: { type: 'discount', terms: '10% off', discountPercent: 10 } })).toEqual([]);
  });

  it('warns the same for a gift whose value given away (D) reaches the margin', () => {
    const input: PlanInput = {
      offer: { type: 'gift', terms: 'A free set worth as much as the product', discountPercent: 50 },
      budget: { forecast: { grossMarginPercent: 40 } },
    };
    expect(codes(input)).toEqual(['discount-not-below-margin']);
    expect(codes({ ...input, offer: { ...input.offer, discountPercent: 4 } })).toEqual([]);
  });
});

describe('evaluation cross-check', () => {
  it('warns when the evaluation metrics leave out the goal metric', () => {
    expect(warnings({ goal: { metric: '促销期销售额' }, evaluation: { metrics: ['新客户数'] } }).at(-1)).toEqual({
      code: 'goal-metric-not-evaluated',
      element: 'evaluation',
      path: 'evaluation.metrics',
      metric: '促销期销售额',
    });
  });

  it('accepts the goal metric written a little differently', () => {
    expect(codes({ goal: { metric: 'Sales', baseline: 1, target: 2 }, evaluation: { metrics: [' sales during the promotion'] } })).toEqual([]);
  });

  it('waits until some metric is listed', () => {
    expect(codes({ goal: { metric: 'Sales', baseline: 1, target: 2 }, evaluation: { metrics: ['  '] } })).toEqual([]);
  });
});

describe('planWarnings', () => {
  it('finds nothing wrong in the example', () => {
    expect(planWarnings(example)).toEqual([]);
  });

  it('lists warnings in the course order of their elements', () => {
    const list = codes({
      evaluation: { metrics: ['Visits'] },
      goal: { metric: 'Sales' },
      budget: { total: 1, lines: [{ amount: 2 }] },
      offer: { type: 'gift' },
    });
    expect(list).toEqual(['goal-not-measurable', 'offer-without-terms', 'budget-lines-mismatch', 'goal-metric-not-evaluated']);
  });
});
