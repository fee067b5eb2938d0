import { englishText } from '../../i18n/target-split/en';
import TargetSplitter from './target-split/TargetSplitter';
import type { SplitOpening } from './target-split/builtExample';

/** The Target splitter on an English page: only the English strings are downloaded. */
export default function TargetSplitterEnglish({ opening }: { opening: SplitOpening }) {
  return <TargetSplitter locale="en" dictionary={englishText} opening={opening} />;
}
