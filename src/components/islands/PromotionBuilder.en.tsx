import { englishText } from '../../i18n/promotion.en';
import PromotionBuilder from './PromotionBuilder';

/** The editors' English strings, fetched when a person first opens an element, prints or presents. */
const loadFormText = () => import('../../i18n/promotionForm.en').then((module) => module.englishFormText);

/** The promotion plan builder on an English page: only the English strings are downloaded. */
export default function PromotionBuilderEnglish() {
  return <PromotionBuilder locale="en" dictionary={englishText} loadFormText={loadFormText} />;
}

// Kept in this island's static imports on purpose: the other tool islands load these shared
// modules up front, so the bundler keeps them in the chunk all islands share. If this island alone
// fetched them later (with its editors, or numbers.ts with the plan store), they would be split
// into files of their own, and every other island would pay for more requests (about 130–250 B
// gzip each). A chunk group for shared UI in astro.config.mjs would make this unnecessary.
export { LazyChart } from '../ui/LazyChart';
export { NumberField } from '../ui/NumberField';
export { plainNumber } from '../../lib/numbers';
