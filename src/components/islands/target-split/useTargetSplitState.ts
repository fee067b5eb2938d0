import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  MAX_UNITS,
  emptyRow,
  formNumber,
  formOf,
  roundingChoices,
  type SplitForm,
  type SplitFormReading,
  type SplitFormRow,
  type UnitColumn,
} from '../../../lib/target-split/form';
import { seasonalPresets, type SeasonalPreset, type SeasonalityKind, type SplitMethod } from '../../../lib/target-split/model';
import type { SplitState } from '../../../lib/target-split/schema';
import type { TargetPlan } from '../../../lib/target-split/split';
import { useSavedTool } from '../../ui/useSavedTool';
import type { BuiltExample } from './builtExample';

// The codec, the form's reading and the split: downloaded on first use, or at once when the page
// opens on a link or a saved copy (useSavedTool decides).
const loadEngine = () => import('./engine').then((module) => module.engine);

type TextField = 'total' | 'alpha' | 'over' | 'rounding';

/** The form as typed and what it reads as, kept together so the view never sees them apart. */
interface Editing {
  form: SplitForm;
  reading: SplitFormReading;
}

/** How a valid state's own form reads: without a single error (readSplitForm agrees, see its tests). */
function cleanReading(form: SplitForm, state: SplitState): SplitFormReading {
  return { state, errors: { monthWeights: [], rows: form.rows.map(() => ({ name: null, cells: {}, months: [] })) }, errorCount: 0 };
}

/**
 * The Target splitter's own fields over the saved-tool hook: the form as typed (rows of cells, kept
 * exactly as typed) and how it reads into a state. The lifecycle (plain visit, link or saved copy,
 * the engine on first use, the delayed write, restore, keep, reset, another tab) is useSavedTool's;
 * whenever the state comes from there rather than from the form, the form is rebuilt from it,
 * except over edits made before the opening was read: those are kept and read instead.
 */
export function useTargetSplitState(built: BuiltExample, { syncUrl }: { syncUrl: boolean }) {
  const example = built.example;
  const tool = useSavedTool({ name: 'target-split', example, load: loadEngine, syncUrl, writeDelay: 250 });
  const { engine, state, ready } = tool;

  const lastId = useRef(0);
  const nextId = () => (lastId.current += 1);
  const [editing, setEditing] = useState<Editing>(() => {
    const form = formOf(example, nextId);
    return { form, reading: cleanReading(form, example) };
  });
  const [customRounding, setCustomRounding] = useState(false);
  // An edit made before the engine arrived or the opening was read, to read once both are here.
  const [waiting, setWaiting] = useState(false);

  // The latest values, for actions that are created once and stay the same between renders.
  const latest = useRef({ tool, editing, waiting });
  latest.current = { tool, editing, waiting };
  // The state the form shows: when the hook's state is another, it came from outside the form.
  const formState = useRef<SplitState>(example);

  const show = (next: Editing) => {
    latest.current = { ...latest.current, editing: next };
    setEditing(next);
  };

  /** Reads the form (the engine is here); a valid scenario that differs becomes the state. */
  const read = (form: SplitForm) => {
    const { engine: module, state: current } = latest.current.tool;
    if (module === null) return;
    const reading = module.readSplitForm(form, current);
    show({ form, reading });
    latest.current.waiting = false;
    setWaiting(false);
    if (reading.state !== null && !module.sameState(reading.state, current)) {
      formState.current = reading.state;
      latest.current.tool.setState(reading.state);
    }
  };

  /** Shows a state's form (opening, restoring, resetting, another tab's copy); what was typed goes. */
  const load = (next: SplitState) => {
    const form = formOf(next, nextId);
    const module = latest.current.tool.engine;
    formState.current = next;
    show({ form, reading: module === null ? cleanReading(form, next) : module.readSplitForm(form, next) });
    latest.current.waiting = false;
    setWaiting(false);
    setCustomRounding(!roundingChoices.some((choice) => choice === form.rounding));
  };

  useLayoutEffect(() => {
    if (!ready) return;
    if (latest.current.waiting) read(latest.current.editing.form);
    else if (state !== formState.current) load(state);
  }, [state, ready]);

  /** Applies an edit to the form and, once it can be read, to the scenario. */
  const edit = (change: (form: SplitForm) => SplitForm) => {
    const form = change(latest.current.editing.form);
    if (!latest.current.tool.ready) {
      // What was typed shows at once; it is read as soon as the engine and the opening are here.
      show({ form, reading: latest.current.editing.reading });
      latest.current.waiting = true;
      setWaiting(true);
      latest.current.tool.prepare();
      return;
    }
    read(form);
  };

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
        const rows = latest.current.editing.form.rows;
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

  // Before the engine is here the state is the example, whose plan and link came with the page.
  const plan = useMemo<TargetPlan>(() => (engine === null ? built.plan : engine.planTargets(state)), [state, engine]);
  const failed = tool.frame.engine.failed;

  return {
    state,
    form: editing.form,
    reading: editing.reading,
    customRounding,
    actions,
    plan,
    /** Link parameters (and `units` items) left out, named by the splitter's own notices. */
    ignored: tool.extra?.ignored ?? [],
    /** An edit waits for the engine (or for the opening) before it is read. */
    waiting,
    /** The engine failed to download while something waited for it: the opening or an edit. */
    engineFailed: failed && (waiting || tool.opening === null),
    /** Starts the engine's download (again, after a failure): a person reaches for the tool. */
    prepare: tool.prepare,
    /** Everything ToolFrame needs. */
    frame: {
      ...tool.frame,
      search: engine === null ? built.search : tool.link,
      onReset: () => {
        load(example);
        tool.frame.onReset();
      },
      // The splitter says that the engine is loading or failed beside its results, in its own words.
      engine: { ...tool.frame.engine, waiting: false, failed: false },
    },
  };
}
