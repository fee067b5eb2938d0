import { describe, expect, it } from 'vitest';
import { englishScorecardText as english } from '../../src/i18n/channelScore.en';
import { chineseScorecardText as chinese } from '../../src/i18n/channelScore.zh-CN';

/** Every key path to a string in a nested table, such as 'bandNames.invest' or 'exampleChannelNames.0'. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    keyPaths(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function stringAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], root);
}

describe('the channel scorecard’s strings, one module per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expect(keyPaths({ ...english }).sort()).toEqual(keyPaths({ ...chinese }).sort());
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    for (const path of keyPaths({ ...chinese })) {
      const zh = String(stringAt(chinese, path));
      const en = String(stringAt(english, path));
      expect(zh.trim(), path).not.toBe('');
      expect(en.trim(), path).not.toBe('');
      const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, slot]) => slot).sort();
      expect(slots(en), path).toEqual(slots(zh));
    }
  });
});

describe('the channel scorecard’s messages loaded later (channelScoreMore.ts)', () => {
  it('have both languages, with the same {slots}, for every message and every reason', async () => {
    const more = await import('../../src/i18n/channelScoreMore');
    const tables: Record<string, Record<string, { 'zh-CN': string; en: string }>> = {
      scorecardMessages: more.scorecardMessages,
      scoreErrorReasons: more.scoreErrorReasons,
    };
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, slot]) => slot).sort();
    for (const [name, table] of Object.entries(tables)) {
      for (const [key, { 'zh-CN': zh, en }] of Object.entries(table)) {
        expect(zh.trim(), `${name}.${key}`).not.toBe('');
        expect(en.trim(), `${name}.${key}`).not.toBe('');
        expect(slots(en), `${name}.${key}`).toEqual(slots(zh));
      }
    }
  });
});
