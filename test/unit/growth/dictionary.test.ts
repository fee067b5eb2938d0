import { describe, it } from 'vitest';
import { expectFilledAlike, expectSameKeys, expectTranslatedTables } from '../support/dictionaries';
import { englishText as english } from '../../../src/i18n/growth/en';
import { chineseText as chinese } from '../../../src/i18n/growth/zh-CN';

describe('the growth calculator’s strings, one module per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expectSameKeys(chinese, english);
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    expectFilledAlike(chinese, english);
  });
});

describe('the growth calculator’s strings loaded later (more.ts)', () => {
  it('have both languages, with the same {slots}, for every sentence', async () => {
    const more = await import('../../../src/i18n/growth/more');
    const tables: Record<string, Record<string, { 'zh-CN': string; en: string }>> = {
      growthMoreStrings: more.growthMoreStrings,
      statusStrings: more.statusStrings,
      noticeStrings: more.noticeStrings,
    };
    expectTranslatedTables(tables);
  });
});
