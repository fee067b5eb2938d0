import type { KeyValueStorage } from './storage';

/** Where self-study progress is kept: the slugs of the chapters a reader marked as done. */
export const progressKey = 'playbook:progress';

/** The chapters marked as done. Anything unreadable counts as nothing done (never a crash). */
export function readProgress(storage: KeyValueStorage | undefined): Set<string> {
  try {
    const value: unknown = JSON.parse(storage?.getItem(progressKey) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((slug): slug is string => typeof slug === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Marks a chapter done or not done; returns the new set, or null when storage refused. */
export function writeProgress(storage: KeyValueStorage | undefined, slug: string, done: boolean): Set<string> | null {
  const chapters = readProgress(storage);
  if (done) chapters.add(slug);
  else chapters.delete(slug);
  try {
    storage?.setItem(progressKey, JSON.stringify([...chapters].sort()));
    return storage ? chapters : null;
  } catch {
    return null;
  }
}
