import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { FieldError, NumberFieldSpec } from '../../lib/fields';
import { plainNumber } from '../../lib/numbers';
import type { OpeningState, ToolDefinition } from '../../lib/toolState';
import { browserStorage, savedCopyStatus } from './browserStorage';
import { useEngine } from './useEngine';

type NumberState<Key extends string> = { [K in Key]?: number | undefined };
type ChoiceState<ChoiceKey extends string> = { [K in ChoiceKey]: string };

interface Options<State extends NumberState<Key> & ChoiceState<ChoiceKey>, Key extends string, ChoiceKey extends string> {
  /** Storage name, e.g. 'growth' → localStorage key 'playbook:growth'. */
  name: string;
  version: number;
  /** The example the page opens on; valid by construction, so showing it needs no schema. */
  defaults: State;
  /** The number fields, in the order of the form. */
  keys: readonly Key[];
  /** The fields that pick one of a few options (always valid, so they take effect as chosen). */
  choiceKeys?: readonly ChoiceKey[];
  flags: readonly string[];
  /** Imports the tool's definition (and with it zod); called when the tool is first needed. */
  loadDefinition: () => Promise<ToolDefinition<State, Key, ChoiceKey>>;
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

function textsOf<Key extends string>(state: NumberState<Key>, keys: readonly Key[]): Record<Key, string> {
  const texts = {} as Record<Key, string>;
  for (const key of keys) {
    const value = state[key];
    texts[key] = value === undefined ? '' : plainNumber(value);
  }
  return texts;
}

function choicesOf<ChoiceKey extends string>(state: ChoiceState<ChoiceKey>, keys: readonly ChoiceKey[]): ChoiceState<ChoiceKey> {
  const choices = {} as ChoiceState<ChoiceKey>;
  for (const key of keys) choices[key] = state[key];
  return choices;
}

/**
 * The state of a calculator made of number fields (and a few choices between named options): what
 * is typed (kept as typed), what is chosen, the last valid state (what the results show), the link
 * in the address bar and the saved copy in the browser.
 *
 * A plain visit shows the example without reading anything, so the code that reads and checks
 * numbers (zod, the link codec, the saved copy) is downloaded only when the page opens on a link
 * or a saved copy, or when a person reaches for a field. What is typed before it arrives stays
 * in the field and is read when it does.
 */
export function useToolState<
  State extends NumberState<Key> & ChoiceState<ChoiceKey>,
  Key extends string,
  ChoiceKey extends string = never,
>(options: Options<State, Key, ChoiceKey>) {
  const { name, version, defaults, keys, choiceKeys = [], flags, loadDefinition, syncUrl, excluded = [], required = [] } = options;
  const { engine, status, prepare } = useEngine(() =>
    Promise.all([import('./toolStateEngine'), loadDefinition()]).then(([library, definition]) => ({
      library,
      definition,
      store: library.createSavedStateStore({ storage: browserStorage(), name, version, schema: definition.schema }),
    })),
  );
  const [texts, setTexts] = useState<Record<Key, string>>(() => textsOf(defaults, keys));
  const [choices, setChoices] = useState<ChoiceState<ChoiceKey>>(() => choicesOf(defaults, choiceKeys));
  const [edited, setEdited] = useState(false);
  const [state, setState] = useState<State>(defaults);
  const [opening, setOpening] = useState<OpeningState<State> | null>(null);
  const [present, setPresent] = useState(false);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  const [savePaused, setSavePaused] = useState(false);
  // Effects that write (state, address bar, storage) wait until the opening state is in place.
  const [loaded, setLoaded] = useState(false);

  // A plain visit opens on the example at once; a link or a saved copy needs the engine to be read.
  useEffect(() => {
    if (window.location.search === '' && savedCopyStatus(name) === 'none') {
      setOpening({ state: defaults, source: 'default', ignored: [], savedKept: false, storageUnavailable: false });
    } else {
      prepare();
    }
  }, []);

  useEffect(() => {
    if (!engine) return;
    if (!opening) {
      const reading = engine.library.readQuery(window.location.search, engine.definition.query, flags, engine.definition.choices);
      const opened = engine.library.openingState({ reading, saved: engine.store.load(), defaults, fromLink: engine.definition.fromLink });
      setOpening(opened);
      setState(opened.state);
      setTexts(textsOf(opened.state, keys));
      setChoices(choicesOf(opened.state, choiceKeys));
      setPresent(reading.flags.present === true);
      setSavePaused(opened.source === 'link' && opened.savedKept);
    }
    setLoaded(true);
  }, [engine]);

  const chosen = choiceKeys.map((key) => choices[key]).join(',');
  const switches = `${excluded.join(',')}|${required.join(',')}|${chosen}`;
  const specs = useMemo(() => {
    const map = {} as Record<Key, NumberFieldSpec>;
    if (!engine) return map;
    // The bounds that hold under the options chosen now (a rate's cap may depend on them).
    for (const field of engine.definition.queryFor?.(choices) ?? engine.definition.query) {
      if (excluded.includes(field.key)) continue;
      const optional = engine.library.safeParse(field.schema, undefined).success && !required.includes(field.key);
      map[field.key] = { ...field, optional };
    }
    return map;
  }, [engine, switches]);

  const { values, errors } = useMemo(
    () => (engine ? engine.library.parseFields(texts, specs) : { values: {} as Partial<Record<Key, number>>, errors: {} }),
    [texts, specs],
  );
  const fieldErrors = errors as Partial<Record<Key, FieldError>>;
  const stale = Object.keys(errors).length > 0;

  // Every complete, valid set of fields becomes the new state; otherwise the last one stays.
  // This and the save below are layout effects: they run in the render that shows a keystroke,
  // not a frame later, so leaving the page right after typing still saves what was typed.
  useLayoutEffect(() => {
    if (!engine || !loaded || stale) return;
    const candidate = { ...defaults, ...choices } as State;
    for (const field of engine.definition.query) {
      const keepLast = excluded.includes(field.key) && !engine.library.safeParse(field.schema, undefined).success;
      (candidate as NumberState<Key>)[field.key] = keepLast ? state[field.key] : values[field.key];
    }
    const parsed = engine.library.safeParse(engine.definition.schema, candidate);
    if (parsed.success) setState(parsed.data);
  }, [values, stale, switches, loaded]);

  // Before the engine arrives the state is the example, whose link is the page's own address.
  const search = engine ? engine.library.writeQuery(state, engine.definition.query, {}, engine.definition.choices) : '';
  useLayoutEffect(() => {
    if (!engine || !loaded) return;
    if (syncUrl) {
      const query = engine.library.writeQuery(state, engine.definition.query, { present }, engine.definition.choices);
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }
    if (!savePaused) engine.store.save(state);
  }, [search, present, savePaused, loaded]);

  const load = useCallback(
    (next: State) => {
      setState(next);
      setTexts(textsOf(next, keys));
      setChoices(choicesOf(next, choiceKeys));
    },
    [keys, choiceKeys],
  );

  return {
    texts,
    setText: (key: Key, text: string) => {
      prepare();
      setEdited(true);
      setTexts((previous) => ({ ...previous, [key]: text }));
    },
    /** The options chosen now (the state takes them once every field is valid under them). */
    choices,
    setChoice: (key: ChoiceKey, option: string) => {
      prepare();
      setEdited(true);
      setChoices((previous) => ({ ...previous, [key]: option }));
    },
    errors: fieldErrors,
    state,
    stale,
    opening,
    present,
    setPresent,
    savePaused,
    search,
    /** Starts the engine's download; the tool calls it when a person reaches for a field. */
    prepare,
    /** An edit is waiting for the engine (results show the last state until it arrives). */
    waiting: edited && !loaded,
    /** The engine could not be downloaded while something needed it; `prepare` tries again. */
    engineFailed: status === 'failed',
    restoreSaved: () => {
      const saved = engine?.store.load();
      if (saved?.status === 'ok') load(saved.value);
      setSavePaused(false);
    },
    keepShared: () => setSavePaused(false),
    reset: () => load(defaults),
  };
}
