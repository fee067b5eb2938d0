import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { sameChannelState, type ChannelState, type LinkError } from '../../../lib/channelScore';
import type { KeyValueStorage } from '../../../lib/storage';
import { mayHaveSavedState } from '../../../lib/storageKey';
import type { OpeningState } from '../../../lib/toolState';
import { useEngine } from '../../ui/useEngine';

const STORAGE_NAME = 'channel-score';

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the store reports it as unavailable
  }
}

/**
 * The scorecard's state: the last valid scorecard (what the results show), the texts people are
 * typing (kept exactly as typed, by field id, until the state is replaced), the link in the
 * address bar (`?s=…`) and the saved copy in this browser.
 *
 * A plain visit shows the example without reading anything, so the code that reads and checks
 * (zod, the link codec, the saved copy: scorecardEngine.ts) downloads only when the page opens on
 * a link or a saved copy, or when a person reaches for the scorecard. Numbers typed before it
 * arrives stay in their fields and are applied when it does; names, adding and removing need no
 * reading and apply at once.
 */
export function useScorecardState(example: ChannelState, { syncUrl = true }: { syncUrl?: boolean } = {}) {
  const { engine, status, prepare } = useEngine(() =>
    import('./scorecardEngine').then((library) => ({
      library,
      store: library.createSavedStateStore({
        storage: browserStorage(),
        name: STORAGE_NAME,
        version: 1,
        schema: library.channelStateSchema,
      }),
    })),
  );
  const [state, setState] = useState<ChannelState>(example);
  const [texts, setTexts] = useState<Record<string, string>>({});
  // Numbers were typed before the engine arrived: the results wait for it.
  const [pending, setPending] = useState(false);
  const [opening, setOpening] = useState<OpeningState<ChannelState> | null>(null);
  const [linkError, setLinkError] = useState<LinkError | null>(null);
  const [present, setPresent] = useState(false);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  const [savePaused, setSavePaused] = useState(false);
  // Effects that write (address bar, storage) wait until the opening state is in place.
  const [loaded, setLoaded] = useState(false);

  // An embedded copy (in a chapter) neither reads nor writes the chapter's address.
  const search = () => (syncUrl ? window.location.search : '');

  // A plain visit opens on the example at once; a link or a saved copy needs the engine to be read.
  useEffect(() => {
    if (search() === '' && !mayHaveSavedState(STORAGE_NAME)) {
      setOpening({ state: example, source: 'default', ignored: [], savedKept: false, storageUnavailable: false });
    } else {
      prepare();
    }
  }, []);

  useEffect(() => {
    if (!engine) return;
    if (opening) {
      // Numbers typed while the engine was downloading.
      setState((previous) => engine.library.applyTexts(previous, texts));
    } else {
      const { reading, link } = engine.library.readChannelLink(search());
      const saved = engine.store.load();
      // A broken link still counts as a link: it opens the example but must not overwrite the save.
      const opened = engine.library.openingState({
        reading,
        saved,
        defaults: example,
        fromLink: (defaults) => (link?.ok ? link.state : defaults),
      });
      // Reopening one's own link (a reload) is not a shared scenario: nothing would be overwritten.
      const sameAsSaved = link?.ok === true && saved.status === 'ok' && sameChannelState(link.state, saved.value);
      setOpening(opened);
      setState(opened.state);
      setTexts({});
      setLinkError(link && !link.ok ? link.error : null);
      setPresent(reading.flags['present'] === true);
      setSavePaused(opened.source === 'link' && opened.savedKept && !sameAsSaved);
    }
    setLoaded(true);
  }, [engine]);

  // Before the engine arrives nothing has been read, and the link is the page's own address.
  const link = useMemo(() => (engine ? engine.library.writeChannelLink(state) : { search: '', fits: true }), [state, engine]);
  // A layout effect: saved in the render that shows the change, so leaving the page at once keeps it.
  useLayoutEffect(() => {
    if (!engine || !loaded) return;
    if (syncUrl) {
      const written = engine.library.writeChannelLink(state, { present });
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${written.search}${window.location.hash}`);
    }
    if (!savePaused) engine.store.save(state);
  }, [link.search, present, savePaused, loaded]);

  /** Replaces the whole scorecard; what was being typed is dropped, since it described the old one. */
  const load = (next: ChannelState) => {
    setState(next);
    setTexts({});
    setPending(false);
  };

  return {
    state,
    /** Applies an edit to the last valid state. */
    update: (change: (previous: ChannelState) => ChannelState) => setState(change),
    texts,
    /**
     * Keeps a field's text as typed. A name comes with its `change`, applied at once; a number is
     * read (with the fields read together with it) and applied when usable, once the engine is here.
     */
    type: (id: string, text: string, change?: (previous: ChannelState) => ChannelState) => {
      prepare();
      setTexts((previous) => ({ ...previous, [id]: text }));
      if (change) setState(change);
      else if (engine) setState((previous) => engine.library.applyTexts(previous, { ...texts, [id]: text }, id));
      else setPending(true);
    },
    /** The engine's readers of typed numbers, or null before it arrives (nothing typed is read yet). */
    reader: engine?.library ?? null,
    opening,
    linkError,
    link,
    present,
    setPresent,
    savePaused,
    /** Starts the engine's download; the frame calls it when a person reaches for the scorecard. */
    prepare,
    /** Numbers typed wait for the engine (results show the last state until it arrives). */
    waiting: pending && !loaded,
    /** The engine could not be downloaded; `prepare` tries again. */
    engineFailed: status === 'failed',
    restoreSaved: () => {
      const saved = engine?.store.load();
      if (saved?.status === 'ok') load(saved.value);
      setSavePaused(false);
    },
    keepShared: () => setSavePaused(false),
    reset: () => load(example),
  };
}
