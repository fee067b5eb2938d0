import { chineseText } from '../../i18n/opportunities/zh-CN';
import type { CompactAnalysis } from '../../lib/opportunities/model';
import OpportunityFinder from './opportunities/OpportunityFinder';

/** The opportunity finder on a Chinese page: only the Chinese strings are downloaded. */
export default function OpportunityFinderChinese({ embedded, example }: { embedded?: boolean; example?: CompactAnalysis }) {
  return <OpportunityFinder locale="zh-CN" text={chineseText} embedded={embedded === true} example={example} />;
}
