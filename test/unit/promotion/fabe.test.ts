import { describe, expect, it } from 'vitest';
import { fabeConnectors } from '../../../src/i18n/promotion/fabe';
import { locales } from '../../../src/lib/locale';
import {
  assemblePlanScripts,
  assembleScript,
  fabeParts,
  missingFabeParts,
  type Fabe,
  type FabeConnectors,
} from '../../../src/lib/promotion';
import { planFrom } from './arbitraries';

const zh = fabeConnectors['zh-CN'];
const en = fabeConnectors.en;
const blank: Fabe = { feature: '', advantage: '', benefit: '', evidence: '' };

describe('assembleScript in Chinese', () => {
  const fabe: Fabe = {
    feature: '五级反渗透过滤',
    advantage: '比普通滤芯多去除重金属',
    benefit: '全家喝上放心水',
    evidence: '国家检测报告编号 2025-118',
  };

  it('joins the four parts in FABE order, one sentence each', () => {
    expect(assembleScript(fabe, { name: '净水器 A1' }, zh)).toBe(
      '净水器 A1的特点是：五级反渗透过滤。它的优势在于：比普通滤芯多去除重金属。对您来说，这意味着：全家喝上放心水。有据可查：国家检测报告编号 2025-118。',
    );
  });

  it('skips the parts not written', () => {
    expect(assembleScript({ ...fabe, advantage: '', evidence: '  ' }, { name: '净水器 A1' }, zh)).toBe(
      '净水器 A1的特点是：五级反渗透过滤。对您来说，这意味着：全家喝上放心水。',
    );
  });

  it('keeps the user’s own end punctuation and drops a trailing comma', () => {
    expect(assembleScript({ ...blank, benefit: '省心！', evidence: '三千户在用，' }, { name: 'A1' }, zh)).toBe(
      '对您来说，这意味着：省心！有据可查：三千户在用。',
    );
  });

  it('calls a product without a name 这款产品', () => {
    expect(assembleScript({ ...blank, feature: '静音' }, { name: ' ' }, zh)).toBe('这款产品的特点是：静音。');
  });
});

describe('assembleScript in English', () => {
  const fabe: Fabe = {
    feature: 'a five-stage reverse-osmosis filter',
    advantage: 'it removes more heavy metals than a standard cartridge',
    benefit: 'your family drinks water you can trust',
    evidence: 'national test report No. 2025-118',
  };

  it('joins the four parts with spaces, each a sentence', () => {
    expect(assembleScript(fabe, { name: 'Purifier A1' }, en)).toBe(
      'What sets Purifier A1 apart: a five-stage reverse-osmosis filter. Why that matters: it removes more heavy metals than a standard cartridge. What it means for you: your family drinks water you can trust. The proof: national test report No. 2025-118.',
    );
  });

  it('skips missing parts and keeps a sentence the user already ended', () => {
    expect(assembleScript({ ...blank, advantage: 'Quieter than any rival.', evidence: '"Best buy" (Which?)' }, { name: 'A1' }, en)).toBe(
      'Why that matters: Quieter than any rival. The proof: "Best buy" (Which?)',
    );
  });

  it('puts line breaks and repeated spaces on one line', () => {
    expect(assembleScript({ ...blank, feature: 'two\n\nfilters   in one' }, { name: 'A1' }, en)).toBe(
      'What sets A1 apart: two filters in one.',
    );
  });

  it('is empty when nothing is written', () => {
    expect(assembleScript(blank, { name: 'A1' }, en)).toBe('');
  });
});

describe('assembleScript with any connectors', () => {
  it('uses the connectors it is given', () => {
    const plain: FabeConnectors = {
      feature: 'F({product}): {text}',
      advantage: 'A: {text}',
      benefit: 'B: {text}',
      evidence: 'E: {text}',
      unnamedProduct: '?',
      separator: ' | ',
      sentenceEnd: ';',
    };
    expect(assembleScript({ feature: 'f', advantage: 'a', benefit: 'b', evidence: 'e' }, { name: 'P' }, plain)).toBe(
      'F(P): f; | A: a; | B: b; | E: e;',
    );
  });

  it('inserts what people typed literally, even replacement patterns and braces', () => {
    expect(assembleScript({ ...blank, feature: '$& $1 {product}' }, { name: '{text}' }, en)).toBe(
      'What sets {text} apart: $& $1 {product}.',
    );
  });

  it('still includes the part when a template has no slot for it', () => {
    expect(assembleScript({ ...blank, evidence: 'lab test' }, { name: 'A1' }, { ...en, evidence: 'Proof: ' })).toBe(
      'Proof: lab test.',
    );
  });
});

describe('the connector dictionary', () => {
  it('has every part in both languages, each with a slot for the text', () => {
    for (const locale of locales) {
      for (const part of fabeParts) expect(fabeConnectors[locale][part]).toContain('{text}');
      expect(fabeConnectors[locale].unnamedProduct).not.toBe('');
    }
  });
});

describe('scripts of a plan', () => {
  it('makes one script per product, in order, saying what each lacks', () => {
    const plan = planFrom({
      products: [
        { name: 'A1', fabe: { feature: 'quiet', benefit: 'sleep well' } },
        { name: 'B2' },
      ],
    });
    expect(assemblePlanScripts(plan, en)).toEqual([
      { index: 0, name: 'A1', text: 'What sets A1 apart: quiet. What it means for you: sleep well.', missing: ['advantage', 'evidence'] },
      { index: 1, name: 'B2', text: '', missing: ['feature', 'advantage', 'benefit', 'evidence'] },
    ]);
  });

  it('lists missing parts in FABE order', () => {
    expect(missingFabeParts({ feature: 'x', advantage: ' ', benefit: '', evidence: 'y' })).toEqual(['advantage', 'benefit']);
  });
});
