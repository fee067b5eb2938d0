import { describe, expect, it } from 'vitest';
import { savedCopiesStatus, savedCopyStatus } from '../../src/components/ui/browserStorage';

describe('whether a browser holds saved copies, asked without reading them', () => {
  const withStorage = (storage: unknown, check: () => void) => {
    const previous = (globalThis as { window?: unknown }).window;
    (globalThis as { window?: unknown }).window = {
      get localStorage() {
        if (storage === null) throw new Error('off');
        return storage;
      },
    };
    try {
      check();
    } finally {
      (globalThis as { window?: unknown }).window = previous;
    }
  };
  const storageWith = (keys: string[]) => ({
    length: keys.length,
    key: (index: number) => keys[index] ?? null,
  });

  it('finds a key under a prefix, and only under it', () => {
    withStorage(storageWith([]), () => expect(savedCopiesStatus('playbook:promotion:')).toBe('none'));
    withStorage(storageWith(['playbook:growth', 'playbook:promotionx']), () => expect(savedCopiesStatus('playbook:promotion:')).toBe('none'));
    withStorage(storageWith(['playbook:growth', 'playbook:promotion:plan:a']), () => expect(savedCopiesStatus('playbook:promotion:')).toBe('some'));
    withStorage(storageWith(['playbook:promotion:current']), () => expect(savedCopiesStatus('playbook:promotion:')).toBe('some'));
    withStorage(storageWith(['playbook:promotion:set-aside:a:2026']), () => expect(savedCopiesStatus('playbook:promotion:')).toBe('some'));
  });

  it('cannot say when storage cannot be read, so that the tool reads it properly and reports it', () => {
    withStorage(null, () => expect(savedCopiesStatus('playbook:promotion:')).toBe('unknown'));
    withStorage(null, () => expect(savedCopyStatus('growth')).toBe('unknown'));
  });
});

describe('whether a tool has a saved copy', () => {
  it('looks for its own key only', () => {
    const storage = { getItem: (key: string) => (key === 'playbook:growth' ? '{}' : null) };
    (globalThis as { window?: unknown }).window = { localStorage: storage };
    try {
      expect(savedCopyStatus('growth')).toBe('some');
      expect(savedCopyStatus('channel-score')).toBe('none');
    } finally {
      delete (globalThis as { window?: unknown }).window;
    }
  });
});
