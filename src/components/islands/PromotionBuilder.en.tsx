import { englishText } from '../../i18n/promotion.en';
import PromotionBuilder from './PromotionBuilder';

/** The promotion plan builder on an English page: only the English strings are downloaded. */
export default function PromotionBuilderEnglish() {
  return <PromotionBuilder locale="en" dictionary={englishText} />;
}
