import { englishText } from '../../i18n/promotion.en';
import PromotionBuilder from './PromotionBuilder';

/** The editors' English strings, fetched when a person first opens an element, prints or presents. */
const loadFormText = () => import('../../i18n/promotionForm.en').then((module) => module.englishFormText);

/** The promotion plan builder on an English page: only the English strings are downloaded. */
export default function PromotionBuilderEnglish() {
  return <PromotionBuilder locale="en" dictionary={englishText} loadFormText={loadFormText} />;
}
