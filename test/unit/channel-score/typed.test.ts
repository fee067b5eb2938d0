import { describe, expect, it } from 'vitest';
import { channelExample } from '../../../src/lib/channel-score/model';
import type { ChannelState } from '../../../src/lib/channel-score/schema';
import { applyTexts } from '../../../src/lib/channel-score/typed';

const example: ChannelState = channelExample(['Wholesale', 'Supermarkets', 'Restaurants']);

describe('typed numbers applied to the state (typed.ts: applyTexts)', () => {
  it('applies every usable text when nothing names a field (numbers typed before the engine arrived)', () => {
    const next = applyTexts(example, {
      'score:ch1:sales': '3',
      'score:ch2:margin': '',
      'weight:growth': '30%',
      'threshold:invest': '4.5',
    });
    expect(next.channels[0]!.scores['sales']).toBe(3);
    expect(next.channels[1]!.scores).not.toHaveProperty('margin');
    expect(next.criteria.find((c) => c.key === 'growth')!.weight).toBe(30);
    expect(next.thresholds).toEqual({ invest: 4.5, improve: 2.8, review: 2 });
  });

  it('leaves the state as it was for texts that cannot be used', () => {
    const texts = { 'score:ch1:sales': '6', 'weight:sales': 'abc', 'threshold:review': '3' };
    expect(applyTexts(example, texts)).toEqual(example);
    // All weights 0 is refused as a group; thresholds out of order too.
    const zero = Object.fromEntries(example.criteria.map((c) => [`weight:${c.key}`, '0']));
    expect(applyTexts(example, zero)).toEqual(example);
  });

  it('with a field named, applies that field and the group read with it only', () => {
    const texts = { 'score:ch1:sales': '3', 'score:ch2:sales': '2', 'weight:sales': '50' };
    const next = applyTexts(example, texts, 'score:ch2:sales');
    expect(next.channels[0]!.scores['sales']).toBe(5);
    expect(next.channels[1]!.scores['sales']).toBe(2);
    expect(next.criteria[0]!.weight).toBe(25);
    expect(applyTexts(example, texts, 'weight:sales').criteria[0]!.weight).toBe(50);
  });
});
