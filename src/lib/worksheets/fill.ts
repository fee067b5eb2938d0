/**
 * "Fill from the tool": reading another tool's saved state (read only: never set aside, never
 * rewritten, that is the tool's own business) and writing its numbers into the cells a sheet's
 * definition names.
 *
 * Each tool's filler lives in its own module (fillGrowth.ts, fillTargetSplit.ts, fillPromotion.ts), loaded only when
 * someone presses the button, so a sheet does not carry every tool's arithmetic up front.
 * Adding a tool: a module with its filler, its variant in schema.ts `fillSchema`, an entry in
 * `fillerLoaders` below.
 *
 * Pure module: no DOM, no UI strings.
 */

import { safeParse, type $ZodType } from 'zod/v4/core';
import type { OfferType, PhaseKey } from '../promotion/planShape';
import type { KeyValueStorage } from '../storage';
import type { Worksheet, WorksheetFill } from './schema';
import type { SheetValues } from './valuesSchema';

/**
 * The words a filler writes into a sheet besides the tool's own text, in the page's language: the
 * worksheet island passes them from src/i18n (lib holds no string tables).
 */
export interface FillWords {
  /** Between a label and its value: '：' in Chinese, ': ' in English. */
  colon: string;
  offerTypes: Record<OfferType, string>;
  phases: Record<PhaseKey, string>;
}

/** What reading a tool's saved state found. */
export type ToolReading<State> =
  | { status: 'ok'; value: State; savedAt: string | null }
  | { status: 'empty' }
  /** Something is saved but it is not a state this version of the sheet understands. */
  | { status: 'unreadable' };

/**
 * Reads a saved envelope `{ version, savedAt, data }` as storage.ts writes it, validated by the
 * tool's own schema. Never throws.
 */
export function readToolSave<State>(raw: string | null, version: number, schema: $ZodType<State>): ToolReading<State> {
  if (raw === null) return { status: 'empty' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { status: 'unreadable' };
  }
  if (typeof envelope !== 'object' || envelope === null || !('version' in envelope) || !('data' in envelope)) {
    return { status: 'unreadable' };
  }
  if (envelope.version !== version) return { status: 'unreadable' };
  const parsed = safeParse(schema, envelope.data);
  if (!parsed.success) return { status: 'unreadable' };
  const savedAt = 'savedAt' in envelope && typeof envelope.savedAt === 'string' ? envelope.savedAt : null;
  return { status: 'ok', value: parsed.data, savedAt };
}

/** The result of filling: the new values, and how many cells received a value. */
export interface FillOutcome {
  values: SheetValues;
  filled: number;
}

/** How one tool fills a sheet from its saved state. */
export interface Filler<State> {
  /** The browser-storage key the tool saves under (storage.ts: `playbook:<name>`). */
  storageKey: string;
  /**
   * For a tool that keeps several saves (the promotion builder's plans), `storageKey` holds only a
   * pointer to the one in use: this turns the pointer's text into the key of the save to read,
   * or null when it points at nothing.
   */
  resolveKey?: (pointer: string) => string | null;
  version: number;
  schema: $ZodType<State>;
  /**
   * Writes the state into the sheet; a fill meant for another tool changes nothing. `words` is
   * the page's language, for the few names a tool keeps as ids (the promotion's phases).
   */
  apply(sheet: Worksheet, values: SheetValues, fill: WorksheetFill, state: State, words?: FillWords): FillOutcome;
}

/** The saved text a filler reads: its key's, or (with resolveKey) the text of the key it points to. */
export function readSaved(filler: Pick<Filler<unknown>, 'storageKey' | 'resolveKey'>, storage: KeyValueStorage): string | null {
  const first = storage.getItem(filler.storageKey);
  if (!filler.resolveKey || first === null) return first;
  const key = filler.resolveKey(first);
  return key === null ? null : storage.getItem(key);
}

export type FillResult =
  | { status: 'filled'; outcome: FillOutcome; savedAt: string | null }
  /** Read fine, but gave nothing to write (the tool cannot compute a result from it yet). */
  | { status: 'nothing' }
  | { status: 'empty' | 'unreadable' };

/** A filler with its state type closed over: what the island needs, whatever the tool. */
export interface ReadyFiller {
  storageKey: string;
  /** The tool's saved text (readSaved); may throw where storage does. */
  read(storage: KeyValueStorage): string | null;
  run(sheet: Worksheet, values: SheetValues, fill: WorksheetFill, raw: string | null, words?: FillWords): FillResult;
}

/** Reads a tool's saved text and fills the sheet from it, or says why it could not. */
export function fillFromSaved<State>(
  filler: Filler<State>,
  sheet: Worksheet,
  values: SheetValues,
  fill: WorksheetFill,
  raw: string | null,
  words?: FillWords,
): FillResult {
  const reading = readToolSave(raw, filler.version, filler.schema);
  if (reading.status !== 'ok') return { status: reading.status };
  const outcome = filler.apply(sheet, values, fill, reading.value, words);
  return outcome.filled > 0 ? { status: 'filled', outcome, savedAt: reading.savedAt } : { status: 'nothing' };
}

export function ready<State>(filler: Filler<State>): ReadyFiller {
  return {
    storageKey: filler.storageKey,
    read: (storage) => readSaved(filler, storage),
    run: (sheet, values, fill, raw, words) => fillFromSaved(filler, sheet, values, fill, raw, words),
  };
}
