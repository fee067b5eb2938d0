import { describe, expect, it } from 'vitest';
import { planCodec } from '../../../src/lib/promotion/codec';
import { examplePlan } from '../../../src/lib/promotion/example';
import { emptyPlan, planSchema } from '../../../src/lib/promotion/schema';

const base = { example: emptyPlan(), saved: null };

describe('planCodec', () => {
  it('reads back the plan it wrote, with the present flag', () => {
    const plan = examplePlan('zh-CN', 'tea');
    const link = planCodec.writeLink(plan, true);
    expect(link.startsWith('?p=')).toBe(true);
    const read = planCodec.readLink(link, base);
    expect(read).toMatchObject({ carriesState: true, present: true, ignored: [], extra: { example: null, errors: null } });
    expect(read.state).toEqual(plan);
    expect(planCodec.readLink(planCodec.writeLink(plan, false), base).present).toBe(false);
  });

  it('a broken plan link still carries state: it opens on the example and says why', () => {
    const read = planCodec.readLink('?p=%%%', base);
    expect(read.carriesState).toBe(true);
    expect(read.state).toBe(base.example);
    expect(read.extra.errors?.[0]?.code).toBe('not-base64url');
  });

  it('an example link names the example; the page makes it', () => {
    const read = planCodec.readLink('?example=tea', base);
    expect(read).toMatchObject({ carriesState: true, extra: { example: 'tea', errors: null } });
    expect(read.state).toBe(base.example);
  });

  it('a plain address carries nothing; unknown parameters are reported by name only', () => {
    expect(planCodec.readLink('', base)).toMatchObject({ carriesState: false, present: false, ignored: [] });
    expect(planCodec.readLink('?x=secret', base).ignored).toEqual([{ param: 'x', reason: 'unknown' }]);
  });

  it('checks saved plans with the plan schema, in the plan store’s envelope version', () => {
    expect(planCodec.version).toBe(1);
    expect(planCodec.schema).toBe(planSchema);
  });
});
