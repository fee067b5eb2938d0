/**
 * The decisions of a saved tool's lifecycle, as pure functions: what a page opens with (the
 * example, a link, a saved copy), which typed texts survive the opening, and what to do when
 * another tab writes the same tool. The hook that runs them in the browser is
 * components/ui/useSavedTool.ts; these are here so they can be tested without one.
 */
import type { $ZodType } from 'zod/v4/core';
import type { IgnoredParam } from './share';
import type { LoadResult } from './storage';

/** What a link says, as a tool's codec reads it. */
export interface LinkReading<State, Extra = undefined> {
  /** Whether the address carried any state at all, valid or not (a broken link still counts). */
  carriesState: boolean;
  /** The state the link opens on (the example when the link is broken or carries no state). */
  state: State;
  /** The `present` flag: the link opens in present mode. */
  present: boolean;
  /** Parameters left out, to name in a notice; their values are never shown back. */
  ignored: IgnoredParam[];
  /** Whatever else the tool reads from a link (a filter, a broken link's reason). */
  extra: Extra;
}

/**
 * What a tool downloads on first use to read and write links and saved copies (with zod). Each
 * tool's `codec` module exports one; the hook loads it when the page opens on a link or a saved
 * copy, or when a person reaches for the tool.
 */
export interface ToolCodec<State, Extra = undefined> {
  /** The saved copy's format version; a copy of another version is set aside, not read. */
  version: number;
  schema: $ZodType<State>;
  /**
   * Reads a query string (`?…` or ''). A link's values are laid over the example, so everyone who
   * opens it sees the same; a tool whose links carry settings only lays them over `saved`.
   */
  readLink(search: string, base: { example: State; saved: State | null }): LinkReading<State, Extra>;
  /**
   * The state as a query string ('' or `?…`), with `present=1` when asked. `extra` is what else the
   * link carries now (the hook keeps it, see setExtra; null until a link was read or it was set).
   */
  writeLink(state: State, present: boolean, extra?: Extra | null): string;
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

/** The opening of a plain visit: the example, nothing read, nothing to report. */
export function exampleOpening<State>(example: State): OpeningState<State> {
  return { state: example, source: 'default', ignored: [], savedKept: false, storageUnavailable: false };
}

/**
 * A plain visit has no query string and nothing saved: the page shows the example and need not
 * download the code that reads links and saved copies. When storage cannot say (it is switched
 * off), the visit is not plain: the full reading is needed to tell the person so.
 */
export function isPlainVisit(search: string, saved: 'none' | 'some' | 'unknown'): boolean {
  return search === '' && saved === 'none';
}

/**
 * Decides what a tool opens with. A link's state wins, so a trainer's link shows the room the same
 * scenario, but it never replaces what the visitor saved: that stays stored and can be restored.
 * Without link state the saved scenario is restored; failing that, the example.
 */
export function openingState<State>(link: LinkReading<State, unknown>, saved: LoadResult<State>, example: State): OpeningState<State> {
  const base = {
    ignored: link.ignored,
    storageUnavailable: saved.status === 'unavailable',
    ...(saved.status === 'set-aside' ? { setAsideKey: saved.setAsideKey } : {}),
  };
  if (link.carriesState) return { ...base, state: link.state, source: 'link', savedKept: saved.status === 'ok' };
  if (saved.status === 'ok') return { ...base, state: saved.value, source: 'saved', savedKept: false };
  return { ...base, state: example, source: 'default', savedKept: false };
}

/**
 * Whether saving must wait for the person's choice: a shared link opened over a different saved
 * copy. Reopening one's own link (a reload) replaces nothing, so it does not ask.
 */
export function mustAskBeforeSaving<State>(opening: OpeningState<State>, saved: LoadResult<State>): boolean {
  return opening.source === 'link' && saved.status === 'ok' && !sameData(opening.state, saved.value);
}

/**
 * The texts a tool's fields show once it has opened: those of the opened state, except the ones
 * a person typed before the tool was ready, which are kept as typed.
 */
export function textsAfterOpening<Key extends string>(
  opened: Record<Key, string>,
  typed: Partial<Record<Key, string>>,
): Record<Key, string> {
  return { ...opened, ...typed };
}

/**
 * What a `storage` event from another tab means for this one: nothing (another key, or the copy
 * this tab wrote or read itself, whenever it was saved), or a change to offer: reload theirs, or
 * keep mine. Another tab that only opens the same copy and writes it back changes nothing.
 */
export function otherTabChange(event: { key: string | null; newValue: string | null }, storeKey: string, lastWritten: string | null): 'none' | 'offer' {
  if (event.key !== storeKey) return 'none';
  if (event.newValue === lastWritten || sameSavedCopy(event.newValue, lastWritten)) return 'none';
  return 'offer';
}

/** Two saved copies' texts hold the same version and data (the time each was saved aside). */
function sameSavedCopy(left: string | null, right: string | null): boolean {
  if (left === null || right === null) return false;
  const read = (text: string): unknown => {
    try {
      const { version, data } = JSON.parse(text) as { version?: unknown; data?: unknown };
      return { version, data };
    } catch {
      return text; // not an envelope: compared as text, so never the same as a readable copy
    }
  };
  return sameData(read(left), read(right));
}

/** Two plain-data values are the same (what JSON would write for them). */
export function sameData(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
