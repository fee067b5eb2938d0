import { describe, expect, it } from 'vitest';
import { expectFilledAlike, expectSameKeys, expectTranslatedTables } from '../support/dictionaries';
import { englishText as english } from '../../../src/i18n/opportunities/en';
import { chineseText as chinese } from '../../../src/i18n/opportunities/zh-CN';
import { abcPanelStrings, addOutletErrorStrings, splitPanelStrings } from '../../../src/i18n/opportunities/panels';

describe('the opportunity finder’s strings, one module per language', () => {
  it('have the same tables and keys in Chinese and in English', () => {
    expectSameKeys(chinese, english);
  });

  it('leave no string blank, and fill the same {slots} in both languages', () => {
    expectFilledAlike(chinese, english);
  });

  it('open with the same example table in both languages, only the names translated', () => {
    const numbers = (rows: typeof chinese.exampleRows) => rows.map(({ name: _name, region: _region, ...rest }) => rest);
    expect(numbers(english.exampleRows)).toEqual(numbers(chinese.exampleRows));
    expect(new Set(english.exampleRows.map((row) => row.name)).size).toBe(english.exampleRows.length);
  });
});

describe('the strings of the panels opened on demand', () => {
  it('fill the same {slots} in both languages and leave none blank', () => {
    expectTranslatedTables({ abcPanelStrings, splitPanelStrings, addOutletErrorStrings });
  });
});
