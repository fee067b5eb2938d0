import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { safeParse, type $ZodType } from 'zod/v4/core';
import { parseFields, type FieldError, type NumberFieldSpec } from '../../lib/fields';
import { plainNumber, readQuery, writeQuery, type QueryNumber, type QueryReading } from '../../lib/share';
import { createSavedStateStore, type KeyValueStorage } from '../../lib/storage';
import { openingState, type OpeningState } from '../../lib/toolState';

type NumberState<Key extends string> = { [K in Key]?: number | undefined };

interface Options<State extends NumberState<Key>, Key extends string> {
  /** Storage name, e.g. 'growth' → localStorage key 'playbook:growth'. */
  name: string;
  version: number;
  schema: $ZodType<State>;
  defaults: State;
  query: readonly QueryNumber<Key>[];
  flags: readonly string[];
  fromLink: (defaults: State, reading: QueryReading<Key>) => State;
  /** Whether the address bar follows edits (on the tool's own page, not where it is embedded). */
  syncUrl: boolean;
  /**
   * Fields that are switched off (the target while the goal is a multiple): not read, and unset
   * in the state unless the schema needs them, in which case they keep their last value.
   */
  excluded?: readonly Key[];
  /** Optional fields that must be filled for now (the target while the goal is an amount). */
  required?: readonly Key[];
}

function textsOf<Key extends string>(state: NumberState<Key>, query: readonly QueryNumber<Key>[]): Record<Key, string> {
  const texts = {} as Record<Key, string>;
  for (const field of query) {
    const value = state[field.key];
    texts[field.key] = value === undefined ? '' : plainNumber(value);
  }
  return texts;
}

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the store reports it as unavailable
  }
}

/**
 * The state of a calculator made of number fields: what is typed (kept as typed), the last valid
 * state (what the results show), the link in the address bar and the saved copy in the browser.
 */
export function useToolState<State extends NumberState<Key>, Key extends string>(options: Options<State, Key>) {
  const { name, version, schema, defaults, query, flags, fromLink, syncUrl, excluded = [], required = [] } = options;
  const store = useMemo(
    () => createSavedStateStore({ storage: typeof window === 'undefined' ? undefined : browserStorage(), name, version, schema }),
    [name, version, schema],
  );
  const [texts, setTexts] = useState<Record<Key, string>>(() => textsOf(defaults, query));
  const [state, setState] = useState<State>(defaults);
  const [opening, setOpening] = useState<OpeningState<State> | null>(null);
  const [present, setPresent] = useState(false);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  const [savePaused, setSavePaused] = useState(false);
  // Effects that write (state, address bar, storage) wait until the opening state is in place.
  const [loaded, setLoaded] = useState(false);

  const switches = `${excluded.join(',')}|${required.join(',')}`;
  const specs = useMemo(() => {
    const map = {} as Record<Key, NumberFieldSpec>;
    for (const field of query) {
      if (excluded.includes(field.key)) continue;
      const optional = safeParse(field.schema, undefined).success && !required.includes(field.key);
      map[field.key] = { ...field, optional };
    }
    return map;
  }, [query, switches]);

  const { values, errors } = useMemo(() => parseFields(texts, specs), [texts, specs]);
  const fieldErrors = errors as Partial<Record<Key, FieldError>>;
  const stale = Object.keys(errors).length > 0;

  // Read the link and the saved copy once, in the browser.
  useEffect(() => {
    const reading = readQuery(window.location.search, query, flags);
    const opened = openingState({ reading, saved: store.load(), defaults, fromLink });
    setOpening(opened);
    setState(opened.state);
    setTexts(textsOf(opened.state, query));
    setPresent(reading.flags.present === true);
    setSavePaused(opened.source === 'link' && opened.savedKept);
    setLoaded(true);
  }, []);

  // Every complete, valid set of fields becomes the new state; otherwise the last one stays.
  // This and the save below are layout effects: they run in the render that shows a keystroke,
  // not a frame later, so leaving the page right after typing still saves what was typed.
  useLayoutEffect(() => {
    if (!loaded || stale) return;
    const candidate = { ...defaults } as State;
    for (const field of query) {
      const keepLast = excluded.includes(field.key) && !safeParse(field.schema, undefined).success;
      (candidate as NumberState<Key>)[field.key] = keepLast ? state[field.key] : values[field.key];
    }
    const parsed = safeParse(schema, candidate);
    if (parsed.success) setState(parsed.data);
  }, [values, stale, switches, loaded]);

  const search = writeQuery(state, query);
  useLayoutEffect(() => {
    if (!loaded) return;
    if (syncUrl) {
      const url = `${window.location.pathname}${writeQuery(state, query, { present })}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }
    if (!savePaused) store.save(state);
  }, [search, present, savePaused, loaded]);

  const load = useCallback(
    (next: State) => {
      setState(next);
      setTexts(textsOf(next, query));
    },
    [query],
  );

  return {
    texts,
    setText: (key: Key, text: string) => setTexts((previous) => ({ ...previous, [key]: text })),
    errors: fieldErrors,
    state,
    stale,
    opening,
    present,
    setPresent,
    savePaused,
    search,
    restoreSaved: () => {
      const saved = store.load();
      if (saved.status === 'ok') load(saved.value);
      setSavePaused(false);
    },
    keepShared: () => setSavePaused(false),
    reset: () => load(defaults),
  };
}
