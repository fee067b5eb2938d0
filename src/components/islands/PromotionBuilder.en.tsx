import * as english from '../../i18n/promotion.en';
import PromotionBuilder from './PromotionBuilder';

/** The promotion plan builder on an English page: only the English strings are downloaded. */
export default function PromotionBuilderEnglish() {
  // Typed as the Chinese module's shape, so a table or key missing in English is a compile error.
  return <PromotionBuilder locale="en" dictionary={english} />;
}
