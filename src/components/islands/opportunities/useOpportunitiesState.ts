import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import type { FieldError } from '../../../lib/fields';
import { plainNumber } from '../../../lib/numbers';
import {
  applySettings,
  defaultOpportunityState,
  settingsOf,
  type OpportunitySettings,
  type OpportunityState,
  type OpportunityStateRow,
  type SettingKey,
} from '../../../lib/opportunities/model';
import { allRows, type ListFilterChoice } from '../../../lib/opportunities/list';
import type { SavedStateStore } from '../../../lib/storage';
import { browserStorage } from '../../ui/browserStorage';
import { useSavedTool } from '../../ui/useSavedTool';

// The zod side (fields, link codec, saved copy, state schema) and the analysis download on first use.
const loadEngine = () => import('./engine');

function textsOf(state: OpportunityState): Record<SettingKey, string> {
  const settings = settingsOf(state);
  const text = (value: number | undefined) => (value === undefined ? '' : plainNumber(value));
  return {
    cutA: text(settings.cutA),
    cutB: text(settings.cutB),
    potentialThreshold: text(settings.potentialThreshold),
    willingnessThreshold: text(settings.willingnessThreshold),
  };
}

function sameSettings(left: OpportunitySettings, right: OpportunitySettings): boolean {
  return (
    left.cutA === right.cutA &&
    left.cutB === right.cutB &&
    left.potentialThreshold === right.potentialThreshold &&
    left.willingnessThreshold === right.willingnessThreshold
  );
}

export type FieldErrors = Partial<Record<SettingKey, FieldError | { code: 'cutoffs-not-ascending' }>>;

/**
 * The finder's own fields over the shared saved-tool lifecycle (useSavedTool, name
 * 'opportunities'): the table and settings are saved in this browser, the four settings are typed
 * texts, and the list filter travels in links beside the settings (the codec's `extra`). A link
 * never carries the table: it stays the visitor's own.
 */
export function useOpportunitiesState({
  exampleRows,
  engineAtOnce,
  syncUrl,
  saveOffPage,
  offPageRows,
}: {
  /** The table a first visit opens with, in the page's language. */
  exampleRows: OpportunityStateRow[];
  /** Download the engine when the tool mounts even for a plain visit (nothing was computed for it beforehand). */
  engineAtOnce: boolean;
  syncUrl: boolean;
  /** Makes the saved text of a large state off the page (validating 20,000 rows takes a while). */
  saveOffPage: (state: OpportunityState) => Promise<string | null>;
  /** Tables with more rows than this are saved through saveOffPage. */
  offPageRows: number;
}) {
  const example = useMemo<OpportunityState>(() => ({ ...defaultOpportunityState, rows: exampleRows }), [exampleRows]);

  // A large table is saved off the page; a later save must not be overwritten by an older one.
  const saves = useRef(0);
  const writeSaved = useCallback(
    (state: OpportunityState, store: SavedStateStore<OpportunityState>, leaving: boolean): boolean | Promise<boolean> => {
      const attempt = ++saves.current;
      if (leaving || state.rows.length <= offPageRows) return store.save(state).ok;
      return saveOffPage(state).then(
        (text) => {
          if (attempt !== saves.current) return true; // a later save reports for both
          try {
            const storage = browserStorage();
            if (text === null || storage === undefined) return false;
            storage.setItem(store.key, text);
            return true;
          } catch {
            return false; // most likely the quota: the page keeps everything regardless
          }
        },
        // No worker could make the text: save here instead, as a small table is.
        () => (attempt === saves.current ? store.save(state).ok : true),
      );
    },
    [saveOffPage, offPageRows],
  );

  const tool = useSavedTool({
    name: 'opportunities',
    example,
    load: loadEngine,
    syncUrl,
    writeDelay: 400, // a large table takes a moment to save: wait until edits pause
    engineAtOnce,
    textsOf,
    writeSaved,
  });
  const { state, engine } = tool;
  const texts = tool.texts as Record<SettingKey, string>;

  const { values, errors } = useMemo(
    () => (engine ? engine.parseFields(texts, engine.specs) : { values: {} as Partial<Record<SettingKey, number>>, errors: {} }),
    [texts, engine],
  );
  const fieldErrors: FieldErrors = { ...errors };
  if (fieldErrors.cutA === undefined && fieldErrors.cutB === undefined && values.cutA !== undefined && values.cutB !== undefined && values.cutA > values.cutB) {
    fieldErrors.cutB = { code: 'cutoffs-not-ascending' };
  }
  const stale = Object.keys(fieldErrors).length > 0;

  // Valid fields become the settings; while one is invalid the last valid settings stay.
  useEffect(() => {
    if (!tool.ready || stale || values.cutA === undefined || values.cutB === undefined || values.willingnessThreshold === undefined) return;
    const settings: OpportunitySettings = {
      cutA: values.cutA,
      cutB: values.cutB,
      potentialThreshold: values.potentialThreshold,
      willingnessThreshold: values.willingnessThreshold,
    };
    if (sameSettings(settingsOf(state), settings)) return;
    tool.setState((previous) => {
      const applied = applySettings(previous, settings);
      return applied.ok ? applied.state : previous;
    });
  }, [values, stale, tool.ready]);

  const filter: ListFilterChoice = tool.extra ?? allRows;

  return {
    state,
    /** Changes the table or picks; settings change through their fields. */
    update: tool.setState,
    texts,
    setText: (key: SettingKey, text: string) => tool.setText(key, text),
    errors: fieldErrors,
    stale,
    filter,
    setFilter: tool.setExtra,
    saveFailed: tool.saveFailed,
    search: tool.link,
    /** Analyses a table on the page; null until the engine is here. */
    analyse: engine ? engine.analyse : null,
    /** Starts the engine's download; resolves to it, or null if it failed. */
    prepare: tool.prepare,
    /** What ToolFrame needs; resetting also clears the filter. */
    frame: {
      ...tool.frame,
      onReset: () => {
        tool.frame.onReset();
        tool.setExtra(allRows);
      },
    },
  };
}
