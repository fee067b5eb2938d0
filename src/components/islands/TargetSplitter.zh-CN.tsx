import { chineseText } from '../../i18n/target-split/zh-CN';
import TargetSplitter from './target-split/TargetSplitter';
import type { SplitOpening } from './target-split/builtExample';

/** The Target splitter on a Chinese page: only the Chinese strings are downloaded. */
export default function TargetSplitterChinese({ opening }: { opening: SplitOpening }) {
  return <TargetSplitter locale="zh-CN" dictionary={chineseText} opening={opening} />;
}
