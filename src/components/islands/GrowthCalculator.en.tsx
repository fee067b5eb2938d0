import { englishGrowthText } from '../../i18n/growth.en';
import GrowthCalculator from './GrowthCalculator';

/** The growth calculator on an English page: only the English strings are downloaded. */
export default function GrowthCalculatorEnglish({ embedded = false }: { embedded?: boolean }) {
  return <GrowthCalculator locale="en" text={englishGrowthText} embedded={embedded} />;
}
