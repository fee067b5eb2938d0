import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  exampleOpening,
  isPlainVisit,
  mustAskBeforeSaving,
  openingState,
  otherTabChange,
  textsAfterOpening,
  type OpeningState,
  type ToolCodec,
} from '../../lib/savedTool';
import type { SavedStateStore } from '../../lib/storage';
import { browserStorage, savedCopyStatus } from './browserStorage';
import { useEngine } from './useEngine';

type Texts = Record<string, string>;
type Change<State> = State | ((previous: State) => State);

export interface SavedToolOptions<State, Engine extends ToolCodec<State, unknown>> {
  /** The tool's route slug; its saved copy is `playbook:<name>`. */
  name: string;
  /** What a plain visit shows: valid by construction, so showing it needs no schema. */
  example: State;
  /**
   * Downloads the tool's engine: its codec (schema, link reading and writing) and whatever else
   * reads or computes. Called when the page opens on a link or a saved copy, or on first use.
   */
  load: () => Promise<Engine>;
  /** Whether the address bar follows the state (the tool's own page, not a chapter's embed). */
  syncUrl: boolean;
  /** Writes wait this long after the last change (ms); 0 writes in the render that shows it. */
  writeDelay?: number;
  /** Download the engine at mount even on a plain visit. */
  engineAtOnce?: boolean;
  /** The texts a state's fields show (numbers as people type them); none for tools without. */
  textsOf?: (state: State) => Texts;
  /**
   * Writes the saved copy some other way (a large table is written off the page); resolves to
   * whether it was saved. `leaving`: the page is going away, so write now, on the page.
   */
  writeSaved?: (state: State, store: SavedStateStore<State>, leaving: boolean) => boolean | Promise<boolean>;
}

const noTexts = (): Texts => ({});

/**
 * The lifecycle every saved tool shares, written once: a plain visit shows the example without
 * downloading anything; a link or a saved copy is read at once (a link wins, but never overwrites
 * the visitor's saved copy without asking); otherwise the engine downloads on first use. Changes
 * go to the address bar and the saved copy after `writeDelay`, and at once when the page is left.
 * Text typed before the tool was ready is kept over what it opens with, and a change made to the
 * same tool in another tab is offered (reload theirs, or keep mine) instead of silently lost.
 */
export function useSavedTool<State, Engine extends ToolCodec<State, unknown>>(options: SavedToolOptions<State, Engine>) {
  const { name, example, syncUrl, writeDelay = 0, engineAtOnce = false, textsOf = noTexts, writeSaved } = options;
  type Extra = Engine extends ToolCodec<State, infer E> ? E : never;

  const { engine: loaded, status, prepare } = useEngine(() =>
    Promise.all([options.load(), import('../../lib/storage')]).then(([engine, storage]) => ({
      engine,
      store: storage.createSavedStateStore({ storage: browserStorage(), name, version: engine.version, schema: engine.schema }),
    })),
  );
  const engine = loaded?.engine ?? null;
  const store = loaded?.store ?? null;

  const [state, setStateRaw] = useState<State>(example);
  const [texts, setTexts] = useState<Texts>(() => textsOf(example));
  const [opening, setOpening] = useState<OpeningState<State> | null>(null);
  const [extra, setExtra] = useState<Extra | null>(null);
  const [present, setPresentRaw] = useState(false);
  /** Saving waits for a choice: a shared link over a saved copy, or a change from another tab. */
  const [pause, setPause] = useState<'shared' | 'other-tab' | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  // Writing starts once the opening is in place and the engine is here.
  const [ready, setReady] = useState(false);
  // Something was changed before the engine arrived (the frame says it is on its way).
  const [edited, setEdited] = useState(false);
  // A plain visit nobody has changed writes nothing: no address, no saved copy.
  const changed = useRef(false);
  // Texts typed before the opening was read: they win over what it opens with.
  const typedEarly = useRef<Texts>({});
  // The saved copy's text as this tab last wrote or read it, to tell another tab's writes apart.
  const lastWritten = useRef<string | null>(null);

  const search = () => (syncUrl ? window.location.search : '');
  const touch = () => {
    changed.current = true;
    if (!ready) setEdited(true);
    prepare();
  };

  useEffect(() => {
    if (isPlainVisit(search(), savedCopyStatus(name))) {
      setOpening(exampleOpening(example));
      if (engineAtOnce) prepare();
    } else {
      prepare();
    }
  }, []);

  // Read the link and the saved copy once the engine is here (unless the page opened on the example).
  useEffect(() => {
    if (!engine || !store) return;
    if (!opening) {
      const saved = store.load();
      const link = engine.readLink(search(), { example, saved: saved.status === 'ok' ? saved.value : null });
      const opened = openingState(link, saved, example);
      setOpening(opened);
      setStateRaw(opened.state);
      setTexts(textsAfterOpening(textsOf(opened.state), typedEarly.current));
      setExtra(() => link.extra as Extra);
      setPresentRaw(link.present);
      setPause(mustAskBeforeSaving(opened, saved) ? 'shared' : null);
      changed.current ||= opened.source !== 'default';
    }
    lastWritten.current = readRaw(store.key);
    setReady(true);
  }, [engine]);

  const link = engine ? engine.writeLink(state, false, extra) : '';

  // The address follows at once; the saved copy after the delay, flushed when the page is left.
  const unsaved = useRef<State | null>(null);
  const flush = useCallback(
    (leaving: boolean) => {
      const pending = unsaved.current;
      if (pending === null || !store) return;
      unsaved.current = null;
      const done = (ok: boolean) => {
        setSaveFailed(!ok);
        lastWritten.current = readRaw(store.key);
      };
      const result = writeSaved ? writeSaved(pending, store, leaving) : store.save(pending).ok;
      if (typeof result === 'boolean') done(result);
      else result.then(done, () => done(false));
    },
    [store, writeSaved],
  );
  useLayoutEffect(() => {
    if (!ready || !engine || !changed.current || !syncUrl) return;
    const url = `${window.location.pathname}${engine.writeLink(state, present, extra)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [state, present, extra, ready]);
  useLayoutEffect(() => {
    if (!ready || !engine || !changed.current || pause) return;
    unsaved.current = state;
    if (writeDelay === 0) return flush(false);
    const timer = window.setTimeout(() => flush(false), writeDelay);
    return () => window.clearTimeout(timer);
  }, [state, pause, ready]);
  useEffect(() => {
    const leave = () => flush(true);
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [flush]);

  // Another tab wrote this tool's saved copy: offer it, and write nothing until the person chooses.
  useEffect(() => {
    if (!store) return;
    const onStorage = (event: StorageEvent) => {
      if (otherTabChange(event, store.key, lastWritten.current) === 'offer') setPause('other-tab');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  /** Replaces the whole state (restoring, resetting, loading an example); texts follow it. */
  const replace = (next: State) => {
    changed.current = true;
    setStateRaw(next);
    setTexts(textsOf(next));
  };
  const restoreSaved = () => {
    const saved = store?.load();
    if (saved?.status === 'ok') replace(saved.value);
    if (store) lastWritten.current = readRaw(store.key);
    setPause(null);
  };

  return {
    /** The last valid state: what the results show. */
    state,
    /** Changes the state (an edit); the engine starts downloading if it is not here yet. */
    setState: (change: Change<State>) => {
      touch();
      setStateRaw(change as (previous: State) => State);
    },
    replace,
    /** The fields' texts, exactly as typed. */
    texts,
    setText: (key: string, text: string) => {
      touch();
      if (!opening || !ready) typedEarly.current = { ...typedEarly.current, [key]: text };
      setTexts((previous) => ({ ...previous, [key]: text }));
    },
    /** The engine once downloaded, for the tool's own reading and computing; null before. */
    engine,
    opening,
    /** What else the link said (the tool's codec decides); null on a plain visit. */
    extra,
    /** Changes what else the link carries (it goes into the address, not the saved copy). */
    setExtra: (next: Extra) => {
      changed.current = true;
      prepare();
      setExtra(() => next);
    },
    /** The opening is in place and the engine is here: typed texts can be read. */
    ready,
    /** The state's link (`?…`), without the present flag; '' before the engine arrives. */
    link,
    present,
    setPresent: (on: boolean) => {
      changed.current = true;
      setPresentRaw(on);
    },
    /** Saving failed although storage was there at first (most likely the quota). */
    saveFailed: saveFailed && opening?.storageUnavailable !== true,
    /** Starts the engine's download (again after a failure); resolves to the engine, or null if it failed. */
    prepare: () => prepare().then((loaded) => loaded?.engine ?? null),
    /** Everything ToolFrame needs: notices, the link, present mode, the engine's progress. */
    frame: {
      search: link,
      opening: opening as OpeningState<unknown> | null,
      savePaused: pause === 'shared',
      onRestoreSaved: restoreSaved,
      onKeepShared: () => setPause(null),
      onReset: () => replace(example),
      present,
      onPresentChange: (on: boolean) => {
        changed.current = true;
        setPresentRaw(on);
      },
      engine: { prepare, waiting: edited && !ready, failed: status === 'failed' },
      otherTab:
        pause === 'other-tab'
          ? {
              onReload: restoreSaved,
              onKeepMine: () => {
                changed.current = true; // this tab's version is written over theirs
                setPause(null);
              },
            }
          : null,
    },
  };
}

function readRaw(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
