import { expect } from 'vitest';

// Checks shared by the tests of the per-language string modules (src/i18n/*.zh-CN.ts / *.en.ts)
// and of the tables that keep both languages side by side (the messages loaded later).

/** The {slots} a message fills, sorted. */
export const slotsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, slot]) => slot).sort();

/**
 * Every key path to a string in a nested table, such as 'leverNames.active'. Arrays of objects
 * (example tables) are data, not strings, and are left to their own tests.
 */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    keyPaths(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function stringAt(root: unknown, path: string): string {
  return String(path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], root));
}

/** The Chinese and English modules have the same keys. */
export function expectSameKeys(chinese: object, english: object) {
  expect(keyPaths({ ...english }).sort()).toEqual(keyPaths({ ...chinese }).sort());
}

/** No string is blank (except the paths named), and each pair fills the same {slots}. */
export function expectFilledAlike(chinese: object, english: object, mayBeBlank: readonly string[] = []) {
  for (const path of keyPaths({ ...chinese })) {
    const zh = stringAt(chinese, path);
    const en = stringAt(english, path);
    if (!mayBeBlank.includes(path)) {
      expect(zh.trim(), path).not.toBe('');
      expect(en.trim(), path).not.toBe('');
    }
    expect(slotsOf(en), path).toEqual(slotsOf(zh));
  }
}

/** Tables of `{ 'zh-CN', en }` entries: both languages written, with the same {slots}. */
export function expectTranslatedTables(tables: Record<string, Record<string, { 'zh-CN': string; en: string }>>) {
  for (const [name, table] of Object.entries(tables)) {
    for (const [key, { 'zh-CN': zh, en }] of Object.entries(table)) {
      expect(zh.trim(), `${name}.${key}`).not.toBe('');
      expect(en.trim(), `${name}.${key}`).not.toBe('');
      expect(slotsOf(en), `${name}.${key}`).toEqual(slotsOf(zh));
    }
  }
}
