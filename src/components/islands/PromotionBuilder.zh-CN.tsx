import { chineseText } from '../../i18n/promotion.zh-CN';
import PromotionBuilder from './PromotionBuilder';

/** The promotion plan builder on a Chinese page: only the Chinese strings are downloaded. */
export default function PromotionBuilderChinese() {
  return <PromotionBuilder locale="zh-CN" dictionary={chineseText} />;
}
