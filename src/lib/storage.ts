import { safeParse, type $ZodType, type output } from 'zod/v4/core';
import { storageKey } from './storageKey';

/** The part of the Web Storage API this module needs; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What loading a saved state found. */
export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  /** Something was saved but could not be read; it has been copied to `setAsideKey`. */
  | { status: 'set-aside'; setAsideKey: string; raw: string }
  /** Storage itself failed (private mode, quota, disabled). */
  | { status: 'unavailable' };

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'invalid' };

export interface SavedStateStore<T> {
  load(): LoadResult<T>;
  save(value: T): SaveResult;
  clear(): void;
  /** The key under which the current version is stored. */
  readonly key: string;
}

interface Envelope {
  version: number;
  savedAt: string;
  data: unknown;
}

/**
 * Versioned saved state over an injected storage. Data that no longer validates (an older
 * version, a hand-edited value, a half-written write) is never thrown at the caller and never
 * silently overwritten: it is copied aside under its own key, and the caller is told so.
 */
export function createSavedStateStore<Schema extends $ZodType>(options: {
  storage: KeyValueStorage | undefined;
  /** A stable name, for example 'growth'. */
  name: string;
  version: number;
  schema: Schema;
  now?: () => Date;
}): SavedStateStore<output<Schema>> {
  const { storage, name, version, schema } = options;
  const now = options.now ?? (() => new Date());
  const key = storageKey(name);

  function setAside(raw: string): string | undefined {
    const asideKey = `${key}:set-aside:${now().toISOString()}`;
    try {
      storage?.setItem(asideKey, raw);
      storage?.removeItem(key);
      return asideKey;
    } catch {
      return undefined;
    }
  }

  return {
    key,
    load() {
      if (!storage) return { status: 'unavailable' };
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return { status: 'unavailable' };
      }
      if (raw === null) return { status: 'empty' };
      const parsed = parseEnvelope(raw);
      if (parsed && parsed.version === version) {
        const result = safeParse(schema, parsed.data);
        if (result.success) return { status: 'ok', value: result.data };
      }
      const asideKey = setAside(raw);
      return asideKey ? { status: 'set-aside', setAsideKey: asideKey, raw } : { status: 'unavailable' };
    },
    save(value) {
      if (!storage) return { ok: false, reason: 'unavailable' };
      const result = safeParse(schema, value);
      if (!result.success) return { ok: false, reason: 'invalid' };
      const envelope: Envelope = { version, savedAt: now().toISOString(), data: result.data };
      try {
        storage.setItem(key, JSON.stringify(envelope));
        return { ok: true };
      } catch {
        return { ok: false, reason: 'unavailable' };
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to clear when storage is unavailable.
      }
    },
  };
}

function parseEnvelope(raw: string): Envelope | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      'version' in value &&
      typeof value.version === 'number' &&
      'data' in value
    ) {
      return value as Envelope;
    }
  } catch {
    // Not JSON: treated like any other unreadable save.
  }
  return undefined;
}

/** A Storage that lives in memory: for tests, and as a stand-in where the browser refuses storage. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { dump(): Record<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    dump: () => Object.fromEntries(items),
  };
}
