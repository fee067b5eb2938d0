import { storageKey } from '../../lib/storageKey';

/** This browser's localStorage, or undefined where it is switched off (the store then says so). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Whether this browser holds a saved copy of the tool (readable or not), without reading it: a
 * page asks before it downloads the code that reads one. 'unknown' where storage is switched off.
 */
export function savedCopyStatus(name: string): 'none' | 'some' | 'unknown' {
  try {
    return window.localStorage.getItem(storageKey(name)) === null ? 'none' : 'some';
  } catch {
    return 'unknown';
  }
}

/**
 * Whether any key under `prefix` is in this browser's storage (a tool that keeps several saved
 * copies, such as the promotion builder's plans), without reading them; 'unknown' where storage
 * is switched off.
 */
export function savedCopiesStatus(prefix: string): 'none' | 'some' | 'unknown' {
  try {
    const storage = window.localStorage;
    for (let index = 0; index < storage.length; index += 1) {
      if (storage.key(index)?.startsWith(prefix)) return 'some';
    }
    return 'none';
  } catch {
    return 'unknown';
  }
}
