import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseFields, type FieldError, type NumberFieldSpec } from '../../../lib/fields';
import {
  allRows,
  applySettings,
  defaultOpportunityState,
  opportunityFlags,
  opportunityStateSchema,
  readFilterParams,
  settingsFromLink,
  settingsOf,
  settingsQuery,
  withFilterParams,
  type ListFilterChoice,
  type OpportunitySettings,
  type OpportunityState,
  type OpportunityStateRow,
  type SettingKey,
} from '../../../lib/opportunities';
import { plainNumber, readQuery, writeQuery } from '../../../lib/share';
import { createSavedStateStore, type KeyValueStorage } from '../../../lib/storage';
import { openingState, type OpeningState } from '../../../lib/toolState';
import { SAVED_NAME, SAVED_VERSION } from './tasks';

/** A large table takes a moment to save: wait until edits pause, so typing a cut-off stays smooth. */
const SAVE_DELAY_MS = 400;

// Only the potential threshold may be left empty (the median of the rows is used then).
const specs = {} as Record<SettingKey, NumberFieldSpec>;
for (const field of settingsQuery) specs[field.key] = { ...field, optional: field.key === 'potentialThreshold' };

function textsOf(settings: OpportunitySettings): Record<SettingKey, string> {
  const text = (value: number | undefined) => (value === undefined ? '' : plainNumber(value));
  return {
    cutA: text(settings.cutA),
    cutB: text(settings.cutB),
    potentialThreshold: text(settings.potentialThreshold),
    willingnessThreshold: text(settings.willingnessThreshold),
  };
}

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the store reports it as unavailable
  }
}

/** Reads a link: list filters, then the settings through readQuery; what is left out is reported together. */
function readLink(search: string) {
  const filters = readFilterParams(search);
  const reading = readQuery(filters.rest, settingsQuery, opportunityFlags);
  reading.ignored.unshift(...filters.ignored);
  return { reading, filter: filters.filter };
}

function writeLink(settings: OpportunitySettings, filter: ListFilterChoice, linkFlags: Record<string, boolean> = {}): string {
  return withFilterParams(writeQuery(settings, settingsQuery), filter, linkFlags);
}

function sameSettings(left: OpportunitySettings, right: OpportunitySettings): boolean {
  return (
    left.cutA === right.cutA &&
    left.cutB === right.cutB &&
    left.potentialThreshold === right.potentialThreshold &&
    left.willingnessThreshold === right.willingnessThreshold
  );
}

/** The state of the opportunity finder, in one place. */
export type FieldErrors = Partial<Record<SettingKey, FieldError | { code: 'cutoffs-not-ascending' }>>;

/**
 * The finder's state: the table and settings (saved in this browser under 'opportunities'), the
 * settings' fields as typed, the list filters, and the link. A link carries settings and filters
 * only; the table stays the visitor's own.
 */
export function useOpportunityState({
  exampleRows,
  syncUrl,
  saveOffPage,
  offPageRows,
}: {
  /** The table a first visit opens with, in the page's language. */
  exampleRows: OpportunityStateRow[];
  syncUrl: boolean;
  /** Makes the saved text of a large state off the page (validating 20,000 rows takes a while). */
  saveOffPage: ((state: OpportunityState) => Promise<string | null>) | null;
  /** Tables with more rows than this are saved through saveOffPage. */
  offPageRows: number;
}) {
  const defaults = useMemo<OpportunityState>(() => ({ ...defaultOpportunityState, rows: exampleRows }), [exampleRows]);
  const storage = useMemo(() => (typeof window === 'undefined' ? undefined : browserStorage()), []);
  const store = useMemo(
    () => createSavedStateStore({ storage, name: SAVED_NAME, version: SAVED_VERSION, schema: opportunityStateSchema }),
    [storage],
  );
  const [state, setState] = useState<OpportunityState>(defaults);
  const [texts, setTexts] = useState<Record<SettingKey, string>>(() => textsOf(settingsOf(defaults)));
  const [filter, setFilter] = useState<ListFilterChoice>(allRows);
  const [opening, setOpening] = useState<OpeningState<OpportunityState> | null>(null);
  const [present, setPresent] = useState(false);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  const [savePaused, setSavePaused] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [loaded, setLoaded] = useState(false);

  const { values, errors } = useMemo(() => parseFields(texts, specs), [texts]);
  const fieldErrors: FieldErrors = { ...errors };
  if (fieldErrors.cutA === undefined && fieldErrors.cutB === undefined && values.cutA !== undefined && values.cutB !== undefined && values.cutA > values.cutB) {
    fieldErrors.cutB = { code: 'cutoffs-not-ascending' };
  }
  const stale = Object.keys(fieldErrors).length > 0;

  // Read the link and the saved copy once, in the browser.
  useEffect(() => {
    const link = readLink(window.location.search);
    const saved = store.load();
    const base = saved.status === 'ok' ? saved.value : defaults;
    const opened = openingState({ reading: link.reading, saved, defaults: base, fromLink: settingsFromLink });
    setOpening(opened);
    setState(opened.state);
    setTexts(textsOf(settingsOf(opened.state)));
    setFilter(link.filter);
    setPresent(link.reading.flags['present'] === true);
    setSavePaused(opened.source === 'link' && opened.savedKept);
    setLoaded(true);
  }, []);

  // Valid fields become the settings; while one is invalid the last valid settings stay.
  useEffect(() => {
    if (!loaded || stale || values.cutA === undefined || values.cutB === undefined || values.willingnessThreshold === undefined) return;
    const settings: OpportunitySettings = {
      cutA: values.cutA,
      cutB: values.cutB,
      potentialThreshold: values.potentialThreshold,
      willingnessThreshold: values.willingnessThreshold,
    };
    setState((previous) => {
      if (sameSettings(settingsOf(previous), settings)) return previous;
      const applied = applySettings(previous, settings);
      return applied.ok ? applied.state : previous;
    });
  }, [values, stale, loaded]);

  const search = writeLink(settingsOf(state), filter);
  useEffect(() => {
    if (!loaded || !syncUrl) return;
    const url = `${window.location.pathname}${writeLink(settingsOf(state), filter, { present })}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [search, present, loaded]);

  // Saving waits for a pause in edits; a page being left saves at once, on the page.
  const unsaved = useRef<OpportunityState | null>(null);
  const saves = useRef(0);
  const save = useCallback(
    (leaving: boolean) => {
      const pending = unsaved.current;
      if (pending === null) return;
      unsaved.current = null;
      const attempt = ++saves.current;
      if (leaving || saveOffPage === null || pending.rows.length <= offPageRows) {
        setSaveFailed(!store.save(pending).ok);
        return;
      }
      saveOffPage(pending).then(
        (text) => {
          // A later save has started meanwhile: this older text must not overwrite it.
          if (attempt !== saves.current) return;
          try {
            if (text === null || storage === undefined) throw new Error('not saved');
            storage.setItem(store.key, text);
            setSaveFailed(false);
          } catch {
            setSaveFailed(true); // most likely the quota: the page keeps everything regardless
          }
        },
        () => {
          // No worker could make the text: save here instead, as a small table is.
          if (attempt === saves.current) setSaveFailed(!store.save(pending).ok);
        },
      );
    },
    [store, storage, saveOffPage, offPageRows],
  );
  // A layout effect, so the page-leaving flush below already sees the latest edit.
  useLayoutEffect(() => {
    if (!loaded || savePaused) return;
    unsaved.current = state;
    const timer = window.setTimeout(() => save(false), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, savePaused, loaded]);
  useEffect(() => {
    const flush = () => save(true);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [save]);

  const load = (next: OpportunityState) => {
    setState(next);
    setTexts(textsOf(settingsOf(next)));
  };

  return {
    state,
    /** Changes the table or picks; settings change through their fields. */
    update: (change: (previous: OpportunityState) => OpportunityState) => setState(change),
    texts,
    setText: (key: SettingKey, text: string) => setTexts((previous) => ({ ...previous, [key]: text })),
    errors: fieldErrors,
    stale,
    filter,
    setFilter,
    opening,
    present,
    setPresent,
    savePaused,
    /** Saving failed although storage was there at first: most likely the table outgrew the quota. */
    saveFailed: saveFailed && !opening?.storageUnavailable,
    search,
    restoreSaved: () => {
      const saved = store.load();
      if (saved.status === 'ok') load(saved.value);
      setSavePaused(false);
    },
    keepShared: () => setSavePaused(false),
    reset: () => {
      load(defaults);
      setFilter(allRows);
    },
  };
}
