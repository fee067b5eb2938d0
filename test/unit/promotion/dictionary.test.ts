import { describe, expect, it } from 'vitest';
import { englishText } from '../../../src/i18n/promotion.en';
import { chineseText } from '../../../src/i18n/promotion.zh-CN';
import { englishFormText } from '../../../src/i18n/promotionForm.en';
import { chineseFormText } from '../../../src/i18n/promotionForm.zh-CN';

// Both parts of each language: what the first paint shows, and what the editors fetch later.
const english = { ...englishText, ...englishFormText };
const chinese = { ...chineseText, ...chineseFormText };

/** Every key path to a string in a nested table, such as 'missingFieldNames.goal.purpose'. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    keyPaths(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function stringAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], root);
}

describe('the promotion builder’s strings, one pair of modules per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expect(keyPaths({ ...english }).sort()).toEqual(keyPaths({ ...chinese }).sort());
  });

  it('keep each part’s keys apart, so a string is never looked up in the wrong part', () => {
    const first = Object.keys(chineseText.promotionStrings);
    expect(Object.keys(chineseFormText.formStrings).filter((key) => first.includes(key))).toEqual([]);
    expect(Object.keys(chineseText).filter((table) => table in chineseFormText)).toEqual([]);
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    for (const path of keyPaths({ ...chinese })) {
      const zh = String(stringAt(chinese, path));
      const en = String(stringAt(english, path));
      // Chinese puts nothing between the sentences of a FABE script; every other string has words.
      if (path !== 'fabeConnectors.separator') {
        expect(zh.trim(), path).not.toBe('');
        expect(en.trim(), path).not.toBe('');
      }
      const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, slot]) => slot).sort();
      expect(slots(en), path).toEqual(slots(zh));
    }
  });
});
