import { chineseText } from '../../i18n/targetSplit.zh-CN';
import TargetSplitter from './TargetSplitter';
import type { SplitOpening } from './targetSplit/opening';

/** The Target splitter on a Chinese page: only the Chinese strings are downloaded. */
export default function TargetSplitterChinese({ opening }: { opening: SplitOpening }) {
  return <TargetSplitter locale="zh-CN" dictionary={chineseText} opening={opening} />;
}
