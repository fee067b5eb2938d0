/**
 * The opportunity finder's links and saved copy (a ToolCodec): the settings (through share.ts with
 * settingsQuery) and the list filter travel in links; the table never does, it stays the visitor's
 * own, so a link's settings are laid over the saved table when there is one. The filter is the
 * link's `extra`. Downloads with the engine on first use (islands/opportunities/engine.ts).
 */

import {
  abcClasses,
  applySettings,
  MAX_NAME_LENGTH,
  quadrants,
  settingsOf,
  type OpportunitySettings,
  type OpportunityState,
  type SettingKey,
} from './model.ts';
import { allRows, type ClassChoice, type ListFilterChoice, type QuadrantChoice } from './list.ts';
import type { ToolCodec } from '../savedTool.ts';
import { opportunityStateSchema, settingsQuery } from './schema.ts';
import { readQuery, writeQuery, type IgnoredParam, type QueryReading } from '../share.ts';

/**
 * The state a link describes: the link's valid settings over the given state (the visitor's own
 * table stays). A link cut-off that would put A above B is left out and reported as a conflict.
 */
export function settingsFromLink(state: OpportunityState, reading: QueryReading<SettingKey>): OpportunityState {
  const settings: OpportunitySettings = { ...settingsOf(state), ...reading.values };
  if (settings.cutA > settings.cutB) {
    for (const key of ['cutA', 'cutB'] as const) {
      if (reading.values[key] === undefined) continue;
      settings[key] = state.cutoffs[key === 'cutA' ? 'a' : 'b'];
      reading.ignored.push({ param: key === 'cutA' ? 'cut_a' : 'cut_b', reason: 'conflict' });
    }
  }
  const applied = applySettings(state, settings);
  return applied.ok ? applied.state : state;
}

/** Filter parameters: `class=A|B|C|none`, `quadrant=<code>|none`, `region=<name>`; an empty region means none. */
const filterParams = { abcClass: 'class', quadrant: 'quadrant', region: 'region' } as const;
export const filterParamNames: readonly string[] = Object.values(filterParams);
/** Flags a link may carry besides the settings and filters. */
export const opportunityFlags = ['present'] as const;

/**
 * Takes the list filters out of a query string. Repeated, oversized or invalid filters are left out
 * and reported by parameter name; values are never echoed. `rest` is the query without them, for
 * readQuery with settingsQuery.
 */
export function readFilterParams(search: string): { filter: ListFilterChoice; ignored: IgnoredParam[]; rest: string } {
  const params = new URLSearchParams(search);
  const rest = new URLSearchParams();
  const filter: ListFilterChoice = { ...allRows };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!filterParamNames.includes(name)) {
      rest.append(name, value);
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ param: name, reason: 'repeated' });
      continue;
    }
    seen.add(name);
    if (value.length > MAX_NAME_LENGTH) {
      ignored.push({ param: name, reason: 'too-long' });
      continue;
    }
    if (name === filterParams.abcClass) {
      if (value === 'none' || (abcClasses as readonly string[]).includes(value)) filter.abcClass = value as ClassChoice;
      else ignored.push({ param: name, reason: 'out-of-range' });
    } else if (name === filterParams.quadrant) {
      if (value === 'none' || (quadrants as readonly string[]).includes(value)) filter.quadrant = value as QuadrantChoice;
      else ignored.push({ param: name, reason: 'out-of-range' });
    } else {
      const region = value.trim();
      filter.region = region === '' ? { kind: 'none' } : { kind: 'region', region };
    }
  }
  const text = rest.toString();
  return { filter, ignored, rest: text ? `?${text}` : '' };
}

/**
 * A link's query: the settings' query (writeQuery with settingsQuery) followed by the filters that
 * are set and the flags that are on; '' when nothing is.
 */
export function withFilterParams(settingsSearch: string, filter: ListFilterChoice, flags: Record<string, boolean> = {}): string {
  const params = new URLSearchParams(settingsSearch);
  if (filter.abcClass !== 'all') params.set(filterParams.abcClass, filter.abcClass);
  if (filter.quadrant !== 'all') params.set(filterParams.quadrant, filter.quadrant);
  if (filter.region.kind !== 'all') params.set(filterParams.region, filter.region.kind === 'none' ? '' : filter.region.region);
  for (const [name, on] of Object.entries(flags)) if (on) params.set(name, '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads a link: list filters, then the settings; what is left out is reported together. */
export function readLink(search: string) {
  const filters = readFilterParams(search);
  const reading = readQuery(filters.rest, settingsQuery, opportunityFlags);
  reading.ignored.unshift(...filters.ignored);
  return { reading, filter: filters.filter };
}

/** A link's query for these settings and filters (and flags such as present mode); '' when all are defaults. */
export function writeLink(settings: OpportunitySettings, filter: ListFilterChoice, linkFlags: Record<string, boolean> = {}): string {
  return withFilterParams(writeQuery(settings, settingsQuery), filter, linkFlags);
}

/**
 * The finder's codec for useSavedTool: saved copies are `playbook:opportunities`, envelope version
 * 1; a link's valid settings are laid over `saved` (or the example), and its filter is `extra`.
 */
export const opportunitiesCodec: ToolCodec<OpportunityState, ListFilterChoice> = {
  version: 1,
  schema: opportunityStateSchema,
  readLink(search, { example, saved }) {
    const { reading, filter } = readLink(search);
    const base = saved ?? example;
    // settingsFromLink reports a conflicting cut-off in reading.ignored, so it runs first.
    const state = reading.carriesState ? settingsFromLink(base, reading) : base;
    return { carriesState: reading.carriesState, state, present: reading.flags['present'] === true, ignored: reading.ignored, extra: filter };
  },
  writeLink: (state, present, filter) => writeLink(settingsOf(state), filter ?? allRows, { present }),
};
