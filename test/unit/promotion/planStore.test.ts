import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryStorage } from '../../../src/lib/storage';
import {
  createPlanStore,
  PLAN_STORE_VERSION,
  planKey,
  webPlanStorage,
  type PlanStorage,
} from '../../../src/lib/promotion/planStore';
import { examplePlan, type Plan } from '../../../src/lib/promotion';
import { blankPlan } from '../../../src/lib/promotion/form';
import { anyPlan } from './arbitraries';

const clock = () => new Date('2026-11-27T08:00:00.000Z');

function storageOf(initial: Record<string, string> = {}): PlanStorage & { dump(): Record<string, string> } {
  const memory = memoryStorage(initial);
  return { ...memory, keys: () => Object.keys(memory.dump()) };
}

function plan(id: string, createdAt: string, name = id): Plan {
  return { ...blankPlan({ id }), name, createdAt, updatedAt: createdAt };
}

describe('plan store', () => {
  it('has no plans before anything is saved', () => {
    expect(createPlanStore({ storage: storageOf(), now: clock }).load()).toEqual({
      status: 'ok',
      plans: [],
      currentId: null,
      setAside: [],
    });
  });

  it('gives back every saved plan, oldest first, with the drafts typed into its fields', () => {
    const storage = storageOf();
    const store = createPlanStore({ storage, now: clock });
    const later = plan('b', '2026-02-01T00:00:00.000Z');
    const earlier = plan('a', '2026-01-01T00:00:00.000Z');
    expect(store.save(later, { 'budget.total': 'abc' })).toEqual({ ok: true });
    expect(store.save(earlier)).toEqual({ ok: true });
    const loaded = store.load();
    expect(loaded).toEqual({
      status: 'ok',
      plans: [
        { plan: earlier, drafts: {} },
        { plan: later, drafts: { 'budget.total': 'abc' } },
      ],
      currentId: 'a',
      setAside: [],
    });
  });

  it('remembers the plan last worked on, and falls back to the first when it is gone', () => {
    const storage = storageOf();
    const store = createPlanStore({ storage, now: clock });
    store.save(plan('a', '2026-01-01T00:00:00.000Z'));
    store.save(plan('b', '2026-02-01T00:00:00.000Z'));
    store.setCurrent('b');
    expect(store.load()).toMatchObject({ currentId: 'b' });
    store.remove('b');
    expect(store.load()).toMatchObject({ currentId: 'a' });
  });

  it('round-trips any plan', () => {
    fc.assert(
      fc.property(anyPlan, (any) => {
        const storage = storageOf();
        const store = createPlanStore({ storage, now: clock });
        const withId = { ...any, id: any.id || 'x' };
        expect(store.save(withId)).toEqual({ ok: true });
        const loaded = store.load();
        expect(loaded.status === 'ok' && loaded.plans[0]?.plan).toEqual(withId);
      }),
    );
  });

  it('refuses a plan without an id or one its schema rejects, and writes nothing', () => {
    const storage = storageOf();
    const store = createPlanStore({ storage, now: clock });
    expect(store.save(blankPlan())).toEqual({ ok: false, reason: 'invalid' });
    expect(store.save({ ...blankPlan({ id: 'a' }), name: 'x'.repeat(500) })).toEqual({ ok: false, reason: 'invalid' });
    expect(storage.dump()).toEqual({});
  });

  it('sets an unreadable plan aside under its own key, keeps the others, and offers it back as it was', () => {
    const good = plan('a', '2026-01-01T00:00:00.000Z');
    const broken = JSON.stringify({ version: 1, savedAt: '', data: { budget: { total: 'lots' } } });
    const storage = storageOf({ [planKey('b')]: broken, [planKey('c')]: 'not json' });
    const store = createPlanStore({ storage, now: clock });
    store.save(good);
    const loaded = store.load();
    expect(loaded.status === 'ok' && loaded.plans.map((entry) => entry.plan.id)).toEqual(['a']);
    expect(loaded.status === 'ok' && loaded.setAside).toEqual([
      { key: 'playbook:promotion:set-aside:b:2026-11-27T08:00:00.000Z', raw: broken },
      { key: 'playbook:promotion:set-aside:c:2026-11-27T08:00:00.000Z', raw: 'not json' },
    ]);
    expect(storage.dump()[planKey('b')]).toBeUndefined();
    // Still offered on the next visit, until the person removes it.
    const again = store.load();
    expect(again.status === 'ok' && again.setAside.map((entry) => entry.raw)).toEqual([broken, 'not json']);
    expect(store.removeSetAside('playbook:promotion:set-aside:b:2026-11-27T08:00:00.000Z')).toBe(true);
    expect(store.removeSetAside(planKey('a'))).toBe(false);
    const last = store.load();
    expect(last.status === 'ok' && last.setAside.map((entry) => entry.raw)).toEqual(['not json']);
    expect(last.status === 'ok' && last.plans).toHaveLength(1);
  });

  it('sets aside a plan saved by another version of the store rather than guess at it', () => {
    const raw = JSON.stringify({ version: PLAN_STORE_VERSION + 1, data: examplePlan('en') });
    const store = createPlanStore({ storage: storageOf({ [planKey('example')]: raw }), now: clock });
    const loaded = store.load();
    expect(loaded.status === 'ok' && loaded.plans).toEqual([]);
    expect(loaded.status === 'ok' && loaded.setAside[0]?.raw).toBe(raw);
  });

  it('opens a plan under the id of its key, and drops unreadable drafts but keeps the plan', () => {
    const raw = JSON.stringify({ version: 1, data: { ...examplePlan('en'), id: 'other' }, drafts: { 'a.b': 5 } });
    const loaded = createPlanStore({ storage: storageOf({ [planKey('mine')]: raw }), now: clock }).load();
    expect(loaded.status === 'ok' && loaded.plans[0]).toEqual({
      plan: { ...examplePlan('en'), id: 'mine' },
      drafts: {},
    });
  });

  it('keeps an unreadable plan where it is when it cannot be copied aside', () => {
    const storage = storageOf({ [planKey('b')]: 'garbage' });
    const full: PlanStorage = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const loaded = createPlanStore({ storage: full, now: clock }).load();
    expect(loaded.status === 'ok' && loaded.setAside).toEqual([{ key: planKey('b'), raw: 'garbage' }]);
    expect(storage.dump()[planKey('b')]).toBe('garbage');
  });

  it('reports storage that is missing or refuses, instead of throwing', () => {
    expect(createPlanStore({ storage: undefined }).load()).toEqual({ status: 'unavailable' });
    const refusing: PlanStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
      keys: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createPlanStore({ storage: refusing, now: clock });
    expect(store.load()).toEqual({ status: 'unavailable' });
    expect(store.save(plan('a', ''))).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.remove('a')).toBe(false);
    expect(store.setCurrent('a')).toBe(false);
  });

  it('lists the keys of a Web Storage', () => {
    const memory = memoryStorage({ x: '1', y: '2' });
    const keys = Object.keys(memory.dump());
    const web = webPlanStorage({ ...memory, length: keys.length, key: (index) => keys[index] ?? null });
    expect(web.keys()).toEqual(['x', 'y']);
    web.setItem('z', '3');
    expect(memory.getItem('z')).toBe('3');
  });
});
