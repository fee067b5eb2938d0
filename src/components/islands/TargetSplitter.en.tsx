import { englishText } from '../../i18n/targetSplit.en';
import TargetSplitter from './TargetSplitter';
import type { SplitOpening } from './targetSplit/opening';

/** The Target splitter on an English page: only the English strings are downloaded. */
export default function TargetSplitterEnglish({ opening }: { opening: SplitOpening }) {
  return <TargetSplitter locale="en" dictionary={englishText} opening={opening} />;
}
