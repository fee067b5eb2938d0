import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { progressKey, readProgress, writeProgress } from '../../src/lib/progress';
import { memoryStorage, type KeyValueStorage } from '../../src/lib/storage';

describe('self-study progress', () => {
  it('remembers chapters marked done and forgets those unmarked', () => {
    const storage = memoryStorage();
    writeProgress(storage, 'course/promotion', true);
    writeProgress(storage, 'course/overview', true);
    writeProgress(storage, 'course/overview', false);
    expect([...readProgress(storage)]).toEqual(['course/promotion']);
  });

  it('reads broken or foreign data as nothing done', () => {
    for (const raw of ['{', '"x"', '{"a":1}', '[1,null,"course/summary"]']) {
      const storage = memoryStorage({ [progressKey]: raw });
      expect([...readProgress(storage)]).toEqual(raw.includes('summary') ? ['course/summary'] : []);
    }
    fc.assert(fc.property(fc.string(), (raw) => void readProgress(memoryStorage({ [progressKey]: raw }))));
  });

  it('reports storage that refuses to write', () => {
    const refusing: KeyValueStorage = { ...memoryStorage(), setItem: () => { throw new Error('quota'); } };
    expect(writeProgress(refusing, 'course/summary', true)).toBeNull();
    expect(writeProgress(undefined, 'course/summary', true)).toBeNull();
  });
});
