import { describe, it } from 'vitest';
import { expectFilledAlike, expectSameKeys, expectTranslatedTables } from '../support/dictionaries';
import { englishText as english } from '../../../src/i18n/channel-score/en';
import { chineseText as chinese } from '../../../src/i18n/channel-score/zh-CN';

describe('the channel scorecard’s strings, one module per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expectSameKeys(chinese, english);
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    expectFilledAlike(chinese, english);
  });
});

describe('the channel scorecard’s messages loaded later (more.ts)', () => {
  it('have both languages, with the same {slots}, for every message and every reason', async () => {
    const more = await import('../../../src/i18n/channel-score/more');
    const tables: Record<string, Record<string, { 'zh-CN': string; en: string }>> = {
      scorecardMessages: more.scorecardMessages,
      scoreErrorReasons: more.scoreErrorReasons,
    };
    expectTranslatedTables(tables);
  });
});
