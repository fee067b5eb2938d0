import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  blankPlan,
  draftsOf,
  getAt,
  isBlankPlan,
  linesToList,
  MAX_LINE_ITEMS,
  maxRows,
  numberKindOf,
  parsePhaseDays,
  planFileName,
  parsePlanNumber,
  readPlanQuery,
  rowLists,
  setAt,
  shiftTexts,
  timelineBars,
  withIdentity,
} from '../../../src/lib/promotion/form';
import { examplePlan, planCompleteness, planSchema, SHORT_TEXT_MAX } from '../../../src/lib/promotion';
import { anyPlan } from './arbitraries';

describe('parsePlanNumber', () => {
  it('reads money as people type it and leaves a blank field unset', () => {
    expect(parsePlanNumber('20万', 'money')).toEqual({ ok: true, value: 200000 });
    expect(parsePlanNumber('¥12,000', 'money')).toEqual({ ok: true, value: 12000 });
    expect(parsePlanNumber('  ', 'money')).toEqual({ ok: true, value: undefined });
  });

  it('holds percents to their bounds: a margin to 100 %, a lift to 10,000 %', () => {
    expect(parsePlanNumber('40%', 'percent')).toEqual({ ok: true, value: 40 });
    expect(parsePlanNumber('１２０%', 'percent')).toEqual({
      ok: false,
      error: { code: 'too-big', limit: 100, inclusive: true },
    });
    expect(parsePlanNumber('120%', 'lift')).toEqual({ ok: true, value: 120 });
  });

  it('rejects what is not a number, a negative amount and a fraction of a person', () => {
    expect(parsePlanNumber('abc', 'money')).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(parsePlanNumber('-5', 'money')).toEqual({ ok: false, error: { code: 'negative' } });
    expect(parsePlanNumber('2.5', 'count')).toEqual({ ok: false, error: { code: 'not-whole' } });
    expect(parsePlanNumber('0', 'unitPrice')).toEqual({
      ok: false,
      error: { code: 'too-small', limit: 0.01, inclusive: true },
    });
  });

  it('reads a goal measure as money, a count, a negative change or a percent', () => {
    expect(parsePlanNumber('26万', 'measure')).toEqual({ ok: true, value: 260000 });
    expect(parsePlanNumber('-12', 'measure')).toEqual({ ok: true, value: -12 });
    expect(parsePlanNumber('35%', 'measure')).toEqual({ ok: true, value: 35 });
    expect(parsePlanNumber('35%万', 'measure').ok).toBe(false);
  });

  it('never throws, whatever is typed', () => {
    const kinds = ['money', 'unitPrice', 'percent', 'lift', 'count', 'measure'] as const;
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...kinds), (text, kind) => {
        const result = parsePlanNumber(text, kind);
        if (result.ok && result.value !== undefined) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });
});

describe('getAt and setAt', () => {
  const plan = examplePlan('en');

  it('read and replace a value deep in the plan without touching the original', () => {
    const next = setAt(plan, 'budget.lines.1.amount', 3500);
    expect(getAt(next, 'budget.lines.1.amount')).toBe(3500);
    expect(getAt(plan, 'budget.lines.1.amount')).toBe(2800);
    expect(next.budget.lines[0]).toBe(plan.budget.lines[0]);
    expect(next.goal).toBe(plan.goal);
  });

  it('unset a number by writing undefined, which export leaves out', () => {
    const next = setAt(plan, 'goal.baseline', undefined);
    expect(getAt(next, 'goal.baseline')).toBeUndefined();
    expect(planSchema.parse(JSON.parse(JSON.stringify(next))).goal.baseline).toBeUndefined();
  });

  it('leave the plan as it was for a row that does not exist', () => {
    expect(setAt(plan, 'products.5.name', 'ghost')).toEqual(plan);
    expect(getAt(plan, 'products.5.name')).toBeUndefined();
    expect(getAt(plan, 'theme.title.length.x')).toBeUndefined();
  });

  it('append a row at the end of a list', () => {
    const next = setAt(plan, 'products.1', { name: 'Y', fabe: {} });
    expect(next.products).toHaveLength(2);
  });
});

describe('shiftTexts', () => {
  it('drops the removed row’s texts and moves the rows below up one', () => {
    const texts = {
      'budget.lines.0.amount': '1千',
      'budget.lines.1.amount': 'abc',
      'budget.lines.2.amount': '3万',
      'budget.total': '12000',
      'budget.linesX.1': 'kept',
    };
    expect(shiftTexts(texts, 'budget.lines', 1)).toEqual({
      'budget.lines.0.amount': '1千',
      'budget.lines.1.amount': '3万',
      'budget.total': '12000',
      'budget.linesX.1': 'kept',
    });
  });
});

describe('linesToList', () => {
  it('keeps the lines with something on them, trimmed', () => {
    expect(linesToList('微信群\n\n  电话回访 \r\n')).toEqual({ items: ['微信群', '电话回访'], error: null });
  });

  it('keeps the first twenty lines and says there were more', () => {
    const text = Array.from({ length: MAX_LINE_ITEMS + 2 }, (_, index) => `c${index}`).join('\n');
    const result = linesToList(text);
    expect(result.items).toHaveLength(MAX_LINE_ITEMS);
    expect(result.error).toBe('too-many');
  });

  it('shortens a line the schema cannot hold and says so', () => {
    const result = linesToList('x'.repeat(SHORT_TEXT_MAX + 5));
    expect(result.items[0]).toHaveLength(SHORT_TEXT_MAX);
    expect(result.error).toBe('too-long');
  });

  it('always gives a list the plan schema accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6000 }), (text) => {
        const { items } = linesToList(text);
        expect(planSchema.safeParse({ communication: { channels: items } }).success).toBe(true);
      }),
    );
  });
});

describe('blank plans', () => {
  it('start with one blank row in every list and count as empty', () => {
    const plan = blankPlan({ id: 'a', now: new Date('2026-01-02T03:04:05Z') });
    for (const list of rowLists) expect(getAt(plan, list)).toHaveLength(1);
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(planCompleteness(plan).elements.every((element) => element.status === 'empty')).toBe(true);
    expect(isBlankPlan(plan)).toBe(true);
    expect(plan.createdAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it('stop being blank once anything is written, a name included', () => {
    expect(isBlankPlan(setAt(blankPlan(), 'name', 'Spring'))).toBe(false);
    expect(isBlankPlan(setAt(blankPlan(), 'budget.lines.0.amount', 5))).toBe(false);
    expect(isBlankPlan(examplePlan('zh-CN'))).toBe(false);
  });

  it('row limits match the schema', () => {
    for (const list of rowLists) {
      const plan = setAt(
        blankPlan(),
        list,
        Array.from({ length: maxRows[list] }, () => getAt(blankPlan(), `${list}.0`)),
      );
      expect(planSchema.safeParse(plan).success).toBe(true);
      const over = setAt(plan, `${list}.${maxRows[list]}`, getAt(blankPlan(), `${list}.0`));
      expect(planSchema.safeParse(over).success).toBe(false);
    }
  });
});

describe('withIdentity', () => {
  const now = new Date('2026-05-01T00:00:00Z');

  it('gives a copy a new id, name and clock, starting again at revision 1', () => {
    const copy = withIdentity({ ...examplePlan('en'), version: 7 }, { id: 'b', now, name: 'Copy', fresh: true });
    expect(copy).toMatchObject({
      id: 'b',
      name: 'Copy',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    });
    expect(copy.goal).toEqual(examplePlan('en').goal);
  });

  it('changes only the id of an imported plan whose id is taken', () => {
    const plan = { ...examplePlan('en'), version: 7, createdAt: '2025-01-01T00:00:00.000Z' };
    expect(withIdentity(plan, { id: 'c', now, fresh: false })).toEqual({ ...plan, id: 'c' });
  });

  it('keeps any plan valid', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        expect(planSchema.safeParse(withIdentity(plan, { id: 'x'.repeat(80), now, fresh: true })).success).toBe(true);
      }),
    );
  });
});

describe('timelineBars', () => {
  it('draws the phases that have dates in order, through their last day', () => {
    const bars = timelineBars([
      { key: 'preparation', start: '2026-09-17', end: '2026-09-30' },
      { key: 'communication', start: '', end: '2026-10-01' },
      { key: 'execution', start: '2026-10-14', end: '2026-10-01' },
      { key: 'evaluation', start: '2026-10-15', end: '2026-10-15' },
    ]);
    expect(bars.map((bar) => [bar.key, bar.index, bar.to - bar.from])).toEqual([
      ['preparation', 0, 14],
      ['evaluation', 3, 1],
    ]);
  });
});

describe('readPlanQuery', () => {
  it('reads the share code and the present flag', () => {
    expect(readPlanQuery('?p=abc_-&present=1')).toEqual({ code: 'abc_-', example: null, present: true, ignored: [] });
    expect(readPlanQuery('')).toEqual({ code: null, example: null, present: false, ignored: [] });
  });

  it('reports a present flag it cannot read, and opens the plan without present mode', () => {
    expect(readPlanQuery(`?p=abc&present=${encodeURIComponent('javascript:x')}`)).toEqual({
      code: 'abc',
      example: null,
      present: false,
      ignored: [{ param: 'present', reason: 'not-a-flag' }],
    });
  });

  it('opens a built-in example by its name, with or without present mode', () => {
    expect(readPlanQuery('?example=tea')).toEqual({ code: null, example: 'tea', present: false, ignored: [] });
    expect(readPlanQuery('?example=purifier&present=1')).toEqual({ code: null, example: 'purifier', present: true, ignored: [] });
  });

  it('reports an example it does not know by name only, never by its value', () => {
    for (const value of ['bogus', 'Tea', '<img src=x onerror=alert(1)>', '9'.repeat(500)]) {
      const query = readPlanQuery(`?example=${encodeURIComponent(value)}`);
      expect(query.example).toBeNull();
      expect(query.ignored).toEqual([{ param: 'example', reason: 'out-of-range' }]);
    }
    expect(readPlanQuery('?example=').ignored).toEqual([{ param: 'example', reason: 'empty' }]);
    expect(readPlanQuery('?example=tea&example=purifier')).toMatchObject({
      example: 'tea',
      ignored: [{ param: 'example', reason: 'repeated' }],
    });
  });

  it('lets a shared plan win over an example, and says the example was left out', () => {
    expect(readPlanQuery('?example=tea&p=abc')).toEqual({
      code: 'abc',
      example: null,
      present: false,
      ignored: [{ param: 'example', reason: 'conflict' }],
    });
  });

  it('reports unknown and repeated parameters by name only', () => {
    const query = readPlanQuery(`?p=a&p=b&${encodeURIComponent('<b>x</b>')}=1&customers=200`);
    expect(query.code).toBe('a');
    expect(query.ignored).toEqual([
      { param: 'p', reason: 'repeated' },
      { param: '<b>x</b>', reason: 'unknown' },
      { param: 'customers', reason: 'unknown' },
    ]);
  });
});

describe('numberKindOf and draftsOf', () => {
  it('name the kind of every number field of the plan, and nothing else', () => {
    expect(numberKindOf('goal.target')).toBe('measure');
    expect(numberKindOf('budget.lines.12.amount')).toBe('money');
    expect(numberKindOf('budget.forecast.expectedLiftPercent')).toBe('lift');
    expect(numberKindOf('communication.invitations.0.count')).toBe('count');
    expect(numberKindOf('products.0.unitPrice')).toBe('unitPrice');
    expect(numberKindOf('products.0.name')).toBeNull();
    expect(numberKindOf('budget.lines.x.amount')).toBeNull();
  });

  it('cover every number of a full plan', () => {
    const numbers: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'number') numbers.push(path);
      else if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
      }
    };
    const plan = setAt(
      setAt(setAt(examplePlan('en'), 'offer.discountPercent', 10), 'evaluation.actuals', {
        sales: 1,
        cost: 2,
        metrics: [{ metric: 'm', value: 3 }],
      }),
      'budget.total',
      12000,
    );
    walk(plan, '');
    expect(numbers.filter((path) => path !== 'version' && numberKindOf(path) === null)).toEqual([]);
  });

  it('keep only the texts the plan could not take', () => {
    const lines = Array.from({ length: 25 }, (_, index) => `m${index}`).join('\n');
    expect(
      draftsOf({
        'budget.total': '1.2万',
        'budget.lines.0.amount': 'abc',
        'goal.target': '-5',
        'offer.discountPercent': '120%',
        'communication.channels': 'a\nb',
        'evaluation.metrics': lines,
        'theme.title': 'not a number field',
      }),
    ).toEqual({ 'budget.lines.0.amount': 'abc', 'offer.discountPercent': '120%', 'evaluation.metrics': lines });
  });
});

describe('parsePhaseDays', () => {
  it('takes whole days from 1 to 365', () => {
    expect(parsePhaseDays('14')).toEqual({ ok: true, value: 14 });
    expect(parsePhaseDays('0')).toEqual({ ok: false, error: { code: 'too-small', limit: 1, inclusive: true } });
    expect(parsePhaseDays('366')).toEqual({ ok: false, error: { code: 'too-big', limit: 365, inclusive: true } });
    expect(parsePhaseDays('1.5')).toEqual({ ok: false, error: { code: 'not-whole' } });
    expect(parsePhaseDays('')).toEqual({ ok: false, error: { code: 'empty' } });
  });
});

describe('planFileName', () => {
  it('names the file after the plan, without characters file systems refuse', () => {
    expect(planFileName('国庆空气净化器促销')).toBe('国庆空气净化器促销.json');
    expect(planFileName('Spring / Summer: "best" deals?')).toBe('Spring-Summer-best-deals.json');
    expect(planFileName('  ..  ')).toBe('promotion-plan.json');
    expect(planFileName('a\u0000b')).toBe('a-b.json');
  });

  it('always ends in .json and stays short', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (title) => {
        const name = planFileName(title);
        expect(name.endsWith('.json')).toBe(true);
        expect(name.length).toBeLessThanOrEqual(85);
        expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
      }),
    );
  });
});
