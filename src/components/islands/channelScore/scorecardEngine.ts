// What the scorecard downloads when it is first used (see useScorecardState): the zod schemas, the
// readers of typed numbers, the link codec and the saved copy. Not imported statically by the island.
import { setScore, type ChannelState } from '../../../lib/channelScore';
import { readScoreText, readThresholdTexts, readWeightTexts } from '../../../lib/channelScoreSchema';
import { scoreId, thresholdTexts, weightTexts, type FieldTexts } from './fieldTexts';

export { channelStateSchema, readChannelLink, writeChannelLink } from '../../../lib/channelScoreSchema';
export { readScoreText, readThresholdTexts, readWeightTexts };
export { createSavedStateStore } from '../../../lib/storage';
export { openingState } from '../../../lib/toolState';

/**
 * The state with what is typed in its number fields applied: the field `changed` (weights and
 * thresholds are read as a group, so one fixed weight can make the others usable again), or every
 * field when `changed` is absent (texts typed before this module arrived). A text that cannot be
 * used changes nothing: the results keep the last valid state.
 */
export function applyTexts(state: ChannelState, texts: FieldTexts, changed?: string): ChannelState {
  let next = state;
  const group = (prefix: string) => changed === undefined || changed.startsWith(prefix);
  if (group('weight:')) {
    const read = readWeightTexts(weightTexts(state, texts));
    if (read.ok) {
      next = { ...next, criteria: next.criteria.map((criterion) => ({ ...criterion, weight: read.weights[criterion.key] ?? criterion.weight })) };
    }
  }
  if (group('threshold:')) {
    const read = readThresholdTexts(thresholdTexts(state, texts));
    if (read.ok) next = { ...next, thresholds: read.thresholds };
  }
  for (const channel of state.channels) {
    for (const criterion of state.criteria) {
      const id = scoreId(channel.key, criterion.key);
      const text = texts[id];
      if (text === undefined || (changed !== undefined && changed !== id)) continue;
      const read = readScoreText(text);
      if (read.ok) next = setScore(next, channel.key, criterion.key, read.value ?? null);
    }
  }
  return next;
}
