/**
 * The growth calculator's links and saved copy (a ToolCodec): each number in its own parameter a
 * trainer can type (`?customers=200&active=30&aov=5000&goal=2`), the basis as `basis=buyers`
 * (left out on the course's transactions basis, so links made before the basis existed read as
 * they always did), `present=1` beside them. Downloads with the engine on first use
 * (islands/growth/engine.ts); the saved copy is the state as the schema reads it.
 */

import type { ToolCodec } from '../savedTool.ts';
import { readQuery, writeQuery, type QueryReading } from '../share.ts';
import { buyerShareMax, growthChoices, growthFlags, type GrowthChoiceKey, type GrowthKey, type GrowthState } from './model.ts';
import { growthQuery, growthStateSchema } from './schema.ts';

/**
 * The state a link describes: its valid values over the defaults. A link that names both a
 * multiple and a target means the target (the more specific goal); the multiple is reported.
 * A link without a basis is on the transactions basis (links made before the basis existed);
 * on the buyers basis an activity rate over 100 % is reported like any value out of bounds.
 */
export function growthStateFromLink(defaults: GrowthState, reading: QueryReading<GrowthKey, GrowthChoiceKey>): GrowthState {
  const state: GrowthState = { ...defaults };
  const basis = reading.choices?.basis;
  if (basis === 'transactions' || basis === 'buyers') state.basis = basis;
  for (const [key, value] of Object.entries(reading.values) as [GrowthKey, number][]) state[key] = value;
  if (state.basis === 'buyers' && state.active > buyerShareMax) {
    state.active = Math.min(defaults.active, buyerShareMax);
    reading.ignored.push({ param: 'active', reason: 'too-big' });
  }
  if (reading.values.target !== undefined && reading.values.goal !== undefined) {
    reading.ignored.push({ param: 'goal', reason: 'conflict' });
  }
  return state;
}

/** The calculator's codec for the saved-tool hook: a link's valid values over the example. */
export const growthCodec: ToolCodec<GrowthState> = {
  version: 1,
  schema: growthStateSchema,
  readLink(search, { example }) {
    const reading = readQuery(search, growthQuery, growthFlags, growthChoices);
    const state = reading.carriesState ? growthStateFromLink(example, reading) : example;
    return { carriesState: reading.carriesState, state, present: reading.flags['present'] === true, ignored: reading.ignored, extra: undefined };
  },
  writeLink: (state, present) => writeQuery(state, growthQuery, { present }, growthChoices),
};
