import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../../src/lib/share';
import { seasonalityKinds, splitMethods } from '../../../src/lib/target-split/model';
import { planTargets } from '../../../src/lib/target-split/split';
import { MAX_UNITS, formNumber, formOf, isPastedBlock, type SplitForm } from '../../../src/lib/target-split/form';
import { readSplitForm } from '../../../src/lib/target-split/formReading';
import { MAX_ENCODED_LENGTH, decodeState, encodeState, readToolLink, sameState, stateFromLink, writeToolLink, readSimpleQuery, readStateQuery, writeStateQuery } from '../../../src/lib/target-split/link';
import { splitDefaults, splitStateSchema, splitUnitSchema, type SplitState } from '../../../src/lib/target-split/schema';

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
// The page's address

describe('readToolLink, writeToolLink and stateFromLink', () => {
  it('reads present=1 as present mode, not as an unknown parameter', () => {
    const { reading, present } = readToolLink('?total=500&present=1');
    expect(present).toBe(true);
    expect(reading.ignored).toEqual([]);
    expect(reading.state.total).toBe(500);
    expect(readToolLink('?total=500').present).toBe(false);
  });

  it('reports a present flag it cannot read, and keeps present mode off', () => {
    const { reading, present } = readToolLink(`?total=500&present=${encodeURIComponent('"><script>x</script>')}`);
    expect(present).toBe(false);
    expect(reading.ignored).toEqual([{ param: 'present', reason: 'not-a-flag', item: null }]);
    expect(reading.state.total).toBe(500);
  });

  it('writes present=1 after the scenario while presenting', () => {
    const state: SplitState = { ...splitDefaults, units: [{ name: 'A', weight: 1 }] };
    expect(writeToolLink(state, true)).toBe('?total=1000000&units=A:1&present=1');
    expect(writeToolLink(state, false)).toBe('?total=1000000&units=A:1');
  });

  it('a link without units (or with a broken s) opens with the example’s units', () => {
    const example: SplitState = { ...splitDefaults, units: [{ name: '华东', weight: 3 }] };
    expect(stateFromLink(readToolLink('?total=500&round=100').reading, example)).toEqual({ ...splitDefaults, total: 500, roundingUnit: 100, units: example.units });
    expect(stateFromLink(readToolLink('?s=AAAA%21').reading, example)).toEqual(example);
    expect(stateFromLink(readToolLink('?units=B:1').reading, example).units).toEqual([{ name: 'B', weight: 1 }]);
  });

  it('sameState compares scenarios, not objects', () => {
    const state: SplitState = { ...splitDefaults, units: [{ name: 'A', weight: 1 }] };
    expect(sameState(state, { ...state, units: [{ weight: 1, name: 'A' }] })).toBe(true);
    expect(sameState(state, { ...state, total: 2 })).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// The form as typed

function counter(): () => number {
  let next = 0;
  return () => (next += 1);
}

const baseState: SplitState = { ...splitDefaults, units: [{ name: '华东', weight: 3 }, { name: '华南', weight: 2 }, { name: '华北', weight: 1 }] };

// Amounts as people keep them, whole yuan or cents. (Below a millionth of a yuan the form writes
// 12 significant digits, since JavaScript would write an exponent.)
const formAmountArb = fc.oneof(fc.integer({ min: 0, max: 1e15 }), fc.integer({ min: 0, max: 1e13 }).map((cents) => cents / 100));
const formMonthsArb = fc.array(formAmountArb, { minLength: 12, maxLength: 12 });
const formStateArb: fc.Arbitrary<SplitState> = fc.record(
  {
    total: fc.integer({ min: 1, max: 1e15 }),
    method: fc.constantFrom(...splitMethods),
    alpha: fc.double({ min: 0, max: 1, noNaN: true }).map(noZeroSign),
    overPercent: fc.integer({ min: 0, max: 10_000 }).map((points) => points / 100),
    roundingUnit: fc.integer({ min: 1, max: 1e12 }),
    seasonality: fc.constantFrom(...seasonalityKinds),
    monthWeights: formMonthsArb,
    units: fc.array(
      fc.record(
        { name: nameArb, history: formAmountArb, potential: formAmountArb, weight: formAmountArb, min: formAmountArb, max: formAmountArb, commitment: formAmountArb, months: formMonthsArb },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 8 },
    ),
  },
  { requiredKeys: ['total', 'method', 'alpha', 'overPercent', 'roundingUnit', 'seasonality', 'units'] },
);

function formFor(state: SplitState, change: Partial<SplitForm> = {}): SplitForm {
  return { ...formOf(state, counter()), ...change };
}

describe('formNumber', () => {
  it('keeps every digit of an amount and never writes an exponent', () => {
    expect(formNumber(123456789012.34)).toBe('123456789012.34');
    expect(formNumber(1e15)).toBe('1000000000000000');
    expect(formNumber(1e-7)).toBe('0.0000001');
  });

  it('writes amounts below a millionth as plainNumber does', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e-6, noNaN: true }), (value) => {
        expect(formNumber(value)).toBe(/e/i.test(String(value)) ? plainNumber(value) : String(value));
      }),
    );
  });
});

describe('readSplitForm', () => {
  it('reads the form of any state back to that state (custom weights only while in use)', () => {
    fc.assert(
      fc.property(formStateArb, (state) => {
        // The form asks for the weights a custom profile needs (checked below).
        fc.pre(state.seasonality !== 'custom' || state.monthWeights !== undefined);
        const reading = readSplitForm(formOf(state, counter()), state);
        expect(reading.errorCount).toBe(0);
        const { monthWeights, alpha, ...rest } = state;
        expect(reading.state).toMatchObject(rest);
        expect(reading.state?.alpha).toBeCloseTo(alpha, 9);
        expect(reading.state?.monthWeights).toEqual(state.seasonality === 'custom' ? monthWeights : undefined);
      }),
      { numRuns: 200 },
    );
  });

  it('reads cells as people type them: 30万, ¥1,200, a weight of 30%', () => {
    const form = formFor(baseState);
    const rows = [{ ...form.rows[0]!, cells: { ...form.rows[0]!.cells, history: '30万', max: '¥1,200,000', weight: '30%' } }, ...form.rows.slice(1)];
    const reading = readSplitForm({ ...form, total: '100万', rows }, baseState);
    expect(reading.state?.total).toBe(1_000_000);
    expect(reading.state?.units[0]).toEqual({ name: '华东', history: 300_000, max: 1_200_000, weight: 30 });
  });

  it('marks a bad cell with its code, reads the other rows, and gives no state until it is fixed', () => {
    const form = formFor(baseState);
    const rows = form.rows.map((row, index) => (index === 1 ? { ...row, cells: { ...row.cells, history: 'abc', name: ' ' } } : row));
    const reading = readSplitForm({ ...form, rows }, baseState);
    expect(reading.state).toBeNull();
    expect(reading.errorCount).toBe(2);
    expect(reading.errors.rows[1]).toEqual({ name: 'empty', cells: { history: { code: 'invalid' } }, months: [] });
    expect(reading.errors.rows[0]).toEqual({ name: null, cells: {}, months: [] });
  });

  it('checks the target, over-assignment and rounding unit against the schema; empty over means none', () => {
    const errors = (change: Partial<SplitForm>) => readSplitForm(formFor(baseState, change), baseState).errors;
    expect(errors({ total: '0' }).total).toEqual({ code: 'too-small', limit: 1, inclusive: true });
    expect(errors({ over: '150' }).over).toEqual({ code: 'too-big', limit: 100, inclusive: true });
    expect(errors({ rounding: '0.5' }).rounding).toEqual({ code: 'not-whole' });
    expect(readSplitForm(formFor(baseState, { over: '' }), baseState).state?.overPercent).toBe(0);
    expect(readSplitForm(formFor(baseState, { over: '10%', rounding: '1000' }), baseState).state).toMatchObject({ overPercent: 10, roundingUnit: 1000 });
  });

  it('α is read in percent and only blocks the result when the blend uses it', () => {
    expect(readSplitForm(formFor(baseState, { method: 'blend', alpha: '30' }), baseState).state?.alpha).toBe(0.3);
    expect(readSplitForm(formFor(baseState, { method: 'blend', alpha: '130' }), baseState).errors.alpha).toEqual({ code: 'too-big', limit: 100, inclusive: true });
    const unused = readSplitForm(formFor(baseState, { method: 'weights', alpha: 'abc' }), { ...baseState, alpha: 0.25 });
    expect(unused.errorCount).toBe(0);
    expect(unused.state?.alpha).toBe(0.25);
  });

  it('custom month weights are required while in use, and every empty one is marked', () => {
    const empty = readSplitForm(formFor(baseState, { seasonality: 'custom' }), baseState);
    expect(empty.state).toBeNull();
    expect(empty.errors.monthWeights).toEqual(new Array(12).fill({ code: 'empty' }));
    const weights = ['1', '1', '2', '2', '2', '2', '2', '2', '2', '2', '3', '3'];
    expect(readSplitForm(formFor(baseState, { seasonality: 'custom', monthWeights: weights }), baseState).state?.monthWeights).toEqual(weights.map(Number));
    expect(readSplitForm(formFor(baseState, { seasonality: 'flat', monthWeights: weights }), baseState).state?.monthWeights).toBeUndefined();
  });

  it('monthly actuals must all be given while the history profile uses them; otherwise a bad one is left out', () => {
    const form = formFor(baseState);
    const months = ['100', '', 'x', ...new Array(9).fill('100')];
    const rows = [{ ...form.rows[0]!, months }, ...form.rows.slice(1)];
    const used = readSplitForm({ ...form, seasonality: 'history', rows }, baseState);
    expect(used.state).toBeNull();
    expect(used.errors.rows[0]?.months.slice(0, 3)).toEqual([null, { code: 'empty' }, { code: 'invalid' }]);
    const unused = readSplitForm({ ...form, seasonality: 'flat', rows }, baseState);
    expect(unused.errorCount).toBe(0);
    expect(unused.state?.units[0]?.months).toBeUndefined();
    const good = [{ ...form.rows[0]!, months: new Array(12).fill('5万') }, ...form.rows.slice(1)];
    expect(readSplitForm({ ...form, seasonality: 'flat', rows: good }, baseState).state?.units[0]?.months).toEqual(new Array(12).fill(50_000));
  });
});

describe('isPastedBlock', () => {
  it('takes tabs and inner line breaks for a block, and one cell with its trailing line break for a cell', () => {
    expect(isPastedBlock('A\t1')).toBe(true);
    expect(isPastedBlock('1\r\n2\r\n')).toBe(true);
    expect(isPastedBlock('300000\r\n')).toBe(false);
    expect(isPastedBlock('30万')).toBe(false);
    expect(isPastedBlock(42 as unknown as string)).toBe(false);
  });
});
