import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { createSavedStateStore, memoryStorage, type KeyValueStorage } from '../../src/lib/storage';

const schema = z.object({ customers: z.number().int().min(0) });
const fixedClock = () => new Date('2026-11-27T08:00:00.000Z');

function store(storage: KeyValueStorage | undefined, version = 1) {
  return createSavedStateStore({ storage, name: 'test', version, schema, now: fixedClock });
}

describe('saved state', () => {
  it('is empty before anything is saved', () => {
    expect(store(memoryStorage()).load()).toEqual({ status: 'empty' });
  });

  it('gives back what was saved', () => {
    const storage = memoryStorage();
    expect(store(storage).save({ customers: 12 })).toEqual({ ok: true });
    expect(store(storage).load()).toEqual({ status: 'ok', value: { customers: 12 } });
  });

  it('refuses to save a state its schema rejects', () => {
    const storage = memoryStorage();
    expect(store(storage).save({ customers: -1 })).toEqual({ ok: false, reason: 'invalid' });
    expect(storage.dump()).toEqual({});
  });

  it('sets corrupted data aside under its own key instead of crashing or overwriting it', () => {
    const storage = memoryStorage({ 'playbook:test': '{not json' });
    const result = store(storage).load();
    expect(result).toEqual({
      status: 'set-aside',
      setAsideKey: 'playbook:test:set-aside:2026-11-27T08:00:00.000Z',
      raw: '{not json',
    });
    expect(storage.dump()).toEqual({ 'playbook:test:set-aside:2026-11-27T08:00:00.000Z': '{not json' });
  });

  it('sets aside a save from another version', () => {
    const storage = memoryStorage();
    store(storage, 1).save({ customers: 3 });
    expect(store(storage, 2).load().status).toBe('set-aside');
  });

  it('reports storage that throws (private mode, quota) as unavailable', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(store(broken).load()).toEqual({ status: 'unavailable' });
    expect(store(broken).save({ customers: 1 })).toEqual({ ok: false, reason: 'unavailable' });
    expect(store(undefined).load()).toEqual({ status: 'unavailable' });
  });

  it('never throws, whatever text is stored', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = store(memoryStorage({ 'playbook:test': raw })).load();
        expect(['ok', 'set-aside']).toContain(result.status);
      }),
    );
  });
});
