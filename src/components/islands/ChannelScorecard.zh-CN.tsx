import { chineseScorecardText } from '../../i18n/channelScore.zh-CN';
import ChannelScorecard from './ChannelScorecard';

/** The channel scorecard on a Chinese page: only the Chinese strings are downloaded. */
export default function ChannelScorecardChinese({ embedded = false }: { embedded?: boolean }) {
  return <ChannelScorecard locale="zh-CN" text={chineseScorecardText} embedded={embedded} />;
}
