import { describe, expect, it } from 'vitest';
import { englishText as english } from '../../src/i18n/targetSplit.en';
import { chineseText as chinese } from '../../src/i18n/targetSplit.zh-CN';

/** Every key path to a string in a nested table, such as 'methodNames.blend.explanation'. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => keyPaths(inner, prefix === '' ? key : `${prefix}.${key}`));
}

function stringAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], root);
}

describe('the target splitter’s strings, one module per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expect(keyPaths({ ...english }).sort()).toEqual(keyPaths({ ...chinese }).sort());
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, slot]) => slot).sort();
    for (const path of keyPaths({ ...chinese })) {
      const zh = String(stringAt(chinese, path));
      const en = String(stringAt(english, path));
      expect(zh.trim(), path).not.toBe('');
      expect(en.trim(), path).not.toBe('');
      expect(slots(en), path).toEqual(slots(zh));
    }
  });

  it('name twelve months and four quarters in each language', () => {
    for (const text of [chinese, english]) {
      expect(text.monthNames).toHaveLength(12);
      expect(text.quarterNames).toHaveLength(4);
    }
  });
});
