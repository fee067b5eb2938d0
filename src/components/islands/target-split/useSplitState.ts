import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { seasonalPresets, type SeasonalPreset, type SeasonalityKind, type SplitMethod } from '../../../lib/target-split/model';
import { MAX_UNITS, emptyRow, formNumber, formOf, type SplitForm, type SplitFormReading, type SplitFormRow, type UnitColumn } from '../../../lib/target-split/form';
import type { TargetPlan } from '../../../lib/target-split/split';
import type { SplitIgnoredParam } from '../../../lib/target-split/link';
import type { SplitState } from '../../../lib/target-split/schema';
import type { SavedStateStore } from '../../../lib/storage';
import { openingState, type OpeningState } from '../../../lib/toolState';
import type { SplitOpening } from './builtExample';
import { mayHaveSavedState } from '../../../lib/storageKey';

// The computation, the link codec and the saved copy's schema: loaded at the first change, or at
// once when the page opens from a link or a saved copy (see engine.ts).
const loadEngine = () => import('./engine');
export type SplitEngine = Awaited<ReturnType<typeof loadEngine>>;

/** The rounding units offered in the list; any other whole number is typed as a custom one. */
export const roundingChoices = ['1', '100', '1000', '10000'] as const;
/** Address bar and saved copy follow edits once typing pauses, so a keystroke never waits on them. */
const WRITE_DELAY_MS = 250;
/** How a valid state's own form reads: without a single error (readSplitForm agrees, see its tests). */
function cleanReading(form: SplitForm, state: SplitState): SplitFormReading {
  return { state, errors: { monthWeights: [], rows: form.rows.map(() => ({ name: null, cells: {}, months: [] })) }, errorCount: 0 };
}

type TextField = 'total' | 'alpha' | 'over' | 'rounding';

/** The form as typed and what it reads as, kept together so the view never sees them apart. */
interface Editing {
  form: SplitForm;
  reading: SplitFormReading;
}

/**
 * The Target splitter's state: the form as typed (rows of cells, kept exactly as typed), the last
 * valid scenario (what the results show), the link in the address bar and the copy saved in this
 * browser under 'target-split'. A plain visit shows the example as the page was built and loads the
 * engine only when something changes; a link or a saved copy loads it at once.
 */
export function useSplitState(built: SplitOpening, { syncUrl = true }: { syncUrl?: boolean } = {}) {
  const example = built.example;
  const lastId = useRef(0);
  const nextId = () => (lastId.current += 1);
  const [state, setState] = useState<SplitState>(example);
  const [editing, setEditing] = useState<Editing>(() => {
    const form = formOf(example, nextId);
    return { form, reading: cleanReading(form, example) };
  });
  const [engine, setEngine] = useState<SplitEngine | null>(null);
  const [engineFailed, setEngineFailed] = useState(false);
  // An edit made before the engine arrived, to read once it does.
  const [waiting, setWaiting] = useState(false);
  const [customRounding, setCustomRounding] = useState(false);
  const [opening, setOpening] = useState<OpeningState<SplitState> | null>(null);
  const [ignored, setIgnored] = useState<SplitIgnoredParam[]>([]);
  const [present, setPresent] = useState(false);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  const [savePaused, setSavePaused] = useState(false);
  // Effects that write (address bar, storage) wait until the opening state is in place.
  const [loaded, setLoaded] = useState(false);
  // A plain visit nobody has changed yet keeps its plain address and saves nothing.
  const untouched = useRef(false);

  // The latest values, for actions that are created once and stay the same between renders.
  const current = useRef({ state, editing });
  current.current = { state, editing };
  const engineRef = useRef<SplitEngine | null>(null);
  const engineLoad = useRef<Promise<SplitEngine> | null>(null);
  const storeRef = useRef<SavedStateStore<SplitState> | null>(null);
  const store = (module: SplitEngine) => (storeRef.current ??= module.savedStateStore());

  /** The engine, loaded once; a failed download is asked again on the next call (retry). */
  const requireEngine = (): Promise<SplitEngine> => {
    engineLoad.current ??= loadEngine().then(
      (module) => {
        engineRef.current = module;
        setEngine(module);
        setEngineFailed(false);
        return module;
      },
      (error: unknown) => {
        engineLoad.current = null;
        setEngineFailed(true);
        throw error;
      },
    );
    return engineLoad.current;
  };

  /** Applies an edit to the form and, when the form now reads as a scenario, to the scenario. */
  const edit = (change: (form: SplitForm) => SplitForm) => {
    untouched.current = false;
    const form = change(current.current.editing.form);
    const module = engineRef.current;
    if (module === null) {
      // What was typed shows at once; it is read as soon as the engine is here.
      const next = { form, reading: current.current.editing.reading };
      current.current = { ...current.current, editing: next };
      setEditing(next);
      setWaiting(true);
      requireEngine().then(() => edit((latest) => latest), () => undefined);
      return;
    }
    setWaiting(false);
    const reading = module.readSplitForm(form, current.current.state);
    const next = { form, reading };
    current.current = { ...current.current, editing: next };
    setEditing(next);
    const read = reading.state;
    if (read !== null && !module.sameState(read, current.current.state)) {
      current.current = { ...current.current, state: read };
      setState(read);
    }
  };

  /** Replaces everything with a scenario (opening, restoring, resetting); what was typed goes. */
  const load = (next: SplitState) => {
    const form = formOf(next, nextId);
    const module = engineRef.current;
    // Without the engine the only scenario loaded is the example, whose form reads cleanly.
    const editingNext = { form, reading: module === null ? cleanReading(form, next) : module.readSplitForm(form, next) };
    current.current = { state: next, editing: editingNext };
    setState(next);
    setEditing(editingNext);
    setCustomRounding(!roundingChoices.some((choice) => choice === form.rounding));
  };

  /** Reads the link and the saved copy once, in the browser. */
  const open = () => {
    // An embedded copy (in a chapter) neither reads nor writes the chapter's address.
    const search = syncUrl ? window.location.search : '';
    if (search === '' && !mayHaveSavedState('target-split')) {
      // A plain visit: the example is on screen already, computed when the page was built.
      untouched.current = true;
      const saved = { status: 'empty' } as const;
      const reading = { values: {}, flags: {}, ignored: [], carriesState: false };
      setOpening(openingState({ reading, saved, defaults: example, fromLink: () => example }));
      setLoaded(true);
      return;
    }
    requireEngine().then((module) => {
      const found = module.openFrom(search, store(module), example);
      setOpening(found.opened);
      setIgnored(found.ignored);
      load(found.opened.state);
      setPresent(found.present);
      setSavePaused(found.savePaused);
      setLoaded(true);
    }, () => undefined);
  };
  useEffect(open, []);

  // Without the engine the state is the example, whose link and plan came with the page.
  const search = useMemo(() => (engine === null ? built.search : engine.writeStateQuery(state)), [state, engine]);
  const plan = useMemo<TargetPlan>(() => (engine === null ? built.plan : engine.planTargets(state)), [state, engine]);
  const pendingWrite = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!loaded || untouched.current) return;
    const write = () => {
      const module = engineRef.current;
      if (module === null) return;
      pendingWrite.current = null;
      if (syncUrl) {
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${module.writeToolLink(state, present)}${window.location.hash}`);
      }
      if (!savePaused) store(module).save(state);
    };
    pendingWrite.current = write;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      requireEngine().then(() => cancelled || write(), () => undefined);
    }, WRITE_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [search, present, savePaused, loaded]);
  // Leaving the page within the delay still saves the last edit.
  useEffect(() => {
    const flush = () => pendingWrite.current?.();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  /** Edits of the units table and fields; created once, so memoised rows do not re-render. */
  const actions = useMemo(() => {
    const mapRow = (id: number, change: (row: SplitFormRow) => SplitFormRow) =>
      edit((form) => ({ ...form, rows: form.rows.map((row) => (row.id === id ? change(row) : row)) }));
    return {
      setText: (field: TextField, text: string) => edit((form) => ({ ...form, [field]: text })),
      setMethod: (method: SplitMethod) => edit((form) => ({ ...form, method })),
      setSeasonality: (seasonality: SeasonalityKind) =>
        edit((form) => {
          // Custom weights start from the profile chosen before, so one can adjust rather than type 12.
          const untouched = form.monthWeights.every((text) => text.trim() === '');
          const preset = seasonalPresets[form.seasonality as SeasonalPreset] ?? seasonalPresets.flat;
          const monthWeights = seasonality === 'custom' && untouched ? preset.map(formNumber) : form.monthWeights;
          return { ...form, seasonality, monthWeights };
        }),
      setMonthWeight: (month: number, text: string) =>
        edit((form) => ({ ...form, monthWeights: form.monthWeights.map((value, index) => (index === month ? text : value)) })),
      setRoundingChoice: (choice: string) => {
        const custom = choice === 'custom';
        setCustomRounding(custom);
        if (!custom) edit((form) => ({ ...form, rounding: choice }));
      },
      setCell: (id: number, column: UnitColumn, text: string) => mapRow(id, (row) => ({ ...row, cells: { ...row.cells, [column]: text } })),
      setMonth: (id: number, month: number, text: string) =>
        mapRow(id, (row) => ({ ...row, months: row.months.map((value, index) => (index === month ? text : value)) })),
      /** Adds a row named "Unit n" with the first free n; returns its id. */
      addRow: (namePattern: (number: number) => string): number | null => {
        const rows = current.current.editing.form.rows;
        if (rows.length >= MAX_UNITS) return null;
        const names = new Set(rows.map((row) => row.cells.name.trim()));
        let number = rows.length + 1;
        while (names.has(namePattern(number))) number += 1;
        const row = emptyRow(nextId(), namePattern(number));
        edit((form) => ({ ...form, rows: [...form.rows, row] }));
        return row.id;
      },
      removeRow: (id: number) => edit((form) => ({ ...form, rows: form.rows.filter((row) => row.id !== id) })),
      moveRow: (id: number, delta: -1 | 1) =>
        edit((form) => {
          const from = form.rows.findIndex((row) => row.id === id);
          const to = from + delta;
          if (from === -1 || to < 0 || to >= form.rows.length) return form;
          const rows = [...form.rows];
          [rows[from], rows[to]] = [rows[to] as SplitFormRow, rows[from] as SplitFormRow];
          return { ...form, rows };
        }),
      /** Replaces the rows with what `change` makes of them (a paste); `nextId` numbers new rows. */
      changeRows: (change: (rows: readonly SplitFormRow[], nextId: () => number) => SplitFormRow[]) =>
        edit((form) => ({ ...form, rows: change(form.rows, nextId) })),
    };
  }, []);

  return {
    state,
    form: editing.form,
    reading: editing.reading,
    customRounding,
    actions,
    opening,
    ignored,
    /** The scenario's link (`?total=…`) and its split with the month table. */
    search,
    plan,
    /** An edit waits for the engine's download. */
    waiting,
    engineFailed,
    /** Starts the engine's download early: a person is about to change something. */
    prepare: () => void requireEngine().catch(() => undefined),
    /** Asks again for an engine that failed to download, then does what waited for it. */
    retry: () => {
      if (!loaded) open();
      else requireEngine().then(() => edit((latest) => latest), () => undefined);
    },
    present,
    setPresent: (value: boolean) => {
      untouched.current = false;
      setPresent(value);
    },
    savePaused,
    restoreSaved: () => {
      const module = engineRef.current;
      const saved = module === null ? null : store(module).load();
      if (saved?.status === 'ok') load(saved.value);
      setSavePaused(false);
    },
    keepShared: () => setSavePaused(false),
    reset: () => load(example),
  };
}
