import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTargets, seasonalityKinds, splitMethods, type SplitUnit } from '../../src/lib/split';
import {
  MAX_ENCODED_LENGTH,
  MAX_UNITS,
  decodeState,
  encodeState,
  parsePastedRows,
  readSimpleQuery,
  readStateQuery,
  splitDefaults,
  splitStateSchema,
  splitUnitSchema,
  toCsv,
  toTsv,
  writeStateQuery,
  type ExportHeaders,
  type ExportPlan,
  type SplitState,
} from '../../src/lib/splitState';

// ---------------------------------------------------------------------------
// Helpers and arbitraries

const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

const noZeroSign = (value: number): number => (value === 0 ? 0 : value);
const amountArb = fc.oneof(fc.integer({ min: 0, max: 1e15 }), fc.double({ min: 0, max: 1e15, noNaN: true }).map(noZeroSign));
const monthsArb = fc.array(amountArb, { minLength: 12, maxLength: 12 });
const nameArb = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    fc.constantFrom('华东', '华南区', '<script>alert(1)</script>', '"North", East', '=SUM(A1)', 'A:B', 'x&y=z+1%'),
  )
  .map((name) => name.trim())
  .filter((name) => name.length >= 1 && name.length <= 60 && !/[\u0000-\u001f\u007f-\u009f]/.test(name));

const unitArb = fc.record(
  {
    name: nameArb,
    history: amountArb,
    potential: amountArb,
    weight: amountArb,
    min: amountArb,
    max: amountArb,
    commitment: amountArb,
    months: monthsArb,
  },
  { requiredKeys: ['name'] },
);

const stateArb: fc.Arbitrary<SplitState> = fc.record(
  {
    total: fc.integer({ min: 1, max: 1e15 }),
    method: fc.constantFrom(...splitMethods),
    alpha: fc.double({ min: 0, max: 1, noNaN: true }).map(noZeroSign),
    overPercent: fc.double({ min: 0, max: 100, noNaN: true }).map(noZeroSign),
    roundingUnit: fc.integer({ min: 1, max: 1e12 }),
    seasonality: fc.constantFrom(...seasonalityKinds),
    monthWeights: monthsArb,
    units: fc.array(unitArb, { maxLength: 12 }),
  },
  { requiredKeys: ['total', 'method', 'alpha', 'overPercent', 'roundingUnit', 'seasonality', 'units'] },
);

/** States the typable link can carry: names and weights only, flat months, default α. */
const simpleStateArb: fc.Arbitrary<SplitState> = fc.record({
  total: fc.integer({ min: 1, max: 1e15 }),
  method: fc.constantFrom(...splitMethods),
  alpha: fc.constant(0.5),
  overPercent: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 }), fc.double({ min: 0.001, max: 100, noNaN: true })),
  roundingUnit: fc.integer({ min: 1, max: 1e12 }),
  seasonality: fc.constant('flat' as const),
  units: fc.array(
    fc.record({ name: nameArb.filter((name) => !/[,，、;；:：]/.test(name)), weight: amountArb.filter((w) => w === 0 || w >= 1e-6) }, { requiredKeys: ['name'] }),
    { maxLength: 12 },
  ),
});

// ---------------------------------------------------------------------------
// Schema

describe('the state schema', () => {
  it('accepts the defaults', () => {
    expect(splitStateSchema.safeParse(splitDefaults).success).toBe(true);
  });

  it('is what planTargets takes: a state splits as it is', () => {
    const state: SplitState = { ...splitDefaults, units: [{ name: '华东', weight: 3 }, { name: '华南', weight: 2 }, { name: '华北', weight: 1 }] };
    const plan = planTargets(state);
    expect(plan.ok && plan.split.units.map((unit) => unit.quota)).toEqual([500_000, 333_333, 166_667]);
  });

  it('trims unit names and keeps them as plain text', () => {
    expect(splitUnitSchema.parse({ name: '  华东 ' }).name).toBe('华东');
    expect(splitUnitSchema.parse({ name: '<b>x</b>' }).name).toBe('<b>x</b>');
  });

  it('refuses empty names, names over 60 characters and names with control characters', () => {
    expect(splitUnitSchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(splitUnitSchema.safeParse({ name: 'x'.repeat(61) }).success).toBe(false);
    expect(splitUnitSchema.safeParse({ name: 'x'.repeat(60) }).success).toBe(true);
    expect(splitUnitSchema.safeParse({ name: 'a\nb' }).success).toBe(false);
  });

  it('holds up to 500 units', () => {
    const units = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `U${index}` }));
    expect(splitStateSchema.safeParse({ ...splitDefaults, units: units(MAX_UNITS) }).success).toBe(true);
    expect(splitStateSchema.safeParse({ ...splitDefaults, units: units(MAX_UNITS + 1) }).success).toBe(false);
  });

  it('refuses a fractional target, a zero rounding unit, over 100 %, α above 1 and 11 months', () => {
    const bad: Partial<Record<keyof SplitState, unknown>>[] = [
      { total: 1234.5 },
      { roundingUnit: 0 },
      { overPercent: 101 },
      { alpha: 1.5 },
      { monthWeights: new Array(11).fill(1) },
      { total: Number.POSITIVE_INFINITY },
    ];
    for (const change of bad) expect(splitStateSchema.safeParse({ ...splitDefaults, ...change }).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Typable link

describe('readSimpleQuery', () => {
  it('reads the typable link total=1000000&units=华东:3,华南:2,华北:1 as a weighted split', () => {
    const reading = readSimpleQuery('?total=1000000&units=华东:3,华南:2,华北:1');
    expect(reading.state).toEqual({
      ...splitDefaults,
      total: 1_000_000,
      method: 'weights',
      units: [
        { name: '华东', weight: 3 },
        { name: '华南', weight: 2 },
        { name: '华北', weight: 1 },
      ],
    });
    expect(reading.ignored).toEqual([]);
    expect(reading.carriesState).toBe(true);
  });

  it('reads numbers as people type them: total=100万, round=1万, over=10%', () => {
    const { state, ignored } = readSimpleQuery(`?total=${encodeURIComponent('100万')}&round=1万&over=10%25&method=increment`);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ total: 1_000_000, roundingUnit: 10_000, overPercent: 10, method: 'increment' });
  });

  it('ignores total=abc with the reason invalid and keeps the default total', () => {
    const reading = readSimpleQuery('?total=abc&units=A:1');
    expect(reading.ignored).toEqual([{ param: 'total', reason: 'invalid', item: null }]);
    expect(reading.state.total).toBe(splitDefaults.total);
  });

  it('checks values against the schema: zero, fractional, negative, too big', () => {
    const reasons = (search: string) => readSimpleQuery(search).ignored.map((entry) => entry.reason);
    expect(reasons('?total=0')).toEqual(['too-small']);
    expect(reasons('?total=1234.5')).toEqual(['not-whole']);
    expect(reasons('?total=-5')).toEqual(['negative']);
    expect(reasons('?over=150')).toEqual(['too-big']);
    expect(reasons('?round=0.5')).toEqual(['not-whole']);
    expect(reasons('?method=random')).toEqual(['invalid']);
    expect(reasons(`?total=${'1'.repeat(65)}`)).toEqual(['too-long']);
  });

  it('reports unknown and repeated parameters by name only, cut to 32 characters', () => {
    const longName = 'p'.repeat(100);
    const reading = readSimpleQuery(`?foo=%3Cscript%3E&${longName}=1&total=500&total=900`);
    expect(reading.ignored).toEqual([
      { param: 'foo', reason: 'unknown', item: null },
      { param: 'p'.repeat(32), reason: 'unknown', item: null },
      { param: 'total', reason: 'repeated', item: null },
    ]);
    expect(reading.state.total).toBe(500);
    expect(JSON.stringify(reading.ignored)).not.toContain('script');
  });

  it('keeps <script> in a unit name as plain text', () => {
    const reading = readSimpleQuery(`?units=${encodeURIComponent('<script>alert(1)</script>')}:1,B:1`);
    expect(reading.state.units[0]).toEqual({ name: '<script>alert(1)</script>', weight: 1 });
  });

  it('units without weights mean an equal split; an explicit method wins', () => {
    expect(readSimpleQuery('?units=A,B,C').state.method).toBe('equal');
    expect(readSimpleQuery('?units=A,B,C&method=weights').state.method).toBe('weights');
    expect(readSimpleQuery('?units=A:1,B').state.units).toEqual([{ name: 'A', weight: 1 }, { name: 'B' }]);
  });

  it('accepts full-width colons and Chinese commas, and skips empty items', () => {
    expect(readSimpleQuery('?units=华东：3，华南：2、华北：1').state.units.map((unit) => unit.weight)).toEqual([3, 2, 1]);
    const reading = readSimpleQuery('?units=A:1,,B:2,');
    expect(reading.state.units).toHaveLength(2);
    expect(reading.ignored).toEqual([]);
  });

  it('a bad weight is reported and the unit kept without it; a bad name drops the item', () => {
    const reading = readSimpleQuery(`?units=A:abc,${'x'.repeat(61)}:1,:3,B:2`);
    expect(reading.state.units).toEqual([{ name: 'A' }, { name: 'B', weight: 2 }]);
    expect(reading.ignored).toEqual([
      { param: 'units', reason: 'invalid', item: 1 },
      { param: 'units', reason: 'too-long', item: 2 },
      { param: 'units', reason: 'empty', item: 3 },
    ]);
  });

  it('reads at most 500 units', () => {
    const list = Array.from({ length: 501 }, (_, index) => `U${index}:1`).join(',');
    const reading = readSimpleQuery(`?units=${list}`);
    expect(reading.state.units).toHaveLength(MAX_UNITS);
    expect(reading.ignored).toEqual([{ param: 'units', reason: 'too-many', item: 501 }]);
  });

  it('never throws on any address, and always returns a valid state', () => {
    const pieces = fc.constantFrom('total=', 'units=', 'round=', 'over=', 'method=', 's=', '&', ':', ',', '%', '%E5', '万', '<', '=', '?');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 }))).map((list) => list.join(''))), (search) => {
        for (const reading of [readSimpleQuery(search), readStateQuery(search)]) {
          expect(splitStateSchema.safeParse(reading.state).success).toBe(true);
          expect(reading.ignored.every((entry) => [...entry.param].length <= 32)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an address without state parameters gives the defaults and says so', () => {
    const reading = readSimpleQuery('?lang=en&s=abc');
    expect(reading.state).toEqual(splitDefaults);
    expect(reading.carriesState).toBe(false);
    expect(reading.ignored).toEqual([{ param: 'lang', reason: 'unknown', item: null }]);
  });
});

describe('readStateQuery and writeStateQuery', () => {
  const full: SplitState = {
    ...splitDefaults,
    method: 'increment',
    seasonality: 'history',
    units: [{ name: '华东', history: 300_000, potential: 500_000, min: 100_000, months: new Array(12).fill(25_000) }],
  };

  it('a valid s gives the whole state; simple parameters beside it are a conflict', () => {
    const reading = readStateQuery(`?s=${encodeState(full)}&total=5&foo=1`);
    expect(reading.state).toEqual(full);
    expect(reading.ignored).toEqual([
      { param: 'foo', reason: 'unknown', item: null },
      { param: 'total', reason: 'conflict', item: null },
    ]);
  });

  it('a broken s is reported and the simple parameters are used', () => {
    const reading = readStateQuery('?s=%21%21&total=500');
    expect(reading.ignored).toEqual([{ param: 's', reason: 'malformed', item: null }]);
    expect(reading.state.total).toBe(500);
    expect(reading.carriesState).toBe(true);
  });

  it('writes the typable form when it says everything, and s otherwise', () => {
    const simple: SplitState = { ...splitDefaults, roundingUnit: 1000, units: [{ name: '华东', weight: 3 }, { name: '华南', weight: 2 }] };
    expect(writeStateQuery(simple)).toBe(`?total=1000000&units=${encodeURIComponent('华东')}:3,${encodeURIComponent('华南')}:2&round=1000`);
    expect(writeStateQuery(full).startsWith('?s=')).toBe(true);
  });

  it('a name with half a surrogate pair, which a URL cannot encode, travels in s', () => {
    const state: SplitState = { ...splitDefaults, units: [{ name: 'A\uD800B', weight: 1 }] };
    const query = writeStateQuery(state);
    expect(query.startsWith('?s=')).toBe(true);
    expect(readStateQuery(query).state).toEqual(state);
  });

  it('any simple state goes through the typable link unchanged', () => {
    fc.assert(
      fc.property(simpleStateArb, (state) => {
        const query = writeStateQuery(state);
        expect(query.startsWith('?total=')).toBe(true);
        const reading = readStateQuery(query);
        expect(reading.ignored).toEqual([]);
        expect(reading.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('any state goes through its link unchanged', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const reading = readStateQuery(writeStateQuery(state));
        expect(reading.ignored).toEqual([]);
        expect(reading.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// Full-state encoding

describe('encodeState and decodeState', () => {
  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const text = encodeState(state);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeState(text)).toEqual({ ok: true, state });
      }),
      { numRuns: 300 },
    );
  });

  it('says malformed for text that is not base64url UTF-8 JSON', () => {
    for (const text of ['', '!!!', 'A', base64url('not json'), Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')]) {
      expect(decodeState(text)).toEqual({ ok: false, error: 'malformed' });
    }
  });

  it('says invalid for JSON of the wrong shape, version or values', () => {
    const valid = JSON.parse(Buffer.from(encodeState(splitDefaults), 'base64url').toString('utf8')) as Record<string, unknown>;
    const variants = [{}, [], { v: 1 }, { ...valid, v: 2 }, { ...valid, t: -1 }, { ...valid, m: 'random' }, { ...valid, u: [[]] }, { ...valid, u: [['A', 1, 2, 3, 4, 5, 6, null, 9]] }, null, 42];
    for (const variant of variants) expect(decodeState(base64url(JSON.stringify(variant)))).toEqual({ ok: false, error: 'invalid' });
  });

  it('says too-long for text beyond MAX_ENCODED_LENGTH, unread', () => {
    expect(decodeState('A'.repeat(MAX_ENCODED_LENGTH + 1))).toEqual({ ok: false, error: 'too-long' });
  });

  it('a full 500-unit state with every field still fits', () => {
    const unit = { name: '华'.repeat(60), history: 123456789012.34, potential: 1e15, weight: 0.123456789, min: 1, max: 1e15, commitment: 99.99, months: new Array(12).fill(123456789.01) };
    const state: SplitState = { ...splitDefaults, monthWeights: new Array(12).fill(1.5), units: new Array(MAX_UNITS).fill(unit) };
    const text = encodeState(state);
    expect(text.length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
    expect(decodeState(text).ok).toBe(true);
  });

  it('never throws on any string, and anything it accepts is a valid state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String(), fc.json().map(base64url)), (text) => {
        const result = decodeState(text);
        if (result.ok) expect(splitStateSchema.safeParse(result.state).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a tampered link never throws and never yields an invalid state', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_!%';
    fc.assert(
      fc.property(stateArb, fc.nat(), fc.nat({ max: alphabet.length - 1 }), fc.boolean(), (state, at, pick, remove) => {
        const text = encodeState(state);
        const position = text.length === 0 ? 0 : at % text.length;
        const tampered = remove ? text.slice(0, position) + text.slice(position + 1) : text.slice(0, position) + alphabet[pick] + text.slice(position + 1);
        const result = decodeState(tampered);
        if (result.ok) expect(splitStateSchema.safeParse(result.state).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// Export

const headers: ExportHeaders = {
  unit: 'Unit',
  history: 'History',
  quota: 'Quota',
  share: 'Share %',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  quarters: ['Q1', 'Q2', 'Q3', 'Q4'],
  commitment: 'Commitment',
  gap: 'Gap',
  totalRow: 'Total',
};

function exportPlan(units: SplitUnit[], total = 1000, withMonths = false): ExportPlan {
  const plan = planTargets({ total, method: 'weights', seasonality: 'flat', units });
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  return { split: plan.split, months: withMonths ? plan.months : null };
}

describe('CSV and TSV export', () => {
  const units: SplitUnit[] = [
    { name: 'North, "N"', weight: 3, history: 600, commitment: 800 },
    { name: '=1+2', weight: 1, commitment: 200 },
  ];

  it('writes UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting and guarded formulas', () => {
    const csv = toCsv(exportPlan(units), headers);
    expect(csv).toBe(
      '\uFEFFUnit,History,Quota,Share %,Commitment,Gap\r\n' +
        '"North, ""N""",600,750,75,800,50\r\n' +
        `"'=1+2",,250,25,200,-50\r\n` +
        'Total,600,1000,100,1000,0\r\n',
    );
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('guards every text cell that a spreadsheet would run: = + - @ tab CR', () => {
    const risky = ['=A1', '+A1', '-A1', '@A1', '\tA1', '\rA1'];
    const csv = toCsv(exportPlan(risky.map((name) => ({ name, weight: 1 })), 1500), headers);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(1, 5)).toEqual([`"'=A1",,250,16.67,,`, `"'+A1",,250,16.67,,`, `"'-A1",,250,16.67,,`, `"'@A1",,250,16.67,,`]);
    expect(csv).toContain(`"'\tA1"`);
    expect(csv).toContain(`"'\rA1"`);
  });

  it('quotes a cell with a line break and leaves numbers unguarded (a negative gap stays a number)', () => {
    const csv = toCsv(exportPlan([{ name: 'Two\nlines', weight: 1, commitment: 100 }]), headers);
    expect(csv).toContain('"Two\nlines",,1000,100,100,-900\r\n');
  });

  it('includes the months and quarters when the plan has them, with a totals row', () => {
    const csv = toCsv(exportPlan([{ name: 'A', weight: 1 }, { name: 'B', weight: 1 }], 24_000, true), headers);
    const [header, first, , totals] = csv.slice(1).split('\r\n');
    expect(header).toBe('Unit,History,Quota,Share %,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Q1,Q2,Q3,Q4,Commitment,Gap');
    expect(first).toBe('A,,12000,50,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,3000,3000,3000,3000,,');
    expect(totals).toBe('Total,,24000,100,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,6000,6000,6000,6000,,');
  });

  it('TSV is tab-separated with LF and no BOM, with the same guard', () => {
    const tsv = toTsv(exportPlan(units), headers);
    expect(tsv).toBe(
      'Unit\tHistory\tQuota\tShare %\tCommitment\tGap\n' +
        '"North, ""N"""\t600\t750\t75\t800\t50\n' +
        `"'=1+2"\t\t250\t25\t200\t-50\n` +
        'Total\t600\t1000\t100\t1000\t0\n',
    );
  });
});

// ---------------------------------------------------------------------------
// Paste

describe('parsePastedRows', () => {
  it('skips an English header row and reads the columns in order', () => {
    const reading = parsePastedRows('Name\tHistory\tPotential\tMin\tMax\tCommitment\r\nEast\t300000\t500000\t100000\t400000\t350000\r\n');
    expect(reading.headerSkipped).toBe(true);
    expect(reading.rows).toEqual([
      {
        row: 2,
        name: { ok: true, value: 'East' },
        history: { ok: true, value: 300_000 },
        potential: { ok: true, value: 500_000 },
        min: { ok: true, value: 100_000 },
        max: { ok: true, value: 400_000 },
        commitment: { ok: true, value: 350_000 },
        extraCells: false,
      },
    ]);
  });

  it('skips a Chinese header and reads 30万 as 300,000', () => {
    const reading = parsePastedRows('名称\t去年实际\t潜力\n华东\t30万\t¥1,200,000\n');
    expect(reading.headerSkipped).toBe(true);
    expect(reading.rows[0]?.history).toEqual({ ok: true, value: 300_000 });
    expect(reading.rows[0]?.potential).toEqual({ ok: true, value: 1_200_000 });
  });

  it('does not take a data row for a header because a name contains a header word', () => {
    const reading = parsePastedRows('华东区域\t100\n华南区域\t200');
    expect(reading.headerSkipped).toBe(false);
    expect(reading.rows.map((row) => row.name)).toEqual([
      { ok: true, value: '华东区域' },
      { ok: true, value: '华南区域' },
    ]);
    expect(parsePastedRows('区域\n华东\n华南').rows).toHaveLength(2);
    expect(parsePastedRows('华东\n华南').rows).toHaveLength(2);
  });

  it('marks a bad cell and keeps the others', () => {
    const [row] = parsePastedRows('A\tabc\t1,2\t-5\t-\t1e5').rows;
    expect(row).toMatchObject({
      name: { ok: true, value: 'A' },
      history: { ok: false, error: 'invalid' },
      potential: { ok: false, error: 'two-numbers' },
      min: { ok: false, error: 'negative' },
      max: { ok: true, value: null },
      commitment: { ok: false, error: 'invalid' },
    });
  });

  it('reads Excel’s quoted cells holding a tab, a line break or a quote', () => {
    const reading = parsePastedRows('"North\tEast"\t100\r\n"Line\nbreak"\t200\r\n"He said ""hi"""\t5\r\n');
    expect(reading.rows.map((row) => row.name)).toEqual([
      { ok: true, value: 'North East' },
      { ok: true, value: 'Line break' },
      { ok: true, value: 'He said "hi"' },
    ]);
    expect(reading.rows.map((row) => row.history)).toEqual([100, 200, 5].map((value) => ({ ok: true, value })));
  });

  it('skips blank and trailing lines but numbers rows as the block has them', () => {
    const reading = parsePastedRows('A\t1\n\nB\t2\r\n\r\n\r\n');
    expect(reading.rows.map((row) => row.row)).toEqual([1, 3]);
  });

  it('flags cells beyond the sixth column, empty and over-long names', () => {
    const reading = parsePastedRows(`A\t1\t2\t3\t4\t5\t6\n\t100\n${'x'.repeat(61)}\t1`);
    expect(reading.rows.map((row) => row.extraCells)).toEqual([true, false, false]);
    expect(reading.rows[1]?.name).toEqual({ ok: false, error: 'empty' });
    expect(reading.rows[1]?.history).toEqual({ ok: true, value: 100 });
    expect(reading.rows[2]?.name).toEqual({ ok: false, error: 'too-long' });
  });

  it('keeps at most 500 rows and says it left the rest out', () => {
    const text = Array.from({ length: 501 }, (_, index) => `U${index}\t${index}`).join('\n');
    const reading = parsePastedRows(text);
    expect(reading.rows).toHaveLength(MAX_UNITS);
    expect(reading.truncated).toBe(true);
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('\t', '\n', '\r\n', '"', '30万', 'x')), (text, pieces) => {
        const reading = parsePastedRows(text + pieces.join(''));
        expect(reading.rows.length).toBeLessThanOrEqual(MAX_UNITS);
      }),
      { numRuns: 300 },
    );
    expect(parsePastedRows(42 as unknown as string)).toEqual({ rows: [], headerSkipped: false, truncated: false });
  });
});
