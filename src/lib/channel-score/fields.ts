/**
 * What the scorecard's fields hold, by field id: the text typed, kept exactly as typed, or else
 * the state's own value written plainly. A field nobody typed in therefore holds a valid value and
 * needs no reading (no zod) to be shown. Names need no reading either: they apply as typed.
 */

import { plainNumber } from '../numbers.ts';
import { renameChannel, thresholdKeys, updateCriterion, type ThresholdKey } from './model.ts';
import type { ChannelState } from './schema.ts';

export type FieldTexts = Readonly<Record<string, string>>;

export const scoreId = (channel: string, criterion: string) => `score:${channel}:${criterion}`;
export const weightId = (criterion: string) => `weight:${criterion}`;
export const thresholdId = (key: ThresholdKey) => `threshold:${key}`;
export const channelNameId = (channel: string) => `channel:${channel}`;
export const criterionNameId = (criterion: string) => `criterion:${criterion}`;

/** Every criterion's weight text, by criterion key (weights are read together). */
export const weightTexts = (state: ChannelState, texts: FieldTexts): Record<string, string> =>
  Object.fromEntries(state.criteria.map((criterion) => [criterion.key, texts[weightId(criterion.key)] ?? plainNumber(criterion.weight)]));

/** The three band thresholds' texts (read together: they must fall). */
export const thresholdTexts = (state: ChannelState, texts: FieldTexts) =>
  Object.fromEntries(thresholdKeys.map((key) => [key, texts[thresholdId(key)] ?? plainNumber(state.thresholds[key])])) as Record<
    ThresholdKey,
    string
  >;

/**
 * A criterion renamed to `text`. Typing the built-in name back keeps the built-in, so it is still
 * translated in the other language; an empty name goes back to the built-in name too.
 */
export function renameCriterion(state: ChannelState, key: string, text: string, builtInName: string | undefined): ChannelState {
  return updateCriterion(state, key, { name: text.trim() === builtInName ? '' : text });
}

/** Every name typed in `texts` applied to the state (names typed before the scorecard was ready). */
export function applyNames(state: ChannelState, texts: FieldTexts, builtInName: (key: string) => string | undefined): ChannelState {
  let next = state;
  for (const criterion of state.criteria) {
    const text = texts[criterionNameId(criterion.key)];
    if (text !== undefined) next = renameCriterion(next, criterion.key, text, builtInName(criterion.key));
  }
  for (const channel of state.channels) {
    const text = texts[channelNameId(channel.key)];
    if (text !== undefined) next = renameChannel(next, channel.key, text);
  }
  return next;
}
