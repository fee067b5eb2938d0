import { describe, expect, it } from 'vitest';
import { englishText as english } from '../../src/i18n/opportunities.en';
import { chineseText as chinese } from '../../src/i18n/opportunities.zh-CN';
import { abcPanelStrings, addOutletErrorStrings, splitPanelStrings } from '../../src/i18n/opportunityPanels';

/** Every key path to a string in a nested table, such as 'quadrantNames.grow-now'. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value)) return []; // the example table is data, compared below
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    keyPaths(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function stringAt(root: unknown, path: string): string {
  return String(path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], root));
}

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, slot]) => slot).sort();

describe('the opportunity finder’s strings, one module per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expect(keyPaths({ ...english }).sort()).toEqual(keyPaths({ ...chinese }).sort());
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    for (const path of keyPaths({ ...chinese })) {
      const zh = stringAt(chinese, path);
      const en = stringAt(english, path);
      expect(zh.trim(), path).not.toBe('');
      expect(en.trim(), path).not.toBe('');
      expect(slots(en), path).toEqual(slots(zh));
    }
  });

  it('open with the same example table in both languages, only the names translated', () => {
    const numbers = (rows: typeof chinese.exampleRows) => rows.map(({ name: _name, region: _region, ...rest }) => rest);
    expect(numbers(english.exampleRows)).toEqual(numbers(chinese.exampleRows));
    expect(new Set(english.exampleRows.map((row) => row.name)).size).toBe(english.exampleRows.length);
  });
});

describe('the strings of the panels opened on demand', () => {
  it('fill the same {slots} in both languages and leave none blank', () => {
    for (const table of [abcPanelStrings, splitPanelStrings, addOutletErrorStrings]) {
      for (const [key, text] of Object.entries(table)) {
        expect(text['zh-CN'].trim(), key).not.toBe('');
        expect(text.en.trim(), key).not.toBe('');
        expect(slots(text.en), key).toEqual(slots(text['zh-CN']));
      }
    }
  });
});
