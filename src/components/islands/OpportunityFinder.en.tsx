import { englishText } from '../../i18n/opportunities/en';
import type { CompactAnalysis } from '../../lib/opportunities/model';
import OpportunityFinder from './opportunities/OpportunityFinder';

/** The opportunity finder on an English page: only the English strings are downloaded. */
export default function OpportunityFinderEnglish({ embedded, example }: { embedded?: boolean; example?: CompactAnalysis }) {
  return <OpportunityFinder locale="en" text={englishText} embedded={embedded === true} example={example} />;
}
