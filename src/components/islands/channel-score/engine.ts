// What the scorecard downloads on first use (see useChannelScoreState): the link and saved-copy
// codec with the zod schema, and the readers of typed numbers. The island never imports it statically.
import { channelScoreCodec } from '../../../lib/channel-score/codec';
import { applyTexts, readScoreText, readThresholdTexts, readWeightTexts } from '../../../lib/channel-score/typed';

export const engine = { ...channelScoreCodec, applyTexts, readScoreText, readThresholdTexts, readWeightTexts };
export type ChannelScoreEngine = typeof engine;
