import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { otherLanguagePath } from '../../src/lib/localePath';

describe('otherLanguagePath', () => {
  it('sends the Chinese home page to the English home page and back', () => {
    expect(otherLanguagePath('/')).toBe('/en/');
    expect(otherLanguagePath('/en/')).toBe('/');
    expect(otherLanguagePath('/en')).toBe('/');
  });

  it('keeps the slug when switching a chapter', () => {
    expect(otherLanguagePath('/course/overview/')).toBe('/en/course/overview/');
    expect(otherLanguagePath('/en/course/overview/')).toBe('/course/overview/');
  });

  it('does not mistake a slug that merely starts with "en" for the English prefix', () => {
    expect(otherLanguagePath('/engine/')).toBe('/en/engine/');
  });

  it('returns to the starting page when switched twice', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (parts) => {
        const path = parts.length ? `/${parts.join('/')}/` : '/';
        expect(otherLanguagePath(otherLanguagePath(path))).toBe(path);
      }),
    );
  });
});
