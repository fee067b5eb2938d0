/**
 * "Fill from the tool": reading another tool's saved state (read only: never set aside, never
 * rewritten, that is the tool's own business) and writing its numbers into the cells a sheet's
 * definition names.
 *
 * Each tool's filler lives in its own module (fillGrowth.ts, fillTargetSplit.ts), loaded only when
 * someone presses the button, so a sheet does not carry every tool's arithmetic up front.
 * Adding a tool: a module with its filler, its variant in schema.ts `fillSchema`, an entry in
 * `fillerLoaders` below.
 *
 * Pure module: no DOM, no UI strings.
 */

import { safeParse, type $ZodType } from 'zod/v4/core';
import type { FillSource, Worksheet, WorksheetFill } from './schema';
import type { SheetValues } from './values';

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
  /** The localStorage key the tool saves under (storage.ts: `playbook:<name>`). */
  storageKey: string;
  version: number;
  schema: $ZodType<State>;
  /** Writes the state into the sheet; a fill meant for another tool changes nothing. */
  apply(sheet: Worksheet, values: SheetValues, fill: WorksheetFill, state: State): FillOutcome;
}

export type FillResult =
  | { status: 'filled'; outcome: FillOutcome; savedAt: string | null }
  /** Read fine, but gave nothing to write (the tool cannot compute a result from it yet). */
  | { status: 'nothing' }
  | { status: 'empty' | 'unreadable' };

/** A filler with its state type closed over: what the island needs, whatever the tool. */
export interface ReadyFiller {
  storageKey: string;
  run(sheet: Worksheet, values: SheetValues, fill: WorksheetFill, raw: string | null): FillResult;
}

/** Reads a tool's saved text and fills the sheet from it, or says why it could not. */
export function fillFromSaved<State>(
  filler: Filler<State>,
  sheet: Worksheet,
  values: SheetValues,
  fill: WorksheetFill,
  raw: string | null,
): FillResult {
  const reading = readToolSave(raw, filler.version, filler.schema);
  if (reading.status !== 'ok') return { status: reading.status };
  const outcome = filler.apply(sheet, values, fill, reading.value);
  return outcome.filled > 0 ? { status: 'filled', outcome, savedAt: reading.savedAt } : { status: 'nothing' };
}

export function ready<State>(filler: Filler<State>): ReadyFiller {
  return {
    storageKey: filler.storageKey,
    run: (sheet, values, fill, raw) => fillFromSaved(filler, sheet, values, fill, raw),
  };
}

/**
 * The tools a sheet can be filled from, each loaded on first use. The promotion builder is not
 * here yet: its saved plans are not settled (see the report on issue 7); it joins with a module
 * like fillTargetSplit.ts and a variant in `fillSchema`.
 */
export const fillerLoaders: Record<FillSource, (() => Promise<ReadyFiller>) | null> = {
  growth: () => import('./fillGrowth').then((module) => ready(module.growthFiller)),
  'target-split': () => import('./fillTargetSplit').then((module) => ready(module.targetSplitFiller)),
  promotion: null,
};
