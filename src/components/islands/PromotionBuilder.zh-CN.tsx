import { chineseText } from '../../i18n/promotion.zh-CN';
import PromotionBuilder from './PromotionBuilder';

/** The editors' Chinese strings, fetched when a person first opens an element, prints or presents. */
const loadFormText = () => import('../../i18n/promotionForm.zh-CN').then((module) => module.chineseFormText);

/** The promotion plan builder on a Chinese page: only the Chinese strings are downloaded. */
export default function PromotionBuilderChinese() {
  return <PromotionBuilder locale="zh-CN" dictionary={chineseText} loadFormText={loadFormText} />;
}

// Kept in this island's static imports on purpose: the other tool islands load these shared
// modules up front, so the bundler keeps them in the chunk all islands share. If this island alone
// fetched them later (with its editors, or numbers.ts with the plan store), they would be split
// into files of their own, and every other island would pay for more requests (about 130–250 B
// gzip each). A chunk group for shared UI in astro.config.mjs would make this unnecessary.
export { LazyChart } from '../ui/LazyChart';
export { NumberField } from '../ui/NumberField';
export { plainNumber } from '../../lib/numbers';
