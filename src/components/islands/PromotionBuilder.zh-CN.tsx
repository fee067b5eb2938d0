import { chineseText } from '../../i18n/promotion.zh-CN';
import PromotionBuilder from './PromotionBuilder';

/** The editors' Chinese strings, fetched when a person first opens an element, prints or presents. */
const loadFormText = () => import('../../i18n/promotionForm.zh-CN').then((module) => module.chineseFormText);

/** The promotion plan builder on a Chinese page: only the Chinese strings are downloaded. */
export default function PromotionBuilderChinese() {
  return <PromotionBuilder locale="zh-CN" dictionary={chineseText} loadFormText={loadFormText} />;
}
