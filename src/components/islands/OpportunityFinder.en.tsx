import { englishText } from '../../i18n/opportunities.en';
import OpportunityFinder from './OpportunityFinder';

/** The opportunity finder on an English page: only the English strings are downloaded. */
export default function OpportunityFinderEnglish({ embedded }: { embedded?: boolean }) {
  return <OpportunityFinder locale="en" text={englishText} embedded={embedded === true} />;
}
