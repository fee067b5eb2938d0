import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { seasonalPresets, type SeasonalPreset, type SeasonalityKind, type SplitMethod } from '../../../lib/split';
import {
  MAX_UNITS,
  emptyRow,
  formNumber,
  formOf,
  readSplitForm,
  readToolLink,
  sameState,
  splitStateSchema,
  stateFromLink,
  writeStateQuery,
  writeToolLink,
  type SplitForm,
  type SplitFormReading,
  type SplitFormRow,
  type SplitIgnoredParam,
  type SplitState,
  type UnitColumn,
} from '../../../lib/splitState';
import { createSavedStateStore, type KeyValueStorage } from '../../../lib/storage';
import { openingState, type OpeningState } from '../../../lib/toolState';

/** The rounding units offered in the list; any other whole number is typed as a custom one. */
export const roundingChoices = ['1', '100', '1000', '10000'] as const;
/** Address bar and saved copy follow edits once typing pauses, so a keystroke never waits on them. */
const WRITE_DELAY_MS = 250;

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the store reports it as unavailable
  }
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
 * browser under 'target-split'.
 */
export function useSplitState(example: SplitState, { syncUrl = true }: { syncUrl?: boolean } = {}) {
  const store = useMemo(
    () =>
      createSavedStateStore({
        storage: typeof window === 'undefined' ? undefined : browserStorage(),
        name: 'target-split',
        version: 1,
        schema: splitStateSchema,
      }),
    [],
  );
  const lastId = useRef(0);
  const nextId = () => (lastId.current += 1);
  const [state, setState] = useState<SplitState>(example);
  const [editing, setEditing] = useState<Editing>(() => {
    const form = formOf(example, nextId);
    return { form, reading: readSplitForm(form, example) };
  });
  const [customRounding, setCustomRounding] = useState(false);
  const [opening, setOpening] = useState<OpeningState<SplitState> | null>(null);
  const [ignored, setIgnored] = useState<SplitIgnoredParam[]>([]);
  const [present, setPresent] = useState(false);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  const [savePaused, setSavePaused] = useState(false);
  // Effects that write (address bar, storage) wait until the opening state is in place.
  const [loaded, setLoaded] = useState(false);

  // The latest values, for actions that are created once and stay the same between renders.
  const current = useRef({ state, editing });
  current.current = { state, editing };

  /** Applies an edit to the form and, when the form now reads as a scenario, to the scenario. */
  const edit = (change: (form: SplitForm) => SplitForm) => {
    const form = change(current.current.editing.form);
    const reading = readSplitForm(form, current.current.state);
    const next = { form, reading };
    current.current = { ...current.current, editing: next };
    setEditing(next);
    const read = reading.state;
    if (read !== null && !sameState(read, current.current.state)) {
      current.current = { ...current.current, state: read };
      setState(read);
    }
  };

  /** Replaces everything with a scenario (opening, restoring, resetting); what was typed goes. */
  const load = (next: SplitState) => {
    const form = formOf(next, nextId);
    const editingNext = { form, reading: readSplitForm(form, next) };
    current.current = { state: next, editing: editingNext };
    setState(next);
    setEditing(editingNext);
    setCustomRounding(!roundingChoices.some((choice) => choice === form.rounding));
  };

  // Read the link and the saved copy once, in the browser.
  useEffect(() => {
    // An embedded copy (in a chapter) neither reads nor writes the chapter's address.
    const { reading, present: presenting } = readToolLink(syncUrl ? window.location.search : '');
    const saved = store.load();
    // openingState decides between link, saved copy and example; the link's own notices are this
    // tool's (they name `units` items and a broken `s`), so they are shown here, not by ToolFrame.
    const opened = openingState({
      reading: { values: {}, flags: {}, ignored: [], carriesState: reading.carriesState },
      saved,
      defaults: example,
      fromLink: () => stateFromLink(reading, example),
    });
    // Reopening one's own link (a reload) is not a shared scenario: nothing would be overwritten.
    const sameAsSaved = saved.status === 'ok' && sameState(opened.state, saved.value);
    setOpening(opened);
    setIgnored(reading.ignored);
    load(opened.state);
    setPresent(presenting);
    setSavePaused(opened.source === 'link' && opened.savedKept && !sameAsSaved);
    setLoaded(true);
  }, []);

  const search = useMemo(() => writeStateQuery(state), [state]);
  const pendingWrite = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!loaded) return;
    const write = () => {
      pendingWrite.current = null;
      if (syncUrl) {
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${writeToolLink(state, present)}${window.location.hash}`);
      }
      if (!savePaused) store.save(state);
    };
    pendingWrite.current = write;
    const timer = window.setTimeout(write, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
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
    search,
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
