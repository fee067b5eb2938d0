import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../../lib/fields';
import { plainNumber } from '../../../lib/numbers';
import {
  allRows,
  applySettings,
  defaultOpportunityState,
  settingsOf,
  type ListFilterChoice,
  type OpportunitySettings,
  type OpportunityState,
  type OpportunityStateRow,
  type SettingKey,
} from '../../../lib/opportunities/model';
import { mayHaveSavedState } from '../../../lib/storageKey';
import type { OpeningState } from '../../../lib/toolState';
import { useEngine } from '../../ui/useEngine';
import { SAVED_NAME, SAVED_VERSION } from './tasks';

/** A large table takes a moment to save: wait until edits pause, so typing a cut-off stays smooth. */
const SAVE_DELAY_MS = 400;

// The zod side (fields, link codec, saved copy, state schema) downloads on first use: see engine.ts.
const loadEngine = () => import('./engine');

function textsOf(settings: OpportunitySettings): Record<SettingKey, string> {
  const text = (value: number | undefined) => (value === undefined ? '' : plainNumber(value));
  return {
    cutA: text(settings.cutA),
    cutB: text(settings.cutB),
    potentialThreshold: text(settings.potentialThreshold),
    willingnessThreshold: text(settings.willingnessThreshold),
  };
}

function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the store reports it as unavailable
  }
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
 *
 * A plain visit (no query string, nothing saved) opens on the example without reading anything, so
 * the code that reads and checks (engine.ts, with zod) downloads only when the page opens on a link
 * or a saved copy, or when a person reaches for the tool or changes something. What is typed before
 * it arrives stays in the field and is read when it does; until then nothing is written.
 */
export function useOpportunityState({
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
  saveOffPage: ((state: OpportunityState) => Promise<string | null>) | null;
  /** Tables with more rows than this are saved through saveOffPage. */
  offPageRows: number;
}) {
  const defaults = useMemo<OpportunityState>(() => ({ ...defaultOpportunityState, rows: exampleRows }), [exampleRows]);
  const { engine, status, prepare } = useEngine(() =>
    loadEngine().then((library) => {
      const storage = browserStorage();
      const store = library.createSavedStateStore({ storage, name: SAVED_NAME, version: SAVED_VERSION, schema: library.opportunityStateSchema });
      return { library, storage, store };
    }),
  );
  const [state, setState] = useState<OpportunityState>(defaults);
  const [texts, setTexts] = useState<Record<SettingKey, string>>(() => textsOf(settingsOf(defaults)));
  const [filter, setFilter] = useState<ListFilterChoice>(allRows);
  const [opening, setOpening] = useState<OpeningState<OpportunityState> | null>(null);
  const [present, setPresent] = useState(false);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  const [savePaused, setSavePaused] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  // A setting was typed before the engine arrived (a notice says it is on its way).
  const [edited, setEdited] = useState(false);
  // Effects that write (settings, address bar, storage) wait until the opening state is in place.
  const [loaded, setLoaded] = useState(false);

  const { values, errors } = useMemo(
    () => (engine ? engine.library.parseFields(texts, engine.library.specs) : { values: {} as Partial<Record<SettingKey, number>>, errors: {} }),
    [texts, engine],
  );
  const fieldErrors: FieldErrors = { ...errors };
  if (fieldErrors.cutA === undefined && fieldErrors.cutB === undefined && values.cutA !== undefined && values.cutB !== undefined && values.cutA > values.cutB) {
    fieldErrors.cutB = { code: 'cutoffs-not-ascending' };
  }
  const stale = Object.keys(fieldErrors).length > 0;

  // A plain visit opens on the example at once; a link or a saved copy needs the engine to be read.
  useEffect(() => {
    const plain = window.location.search === '' && !mayHaveSavedState(SAVED_NAME);
    if (plain) setOpening({ state: defaults, source: 'default', ignored: [], savedKept: false, storageUnavailable: false });
    if (!plain || engineAtOnce) prepare();
  }, []);

  // Read the link and the saved copy once the engine is here (unless the page opened on the example).
  useEffect(() => {
    if (!engine) return;
    if (!opening) {
      const { library, store } = engine;
      const link = library.readLink(window.location.search);
      const saved = store.load();
      const base = saved.status === 'ok' ? saved.value : defaults;
      const opened = library.openingState({ reading: link.reading, saved, defaults: base, fromLink: library.settingsFromLink });
      setOpening(opened);
      setState(opened.state);
      setTexts(textsOf(settingsOf(opened.state)));
      setFilter(link.filter);
      setPresent(link.reading.flags['present'] === true);
      setSavePaused(opened.source === 'link' && opened.savedKept);
    }
    setLoaded(true);
  }, [engine]);

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

  // Before the engine arrives nothing was chosen, and the example's link is the page's own address.
  const search = engine ? engine.library.writeLink(settingsOf(state), filter) : '';
  useEffect(() => {
    if (!engine || !loaded || !syncUrl) return;
    const url = `${window.location.pathname}${engine.library.writeLink(settingsOf(state), filter, { present })}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [search, present, loaded]);

  // Saving waits for a pause in edits; a page being left saves at once, on the page.
  const unsaved = useRef<OpportunityState | null>(null);
  const saves = useRef(0);
  const save = useCallback(
    (leaving: boolean) => {
      const pending = unsaved.current;
      if (pending === null || engine === null) return;
      const { store, storage } = engine;
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
    [engine, saveOffPage, offPageRows],
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
    update: (change: (previous: OpportunityState) => OpportunityState) => {
      prepare(); // the results follow at once; saving it needs the engine
      setState(change);
    },
    texts,
    setText: (key: SettingKey, text: string) => {
      prepare();
      setEdited(true);
      setTexts((previous) => ({ ...previous, [key]: text }));
    },
    errors: fieldErrors,
    stale,
    filter,
    setFilter: (next: ListFilterChoice) => {
      prepare(); // the list follows at once; the link needs the engine
      setFilter(next);
    },
    opening,
    present,
    setPresent,
    savePaused,
    /** Saving failed although storage was there at first: most likely the table outgrew the quota. */
    saveFailed: saveFailed && !opening?.storageUnavailable,
    search,
    /** Analyses a table on the page; null until the engine is here. */
    analyse: engine ? engine.library.analyse : null,
    /** Starts the engine's download; the tool calls it when a person reaches for it. */
    prepare,
    /** A typed setting is waiting for the engine (the results show the last settings until it arrives). */
    waiting: edited && !loaded,
    /** The engine could not be downloaded while something needed it; `prepare` tries again. */
    engineFailed: status === 'failed',
    restoreSaved: () => {
      const saved = engine?.store.load();
      if (saved?.status === 'ok') load(saved.value);
      setSavePaused(false);
    },
    keepShared: () => setSavePaused(false),
    reset: () => {
      load(defaults);
      setFilter(allRows);
    },
  };
}
