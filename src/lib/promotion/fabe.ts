/**
 * The sales script (促销话术) assembled from FABE: Feature, Advantage, Benefit, Evidence.
 *
 * The parts are the user's words; only the connecting phrases belong to the page's language, and
 * they come in as data (`FabeConnectors`, provided per locale by src/i18n/promotion/fabe.ts).
 */

import { fabeParts, hasText, type Fabe, type FabePart, type Plan } from './planShape';

export { fabeParts, type FabePart } from './planShape';

/**
 * The words around the user's parts, in one language. Each part's template holds `{text}` (the
 * part) and may hold `{product}` (the product's name).
 */
export interface FabeConnectors {
  feature: string;
  advantage: string;
  benefit: string;
  evidence: string;
  /** Stands in for `{product}` when the product has no name yet. */
  unnamedProduct: string;
  /** Put between sentences ('' in Chinese, a space in English). */
  separator: string;
  /** Ends a sentence whose text does not already end with a full stop, question or exclamation mark. */
  sentenceEnd: string;
}

/** Ends a sentence already, possibly followed by closing quotes or brackets. */
const finalPunctuation = /[。！？!?.…][”’"'」』)）\]]*$/;
/** Punctuation that only pauses; dropped at the end so a sentence does not end in "，。". */
const trailingPause = /[\s，,、；;：:]+$/;

/** The text on one line with its white space runs made single spaces, trimmed. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Fills `{name}` slots; a function replacer, so `$&` or `$1` in what people typed stays literal. */
function fillSlots(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

function sentence(template: string, text: string, product: string, end: string): string {
  const body = tidy(text).replace(trailingPause, '');
  const filled = template.includes('{text}')
    ? fillSlots(template, { text: body, product })
    : `${fillSlots(template, { product })}${body}`;
  return finalPunctuation.test(filled) ? filled : `${filled}${end}`;
}

/** The FABE parts not yet written, in FABE order. */
export function missingFabeParts(fabe: Fabe): FabePart[] {
  return fabeParts.filter((part) => !hasText(fabe[part]));
}

/**
 * One product's sales script: a sentence per written part, in FABE order, joined in the page's
 * language. Unwritten parts are skipped; with no part written the script is ''.
 */
export function assembleScript(fabe: Fabe, product: { name: string }, connectors: FabeConnectors): string {
  const name = tidy(product.name) || connectors.unnamedProduct;
  return fabeParts
    .filter((part) => hasText(fabe[part]))
    .map((part) => sentence(connectors[part], fabe[part], name, connectors.sentenceEnd))
    .join(connectors.separator);
}

export interface ProductScript {
  /** The product's position in plan.products. */
  index: number;
  name: string;
  text: string;
  missing: FabePart[];
}

/** The script of every product in the plan, in the plan's order, blank products included. */
export function assemblePlanScripts(plan: Plan, connectors: FabeConnectors): ProductScript[] {
  return plan.products.map((product, index) => ({
    index,
    name: tidy(product.name),
    text: assembleScript(product.fabe, product, connectors),
    missing: missingFabeParts(product.fabe),
  }));
}
