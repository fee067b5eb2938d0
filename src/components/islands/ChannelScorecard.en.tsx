import { englishScorecardText } from '../../i18n/channelScore.en';
import ChannelScorecard from './ChannelScorecard';

/** The channel scorecard on an English page: only the English strings are downloaded. */
export default function ChannelScorecardEnglish({ embedded = false }: { embedded?: boolean }) {
  return <ChannelScorecard locale="en" text={englishScorecardText} embedded={embedded} />;
}
