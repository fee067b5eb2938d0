import { thresholdKeys, type ChannelState, type ThresholdKey } from '../../../lib/channelScore';
import { plainNumber } from '../../../lib/numbers';

/**
 * What the scorecard's number fields hold: the text typed, kept by field id, or else the state's
 * own value written plainly. A field nobody typed in therefore holds a valid value and needs no
 * reading (no zod) to be shown.
 */
export type FieldTexts = Readonly<Record<string, string>>;

export const scoreId = (channel: string, criterion: string) => `score:${channel}:${criterion}`;

/** Every criterion's weight text, by criterion key (weights are read together). */
export const weightTexts = (state: ChannelState, texts: FieldTexts): Record<string, string> =>
  Object.fromEntries(state.criteria.map((criterion) => [criterion.key, texts[`weight:${criterion.key}`] ?? plainNumber(criterion.weight)]));

/** The three band thresholds' texts (read together: they must fall). */
export const thresholdTexts = (state: ChannelState, texts: FieldTexts) =>
  Object.fromEntries(thresholdKeys.map((key) => [key, texts[`threshold:${key}`] ?? plainNumber(state.thresholds[key])])) as Record<
    ThresholdKey,
    string
  >;
