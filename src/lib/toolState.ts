import type { LoadResult } from './storage';
import type { $ZodType } from 'zod/v4/core';
import type { IgnoredParam, QueryChoice, QueryNumber, QueryReading } from './share';

/**
 * A number tool's zod side: its state schema, its link parameters with their bounds, and how a
 * link becomes a state. Pages download it when the tool is first used (see useToolState).
 */
export interface ToolDefinition<State, Key extends string, ChoiceKey extends string = never> {
  schema: $ZodType<State>;
  query: readonly QueryNumber<Key>[];
  /** Parameters that pick one of a few options (the growth calculator's basis). */
  choices?: readonly QueryChoice<ChoiceKey>[];
  /**
   * The number fields with the bounds that hold under the chosen options, for the form (a rate
   * capped at 100 % under one option and not under another); `query` when absent.
   */
  queryFor?: (choices: Readonly<Record<ChoiceKey, string>>) => readonly QueryNumber<Key>[];
  fromLink: (defaults: State, reading: QueryReading<Key, ChoiceKey>) => State;
}

/** Where a tool's opening state came from. */
export type StateSource = 'link' | 'saved' | 'default';

export interface OpeningState<State> {
  state: State;
  source: StateSource;
  /** Link parameters that were left out, to show in a notice. */
  ignored: IgnoredParam[];
  /** Set when saved data could not be read and was set aside under this key. */
  setAsideKey?: string;
  /** Whether a saved state exists that the link did not replace (offer to restore it). */
  savedKept: boolean;
  storageUnavailable: boolean;
}

/**
 * Decides what a tool opens with. A link's state wins, so a trainer's link shows the room the same
 * scenario, but it never replaces what the visitor saved: that stays stored and can be restored.
 * Without link state the saved scenario is restored; failing that, the default example.
 */
export function openingState<State, Key extends string, ChoiceKey extends string = never>(options: {
  reading: QueryReading<Key, ChoiceKey>;
  saved: LoadResult<State>;
  defaults: State;
  /** Builds a full state from the default and the link's valid values. */
  fromLink: (defaults: State, reading: QueryReading<Key, ChoiceKey>) => State;
}): OpeningState<State> {
  const { reading, saved, defaults, fromLink } = options;
  const base = {
    ignored: reading.ignored,
    storageUnavailable: saved.status === 'unavailable',
    ...(saved.status === 'set-aside' ? { setAsideKey: saved.setAsideKey } : {}),
  };
  if (reading.carriesState) {
    return { ...base, state: fromLink(defaults, reading), source: 'link', savedKept: saved.status === 'ok' };
  }
  if (saved.status === 'ok') return { ...base, state: saved.value, source: 'saved', savedKept: false };
  return { ...base, state: defaults, source: 'default', savedKept: false };
}
