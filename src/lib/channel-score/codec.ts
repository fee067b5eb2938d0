/**
 * The channel scorecard's links and saved copy: the whole state in one parameter, `s`, as
 * base64url JSON (lib/links/wholeState), checked by the schema when read; `present=1` beside it.
 */

import { decodeWholeState, encodeWholeState } from '../links/wholeState.ts';
import type { ToolCodec } from '../savedTool.ts';
import { readQuery, type QueryReading } from '../share.ts';
import { MAX_ENCODED_LENGTH } from './model.ts';
import { channelStateSchema, type ChannelState } from './schema.ts';

/**
 * - 'invalid-state': the state fails the schema (encode), or the decoded JSON does (decode)
 * - 'too-long': longer than MAX_ENCODED_LENGTH
 * - 'not-base64': not base64url text
 * - 'not-json': the decoded bytes are not UTF-8 JSON
 */
export type LinkError = 'invalid-state' | 'too-long' | 'not-base64' | 'not-json';

/** The link parameter that carries the whole state. */
export const STATE_PARAM = 's';
/** Flags a link may carry besides the state. */
export const channelFlags = ['present'] as const;

/** The state as base64url JSON for a link parameter. */
export function encodeChannelState(state: ChannelState): { ok: true; text: string } | { ok: false; error: LinkError } {
  const checked = channelStateSchema.safeParse(state);
  if (!checked.success) return { ok: false, error: 'invalid-state' };
  const text = encodeWholeState(checked.data);
  return text.length > MAX_ENCODED_LENGTH ? { ok: false, error: 'too-long' } : { ok: true, text };
}

/** Reads a state written by encodeChannelState, validated by the schema. Never throws. */
export function decodeChannelState(text: string): { ok: true; state: ChannelState } | { ok: false; error: LinkError } {
  if (typeof text !== 'string') return { ok: false, error: 'not-base64' };
  if (text.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'too-long' };
  const read = decodeWholeState(text);
  if (!read.ok) return { ok: false, error: read.error === 'not-base64url' ? 'not-base64' : 'not-json' };
  const checked = channelStateSchema.safeParse(read.value);
  return checked.success ? { ok: true, state: checked.data } : { ok: false, error: 'invalid-state' };
}

export interface ChannelLinkReading {
  /** The link's flags (present) and its other parameters, which are ignored and reported. */
  reading: QueryReading<never>;
  /** What `s` held: null when the link has none. */
  link: { ok: true; state: ChannelState } | { ok: false; error: LinkError } | null;
}

/**
 * Reads a scorecard link: the state from `s` (first one; a repeat is reported), the `present`
 * flag, and every other parameter reported as unknown. Never throws; values are never echoed.
 */
export function readChannelLink(search: string): ChannelLinkReading {
  const params = new URLSearchParams(search);
  const states = params.getAll(STATE_PARAM);
  params.delete(STATE_PARAM);
  const reading = readQuery<never>(params.toString(), [], channelFlags);
  if (states.length > 1) reading.ignored.unshift({ param: STATE_PARAM, reason: 'repeated' });
  const first = states[0];
  return { reading: { ...reading, carriesState: first !== undefined }, link: first === undefined ? null : decodeChannelState(first) };
}

/** The query string for a state: `?s=…` plus flags that are on; no `s` when it will not fit a link. */
export function writeChannelLink(state: ChannelState, flags: Readonly<Record<string, boolean>> = {}): { search: string; fits: boolean } {
  const encoded = encodeChannelState(state);
  const params = new URLSearchParams();
  if (encoded.ok) params.set(STATE_PARAM, encoded.text);
  for (const [name, on] of Object.entries(flags)) if (on) params.set(name, '1');
  const text = params.toString();
  return { search: text ? `?${text}` : '', fits: encoded.ok };
}

/**
 * The scorecard's codec for the saved-tool hook. A broken `s` still counts as a link (the page
 * opens the example and must not overwrite the saved copy); why it could not be read is `extra`.
 */
export const channelScoreCodec: ToolCodec<ChannelState, LinkError | null> = {
  version: 1,
  schema: channelStateSchema,
  readLink(search, { example }) {
    const { reading, link } = readChannelLink(search);
    return {
      carriesState: reading.carriesState,
      state: link?.ok ? link.state : example,
      present: reading.flags['present'] === true,
      ignored: reading.ignored,
      extra: link && !link.ok ? link.error : null,
    };
  },
  writeLink: (state, present) => writeChannelLink(state, { present }).search,
};
