import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createSavedStateStore } from '../../../src/lib/storage';
import {
  addChannel,
  addCriterion,
  bandOf,
  channelExample,
  checkThresholds,
  competitionRanks,
  MAX_ENCODED_LENGTH,
  normaliseWeights,
  radarChannelKeys,
  removeChannel,
  removeCriterion,
  renameChannel,
  scoreChannels,
  setScore,
  updateCriterion,
  type ScorecardInput,
} from '../../../src/lib/channel-score/model';
import { channelStateSchema, defaultChannelState, scoreSchema, scoresSchema, type ChannelState } from '../../../src/lib/channel-score/schema';
import { decodeChannelState, encodeChannelState, readChannelLink, writeChannelLink } from '../../../src/lib/channel-score/codec';
import { readScoreText, readThresholdTexts, readWeightText, readWeightTexts } from '../../../src/lib/channel-score/typed';

const THRESHOLDS = { invest: 4, improve: 3, review: 2 };

/** A scorecard with the given weights (criteria 'a', 'b', …) and channels' scores in that order. */
function card(weights: number[], channels: Record<string, (number | undefined)[]>): ScorecardInput {
  const keys = weights.map((_, i) => String.fromCharCode(97 + i));
  return {
    criteria: weights.map((weight, i) => ({ key: keys[i]!, weight })),
    channels: Object.entries(channels).map(([name, scores], i) => ({
      key: `ch${i + 1}`,
      name,
      scores: Object.fromEntries(scores.flatMap((score, j) => (score === undefined ? [] : [[keys[j]!, score]]))),
    })),
    thresholds: THRESHOLDS,
  };
}

function scored(input: ScorecardInput) {
  const result = scoreChannels(input);
  if (!result.ok) throw new Error(`scoring failed: ${result.error}`);
  return result;
}

function channel(result: ReturnType<typeof scored>, name: string) {
  const found = result.channels.find((c) => c.name === name);
  if (!found) throw new Error(`no channel ${name}`);
  return found;
}

describe('weights', () => {
  it('are divided by their sum, so they need not add up to 100', () => {
    expect(normaliseWeights([5, 3, 2])).toEqual({ ok: true, weights: [0.5, 0.3, 0.2] });
    expect(normaliseWeights([1, 1, 0])).toEqual({ ok: true, weights: [0.5, 0.5, 0] });
  });

  it('cannot all be 0, negative, or missing', () => {
    expect(normaliseWeights([0, 0])).toEqual({ ok: false, error: 'zero-weights' });
    expect(normaliseWeights([])).toEqual({ ok: false, error: 'no-criteria' });
    expect(normaliseWeights([3, -1])).toEqual({ ok: false, error: 'invalid-weight', index: 1 });
    expect(normaliseWeights([Number.NaN])).toEqual({ ok: false, error: 'invalid-weight', index: 0 });
    expect(normaliseWeights([1001])).toEqual({ ok: false, error: 'invalid-weight', index: 0 });
  });

  it('add up to 1 after normalising, for any weights with one above 0', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 20 }), (weights) => {
        fc.pre(weights.some((w) => w > 0));
        const result = normaliseWeights(weights);
        return result.ok && Math.abs(result.weights.reduce((sum, w) => sum + w, 0) - 1) <= 1e-9;
      }),
    );
  });
});

describe('weighted totals', () => {
  it('weights the 1–5 scores and restates the total on 0–100', () => {
    const result = scored(card([50, 30, 20], { 经销商: [4, 3, 5], 电商: [5, 5, 5], 商超: [1, 1, 1] }));
    // 0.5×4 + 0.3×3 + 0.2×5 = 3.9 → (3.9 − 1) ÷ 4 × 100 = 72.5
    expect(channel(result, '经销商').total).toBeCloseTo(3.9, 12);
    expect(channel(result, '经销商').percent).toBeCloseTo(72.5, 10);
    expect(channel(result, '电商')).toMatchObject({ total: 5, percent: 100, rank: 1, band: 'invest' });
    expect(channel(result, '商超')).toMatchObject({ total: 1, percent: 0, rank: 3, band: 'exit' });
  });

  it('gives each cell its part of the total', () => {
    const result = scored(card([1, 3], { x: [2, 4] }));
    expect(result.channels[0]?.cells).toEqual([
      { criterion: 'a', score: 2, code: null, contribution: 0.5 },
      { criterion: 'b', score: 4, code: null, contribution: 3 },
    ]);
    expect(result.weights).toEqual([
      { key: 'a', weight: 1, share: 0.25 },
      { key: 'b', weight: 3, share: 0.75 },
    ]);
  });

  it('does not rank a channel with a missing score; it is listed after the ranked ones as incomplete', () => {
    const result = scored(card([1, 1], { 缺: [5, undefined], 全: [2, 2] }));
    expect(result.ranked).toBe(1);
    expect(result.channels.map((c) => [c.name, c.status, c.rank, c.total, c.band])).toEqual([
      ['全', 'complete', 1, 2, 'review'],
      ['缺', 'incomplete', null, null, null],
    ]);
    expect(channel(result, '缺').cells[1]).toEqual({ criterion: 'b', score: null, code: 'missing', contribution: null });
  });

  it('ignores a missing score on a criterion weighted 0', () => {
    const result = scored(card([1, 0], { x: [4, undefined] }));
    expect(result.channels[0]).toMatchObject({ status: 'complete', total: 4, band: 'invest' });
    expect(result.channels[0]?.cells[1]?.code).toBe('missing');
  });

  it('marks a score outside 1–5 as out of range', () => {
    const result = scored(card([1], { x: [7], y: [0.5] }));
    expect(result.channels.map((c) => [c.status, c.cells[0]?.code])).toEqual([
      ['incomplete', 'out-of-range'],
      ['incomplete', 'out-of-range'],
    ]);
  });

  it('refuses all-zero weights, no criteria, repeated keys and bad thresholds', () => {
    expect(scoreChannels(card([0, 0], { x: [1, 1] }))).toEqual({ ok: false, error: 'zero-weights' });
    expect(scoreChannels(card([], {}))).toEqual({ ok: false, error: 'no-criteria' });
    const repeated = card([1, 1], {});
    expect(scoreChannels({ ...repeated, criteria: [repeated.criteria[0]!, repeated.criteria[0]!] })).toEqual({
      ok: false,
      error: 'duplicate-criterion',
      key: 'a',
    });
    const two = card([1], { x: [1], y: [2] });
    expect(scoreChannels({ ...two, channels: [two.channels[0]!, two.channels[0]!] })).toMatchObject({ error: 'duplicate-channel' });
    expect(scoreChannels({ ...two, thresholds: { invest: 3, improve: 3, review: 2 } })).toEqual({
      ok: false,
      error: 'thresholds-not-descending',
    });
  });

  it('never throws, and keeps totals within 1–5 and 0–100, for any input', () => {
    const score = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true }), fc.double());
    const arbitraryCard = fc
      .tuple(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double()), { maxLength: 6 }),
        fc.dictionary(fc.string({ maxLength: 3 }), fc.array(fc.option(score, { nil: undefined }), { maxLength: 6 }), { maxKeys: 6 }),
        fc.record({ invest: fc.double(), improve: fc.double(), review: fc.double() }),
      )
      .map(([weights, channels, thresholds]) => ({ ...card(weights, channels), thresholds }));
    fc.assert(
      fc.property(arbitraryCard, (input) => {
        const result = scoreChannels(input);
        if (!result.ok) return true;
        return result.channels.every(
          (c) =>
            (c.total === null || (c.total >= 1 && c.total <= 5)) &&
            (c.percent === null || (c.percent >= 0 && c.percent <= 100)) &&
            (c.rank === null) === (c.total === null),
        );
      }),
    );
  });
});

describe('ranking', () => {
  it('shares a rank between equal totals and skips the next ("1, 1, 3")', () => {
    const result = scored(card([1, 1], { 乙: [4, 4], 甲: [5, 3], 丙: [3, 3] }));
    expect(result.channels.map((c) => [c.name, c.rank])).toEqual([
      ['乙', 1],
      ['甲', 1],
      ['丙', 3],
    ]);
  });

  it('treats totals equal to 9 decimals as equal', () => {
    // Weights 0.1 / 0.2 / 0.3 on three 3s give 2.9999999999999996 in floating point.
    expect(competitionRanks([2.9999999999999996, 3, 2, 5])).toEqual([2, 2, 4, 1]);
    expect(competitionRanks([3.000000001, 3])).toEqual([1, 2]);
    expect(competitionRanks([])).toEqual([]);
  });
});

describe('recommendation bands', () => {
  it('include their lower boundary', () => {
    expect([4, 3.999, 3, 2.999, 2, 1.999, 5, 1].map((total) => bandOf(total))).toEqual([
      'invest',
      'improve',
      'improve',
      'review',
      'review',
      'exit',
      'invest',
      'exit',
    ]);
  });

  it('are not thrown off by float noise at a boundary', () => {
    expect(bandOf(3.9999999999999996)).toBe('invest');
    // With weights 0.1 / 0.2 / 0.3, scores 3,3,3 give 2.9999999999999996 and 5,2,3 give
    // 2.999999999999999 in floating point; both are 3.
    const result = scored(card([0.1, 0.2, 0.3], { x: [3, 3, 3], y: [2, 2, 2], z: [5, 2, 3] }));
    expect(result.channels.map((c) => [c.name, c.band, c.rank])).toEqual([
      ['x', 'improve', 1],
      ['z', 'improve', 1],
      ['y', 'review', 3],
    ]);
  });

  it('follow configured thresholds', () => {
    expect(bandOf(3.5, { invest: 4.5, improve: 3.5, review: 1.5 })).toBe('improve');
    expect(bandOf(1.5, { invest: 4.5, improve: 3.5, review: 1.5 })).toBe('review');
  });

  it('need thresholds within 1–5 and strictly descending', () => {
    expect(checkThresholds(THRESHOLDS)).toBeNull();
    expect(checkThresholds({ invest: 3, improve: 4, review: 2 })).toBe('thresholds-not-descending');
    expect(checkThresholds({ invest: 4, improve: 2, review: 2 })).toBe('thresholds-not-descending');
    expect(checkThresholds({ invest: 6, improve: 3, review: 2 })).toBe('invalid-thresholds');
    expect(checkThresholds({ invest: 4, improve: 3, review: Number.NaN })).toBe('invalid-thresholds');
  });
});

describe('the state schema', () => {
  it('defaults to the six built-in criteria, no channels and 4 / 3 / 2', () => {
    expect(defaultChannelState.criteria.map((c) => [c.key, c.weight])).toEqual([
      ['sales', 25],
      ['growth', 15],
      ['margin', 20],
      ['collection', 15],
      ['coverage', 10],
      ['cooperation', 15],
    ]);
    expect(defaultChannelState.channels).toEqual([]);
    expect(defaultChannelState.thresholds).toEqual(THRESHOLDS);
    expect(scoreChannels(defaultChannelState)).toMatchObject({ ok: true, channels: [] });
  });

  it('are written out as the schema reads them, so the page shows them without the schema', () => {
    expect(channelStateSchema.parse({})).toEqual(defaultChannelState);
    for (const names of [
      ['流通批发', '商超', '餐饮'],
      ['Wholesale', 'Supermarkets', 'Restaurants'],
    ] as const) {
      const example = channelExample(names);
      expect(channelStateSchema.parse(example)).toEqual(example);
    }
  });

  it('refuses repeated keys, scores outside 1–5 and thresholds out of order', () => {
    const twice = { criteria: [{ key: 'a', weight: 1 }, { key: 'a', weight: 2 }] };
    expect(channelStateSchema.safeParse(twice).success).toBe(false);
    expect(channelStateSchema.safeParse({ channels: [{ key: 'ch1', name: 'x', scores: { sales: 6 } }] }).success).toBe(false);
    expect(channelStateSchema.safeParse({ thresholds: { invest: 2, improve: 3, review: 1 } }).success).toBe(false);
    expect(channelStateSchema.safeParse({ criteria: [{ key: 'Bad Key', weight: 1 }] }).success).toBe(false);
  });
});

describe('editing helpers', () => {
  it('add criteria and channels with fresh keys, and remove them with their scores', () => {
    let state: ChannelState = addCriterion(defaultChannelState, ' 服务 ');
    state = addCriterion(state, '品牌');
    state = addChannel(addChannel(state, '经销商'), '电商');
    expect(state.criteria.slice(-2)).toEqual([
      { key: 'c1', name: '服务', weight: 10 },
      { key: 'c2', name: '品牌', weight: 10 },
    ]);
    expect(state.channels.map((c) => c.key)).toEqual(['ch1', 'ch2']);
    state = setScore(setScore(state, 'ch1', 'c1', 4), 'ch1', 'sales', 5);
    expect(state.channels[0]?.scores).toEqual({ c1: 4, sales: 5 });
    state = removeCriterion(state, 'c1');
    expect(state.criteria.some((c) => c.key === 'c1')).toBe(false);
    expect(state.channels[0]?.scores).toEqual({ sales: 5 });
    state = setScore(state, 'ch1', 'sales', null);
    expect(state.channels[0]?.scores).toEqual({});
    expect(removeChannel(state, 'ch1').channels.map((c) => c.key)).toEqual(['ch2']);
    expect(addCriterion(state, 'x').criteria.at(-1)?.key).toBe('c1');
    state = updateCriterion(state, 'sales', { name: ' 销量 ', weight: 40 });
    expect(state.criteria[0]).toEqual({ key: 'sales', name: '销量', weight: 40 });
    expect(updateCriterion(state, 'sales', { name: '' }).criteria[0]).toEqual({ key: 'sales', weight: 40 });
    expect(renameChannel(state, 'ch2', ' 线上 ').channels[1]?.name).toBe('线上');
    expect(channelStateSchema.safeParse(state).success).toBe(true);
  });
});

describe('links', () => {
  const state: ChannelState = channelStateSchema.parse({
    criteria: [{ key: 'sales', weight: 60 }, { key: 'c1', name: '服务 & "口碑"', weight: 40 }],
    channels: [{ key: 'ch1', name: '经销商 A/B', scores: { sales: 4, c1: 3.5 } }],
    thresholds: { invest: 4.5, improve: 3, review: 2 },
  });

  it('round-trip the state through base64url text', () => {
    const encoded = encodeChannelState(state);
    if (!encoded.ok) throw new Error(encoded.error);
    expect(encoded.text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeChannelState(encoded.text)).toEqual({ ok: true, state });
  });

  it('round-trip any valid state', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/);
    const arbitraryState = fc
      .record({
        criteria: fc.uniqueArray(fc.record({ key, name: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), weight: fc.integer({ min: 0, max: 1000 }) }), { selector: (c) => c.key, maxLength: 5 }),
        channels: fc.uniqueArray(fc.record({ key, name: fc.string({ maxLength: 8 }), scores: fc.dictionary(key, fc.double({ min: 1, max: 5, noNaN: true }), { maxKeys: 4 }) }), { selector: (c) => c.key, maxLength: 5 }),
      })
      .map((raw) => channelStateSchema.safeParse(raw))
      .filter((parsed) => parsed.success)
      .map((parsed) => parsed.data as ChannelState);
    fc.assert(
      fc.property(arbitraryState, (valid) => {
        const encoded = encodeChannelState(valid);
        return encoded.ok && JSON.stringify(decodeChannelState(encoded.text)) === JSON.stringify({ ok: true, state: valid });
      }),
    );
  });

  it('turn unreadable text into a code instead of throwing', () => {
    const b64 = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(decodeChannelState('not base64!')).toEqual({ ok: false, error: 'not-base64' });
    expect(decodeChannelState('a')).toEqual({ ok: false, error: 'not-base64' });
    expect(decodeChannelState(b64('{nope'))).toEqual({ ok: false, error: 'not-json' });
    expect(decodeChannelState(b64('\xff\xfe'))).toEqual({ ok: false, error: 'not-json' });
    expect(decodeChannelState(b64('{"thresholds":{"invest":1,"improve":2,"review":3}}'))).toEqual({ ok: false, error: 'invalid-state' });
    expect(decodeChannelState('A'.repeat(MAX_ENCODED_LENGTH + 1))).toEqual({ ok: false, error: 'too-long' });
    expect(decodeChannelState(b64('{}'))).toEqual({ ok: true, state: defaultChannelState });
  });

  it('never throw for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof decodeChannelState(text).ok === 'boolean'));
    fc.assert(fc.property(fc.base64String(), (text) => typeof decodeChannelState(text.replace(/=+$/, '')).ok === 'boolean'));
  });

  it('refuse to encode a state that fails the schema', () => {
    expect(encodeChannelState({ ...state, thresholds: { invest: 1, improve: 2, review: 3 } })).toEqual({ ok: false, error: 'invalid-state' });
  });
});

describe('reading what people type', () => {
  it('reads a score of 1–5, decimals included; empty means not scored yet', () => {
    expect(readScoreText('4')).toEqual({ ok: true, value: 4 });
    expect(readScoreText(' 3.5 ')).toEqual({ ok: true, value: 3.5 });
    expect(readScoreText('４')).toEqual({ ok: true, value: 4 });
    expect(readScoreText('')).toEqual({ ok: true, value: undefined });
    expect(readScoreText('6')).toMatchObject({ ok: false, error: { code: 'too-big', limit: 5 } });
    expect(readScoreText('0')).toMatchObject({ ok: false, error: { code: 'too-small', limit: 1 } });
    expect(readScoreText('abc')).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(readScoreText('-2')).toEqual({ ok: false, error: { code: 'negative' } });
    expect(readScoreText('4%')).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(readScoreText('x')).toEqual({ ok: false, error: { code: 'invalid' } });
    expect(readScoreText('3万')).toEqual({ ok: false, error: { code: 'invalid' } });
  });

  it('reads a weight of 0–1000, with or without a percent sign', () => {
    expect(readWeightText('25')).toEqual({ ok: true, value: 25 });
    expect(readWeightText('25%')).toEqual({ ok: true, value: 25 });
    expect(readWeightText('0')).toEqual({ ok: true, value: 0 });
    expect(readWeightText('')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(readWeightText('1001')).toMatchObject({ ok: false, error: { code: 'too-big', limit: 1000 } });
    expect(readWeightText('-5')).toEqual({ ok: false, error: { code: 'negative' } });
  });

  it('reads all weights together, and tells a bad field apart from all weights being 0', () => {
    expect(readWeightTexts({ sales: '50%', growth: '0' })).toEqual({ ok: true, weights: { sales: 50, growth: 0 } });
    expect(readWeightTexts({ sales: '0', growth: '0' })).toEqual({ ok: false, errors: {}, zero: true });
    expect(readWeightTexts({ sales: 'x', growth: '0' })).toEqual({ ok: false, errors: { sales: { code: 'invalid' } }, zero: false });
    expect(readWeightTexts({})).toEqual({ ok: false, errors: {}, zero: true });
  });

  it('reads thresholds, and tells a bad field apart from a wrong order', () => {
    expect(readThresholdTexts({ invest: '4.5', improve: '3', review: '2' })).toEqual({
      ok: true,
      thresholds: { invest: 4.5, improve: 3, review: 2 },
    });
    expect(readThresholdTexts({ invest: '3', improve: '3', review: '2' })).toEqual({ ok: false, errors: {}, order: true });
    expect(readThresholdTexts({ invest: '2', improve: '3', review: '4' })).toEqual({ ok: false, errors: {}, order: true });
    expect(readThresholdTexts({ invest: 'x', improve: '9', review: '2' })).toEqual({
      ok: false,
      errors: { invest: { code: 'invalid' }, improve: { code: 'too-big', limit: 5, inclusive: true } },
      order: false,
    });
  });

  it('never throws and never accepts a score outside 1–5, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = readScoreText(text);
        return !result.ok || result.value === undefined || (result.value >= 1 && result.value <= 5);
      }),
    );
  });
});

describe('scorecard links', () => {
  const example = channelExample(['流通批发', '商超', '餐饮']);

  it('carry the whole state in s and read back the same scorecard, with the present flag', () => {
    const written = writeChannelLink(example, { present: true });
    expect(written.fits).toBe(true);
    expect(written.search).toMatch(/^\?s=[A-Za-z0-9_-]+&present=1$/);
    const read = readChannelLink(written.search);
    expect(read.link).toEqual({ ok: true, state: example });
    expect(read.reading).toMatchObject({ carriesState: true, flags: { present: true }, ignored: [] });
  });

  it('report a tampered s without throwing, and other parameters by name only', () => {
    const written = writeChannelLink(example).search;
    const tampered = readChannelLink(`${written.slice(0, -6)}<b>x&foo=%3Cscript%3E`);
    expect(tampered.link).toEqual({ ok: false, error: 'not-base64' });
    expect(tampered.reading.carriesState).toBe(true);
    expect(tampered.reading.ignored).toEqual([{ param: 'foo', reason: 'unknown' }]);
    expect(readChannelLink(`${written}&s=abc`).reading.ignored).toEqual([{ param: 's', reason: 'repeated' }]);
    expect(readChannelLink('?present=1')).toMatchObject({ link: null, reading: { carriesState: false } });
  });

  it('leave s out when the state is too big for a link', () => {
    let big: ChannelState = { ...defaultChannelState, criteria: [], channels: [] };
    for (let i = 0; i < 20; i += 1) big = addCriterion(big, `criterion number ${i} with a long name`);
    for (let i = 0; i < 50; i += 1) big = addChannel(big, `channel number ${i} with a long name to fill`);
    for (const channel of big.channels) for (const criterion of big.criteria) big = setScore(big, channel.key, criterion.key, 3.123456789);
    expect(writeChannelLink(big, { present: true })).toEqual({ search: '?present=1', fits: false });
  });
});

describe('the example', () => {
  it('reproduces the Part 3 case: 3.45, 2.55 and 3.65, banded invest / improve / review', () => {
    const result = scored(channelExample(['Wholesale', 'Supermarkets', 'Restaurants']));
    expect(result.channels.map((c) => [c.name, Number(c.total?.toFixed(9)), c.rank, c.band])).toEqual([
      ['Restaurants', 3.65, 1, 'invest'],
      ['Wholesale', 3.45, 2, 'improve'],
      ['Supermarkets', 2.55, 3, 'review'],
    ]);
    expect(result.weights.map((w) => w.share)).toEqual([0.25, 0.2, 0.2, 0.15, 0.1, 0.1]);
  });
});

describe('radar channels', () => {
  const channels = ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({ key }));

  it('are the first five until someone chooses, then the chosen ones that still exist, in list order', () => {
    expect(radarChannelKeys(channels, null)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(radarChannelKeys(channels, ['f', 'gone', 'b'])).toEqual(['b', 'f']);
    expect(radarChannelKeys(channels, ['a', 'b', 'c', 'd', 'e', 'f'])).toHaveLength(5);
    expect(radarChannelKeys([], null)).toEqual([]);
  });
});

describe('scores as saved and linked before, read by the zod record', () => {
  // The reference the scores schema must match (it was a hand-written check for a while).
  const recordScores = z.record(z.string().check(z.refine((key) => /^[a-z0-9][a-z0-9-]{0,31}$/.test(key))), scoreSchema);
  // Written by the scorecard as it was (a criterion added, a channel added, a score cleared, lines moved).
  const oldLink = 'eyJjcml0ZXJpYSI6W3sia2V5Ijoic2FsZXMiLCJ3ZWlnaHQiOjI1fSx7ImtleSI6Imdyb3d0aCIsIndlaWdodCI6MjB9LHsia2V5IjoibWFyZ2luIiwid2VpZ2h0IjoyMH0seyJrZXkiOiJjb2xsZWN0aW9uIiwid2VpZ2h0IjoxNX0seyJrZXkiOiJjb3ZlcmFnZSIsIndlaWdodCI6MTB9LHsia2V5IjoiY29vcGVyYXRpb24iLCJ3ZWlnaHQiOjEwfSx7ImtleSI6ImMxIiwibmFtZSI6IlNlcnZpY2UiLCJ3ZWlnaHQiOjEyLjV9XSwiY2hhbm5lbHMiOlt7ImtleSI6ImNoMSIsIm5hbWUiOiLmtYHpgJrmibnlj5EiLCJzY29yZXMiOnsic2FsZXMiOjUsIm1hcmdpbiI6MiwiY29sbGVjdGlvbiI6NCwiY292ZXJhZ2UiOjUsImNvb3BlcmF0aW9uIjozfX0seyJrZXkiOiJjaDIiLCJuYW1lIjoi5ZWG6LaFIiwic2NvcmVzIjp7InNhbGVzIjo0LCJncm93dGgiOjEsIm1hcmdpbiI6NCwiY29sbGVjdGlvbiI6MSwiY292ZXJhZ2UiOjIsImNvb3BlcmF0aW9uIjoyfX0seyJrZXkiOiJjaDMiLCJuYW1lIjoi6aSQ6aWuIiwic2NvcmVzIjp7InNhbGVzIjoxLCJncm93dGgiOjUsIm1hcmdpbiI6NSwiY29sbGVjdGlvbiI6NCwiY292ZXJhZ2UiOjMsImNvb3BlcmF0aW9uIjo1fX0seyJrZXkiOiJjaDQiLCJuYW1lIjoiT25saW5lIiwic2NvcmVzIjp7ImMxIjozLjUsInNhbGVzIjoxfX1dLCJ0aHJlc2hvbGRzIjp7ImludmVzdCI6NC4yLCJpbXByb3ZlIjozLjEsInJldmlldyI6MS41fX0';
  const oldState = {"criteria":[{"key":"sales","weight":25},{"key":"growth","weight":20},{"key":"margin","weight":20},{"key":"collection","weight":15},{"key":"coverage","weight":10},{"key":"cooperation","weight":10},{"key":"c1","name":"Service","weight":12.5}],"channels":[{"key":"ch1","name":"流通批发","scores":{"sales":5,"margin":2,"collection":4,"coverage":5,"cooperation":3}},{"key":"ch2","name":"商超","scores":{"sales":4,"growth":1,"margin":4,"collection":1,"coverage":2,"cooperation":2}},{"key":"ch3","name":"餐饮","scores":{"sales":1,"growth":5,"margin":5,"collection":4,"coverage":3,"cooperation":5}},{"key":"ch4","name":"Online","scores":{"c1":3.5,"sales":1}}],"thresholds":{"invest":4.2,"improve":3.1,"review":1.5}};

  it('open a link written before, with the same scorecard', () => {
    expect(decodeChannelState(oldLink)).toEqual({ ok: true, state: oldState });
    expect(readChannelLink(`?s=${oldLink}`).link).toEqual({ ok: true, state: oldState });
  });

  it('open a saved copy written before', () => {
    // The envelope exactly as storage.ts writes it: { version, savedAt, data }.
    const saved = `{"version":1,"savedAt":"2026-11-01T09:00:00.000Z","data":${JSON.stringify(oldState)}}`;
    const values = new Map([['playbook:channel-score', saved]]);
    const storage = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
      removeItem: (key: string) => void values.delete(key),
    };
    const store = createSavedStateStore({ storage, name: 'channel-score', version: 1, schema: channelStateSchema });
    expect(store.load()).toEqual({ status: 'ok', value: oldState });
  });

  it('accept and refuse exactly what the record accepted and refused, with the same result', () => {
    const key = fc.oneof(fc.constantFrom('sales', 'c1', 'ch-2', '__proto__', 'constructor', 'Bad', '', '-x', 'a'.repeat(33)), fc.string());
    const score = fc.oneof(fc.double(), fc.integer({ min: -2, max: 8 }), fc.constantFrom(1, 5, 3.5, '3', null, true, [], {}));
    const scores = fc.oneof(
      fc.dictionary(key, score, { maxKeys: 6 }).map((entries) => JSON.parse(JSON.stringify(entries)) as unknown),
      fc.dictionary(fc.constantFrom('sales', 'margin', 'c1'), fc.double({ min: 1, max: 5, noNaN: true })),
      fc.constantFrom(null, [], [3], 'sales', 4, undefined),
      // JSON.parse makes __proto__ an own key, as a link or a saved copy would.
      fc.constant(JSON.parse('{"__proto__": 3, "sales": 2}') as unknown),
    );
    fc.assert(
      fc.property(scores, (value) => {
        const expected = recordScores.safeParse(value);
        const actual = scoresSchema.safeParse(value);
        expect(actual.success).toBe(expected.success);
        if (expected.success && actual.success) {
          expect(actual.data).toEqual(expected.data);
          expect(Object.keys(actual.data)).toEqual(Object.keys(expected.data));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
