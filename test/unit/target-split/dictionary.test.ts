import { describe, expect, it } from 'vitest';
import { expectFilledAlike, expectSameKeys } from '../support/dictionaries';
import { englishText as english } from '../../../src/i18n/target-split/en';
import { chineseText as chinese } from '../../../src/i18n/target-split/zh-CN';

describe('the target splitter’s strings, one module per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expectSameKeys(chinese, english);
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    expectFilledAlike(chinese, english);
  });

  it('name twelve months and four quarters in each language', () => {
    for (const text of [chinese, english]) {
      expect(text.monthNames).toHaveLength(12);
      expect(text.quarterNames).toHaveLength(4);
    }
  });
});
