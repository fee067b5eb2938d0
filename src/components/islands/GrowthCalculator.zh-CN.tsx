import { chineseGrowthText } from '../../i18n/growth.zh-CN';
import GrowthCalculator from './GrowthCalculator';

/** The growth calculator on a Chinese page: only the Chinese strings are downloaded. */
export default function GrowthCalculatorChinese({ embedded = false }: { embedded?: boolean }) {
  return <GrowthCalculator locale="zh-CN" text={chineseGrowthText} embedded={embedded} />;
}
