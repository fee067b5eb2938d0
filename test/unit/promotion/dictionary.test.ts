import { describe, expect, it } from 'vitest';
import { expectFilledAlike, expectSameKeys } from '../support/dictionaries';
import { englishText } from '../../../src/i18n/promotion/en';
import { chineseText } from '../../../src/i18n/promotion/zh-CN';
import { englishFormText } from '../../../src/i18n/promotion/form.en';
import { chineseFormText } from '../../../src/i18n/promotion/form.zh-CN';

// Both parts of each language: what the first paint shows, and what the editors fetch later.
const english = { ...englishText, ...englishFormText };
const chinese = { ...chineseText, ...chineseFormText };

describe('the promotion builder’s strings, one pair of modules per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expectSameKeys(chinese, english);
  });

  it('keep each part’s keys apart, so a string is never looked up in the wrong part', () => {
    const first = Object.keys(chineseText.promotionStrings);
    expect(Object.keys(chineseFormText.formStrings).filter((key) => first.includes(key))).toEqual([]);
    expect(Object.keys(chineseText).filter((table) => table in chineseFormText)).toEqual([]);
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    // Chinese puts nothing between the sentences of a FABE script; every other string has words.
    expectFilledAlike(chinese, english, ['fabeConnectors.separator']);
  });
});
