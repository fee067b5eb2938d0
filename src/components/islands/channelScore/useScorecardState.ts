import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import {
  channelStateSchema,
  readChannelLink,
  sameChannelState,
  writeChannelLink,
  type ChannelState,
  type LinkError,
} from '../../../lib/channelScore';
import { createSavedStateStore, type KeyValueStorage } from '../../../lib/storage';
import { openingState, type OpeningState } from '../../../lib/toolState';

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
 */
export function useScorecardState(example: ChannelState, { syncUrl = true }: { syncUrl?: boolean } = {}) {
  const store = useMemo(
    () =>
      createSavedStateStore({
        storage: typeof window === 'undefined' ? undefined : browserStorage(),
        name: 'channel-score',
        version: 1,
        schema: channelStateSchema,
      }),
    [],
  );
  const [state, setState] = useState<ChannelState>(example);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [opening, setOpening] = useState<OpeningState<ChannelState> | null>(null);
  const [linkError, setLinkError] = useState<LinkError | null>(null);
  const [present, setPresent] = useState(false);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  const [savePaused, setSavePaused] = useState(false);
  // Effects that write (address bar, storage) wait until the opening state is in place.
  const [loaded, setLoaded] = useState(false);

  // Read the link and the saved copy once, in the browser.
  useEffect(() => {
    // An embedded copy (in a chapter) neither reads nor writes the chapter's address.
    const { reading, link } = readChannelLink(syncUrl ? window.location.search : '');
    const saved = store.load();
    // A broken link still counts as a link: it opens the example but must not overwrite the save.
    const opened = openingState({
      reading,
      saved,
      defaults: example,
      fromLink: (defaults) => (link?.ok ? link.state : defaults),
    });
    // Reopening one's own link (a reload) is not a shared scenario: nothing would be overwritten.
    const sameAsSaved = link?.ok === true && saved.status === 'ok' && sameChannelState(link.state, saved.value);
    setOpening(opened);
    setState(opened.state);
    setLinkError(link && !link.ok ? link.error : null);
    setPresent(reading.flags['present'] === true);
    setSavePaused(opened.source === 'link' && opened.savedKept && !sameAsSaved);
    setLoaded(true);
  }, []);

  const link = useMemo(() => writeChannelLink(state), [state]);
  // A layout effect: saved in the render that shows the change, so leaving the page at once keeps it.
  useLayoutEffect(() => {
    if (!loaded) return;
    if (syncUrl) {
      const { search } = writeChannelLink(state, { present });
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
    if (!savePaused) store.save(state);
  }, [link.search, present, savePaused, loaded]);

  /** Replaces the whole scorecard; what was being typed is dropped, since it described the old one. */
  const load = (next: ChannelState) => {
    setState(next);
    setTexts({});
  };

  return {
    state,
    /** Applies an edit to the last valid state. */
    update: (change: (previous: ChannelState) => ChannelState) => setState(change),
    texts,
    /** Keeps a field's text as typed; `change`, when the text is usable, updates the state too. */
    type: (id: string, text: string, change?: (previous: ChannelState) => ChannelState) => {
      setTexts((previous) => ({ ...previous, [id]: text }));
      if (change) setState(change);
    },
    opening,
    linkError,
    link,
    present,
    setPresent,
    savePaused,
    restoreSaved: () => {
      const saved = store.load();
      if (saved.status === 'ok') load(saved.value);
      setSavePaused(false);
    },
    keepShared: () => setSavePaused(false),
    reset: () => load(example),
  };
}
