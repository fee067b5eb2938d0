import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fillWords } from '../../src/i18n/fillWords';
import { describe, expect, it } from 'vitest';
import { worksheetNames } from '../../src/lib/catalog';
import { worksheetStrings } from '../../src/i18n/worksheets';
import { worksheetSlugs } from '../../src/lib/catalog';
import { growthDefaults } from '../../src/lib/growth/model';
import { memoryStorage, createSavedStateStore } from '../../src/lib/storage';
import {
  SHEET_VALUES_VERSION,
  addRecord,
  applyGrowthFill,
  blankSheet,
  computedCell,
  cssString,
  fillFromSaved,
  ready,
  formatSheetDate,
  growthFiller,
  targetSplitFiller,
  applyTargetSplitFill,
  growthCells,
  isBlankSheet,
  normalizeValues,
  pageRules,
  paperCards,
  paperRows,
  readNumber,
  readSaved,
  readToolSave,
  promotionFiller,
  removeRecord,
  sheetFields,
  sheetValuesSchema,
  tableTotals,
  translatedStrings,
  worksheetSchema,
  worksheets,
  type SheetValues,
  type TableField,
  type Worksheet,
  type WorksheetInput,
} from '../../src/lib/worksheets';
import { growthStateSchema } from '../../src/lib/growth/schema';
import { splitDefaults, type SplitState } from '../../src/lib/target-split/schema';
import { examplePlan } from '../../src/lib/promotion/example';
import { createPlanStore } from '../../src/lib/promotion/planStore';
import { emptyPlan } from '../../src/lib/promotion/schema';

const han = /\p{Script=Han}/u;

function table(sheet: Worksheet, id: string): TableField {
  const field = sheetFields(sheet).find((candidate) => candidate.id === id);
  if (field?.type !== 'table') throw new Error(`${sheet.slug} has no table ${id}`);
  return field;
}

/** A valid definition to break in one place at a time. */
function minimalSheet(): WorksheetInput {
  return {
    slug: 'coaching-record',
    title: { 'zh-CN': '表', en: 'Sheet' },
    instructions: { 'zh-CN': '说明', en: 'Instructions' },
    orientation: 'portrait',
    pages: 1,
    chapter: 'course/team-performance',
    sections: [
      {
        id: 'one',
        title: { 'zh-CN': '一', en: 'One' },
        fields: [
          {
            type: 'table',
            id: 'numbers',
            label: { 'zh-CN': '数字', en: 'Numbers' },
            rows: 3,
            columns: [
              { id: 'name', label: { 'zh-CN': '名称', en: 'Name' } },
              { id: 'plan', label: { 'zh-CN': '计划', en: 'Plan' }, kind: 'money' },
              { id: 'actual', label: { 'zh-CN': '实际', en: 'Actual' }, kind: 'money' },
              { id: 'rate', label: { 'zh-CN': '完成率', en: 'Achieved' }, kind: 'ratio', of: 'actual', over: 'plan' },
            ],
            totals: { label: { 'zh-CN': '合计', en: 'Total' } },
          },
        ],
      },
    ],
  };
}

describe('worksheet definitions', () => {
  it('has one definition for every worksheet slug in the catalog, under its own slug', () => {
    expect(Object.keys(worksheets).sort()).toEqual([...worksheetSlugs].sort());
    for (const slug of worksheetSlugs) expect(worksheets[slug].slug).toBe(slug);
  });

  for (const slug of worksheetSlugs) {
    describe(slug, () => {
      const sheet = worksheets[slug];

      it('validates against the definition schema', () => {
        const result = worksheetSchema.safeParse(sheet);
        expect(result.success, result.success ? '' : result.error.message).toBe(true);
      });

      it('has every string in both languages: Chinese with Chinese characters, English without', () => {
        const strings = translatedStrings(sheet);
        expect(strings.length).toBeGreaterThan(10);
        for (const { path, text } of strings) {
          expect(Object.keys(text).sort(), path).toEqual(['en', 'zh-CN']);
          expect(text['zh-CN'].trim(), `${path} zh-CN`).not.toBe('');
          expect(text.en.trim(), `${path} en`).not.toBe('');
          expect(han.test(text.en), `${path} en is not English: ${text.en}`).toBe(false);
          // A language-neutral label (a month abbreviation, a letter) may be the same in both.
          if (text['zh-CN'] !== text.en) expect(han.test(text['zh-CN']), `${path} zh-CN: ${text['zh-CN']}`).toBe(true);
        }
      });

      it('is titled as the catalog names it', () => {
        expect(sheet.title).toEqual(worksheetNames[slug]);
      });

      it('starts exactly as many pages as it declares, so a blank sheet fills them', () => {
        const breaks = sheet.sections.filter((section) => section.breakBefore).length;
        expect(breaks + 1).toBe(sheet.pages);
      });

      it('prints nothing that names the site’s sidebar groups', () => {
        // The e2e test looks for these words in the PDF to prove the site's chrome did not print.
        const chrome = ['课程', '工具', '术语表', '工作表', 'Course', 'Tools', 'Glossary', 'Worksheets'];
        for (const { path, text } of translatedStrings(sheet)) {
          for (const word of chrome) {
            expect(text['zh-CN'].includes(word) || text.en.includes(word), `${path} says ${word}`).toBe(false);
          }
        }
      });

      it('round-trips a blank sheet through the saved-state schema and back unchanged', () => {
        const blank = blankSheet(sheet);
        const parsed = sheetValuesSchema.safeParse(blank);
        expect(parsed.success).toBe(true);
        expect(normalizeValues(sheet, blank)).toEqual(blank);
        expect(isBlankSheet(blank)).toBe(true);
      });
    });
  }

  it('lands landscape only where a wide table needs it: the target breakdown', () => {
    const landscape = worksheetSlugs.filter((slug) => worksheets[slug].orientation === 'landscape');
    expect(landscape).toEqual(['target-breakdown']);
    const months = table(worksheets['target-breakdown'], 'months');
    expect(months.columns.filter((column) => column.kind === 'money')).toHaveLength(12);
    expect(months.totals?.row).toBe(true);
    expect(months.totals?.column).toBe(true);
  });

  it('draws several FABE cards with feature, advantage, benefit and evidence', () => {
    const cards = sheetFields(worksheets['fabe-cards']).find((field) => field.type === 'cards');
    expect(cards?.type).toBe('cards');
    if (cards?.type !== 'cards') return;
    expect(cards.count).toBeGreaterThanOrEqual(4);
    expect(cards.parts.map((part) => part.id)).toEqual(expect.arrayContaining(['feature', 'advantage', 'benefit', 'evidence']));
  });

  it('lists the twelve elements of a promotion in the course’s order', () => {
    const sections = worksheets['promotion-elements'].sections;
    expect(sections).toHaveLength(12);
    expect(sections.map((section) => section.title['zh-CN'].replace(/^\d+\.\s*/, ''))).toEqual([
      '促销目的/目标',
      '促销对象',
      '促销产品',
      '促销时间',
      '促销范围',
      '优惠设计',
      '促销主题',
      '促销预算',
      '促销话术（FABE）',
      '促销沟通与邀约',
      '促销时间表',
      '促销执行与评估',
    ]);
  });

  it('engine strings exist in both languages', () => {
    for (const [key, text] of Object.entries(worksheetStrings)) {
      expect(Object.keys(text).sort(), key).toEqual(['en', 'zh-CN']);
      expect(typeof text['zh-CN'] === 'string' && typeof text.en === 'string', key).toBe(true);
    }
  });
});

describe('the monthly plan and Part 6 write the same plan', () => {
  const plan = worksheets['monthly-plan'];
  const chapter = (folder: string) =>
    readFileSync(join(process.cwd(), folder, 'course/summary.mdx'), 'utf8').replaceAll('’', "'");

  it('names its five sections 板块一…板块五 / Section 1…5 (never 第一部分 inside Part 6), as the chapter’s headings do', () => {
    const numerals = ['一', '二', '三', '四', '五'];
    expect(plan.sections.map((section) => section.title['zh-CN'].split('：')[0])).toEqual(numerals.map((n) => `板块${n}`));
    expect(plan.sections.map((section) => section.title.en.split(':')[0])).toEqual(numerals.map((_, i) => `Section ${i + 1}`));
    const zh = chapter('src/content/docs');
    const en = chapter('src/content/docs/en');
    for (const section of plan.sections) {
      expect(zh).toContain(`### ${section.title['zh-CN']}\n`);
      expect(en).toContain(`### ${section.title.en.replaceAll('’', "'")}\n`);
    }
    expect(translatedStrings(plan).map(({ text }) => text['zh-CN']).join('')).not.toMatch(/第[一二三四五]部分/);
  });

  it('says its figures are on the course’s transactions basis, with 交易笔数 beside the activity rate', () => {
    const review = plan.sections[0]!;
    // 交易口径（本课的定义）: the sheet may not print 课程 (see 'prints nothing that names the site’s sidebar groups').
    expect(review.intro?.['zh-CN']).toContain('按交易口径（本课的定义）');
    expect(review.intro?.['zh-CN']).toMatch(/活跃率 = 交易笔数 ÷ 覆盖客户数/);
    expect(review.intro?.en).toMatch(/on the course’s transactions basis/i);
    const rows = table(plan, 'review').rows;
    expect(typeof rows === 'number' ? [] : rows.map((row) => row.id)).toContain('transactions');
  });
});

describe('the definition schema', () => {
  it('accepts the minimal sheet', () => {
    expect(worksheetSchema.safeParse(minimalSheet()).success).toBe(true);
  });

  it('refuses a label with a blank language', () => {
    const sheet = minimalSheet();
    sheet.title = { 'zh-CN': '表', en: '  ' };
    expect(worksheetSchema.safeParse(sheet).success).toBe(false);
  });

  it('refuses a label missing a language', () => {
    const sheet = minimalSheet() as unknown as { title: Record<string, string> };
    sheet.title = { 'zh-CN': '表' };
    expect(worksheetSchema.safeParse(sheet).success).toBe(false);
  });

  it('refuses two fields with one id', () => {
    const sheet = minimalSheet();
    const section = sheet.sections[0]!;
    section.fields.push({ type: 'text', id: 'numbers', label: { 'zh-CN': '重复', en: 'Again' } });
    const result = worksheetSchema.safeParse(sheet);
    expect(result.success).toBe(false);
    expect(result.error?.message).toContain('used twice');
  });

  it('refuses a computed column that names a column that is not a number', () => {
    const sheet = minimalSheet();
    const field = sheet.sections[0]!.fields[0]!;
    if (field.type !== 'table') throw new Error('table expected');
    field.columns[3] = { id: 'rate', label: { 'zh-CN': '率', en: 'Rate' }, kind: 'ratio', of: 'name', over: 'plan' };
    expect(worksheetSchema.safeParse(sheet).success).toBe(false);
  });

  it('refuses a column of row kinds in a table whose rows have no kind', () => {
    const sheet = minimalSheet();
    const field = sheet.sections[0]!.fields[0]!;
    if (field.type !== 'table') throw new Error('table expected');
    field.columns.push({ id: 'by-row', label: { 'zh-CN': '按行', en: 'By row' }, kind: 'row' });
    expect(worksheetSchema.safeParse(sheet).success).toBe(false);
  });

  it('refuses more page breaks than declared pages', () => {
    const sheet = minimalSheet();
    sheet.sections.push({ id: 'two', title: { 'zh-CN': '二', en: 'Two' }, breakBefore: true, fields: [{ type: 'text', id: 'x', label: { 'zh-CN': '某', en: 'X' } }] });
    expect(worksheetSchema.safeParse(sheet).success).toBe(false);
    sheet.pages = 2;
    expect(worksheetSchema.safeParse(sheet).success).toBe(true);
  });

  it('refuses a growth fill into a table without fixed rows', () => {
    const sheet = minimalSheet();
    sheet.fills = [{ source: 'growth', table: 'numbers', current: 'plan' }];
    expect(worksheetSchema.safeParse(sheet).success).toBe(false);
  });

  it('refuses an unknown slug and an unknown field type', () => {
    expect(worksheetSchema.safeParse({ ...minimalSheet(), slug: 'nope' }).success).toBe(false);
    const sheet = minimalSheet() as unknown as { sections: { fields: unknown[] }[] };
    sheet.sections[0]!.fields.push({ type: 'slider', id: 'x', label: { 'zh-CN': '某', en: 'X' } });
    expect(worksheetSchema.safeParse(sheet).success).toBe(false);
  });
});

describe('values', () => {
  const sheet = worksheetSchema.parse(minimalSheet());
  const numbers = table(sheet, 'numbers');

  it('reads numbers the way the tools do, and leaves a blank field blank', () => {
    expect(readNumber('30万', 'money')).toEqual({ ok: true, value: 300000 });
    expect(readNumber('', 'money')).toEqual({ ok: true, value: undefined });
    expect(readNumber('１２０%', 'percent')).toEqual({ ok: true, value: 120 });
    expect(readNumber('abc', 'money')).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(readNumber('-5', 'money')).toEqual({ ok: false, error: { code: 'negative' } });
    expect(readNumber('-5', 'money', true)).toEqual({ ok: true, value: -5 });
    expect(readNumber('2.5', 'count')).toEqual({ ok: false, error: { code: 'not-whole' } });
  });

  it('lets a percent pass 100 but not 100,000 either way, and bounds money and counts like the tools', () => {
    expect(readNumber('105%', 'percent')).toEqual({ ok: true, value: 105 });
    expect(readNumber('100000', 'percent')).toEqual({ ok: true, value: 100000 });
    expect(readNumber('100001', 'percent')).toEqual({ ok: false, error: { code: 'too-big', limit: 100000, inclusive: true } });
    expect(readNumber('-100001%', 'percent', true)).toEqual({ ok: false, error: { code: 'too-small', limit: -100000, inclusive: true } });
    expect(readNumber('-150%', 'percent', true)).toEqual({ ok: true, value: -150 });
    expect(readNumber('2000000000000000', 'money')).toEqual({ ok: false, error: { code: 'too-large' } });
    expect(readNumber('2000000000000000', 'count')).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('computes an achievement and an uplift, and nothing when a side is missing or zero', () => {
    const rate = numbers.columns[3]!;
    expect(computedCell(numbers, rate, { plan: '200', actual: '210' }, undefined)).toBeCloseTo(105, 10);
    expect(computedCell(numbers, rate, { plan: '0', actual: '210' }, undefined)).toBeNull();
    expect(computedCell(numbers, rate, { plan: '200' }, undefined)).toBeNull();
    expect(computedCell(numbers, rate, { plan: 'abc', actual: '1' }, undefined)).toBeNull();
    const diagnosis = table(worksheets['growth-diagnosis'], 'factors');
    const change = diagnosis.columns.find((column) => column.kind === 'change')!;
    const active = typeof diagnosis.rows === 'number' ? undefined : diagnosis.rows[1];
    expect(computedCell(diagnosis, change, { current: '30%', target: '37.8' }, active)).toBeCloseTo(26, 10);
  });

  it('adds rows and columns of money to the cent, skipping blanks and text', () => {
    const totals = tableTotals(numbers, [
      { name: 'A', plan: '0.1', actual: '1万' },
      { name: 'B', plan: '0.2', actual: 'abc' },
      { name: 'C' },
    ]);
    expect(totals.columns['plan']).toBe(0.3);
    expect(totals.columns['actual']).toBe(10000);
    expect(totals.rows).toEqual([10000.1, 0.2, null]);
    expect(totals.grand).toBe(10000.3);
  });

  it('makes the total of the row totals equal the total of the column totals', () => {
    const months = table(worksheets['target-breakdown'], 'months');
    const cell = fc.option(fc.integer({ min: 0, max: 10_000_000 }).map((yuan) => String(yuan / 100)), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 10 }), (grid) => {
        const rows = grid.map((row) => Object.fromEntries(row.flatMap((value, index) => (value === undefined ? [] : [[`m${index + 1}`, value]]))));
        const totals = tableTotals(months, rows);
        const byColumns = Object.values(totals.columns).reduce<number>((sum, value) => sum + Math.round((value ?? 0) * 100), 0);
        const byRows = totals.rows.reduce<number>((sum, value) => sum + Math.round((value ?? 0) * 100), 0);
        expect(byRows).toBe(byColumns);
        expect(Math.round((totals.grand ?? 0) * 100)).toBe(byColumns);
      }),
    );
  });

  it('keeps only what the definition knows when saved values are read back', () => {
    const saved: SheetValues = {
      header: { name: '陈经理', region: '华东', date: '2025-08-01' },
      values: {
        numbers: [{ name: 'A', plan: '100', rate: '999', ghost: 'x' }, { plan: '' }],
        gone: 'a field that was removed',
      },
    };
    const normalized = normalizeValues(sheet, saved);
    expect(normalized.values['numbers']).toEqual([{ name: 'A', plan: '100' }, {}]);
    expect(normalized.values).not.toHaveProperty('gone');
    expect(normalized.header.name).toBe('陈经理');
  });

  it('gives fixed-row tables exactly their rows and drops unknown checkbox options', () => {
    const diagnosis = worksheets['growth-diagnosis'];
    const normalized = normalizeValues(diagnosis, {
      header: { name: '', region: '', date: '' },
      values: { factors: [{ current: '1' }], definitions: ['covered', 'made-up'], period: ['not', 'text'] },
    });
    expect(normalized.values['factors']).toHaveLength(4);
    expect(normalized.values['definitions']).toEqual(['covered']);
    expect(normalized.values['period']).toBe('');
  });

  it('adds rows up to the maximum and never removes the last one', () => {
    let rows = [{}];
    for (let index = 0; index < numbers.maxRows + 5; index += 1) rows = addRecord(numbers, rows);
    expect(rows).toHaveLength(numbers.maxRows);
    expect(removeRecord([{ name: 'only' }], 0)).toEqual([{}]);
    expect(removeRecord([{ name: 'a' }, { name: 'b' }], 0)).toEqual([{ name: 'b' }]);
  });

  it('prints written rows, then blank rows up to the blank sheet’s count', () => {
    expect(paperRows(numbers, [{}, { name: 'A' }, {}])).toEqual([{ name: 'A' }, {}, {}]);
    const many = Array.from({ length: 5 }, (_, index) => ({ name: String(index) }));
    expect(paperRows(numbers, many)).toHaveLength(5);
  });

  it('prints written cards, then blank ones to fill the page and the last row', () => {
    const cards = sheetFields(worksheets['fabe-cards']).find((field) => field.type === 'cards');
    if (cards?.type !== 'cards') throw new Error('cards expected');
    expect(paperCards(cards, [{ product: 'A' }])).toHaveLength(4);
    expect(paperCards(cards, Array.from({ length: 5 }, () => ({ product: 'A' })))).toHaveLength(6);
  });

  it('is saved, versioned, and set aside with a notice when it cannot be read', () => {
    const storage = memoryStorage();
    const store = createSavedStateStore({ storage, name: 'worksheet:monthly-plan', version: SHEET_VALUES_VERSION, schema: sheetValuesSchema });
    expect(store.key).toBe('playbook:worksheet:monthly-plan');
    const values = blankSheet(worksheets['monthly-plan']);
    values.header.name = '陈经理';
    expect(store.save(values)).toEqual({ ok: true });
    expect(store.load()).toEqual({ status: 'ok', value: values });
    storage.setItem(store.key, '{"version":1,"data":{"header":"nope"}}');
    const loaded = store.load();
    expect(loaded.status).toBe('set-aside');
  });

  it('reads back every value shape a sheet saves, and refuses any other', () => {
    const header = { name: '', region: '', date: '' };
    const accepts = (values: unknown) => sheetValuesSchema.safeParse({ header, values }).success;
    expect(accepts({ goal: '120万', options: ['a', 'b'], rows: [{ month: '1', sales: '30000' }], empty: [] })).toBe(true);
    expect(accepts({})).toBe(true);
    // Wrong shapes: a number, a list mixing ids and rows, a row with a number in it, nesting, null.
    expect(accepts({ goal: 120 })).toBe(false);
    expect(accepts({ mixed: ['a', { month: '1' }] })).toBe(false);
    expect(accepts({ rows: [{ sales: 30000 }] })).toBe(false);
    expect(accepts({ rows: [[{ sales: '1' }]] })).toBe(false);
    expect(accepts({ goal: null })).toBe(false);
    expect(accepts(['goal'])).toBe(false);
    expect(accepts('goal')).toBe(false);
    // Limits: ids of 40 characters, 24 ticked options, 200 rows, 20,000 characters of text.
    expect(accepts({ ['x'.repeat(40)]: '' })).toBe(true);
    expect(accepts({ ['x'.repeat(41)]: '' })).toBe(false);
    expect(accepts({ options: Array.from({ length: 25 }, (_, index) => `o${index}`) })).toBe(false);
    expect(accepts({ rows: Array.from({ length: 200 }, () => ({})) })).toBe(true);
    expect(accepts({ rows: Array.from({ length: 201 }, () => ({})) })).toBe(false);
    expect(accepts({ note: 'x'.repeat(20_000) })).toBe(true);
    expect(accepts({ note: 'x'.repeat(20_001) })).toBe(false);
    expect(accepts({ rows: [{ ['x'.repeat(41)]: '1' }] })).toBe(false);
  });

  it('drops a __proto__ key from a tampered saved copy instead of keeping or following it', () => {
    const tampered = JSON.parse('{"__proto__":"x","notes":[{"__proto__":"y","a":"kept"}]}') as unknown;
    const parsed = sheetValuesSchema.safeParse({ header: { name: '', region: '', date: '' }, values: tampered });
    expect(parsed.success).toBe(true);
    expect(Object.keys(parsed.data?.values ?? {})).toEqual(['notes']);
    expect(parsed.data?.values['notes']).toEqual([{ a: 'kept' }]);
    expect(({} as Record<string, unknown>)['a']).toBeUndefined();
  });

  it('accepts every sheet a person can write (property)', () => {
    const cell = fc.string({ maxLength: 30 });
    // Keys are the ids of a sheet's definition (idSchema), never typed by a person.
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,39}$/);
    const value = fc.oneof(cell, fc.array(id, { maxLength: 24 }), fc.array(fc.dictionary(id, cell), { maxLength: 20 }));
    fc.assert(
      fc.property(fc.dictionary(id, value), (values) => {
        const parsed = sheetValuesSchema.safeParse({ header: { name: '', region: '', date: '' }, values });
        expect(parsed.success).toBe(true);
        expect(parsed.data?.values).toEqual(values);
      }),
    );
  });
});

describe('fill from the growth calculator', () => {
  const saved = (data: unknown, version = 1) => JSON.stringify({ version, savedAt: '2025-08-01T08:00:00.000Z', data });

  it('reads a saved scenario without touching it, and says when there is none or it is unreadable', () => {
    expect(readToolSave(null, 1, growthStateSchema)).toEqual({ status: 'empty' });
    expect(readToolSave('not json', 1, growthStateSchema)).toEqual({ status: 'unreadable' });
    expect(readToolSave(saved(growthDefaults, 2), 1, growthStateSchema)).toEqual({ status: 'unreadable' });
    expect(readToolSave(saved({ ...growthDefaults, customers: 'lots' }), 1, growthStateSchema)).toEqual({ status: 'unreadable' });
    expect(readToolSave(saved(growthDefaults), 1, growthStateSchema)).toEqual({
      status: 'ok',
      value: growthDefaults,
      savedAt: '2025-08-01T08:00:00.000Z',
    });
  });

  it('turns the course example (200 × 30% × ¥5,000, doubled) into cells', () => {
    const cells = growthCells(growthDefaults);
    expect(cells.customers).toEqual({ current: '200', target: '252', change: '25.99' });
    expect(cells.active).toEqual({ current: '30', target: '37.8', change: '25.99' });
    expect(cells.aov.current).toBe('5000');
    expect(Number(cells.aov.target)).toBeCloseTo(6299.6, 1);
    expect(cells.sales).toEqual({ current: '300000', target: '600000', change: '100' });
  });

  it('writes current and planned values into sheet 2 and leaves everything else as it was', () => {
    const sheet = worksheets['growth-diagnosis'];
    const values = blankSheet(sheet);
    values.values['period'] = '2025 年 5–7 月';
    const fill = sheet.fills[0]!;
    if (fill.source !== 'growth') throw new Error('growth fill expected');
    const outcome = applyGrowthFill(sheet, values, fill, { ...growthDefaults, target: 800000 });
    // Eight cells, and the basis the numbers are on.
    expect(outcome.filled).toBe(9);
    expect(outcome.values.values['basis']).toEqual(['transactions']);
    const rows = outcome.values.values['factors'] as Record<string, string>[];
    expect(rows[0]).toEqual({ current: '200', target: expect.any(String) });
    expect(rows[3]).toEqual({ current: '300000', target: '800000' });
    expect(outcome.values.values['period']).toBe('2025 年 5–7 月');
    const factors = table(sheet, 'factors');
    const change = factors.columns.find((column) => column.id === 'change')!;
    const salesRow = typeof factors.rows === 'number' ? undefined : factors.rows[3];
    expect(computedCell(factors, change, rows[3]!, salesRow)).toBeCloseTo(166.67, 2);
  });

  it('says on the sheet which basis its numbers are on: a buyers-basis save ticks the buyers basis, an old save the transactions basis', () => {
    const sheet = worksheets['growth-diagnosis'];
    const fill = sheet.fills[0]!;
    const buyers = fillFromSaved(growthFiller, sheet, blankSheet(sheet), fill, saved({ ...growthDefaults, active: 60, basis: 'buyers' }));
    expect(buyers.status).toBe('filled');
    if (buyers.status !== 'filled') return;
    expect(buyers.outcome.values.values['basis']).toEqual(['buyers']);
    expect((buyers.outcome.values.values['factors'] as Record<string, string>[])[1]).toEqual({ current: '60', target: '75.6' });
    // Saved before the calculator had a basis: the course's transactions basis, same numbers.
    const { basis: _, ...old } = { ...growthDefaults, active: 60 };
    const before = fillFromSaved(growthFiller, sheet, blankSheet(sheet), fill, saved(old));
    expect(before.status).toBe('filled');
    if (before.status !== 'filled') return;
    expect(before.outcome.values.values['basis']).toEqual(['transactions']);
    expect(before.outcome.values.values['factors']).toEqual(buyers.outcome.values.values['factors']);
  });

  it('refuses a growth fill whose basis is not a checkboxes field', () => {
    const sheet = structuredClone(worksheets['growth-diagnosis']);
    sheet.fills = [{ source: 'growth', table: 'factors', current: 'current', basis: 'period' }];
    expect(worksheetSchema.safeParse(sheet).success).toBe(false);
    sheet.fills = [{ source: 'growth', table: 'factors', current: 'current', basis: 'basis' }];
    expect(worksheetSchema.safeParse(sheet).success).toBe(true);
  });

  it('fills the growth part of the monthly plan from the saved text', () => {
    const sheet = worksheets['monthly-plan'];
    const result = fillFromSaved(growthFiller, sheet, blankSheet(sheet), sheet.fills[0]!, saved(growthDefaults));
    expect(result.status).toBe('filled');
    if (result.status !== 'filled') return;
    const rows = result.outcome.values.values['targets'] as Record<string, string>[];
    expect(rows.map((row) => row['last'])).toEqual(['200', '30', '5000', '300000']);
    expect(fillFromSaved(growthFiller, sheet, blankSheet(sheet), sheet.fills[0]!, null)).toEqual({ status: 'empty' });
    expect(fillFromSaved(growthFiller, sheet, blankSheet(sheet), sheet.fills[0]!, '{')).toEqual({ status: 'unreadable' });
  });

  it('names the growth fill on exactly the two sheets that have it, and the split on the breakdown', () => {
    const using = (source: string) => worksheetSlugs.filter((slug) => worksheets[slug].fills.some((fill) => fill.source === source)).sort();
    expect(using('growth')).toEqual(['growth-diagnosis', 'monthly-plan']);
    expect(using('target-split')).toEqual(['monthly-plan', 'target-breakdown']);
  });
});

describe('fill from the target splitter', () => {
  const sheet = worksheets['target-breakdown'];
  const fill = sheet.fills[0]!;
  const state: SplitState = {
    ...splitDefaults,
    total: 1_320_000,
    method: 'weights',
    roundingUnit: 10_000,
    overPercent: 5,
    units: [
      { name: '刘洋', weight: 40 },
      { name: '周婷', weight: 35 },
      { name: '孙浩', weight: 25 },
    ],
  };

  it('writes one row per unit with twelve months that add up to its quota, and the split’s settings', () => {
    if (fill.source !== 'target-split') throw new Error('target-split fill expected');
    const outcome = applyTargetSplitFill(sheet, blankSheet(sheet), fill, state);
    const rows = outcome.values.values['months'] as Record<string, string>[];
    expect(rows.map((row) => row['unit'])).toEqual(['刘洋', '周婷', '孙浩']);
    const totals = tableTotals(table(sheet, 'months'), rows);
    // 1,320,000 + 5 % = 1,386,000 assigned, in units of 10,000 where they can be.
    expect(totals.grand).toBe(1_386_000);
    expect(totals.rows.reduce<number>((sum, value) => sum + (value ?? 0), 0)).toBe(1_386_000);
    expect(outcome.values.values['target']).toBe('1320000');
    expect(outcome.values.values['over']).toBe('5');
    expect(outcome.values.values['rounding']).toBe('10000');
    expect(outcome.values.values['method']).toEqual(['weights']);
    expect(outcome.filled).toBe(36 + 4);
  });

  it('writes each person’s quota into section 2 of the monthly plan', () => {
    const plan = worksheets['monthly-plan'];
    const splitFill = plan.fills.find((candidate) => candidate.source === 'target-split')!;
    const result = fillFromSaved(targetSplitFiller, plan, blankSheet(plan), splitFill, JSON.stringify({ version: 1, savedAt: 'x', data: { ...state, overPercent: 0 } }));
    if (result.status !== 'filled') throw new Error(result.status);
    // The course's case: 1,320,000 split 40/35/25 in units of 10,000.
    expect(result.outcome.values.values['people']).toEqual([
      { person: '刘洋', amount: '530000' },
      { person: '周婷', amount: '460000' },
      { person: '孙浩', amount: '330000' },
    ]);
  });

  it('writes nothing when the split has no units, and reads the tool’s save without changing it', async () => {
    const raw = JSON.stringify({ version: 1, savedAt: '2025-08-01T08:00:00.000Z', data: splitDefaults });
    expect(fillFromSaved(targetSplitFiller, sheet, blankSheet(sheet), fill, raw)).toEqual({ status: 'nothing' });
    const loaded = ready(targetSplitFiller);
    expect(loaded.storageKey).toBe('playbook:target-split');
    const result = loaded.run(sheet, blankSheet(sheet), fill, JSON.stringify({ version: 1, savedAt: 'x', data: state }));
    expect(result.status).toBe('filled');
    expect(loaded.run(sheet, blankSheet(sheet), fill, JSON.stringify({ version: 2, data: state }))).toEqual({ status: 'unreadable' });
  });

  it('leaves a growth fill alone and a growth filler leaves a split fill alone', () => {
    const values = blankSheet(sheet);
    expect(growthFiller.apply(sheet, values, fill, growthDefaults)).toEqual({ values, filled: 0 });
  });

  it('refuses a split fill whose table lacks the month columns', () => {
    const broken = minimalSheet();
    broken.fills = [{ source: 'target-split', table: 'numbers', unitColumn: 'name', months: true }];
    const messages = worksheetSchema.safeParse(broken).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain('table "numbers" has no column "m1"');
  });
});

describe('fill from the promotion builder', () => {
  const sheet = worksheets['promotion-elements'];
  const fill = sheet.fills[0]!;
  /** Saves plans the way the builder does, and points at the current one. */
  function savedPlans(...plans: ReturnType<typeof examplePlan>[]) {
    const storage = memoryStorage();
    const store = createPlanStore({
      storage: { ...storage, keys: () => [] },
      now: () => new Date('2026-09-01T08:00:00.000Z'),
    });
    for (const plan of plans) expect(store.save(plan).ok).toBe(true);
    return { storage, store };
  }

  it('is offered on the twelve-elements sheet only', () => {
    expect(worksheetSlugs.filter((slug) => worksheets[slug].fills.some((candidate) => candidate.source === 'promotion'))).toEqual([
      'promotion-elements',
    ]);
  });

  it('fills the current plan’s elements into the sheet, in the page’s language', async () => {
    const other = { ...examplePlan('en'), id: 'other', theme: { title: 'Not this one' } };
    const { storage, store } = savedPlans(examplePlan('zh-CN'), other);
    store.setCurrent('example');
    const loaded = ready(promotionFiller);
    const raw = loaded.read(storage);
    const result = loaded.run(sheet, blankSheet(sheet), fill, raw, fillWords['zh-CN']);
    if (result.status !== 'filled') throw new Error(result.status);
    expect(result.savedAt).toBe('2026-09-01T08:00:00.000Z');
    const values = result.outcome.values.values;
    expect(values['name']).toBe('国庆空气净化器促销');
    expect(values['owner']).toBe('王经理');
    expect(values['theme']).toBe('清新国庆，净享好空气');
    expect(values['start']).toBe('2026-10-01');
    expect(values['end']).toBe('2026-10-14');
    expect(values['products']).toBe('静音空气净化器 X3');
    expect(values['target']).toContain('促销期销售额：300000 → 417600');
    expect(values['offer']).toMatch(/^赠品 4%\n活动期间按原价 2,400 元购买 X3/);
    expect(values['segment']).toContain('已购老客户');
    expect(values['area']).toBe('华东区 12 家经销商门店及其线上店铺。');
    // The budget: B, u, M from the forecast, D = 4 % for the gift, F = the lines' sum, break-even 20 %.
    expect([values['baseline'], values['lift'], values['margin'], values['giveaway'], values['fixed'], values['break-even']]).toEqual([
      '300000', '45', '40', '4', '9600', '20',
    ]);
    expect(values['fabe']).toEqual([
      { script: 'H13 级 HEPA 滤网加活性炭层，睡眠模式噪音只有 22 分贝' },
      { script: '能滤掉 0.3 微米的细颗粒，夜里开着也不吵' },
      { script: '孩子和老人整晚呼吸干净的空气，睡得更踏实' },
      { script: '第三方检测报告显示一小时 PM2.5 去除率 99%，本地已有 600 多户家庭在用' },
    ]);
    expect(values['channels']).toBe('老客户微信群\n门店电话回访\n小区物业公告栏\n朋友圈广告\n已购老客户：300\n新小区业主：500');
    expect(values['invited']).toBe('800');
    const timetable = values['timetable'] as Record<string, string>[];
    expect(timetable.map((row) => row['work'])).toEqual(['准备', '沟通与邀约', '执行', '评估', '物料到店，店员培训完成', '中期复盘：销量与邀约到店人数', '活动总结与投入产出评估']);
    expect(timetable[2]).toEqual({ when: '2026-10-01 – 2026-10-14', work: '执行' });
    expect(values['tracking']).toBe('促销期销售额\n新客户数\n邀约到店率\n促销投入产出比');
    // Left for the person: the ticks, reach and take-up, the evaluation after the event.
    for (const id of ['aim', 'who', 'reach', 'take-up', 'review']) expect(values[id]).toEqual(blankSheet(sheet).values[id]);
    // 19 fields, the 4 FABE parts, 4 phases and 3 checkpoints.
    expect(result.outcome.filled).toBe(19 + 4 + 7);
    // The tool's saves are read, never changed.
    expect(JSON.parse(storage.getItem('playbook:promotion:plan:other') ?? '{}').data.theme.title).toBe('Not this one');
  });

  it('names the phases in English on an English page and keeps what the plan leaves blank', () => {
    const plan = { ...examplePlan('en'), theme: { title: '' } };
    const values: SheetValues = { ...blankSheet(sheet), values: { ...blankSheet(sheet).values, theme: 'Typed by hand' } };
    const outcome = promotionFiller.apply(sheet, values, fill, plan, fillWords.en);
    expect(outcome.values.values['theme']).toBe('Typed by hand');
    expect(outcome.values.values['target']).toContain('Sales during the promotion: 300000 → 417600');
    expect((outcome.values.values['timetable'] as Record<string, string>[])[1]?.['work']).toBe('Communication and invitations');
  });

  it('says empty with no current plan, or a current id whose plan is gone; unreadable for a broken plan', () => {
    const run = (storage: ReturnType<typeof memoryStorage>) =>
      fillFromSaved(promotionFiller, sheet, blankSheet(sheet), fill, readSaved(promotionFiller, storage), fillWords['zh-CN']);
    expect(run(memoryStorage())).toEqual({ status: 'empty' });
    const { storage, store } = savedPlans(examplePlan('zh-CN'));
    // Saved, but the builder has not named a current plan yet.
    expect(run(storage)).toEqual({ status: 'empty' });
    store.setCurrent('gone');
    expect(run(storage)).toEqual({ status: 'empty' });
    store.setCurrent('example');
    expect(run(storage).status).toBe('filled');
    storage.setItem('playbook:promotion:plan:example', '{"version":1,"data":{"theme":{"title":42}}}');
    expect(run(storage)).toEqual({ status: 'unreadable' });
    storage.setItem('playbook:promotion:plan:example', JSON.stringify({ version: 2, data: examplePlan('zh-CN') }));
    expect(run(storage)).toEqual({ status: 'unreadable' });
    storage.setItem('playbook:promotion:plan:example', 'not json');
    expect(run(storage)).toEqual({ status: 'unreadable' });
  });

  it('says nothing when the current plan is still blank, and other fillers leave its fill alone', () => {
    const { storage, store } = savedPlans({ ...emptyPlan({ id: 'blank' }) });
    store.setCurrent('blank');
    expect(fillFromSaved(promotionFiller, sheet, blankSheet(sheet), fill, readSaved(promotionFiller, storage))).toEqual({ status: 'nothing' });
    const values = blankSheet(sheet);
    expect(growthFiller.apply(sheet, values, fill, growthDefaults)).toEqual({ values, filled: 0 });
    expect(targetSplitFiller.apply(sheet, values, fill, splitDefaults)).toEqual({ values, filled: 0 });
  });
});

describe('paper', () => {
  it('writes any text as a CSS string that cannot be left', () => {
    expect(cssString('月度生意提升计划')).toBe('"月度生意提升计划"');
    expect(cssString('https://playbook.example/worksheets/a/')).toBe('"https://playbook.example/worksheets/a/"');
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString('x\\y')).toBe('"x\\5c y"');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const css = cssString(text);
        const inner = css.slice(1, -1);
        expect(inner).not.toMatch(/["\n\r\f]/);
        // Every backslash starts a hex escape followed by a space.
        expect(inner.replace(/\\[0-9a-f]{1,6} /g, '')).not.toContain('\\');
      }),
    );
  });

  it('puts the address and the page number in the margins, and the title from page two', () => {
    const rules = pageRules({
      orientation: 'landscape',
      title: '业绩目标分解表',
      url: 'https://playbook.example/worksheets/target-breakdown/',
      pageNumber: { before: '第 ', between: ' 页，共 ', after: ' 页' },
    });
    expect(rules).toContain('@page worksheet-landscape {');
    expect(rules).toContain('@bottom-left { content: "https://playbook.example/worksheets/target-breakdown/"; }');
    expect(rules).toContain('@bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; }');
    expect(rules).toMatch(/@page worksheet-landscape:first \{\s*@top-left \{ content: none; \}/);
  });

  it('prints dates as each language writes them, and leaves other text alone', () => {
    expect(formatSheetDate('2025-08-01', 'zh-CN')).toBe('2025年8月1日');
    expect(formatSheetDate('2025-08-01', 'en')).toBe('1 Aug 2025');
    expect(formatSheetDate('2025-02-30', 'en')).toBe('2025-02-30');
    expect(formatSheetDate('next week', 'zh-CN')).toBe('next week');
  });
});
