/**
 * The connecting words of an assembled FABE sales script (see src/lib/promotion/fabe.ts). The
 * user's own words fill `{text}`; `{product}` is the product's name. Phrased as lead-ins ending
 * in a colon so that whatever the user typed, a fragment or a whole sentence, still reads well.
 */

import type { FabeConnectors } from '../lib/promotion/fabe';
import type { Translated } from './locales';

export const fabeConnectors: Translated<FabeConnectors> = {
  'zh-CN': {
    feature: '{product}的特点是：{text}',
    advantage: '它的优势在于：{text}',
    benefit: '对您来说，这意味着：{text}',
    evidence: '有据可查：{text}',
    unnamedProduct: '这款产品',
    separator: '',
    sentenceEnd: '。',
  },
  en: {
    feature: 'What sets {product} apart: {text}',
    advantage: 'Why that matters: {text}',
    benefit: 'What it means for you: {text}',
    evidence: 'The proof: {text}',
    unnamedProduct: 'this product',
    separator: ' ',
    sentenceEnd: '.',
  },
};
