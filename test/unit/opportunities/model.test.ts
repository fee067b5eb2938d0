import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applySettings,
  settingsOf,
  settingKinds,
  defaultOpportunityState,
  growthPercentOf,
  medianOf,
  totalsOf,
  type AnalysedRow,
  type OpportunityRow,
} from '../../../src/lib/opportunities/model';
import {
  allRows,
  pageOf,
  pickedTotals,
  quadrantGroups,
  regionsOf,
  rowFilterOf,
  scatterPointsOf,
  setPicked,
  filterRows,
} from '../../../src/lib/opportunities/list';
import { analyseOpportunities, regionOf, classifyAbc, compactAnalysis, compactPareto, opportunityOf, quadrantOf, splitGrowth } from '../../../src/lib/opportunities/analysis';
import { readLink, settingsFromLink, writeLink } from '../../../src/lib/opportunities/codec';
import { opportunityStateSchema, settingsQuery } from '../../../src/lib/opportunities/schema';
import { addOutlet, removeOutlet, replaceRows } from '../../../src/lib/opportunities/edits';
import { packAnalysis, unpackAnalysis } from '../../../src/lib/opportunities/packed';
import { exportColumns, rankedListCsv, type ExportColumn } from '../../../src/lib/opportunities/export';
import { parseTable } from '../../../src/lib/opportunities/import';

function analysed(rows: readonly OpportunityRow[], settings = {}) {
  const result = analyseOpportunities(rows, settings);
  if (!result.ok) throw new Error(`analysis failed: ${result.error}`);
  return result;
}

/** Classes in input order. */
function classes(sales: readonly number[], cutoffs = { a: 70, b: 90 }) {
  const result = classifyAbc(
    sales.map((value, index) => ({ name: `r${String(index).padStart(3, '0')}`, sales: value })),
    cutoffs,
  );
  if (!result.ok) throw new Error(result.error);
  return result.entries.map((entry) => entry.abcClass);
}

function byName(result: { rows: AnalysedRow[] }, name: string): AnalysedRow {
  const row = result.rows.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

/** Every number anywhere in the value is finite. */
function allNumbersFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allNumbersFinite);
  return true;
}

const money = fc.double({ min: 0, max: 1e12, noNaN: true });
const validRow: fc.Arbitrary<OpportunityRow> = fc.record({
  name: fc.string({ maxLength: 4 }),
  sales: fc.oneof(money, fc.constant(0), fc.integer({ min: 0, max: 100 })),
  lastSales: fc.option(fc.oneof(money, fc.constant(0))),
  potential: fc.option(money),
  willingness: fc.option(fc.integer({ min: 1, max: 5 })),
  region: fc.option(fc.constantFrom('华东', '华南', ' ', '')),
  isNew: fc.boolean(),
});

describe('ABC classification', () => {
  it('keeps class A while the cumulative share stays within 70%, and reaching exactly 70% ends it', () => {
    // 50 → 50 %, 20 → 70 % exactly, 15 → 85 %, 10 → 95 %, 5 → 100 %
    expect(classes([50, 20, 15, 10, 5])).toEqual(['A', 'A', 'B', 'B', 'C']);
  });

  it('puts the row that crosses a cut-off in the class below the cut-off', () => {
    // 60 → 60 %, 25 crosses 70 % (85 %), 10 crosses 90 % (95 %), 5 → 100 %
    expect(classes([60, 25, 10, 5])).toEqual(['A', 'A', 'B', 'C']);
  });

  it('ends class B exactly at 90%', () => {
    expect(classes([70, 20, 10])).toEqual(['A', 'B', 'C']);
  });

  it('gives equal sales the same class, the class of the first of them', () => {
    // By position the third row (before = 75 %) would be B; it ties with the second, an A.
    expect(classes([50, 25, 25])).toEqual(['A', 'A', 'A']);
    expect(classes([70, 10, 10, 10])).toEqual(['A', 'B', 'B', 'B']);
  });

  it('orders equal sales by name, then by position', () => {
    const result = classifyAbc([
      { name: '乙', sales: 5 },
      { name: '甲', sales: 5 },
      { name: 'b', sales: 9 },
      { name: '甲', sales: 5 },
    ]);
    expect(result).toMatchObject({ ok: true, order: [2, 0, 1, 3] });
  });

  it('classifies a single row as A with the whole share', () => {
    const result = classifyAbc([{ name: '甲', sales: 3 }]);
    expect(result).toMatchObject({ ok: true, status: 'ok', entries: [{ sharePercent: 100, cumulativePercent: 100, abcClass: 'A' }] });
  });

  it('leaves every row unclassified when all sales are 0', () => {
    const result = classifyAbc([
      { name: '甲', sales: 0 },
      { name: '乙', sales: 0 },
    ]);
    expect(result).toMatchObject({ ok: true, status: 'no-sales', totalSales: 0 });
    if (result.ok) expect(result.entries.every((entry) => entry.abcClass === null && entry.sharePercent === null)).toBe(true);
  });

  it('puts rows without sales in class C when others sell', () => {
    expect(classes([100, 0, 0])).toEqual(['A', 'C', 'C']);
  });

  it('reports an empty list as no rows', () => {
    expect(classifyAbc([])).toMatchObject({ ok: true, status: 'no-rows', entries: [] });
  });

  it('follows configured cut-offs; equal cut-offs leave no class B', () => {
    expect(classes([50, 30, 20], { a: 50, b: 80 })).toEqual(['A', 'B', 'C']);
    expect(classes([50, 30, 20], { a: 80, b: 80 })).toEqual(['A', 'A', 'C']);
    expect(classes([50, 30, 20], { a: 100, b: 100 })).toEqual(['A', 'A', 'A']);
  });

  it('refuses cut-offs that are out of order or out of range', () => {
    for (const cutoffs of [{ a: 90, b: 70 }, { a: 0, b: 90 }, { a: 70, b: 101 }, { a: Number.NaN, b: 90 }]) {
      expect(classifyAbc([{ name: 'x', sales: 1 }], cutoffs)).toEqual({ ok: false, error: 'invalid-cutoffs' });
    }
  });

  it('refuses negative or non-finite sales with the row index', () => {
    expect(classifyAbc([{ name: 'a', sales: 1 }, { name: 'b', sales: -1 }])).toEqual({
      ok: false,
      error: 'invalid-row',
      index: 1,
      field: 'sales',
    });
    expect(classifyAbc([{ name: 'a', sales: Infinity }])).toMatchObject({ ok: false, index: 0 });
  });

  it('never throws for any rows', () => {
    const anyRow = fc.record({
      name: fc.oneof(fc.string(), fc.constant(undefined as unknown as string)),
      sales: fc.oneof(fc.double(), fc.constant(0), fc.integer()),
    });
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 30 }), fc.record({ a: fc.double(), b: fc.double() }), (rows, cutoffs) => {
        const result = classifyAbc(rows, cutoffs);
        return allNumbersFinite(result);
      }),
    );
  });

  it('shares add up to 100% when total sales are above 0', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string({ maxLength: 3 }), sales: money }), { minLength: 1, maxLength: 60 }), (rows) => {
        fc.pre(rows.some((row) => row.sales > 0));
        const result = classifyAbc(rows);
        if (!result.ok || result.status !== 'ok') return false;
        const sum = result.entries.reduce((total, entry) => total + (entry.sharePercent ?? Number.NaN), 0);
        const last = result.entries[result.order.at(-1)!]!;
        return Math.abs(sum - 100) <= 1e-9 && last.cumulativePercent === 100;
      }),
    );
  });

  it('never ranks a row above a row with more sales, and the largest is always A', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }), (sales) => {
        fc.pre(sales.some((value) => value > 0));
        const found = classes(sales);
        const rank = (c: string | null) => (c === 'A' ? 0 : c === 'B' ? 1 : 2);
        const largest = Math.max(...sales);
        return sales.every(
          (value, i) =>
            (value !== largest || found[i] === 'A') &&
            sales.every((other, j) => !(value > other) || rank(found[i]!) <= rank(found[j]!)) &&
            sales.every((other, j) => value !== other || found[i] === found[j]),
        );
      }),
    );
  });
});

describe('potential × willingness matrix', () => {
  const thresholds = { potential: 1000, willingness: 4 };

  it('counts a value exactly at a threshold as high', () => {
    expect(quadrantOf(1000, 4, thresholds)).toEqual({ quadrant: 'grow-now', reason: null });
    expect(quadrantOf(1000, 3, thresholds)).toEqual({ quadrant: 'nurture', reason: null });
    expect(quadrantOf(999.99, 4, thresholds)).toEqual({ quadrant: 'maintain', reason: null });
    expect(quadrantOf(999.99, 3, thresholds)).toEqual({ quadrant: 'watch', reason: null });
  });

  it('places no row that lacks potential or willingness, and says which is missing', () => {
    expect(quadrantOf(null, 4, thresholds)).toEqual({ quadrant: null, reason: 'missing-potential' });
    expect(quadrantOf(1000, undefined, thresholds)).toEqual({ quadrant: null, reason: 'missing-willingness' });
    expect(quadrantOf(null, null, thresholds)).toEqual({ quadrant: null, reason: 'missing-both' });
  });

  it('takes the median of the known potentials when no threshold is given', () => {
    expect(medianOf([300, 100, 200])).toBe(200);
    expect(medianOf([400, 100, 300, 200])).toBe(250);
    expect(medianOf([])).toBeNull();
    const result = analysed([
      { name: 'a', sales: 1, potential: 100, willingness: 5 },
      { name: 'b', sales: 1, potential: 200, willingness: 5 },
      { name: 'c', sales: 1, potential: 300, willingness: 2 },
      { name: 'd', sales: 1, potential: null, willingness: 5 },
    ]);
    expect(result.potentialThreshold).toEqual({ value: 200, source: 'median' });
    expect(['a', 'b', 'c', 'd'].map((name) => byName(result, name).quadrant)).toEqual(['maintain', 'grow-now', 'nurture', null]);
    expect(byName(result, 'd').quadrantReason).toBe('missing-potential');
  });

  it('uses the user thresholds when given', () => {
    const result = analysed([{ name: 'a', sales: 1, potential: 100, willingness: 4 }], {
      potentialThreshold: 100,
      willingnessThreshold: 5,
    });
    expect(result.potentialThreshold).toEqual({ value: 100, source: 'user' });
    expect(result.rows[0]?.quadrant).toBe('nurture');
  });

  it('has no threshold when no row has a potential', () => {
    expect(analysed([{ name: 'a', sales: 1, willingness: 4 }]).potentialThreshold).toBeNull();
  });

  it('refuses thresholds out of range', () => {
    const rows = [{ name: 'a', sales: 1 }];
    expect(analyseOpportunities(rows, { potentialThreshold: -1 })).toEqual({ ok: false, error: 'invalid-potential-threshold' });
    expect(analyseOpportunities(rows, { willingnessThreshold: 6 })).toEqual({ ok: false, error: 'invalid-willingness-threshold' });
    expect(analyseOpportunities(rows, { cutoffs: { a: 95, b: 90 } })).toEqual({ ok: false, error: 'invalid-cutoffs' });
  });
});

describe('opportunity and growth', () => {
  it('is potential minus sales', () => {
    expect(opportunityOf(300, 1000)).toEqual({ value: 700, notice: null });
    expect(opportunityOf(1000, 1000)).toEqual({ value: 0, notice: null });
  });

  it('is never negative: sales above potential give 0 with a notice', () => {
    expect(opportunityOf(1200, 1000)).toEqual({ value: 0, notice: 'sales-exceed-potential' });
  });

  it('is unknown without a potential', () => {
    expect(opportunityOf(1200, null)).toEqual({ value: null, notice: 'missing-potential' });
  });

  it('measures growth against the last period, and gives none when the last period is 0 or missing', () => {
    expect(growthPercentOf(1200, 1000)).toEqual({ value: 20, reason: null });
    expect(growthPercentOf(800, 1000)).toEqual({ value: -20, reason: null });
    expect(growthPercentOf(500, 0)).toEqual({ value: null, reason: 'last-period-zero' });
    expect(growthPercentOf(0, 0)).toEqual({ value: null, reason: 'last-period-zero' });
    expect(growthPercentOf(500, null)).toEqual({ value: null, reason: 'no-last-period' });
    expect(growthPercentOf(1e15, 1e-300)).toEqual({ value: null, reason: 'too-large' });
  });

  it('keeps every opportunity at or above 0 and every number finite, for any valid rows', () => {
    fc.assert(
      fc.property(fc.array(validRow, { maxLength: 40 }), (rows) => {
        const result = analyseOpportunities(rows);
        return (
          result.ok &&
          allNumbersFinite(result) &&
          result.rows.every((row) => row.opportunity === null || row.opportunity >= 0)
        );
      }),
    );
  });

  it('never throws for rows of any shape', () => {
    const anything = fc.record({
      name: fc.oneof(fc.string(), fc.integer()),
      sales: fc.oneof(fc.double(), fc.string()),
      lastSales: fc.oneof(fc.double(), fc.constant(null)),
      potential: fc.oneof(fc.double(), fc.constant(undefined)),
      willingness: fc.oneof(fc.double(), fc.constant(null)),
    }) as fc.Arbitrary<OpportunityRow>;
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 10 }), (rows) => allNumbersFinite(analyseOpportunities(rows))),
    );
  });

  it('names the first bad row and field', () => {
    expect(analyseOpportunities([{ name: 'a', sales: 1 }, { name: 'b', sales: 1, willingness: 7 }])).toEqual({
      ok: false,
      error: 'invalid-row',
      index: 1,
      field: 'willingness',
    });
  });
});

describe('the ranked list', () => {
  const rows: OpportunityRow[] = [
    { name: '丙', sales: 100, potential: 600, willingness: 5, region: '华东' },
    { name: '甲', sales: 600, potential: 1000, willingness: 2, region: '华南' },
    { name: '乙', sales: 200, potential: 600, willingness: 4, region: '华东' },
    { name: '丁', sales: 50, region: '华南' },
    { name: '戊', sales: 0, potential: 300, willingness: 5 },
  ];

  it('ranks by opportunity, ties by name, unknown opportunity last', () => {
    const result = analysed(rows);
    // 丙 500, 甲 400, 乙 400, 戊 300, 丁 unknown; 乙 (U+4E59) sorts before 甲 (U+7532).
    expect(result.rows.map((row) => [row.rank, row.name, row.opportunity])).toEqual([
      [1, '丙', 500],
      [2, '乙', 400],
      [3, '甲', 400],
      [4, '戊', 300],
      [5, '丁', null],
    ]);
  });

  it('filters by class, quadrant and region; an empty choice is no constraint', () => {
    const result = analysed(rows);
    expect(filterRows(result.rows, { regions: ['华东'] }).map((row) => row.name)).toEqual(['丙', '乙']);
    expect(filterRows(result.rows, { regions: [null] }).map((row) => row.name)).toEqual(['戊']);
    expect(filterRows(result.rows, { quadrants: ['grow-now', null] }).map((row) => row.name)).toEqual(['丙', '乙', '丁']);
    expect(filterRows(result.rows, { classes: ['A'], regions: [] }).map((row) => row.name)).toEqual(['乙', '甲']);
    expect(filterRows(result.rows, {})).toHaveLength(5);
  });

  it('totals sales, potential and opportunity, and growth like for like', () => {
    const totals = totalsOf(
      analysed([
        { name: 'a', sales: 1200, lastSales: 1000, potential: 1000 },
        { name: 'b', sales: 500, lastSales: null, potential: 800 },
        { name: 'c', sales: 300, lastSales: 500 },
      ]).rows,
    );
    expect(totals).toMatchObject({
      rows: 3,
      sales: 2000,
      lastSales: 1500,
      potential: 1800,
      opportunity: 300,
      rowsWithoutPotential: 1,
      rowsSalesExceedPotential: 1,
      unplaced: 3,
    });
    // Only rows with a last period count: (1200 + 300) against (1000 + 500).
    expect(totals.growthPercent).toBe(0);
  });

  it('returns Pareto bars in ABC order with the cumulative line ending at 100%', () => {
    const result = analysed(rows);
    expect(result.pareto.map((point) => [point.name, point.sales, point.abcClass])).toEqual([
      ['甲', 600, 'A'],
      ['乙', 200, 'A'],
      ['丙', 100, 'B'],
      ['丁', 50, 'C'],
      ['戊', 0, 'C'],
    ]);
    expect(result.pareto.at(-1)?.cumulativePercent).toBe(100);
  });

  it('folds the tail of a long Pareto chart into one bar', () => {
    const points = analysed(rows).pareto;
    expect(compactPareto(points, 3)).toEqual({ points: points.slice(0, 2), otherCount: 3, otherSales: 150 });
    expect(compactPareto(points, 10).otherCount).toBe(0);
  });

  it('has no Pareto chart and no classes when nobody sells yet', () => {
    const result = analysed([{ name: 'a', sales: 0, potential: 10 }]);
    expect(result.status).toBe('no-sales');
    expect(result.pareto).toEqual([]);
    expect(result.rows[0]).toMatchObject({ abcClass: null, opportunity: 10 });
  });
});

describe('horizontal and vertical growth', () => {
  it('splits opportunity between covered outlets and uncovered or new ones, per region', () => {
    const result = analysed([
      { name: 'covered', sales: 400, potential: 1000, region: '华东' },
      { name: 'uncovered', sales: 0, potential: 700, region: '华东' },
      { name: 'added', sales: 0, potential: 500, region: '华南', isNew: true },
      { name: 'new but selling', sales: 100, potential: 300, isNew: true },
      { name: 'unknown', sales: 50, region: '华南' },
    ]);
    expect(result.split.vertical).toEqual({ opportunity: 600, rows: 2, rowsWithoutPotential: 1 });
    expect(result.split.horizontal).toEqual({ opportunity: 1400, rows: 3, rowsWithoutPotential: 0 });
    expect(result.split.byRegion).toEqual([
      {
        region: '华东',
        sales: 400,
        vertical: { opportunity: 600, rows: 1, rowsWithoutPotential: 0 },
        horizontal: { opportunity: 700, rows: 1, rowsWithoutPotential: 0 },
      },
      {
        region: '华南',
        sales: 50,
        vertical: { opportunity: 0, rows: 1, rowsWithoutPotential: 1 },
        horizontal: { opportunity: 500, rows: 1, rowsWithoutPotential: 0 },
      },
      {
        region: null,
        sales: 100,
        vertical: { opportunity: 0, rows: 0, rowsWithoutPotential: 0 },
        horizontal: { opportunity: 200, rows: 1, rowsWithoutPotential: 0 },
      },
    ]);
  });

  it('has no region breakdown when no row has a region', () => {
    expect(analysed([{ name: 'a', sales: 1, region: '  ' }]).split.byRegion).toBeNull();
  });

  it('adds up to the total opportunity for any rows', () => {
    fc.assert(
      fc.property(fc.array(validRow, { maxLength: 40 }), (rows) => {
        const result = analysed(rows);
        const split = splitGrowth(result.rows);
        const total = result.totals.opportunity;
        const regions = (split.byRegion ?? []).reduce((sum, r) => sum + r.vertical.opportunity + r.horizontal.opportunity, 0);
        const close = (x: number) => Math.abs(x - total) <= 1e-6 * Math.max(1, total);
        return close(split.vertical.opportunity + split.horizontal.opportunity) && (split.byRegion === null || close(regions));
      }),
    );
  });
});

describe('exporting the ranked list', () => {
  const headers = Object.fromEntries(exportColumns.map((column) => [column, column])) as Record<ExportColumn, string>;

  it('writes BOM, caller headers, rounded plain numbers and quadrant labels', () => {
    const result = analysed([
      { name: '甲,店', sales: 1000, lastSales: 3000, potential: 1234.567, willingness: 4, region: '华东' },
      { name: '=cmd|x', sales: 0, isNew: true },
    ]);
    const text = rankedListCsv(
      result.rows,
      { headers: { ...headers, name: '名称', opportunity: '机会' }, quadrants: { 'grow-now': '立即发展', nurture: '培育', maintain: '维持', watch: '观察' }, newMark: '新' },
      ['rank', 'name', 'quadrant', 'opportunity', 'growthPercent', 'isNew'],
    );
    expect(text).toBe(
      '\ufeffrank,名称,quadrant,机会,growthPercent,isNew\r\n1,"甲,店",立即发展,234.57,-66.67,\r\n2,"\'=cmd|x",,,,新\r\n',
    );
  });

  it('reads back through parseTable with every column', () => {
    const result = analysed([{ name: 'a', sales: 10, potential: 20, willingness: 4, region: 'x' }]);
    const parsed = parseTable(rankedListCsv(result.rows, { headers }));
    expect(parsed).toMatchObject({ ok: true, header: [...exportColumns], rows: [{ line: 2 }] });
    if (parsed.ok) expect(parsed.rows[0]?.cells).toEqual(['1', 'a', 'x', 'A', 'grow-now', '10', '', '', '20', '10', '4', '100', '100', '']);
  });
});

describe('the saved state schema', () => {
  it('fills defaults', () => {
    expect(defaultOpportunityState).toEqual({
      rows: [],
      cutoffs: { a: 70, b: 90 },
      potentialThreshold: null,
      willingnessThreshold: 4,
      picked: [],
    });
    // The zod-free module spells the defaults out; they must be what the schema fills in.
    expect(opportunityStateSchema.parse({})).toEqual(defaultOpportunityState);
  });

  it('gives each link parameter the kind the fields name', () => {
    for (const field of settingsQuery) expect(field.kind).toBe(settingKinds[field.key]);
  });

  it('accepts imported rows, trimming text and dropping import-only fields', () => {
    const state = opportunityStateSchema.parse({
      rows: [{ line: 2, name: ' 甲 ', sales: 5, region: ' 华东 ', notices: [] }],
      picked: ['甲'],
    });
    expect(state.rows).toEqual([
      { name: '甲', sales: 5, lastSales: null, potential: null, willingness: null, region: '华东', isNew: false },
    ]);
  });

  it('refuses out-of-order cut-offs, fractional willingness and negative money', () => {
    expect(opportunityStateSchema.safeParse({ cutoffs: { a: 90, b: 70 } }).success).toBe(false);
    expect(opportunityStateSchema.safeParse({ rows: [{ name: 'a', sales: 1, willingness: 3.5 }] }).success).toBe(false);
    expect(opportunityStateSchema.safeParse({ rows: [{ name: 'a', sales: -1 }] }).success).toBe(false);
    expect(opportunityStateSchema.safeParse({ rows: [{ name: ' ', sales: 1 }] }).success).toBe(false);
    expect(opportunityStateSchema.safeParse({ potentialThreshold: Infinity }).success).toBe(false);
  });

  it('analyses a parsed state directly', () => {
    const state = opportunityStateSchema.parse({ rows: [{ name: 'a', sales: 5, potential: 9, willingness: 4 }] });
    expect(analyseOpportunities(state.rows, state)).toMatchObject({ ok: true, rows: [{ opportunity: 4, quadrant: 'grow-now' }] });
  });
});

// The links exactly as the tool reads and writes them (codec.ts).
const readOpportunityLink = readLink;
const writeOpportunityLink = writeLink;

describe('settings in links', () => {
  it('writes only what differs from the defaults, and reads it back', () => {
    const settings = { cutA: 60, cutB: 85, potentialThreshold: 500000, willingnessThreshold: 3 };
    const filter = { abcClass: 'A', quadrant: 'grow-now', region: { kind: 'region', region: '华东' } } as const;
    const link = writeOpportunityLink(settings, filter, { present: true });
    expect(link).toBe('?cut_a=60&cut_b=85&potential=500000&willing=3&class=A&quadrant=grow-now&region=%E5%8D%8E%E4%B8%9C&present=1');
    const read = readOpportunityLink(link);
    expect(read.reading.values).toEqual(settings);
    expect(read.reading.flags).toEqual({ present: true });
    expect(read.reading.ignored).toEqual([]);
    expect(read.filter).toEqual(filter);
    expect(writeOpportunityLink(settingsOf(defaultOpportunityState), allRows)).toBe('');
  });

  it('reads an empty region as rows without a region, and "none" for class and quadrant', () => {
    expect(readOpportunityLink('?region=&class=none&quadrant=none').filter).toEqual({
      abcClass: 'none',
      quadrant: 'none',
      region: { kind: 'none' },
    });
    expect(writeOpportunityLink(settingsOf(defaultOpportunityState), { ...allRows, region: { kind: 'none' } })).toBe('?region=');
  });

  it('reports bad, repeated or oversized filters by name, never by value, and keeps the rest', () => {
    const read = readOpportunityLink(`?class=<b>x</b>&quadrant=grow-now&quadrant=watch&region=${'x'.repeat(201)}&cut_a=abc&zzz=1`);
    expect(read.filter).toEqual({ ...allRows, quadrant: 'grow-now' });
    expect(read.reading.ignored).toEqual([
      { param: 'class', reason: 'out-of-range' },
      { param: 'quadrant', reason: 'repeated' },
      { param: 'region', reason: 'too-long' },
      { param: 'cut_a', reason: 'invalid' },
      { param: 'zzz', reason: 'unknown' },
    ]);
    expect(JSON.stringify(read.reading.ignored)).not.toContain('<b>');
  });

  it('applies link settings over the saved table, leaving out a cut-off that would put A above B', () => {
    const state = opportunityStateSchema.parse({ rows: [{ name: 'a', sales: 1 }] });
    const read = readOpportunityLink('?cut_a=95&willing=3');
    const opened = settingsFromLink(state, read.reading);
    expect(opened.rows).toEqual(state.rows);
    expect(opened.cutoffs).toEqual({ a: 70, b: 90 });
    expect(opened.willingnessThreshold).toBe(3);
    expect(read.reading.ignored).toEqual([{ param: 'cut_a', reason: 'conflict' }]);
    expect(settingsFromLink(state, readOpportunityLink('?cut_a=50&cut_b=60').reading).cutoffs).toEqual({ a: 50, b: 60 });
  });

  it('refuses settings with cut-off A above B, and clears the potential threshold when it is left empty', () => {
    const state = { ...defaultOpportunityState, potentialThreshold: 100 };
    expect(applySettings(state, { cutA: 91, cutB: 90, willingnessThreshold: 4 })).toEqual({ ok: false, error: 'cutoffs-not-ascending' });
    const applied = applySettings(state, { cutA: 90, cutB: 90, willingnessThreshold: 4 });
    expect(applied).toMatchObject({ ok: true, state: { cutoffs: { a: 90, b: 90 }, potentialThreshold: null } });
  });
});

describe('the list around the analysis', () => {
  const result = analysed([
    { name: '丙', sales: 100, potential: 600, willingness: 5, region: '华东' },
    { name: '甲', sales: 600, potential: 1000, willingness: 2, region: '华南' },
    { name: '乙', sales: 200, potential: 600, willingness: 4, region: '华东' },
    { name: '丁', sales: 50, region: '华南' },
    { name: '戊', sales: 0, potential: 300, willingness: 5 },
  ]);

  it('turns one choice per filter into a row filter', () => {
    expect(filterRows(result.rows, rowFilterOf(allRows))).toHaveLength(5);
    const east = rowFilterOf({ abcClass: 'A', quadrant: 'all', region: { kind: 'region', region: '华东' } });
    expect(filterRows(result.rows, east).map((row) => row.name)).toEqual(['乙']);
    const unplaced = rowFilterOf({ abcClass: 'all', quadrant: 'none', region: { kind: 'all' } });
    expect(filterRows(result.rows, unplaced).map((row) => row.name)).toEqual(['丁']);
    const noRegion = rowFilterOf({ abcClass: 'C', quadrant: 'all', region: { kind: 'none' } });
    expect(filterRows(result.rows, noRegion).map((row) => row.name)).toEqual(['戊']);
  });

  it('pages a list, clamping a page out of range', () => {
    const items = Array.from({ length: 120 }, (_, index) => index);
    expect(pageOf(items, 1, 50)).toMatchObject({ page: 1, pageCount: 3, first: 1, last: 50 });
    expect(pageOf(items, 3, 50)).toMatchObject({ items: items.slice(100), page: 3, first: 101, last: 120 });
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf(items, 0, 50).page).toBe(1);
    expect(pageOf([], 2, 50)).toEqual({ items: [], page: 1, pageCount: 1, first: 0, last: 0 });
  });

  it('never shows more than a page, and the pages together show every item once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), (length, size) => {
        const items = Array.from({ length }, (_, index) => index);
        const { pageCount } = pageOf(items, 1, size);
        const seen = Array.from({ length: pageCount }, (_, page) => pageOf(items, page + 1, size).items).flat();
        return seen.length === length && seen.every((item, index) => item === index);
      }),
    );
  });

  it('reads a blank region as none', () => {
    expect([regionOf(' 华东 '), regionOf('  '), regionOf(null), regionOf(undefined)]).toEqual(['华东', null, null, null]);
  });

  it('lists the regions in name order and says whether some rows have none', () => {
    expect(regionsOf(result.rows)).toEqual({ regions: ['华东', '华南'], hasNone: true });
    expect(regionsOf([])).toEqual({ regions: [], hasNone: false });
  });

  it('groups placed rows by quadrant in ranked order with counts and opportunity', () => {
    const groups = quadrantGroups(result.rows, 1);
    // The median potential is 600: 丙 and 乙 reach it and are willing, 戊 is willing but below it.
    expect(groups['grow-now']).toMatchObject({ count: 2, opportunity: 900 });
    expect(groups['grow-now'].top.map((row) => row.name)).toEqual(['丙']);
    expect(groups.nurture).toMatchObject({ count: 1, opportunity: 400 });
    expect(groups.maintain).toMatchObject({ count: 1, opportunity: 300 });
    expect(groups.watch.count).toBe(0);
  });

  it('gives the matrix chart at most the limit of placed rows and counts the rest', () => {
    const { points, omitted } = scatterPointsOf(result.rows, 2);
    expect(points).toEqual([
      { name: '丙', potential: 600, willingness: 5, quadrant: 'grow-now' },
      { name: '乙', potential: 600, willingness: 4, quadrant: 'grow-now' },
    ]);
    expect(omitted).toBe(2);
  });

  it('totals the picked rows', () => {
    expect(pickedTotals(result.rows, ['甲', '戊', 'nobody'])).toMatchObject({ rows: 2, sales: 600, opportunity: 700 });
  });
});

describe('editing the table', () => {
  const base = opportunityStateSchema.parse({
    rows: [
      { name: '旧店', sales: 5 },
      { name: '新店', sales: 0, potential: 100, isNew: true },
      { name: '撞名', sales: 0, isNew: true },
    ],
    picked: ['旧店', '新店', '撞名'],
  });

  it('replaces the table on import, keeping added outlets the file does not name and picks still present', () => {
    const { state, keptNew, truncated } = replaceRows(base, [
      { name: ' 甲 ', sales: 10, region: ' ' },
      { name: '撞名', sales: 3 },
    ]);
    expect(state.rows.map((row) => [row.name, row.isNew, row.region])).toEqual([
      ['甲', false, null],
      ['撞名', false, null],
      ['新店', true, null],
    ]);
    expect(state.picked).toEqual(['新店', '撞名']);
    expect([keptNew, truncated]).toEqual([1, 0]);
  });

  it('cuts an import beyond the row limit and says how much', () => {
    const many = Array.from({ length: 50_001 }, (_, index) => ({ name: `r${index}`, sales: 1 }));
    const { state, truncated } = replaceRows(defaultOpportunityState, many);
    expect(state.rows).toHaveLength(50_000);
    expect(truncated).toBe(1);
  });

  it('adds an uncovered outlet as new with no sales, and refuses a blank or taken name', () => {
    const added = addOutlet(base, { name: ' 空白点 ', potential: 8000, region: '华北' });
    expect(added).toMatchObject({ ok: true });
    if (added.ok) {
      expect(added.state.rows.at(-1)).toEqual({
        name: '空白点',
        sales: 0,
        lastSales: null,
        potential: 8000,
        willingness: null,
        region: '华北',
        isNew: true,
      });
      expect(analysed(added.state.rows).split.horizontal.opportunity).toBe(8100);
    }
    expect(addOutlet(base, { name: '  ', potential: 1, region: '' })).toEqual({ ok: false, error: 'name-empty' });
    expect(addOutlet(base, { name: '旧店', potential: 1, region: '' })).toEqual({ ok: false, error: 'name-taken' });
    expect(addOutlet(base, { name: 'x'.repeat(201), potential: 1, region: '' })).toEqual({ ok: false, error: 'name-too-long' });
    expect(addOutlet(base, { name: 'x', potential: 1, region: 'y'.repeat(201) })).toEqual({ ok: false, error: 'region-too-long' });
  });

  it('removes only added outlets, with their pick', () => {
    const removed = removeOutlet(base, '新店');
    expect(removed.rows.map((row) => row.name)).toEqual(['旧店', '撞名']);
    expect(removed.picked).toEqual(['旧店', '撞名']);
    expect(removeOutlet(base, '旧店').rows).toHaveLength(3);
  });

  it('picks and unpicks targets by name, in the order picked', () => {
    const state = { ...base, picked: [] };
    const picked = setPicked(setPicked(state, '新店', true), '旧店', true);
    expect(picked.picked).toEqual(['新店', '旧店']);
    expect(setPicked(picked, '新店', true)).toBe(picked);
    expect(setPicked(picked, '新店', false).picked).toEqual(['旧店']);
  });
});

describe('moving an analysis between a worker and the page', () => {
  it('packs the rows into typed arrays and folds the Pareto tail', () => {
    const rows = Array.from({ length: 40 }, (_, index) => ({ name: `r${index}`, sales: index, potential: 50, willingness: 3 }));
    const packed = packAnalysis(analysed(rows), 30);
    expect(packed.columns.index).toBeInstanceOf(Int32Array);
    expect(packed.columns.opportunity).toBeInstanceOf(Float64Array);
    expect(packed).not.toHaveProperty('rows');
    expect(packed.pareto.points).toHaveLength(29);
    expect(packed.pareto.otherCount).toBe(11);
  });

  it('unpacks to exactly the analysis made on the page, for any rows, also after a structured clone', () => {
    fc.assert(
      fc.property(
        fc.array(validRow, { maxLength: 40 }),
        fc.record({ a: fc.integer({ min: 1, max: 60 }), b: fc.integer({ min: 60, max: 100 }) }),
        fc.option(fc.double({ min: 0, max: 1e12, noNaN: true })),
        (rows, cutoffs, potentialThreshold) => {
          const result = analyseOpportunities(rows, { cutoffs, potentialThreshold });
          if (!result.ok) return false;
          const moved = structuredClone(packAnalysis(result, 10));
          expect(unpackAnalysis(moved, rows)).toEqual(compactAnalysis(result, 10));
          return true;
        },
      ),
    );
  });
});
