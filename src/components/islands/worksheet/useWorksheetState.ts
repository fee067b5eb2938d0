import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../../i18n/fill';
import type { WorksheetText } from '../../../i18n/worksheets';
import type { Locale } from '../../../lib/locale';
import { printModeOf, worksheetToolName, type PrintMode } from '../../../lib/worksheets/paper';
import type { Worksheet, WorksheetFill } from '../../../lib/worksheets/schema';
import { blankSheet, isBlankSheet, normalizeValues } from '../../../lib/worksheets/values';
import type { FieldValue, SheetHeader, SheetValues } from '../../../lib/worksheets/valuesSchema';
import { browserStorage } from '../../ui/browserStorage';
import { useSavedTool } from '../../ui/useSavedTool';
import type { FillReport, WorksheetNotice } from './fillFromTool';

// The saved copy's codec comes when the page opens on a saved copy, or with the first edit.
const loadCodec = () => import('../../../lib/worksheets/codec').then((module) => module.worksheetCodec);
// "Fill from the tool" (its code, the tools' fillers and its messages) loads with the first click.
const loadFill = () => import('./fillFromTool');

/** A blank sheet is not kept: clearing a sheet, or emptying it by hand, removes its saved copy. */
const writeSaved = (values: SheetValues, store: { clear(): void; save(value: SheetValues): { ok: boolean } }) => {
  if (!isBlankSheet(values)) return store.save(values).ok;
  store.clear();
  return true;
};

/** What was written before the saved copy was read: it stays as the person sees it. */
interface EarlyEdits {
  header: Partial<SheetHeader>;
  values: Record<string, FieldValue>;
}

/**
 * A worksheet's state over the saved-tool hook (which owns the lifecycle: the plain visit, the
 * saved copy `playbook:worksheet:<slug>`, writes in the render that shows a change, other tabs),
 * and what only a sheet has: the paper's print mode, filling from a tool, clearing, its notices.
 */
export function useWorksheetState({ sheet, locale, text, toolNames }: { sheet: Worksheet; locale: Locale; text: WorksheetText; toolNames: Partial<Record<string, string>> }) {
  const s = (key: keyof WorksheetText) => text[key];
  const example = useRef(blankSheet(sheet)).current;
  const tool = useSavedTool({ name: worksheetToolName(sheet.slug), example, load: loadCodec, syncUrl: false, writeSaved });
  const { opening } = tool;
  const early = useRef<EarlyEdits>({ header: {}, values: {} });
  const [normalized, setNormalized] = useState(false);
  const [notice, setNotice] = useState<WorksheetNotice | null>(null);
  const [defaultMode, setDefaultMode] = useState<PrintMode>('filled');
  const [printMode, setPrintMode] = useState<PrintMode>('filled');
  const [pendingPrint, setPendingPrint] = useState(false);

  // A saved copy is fitted to the definition as it is now (fields added or dropped since), and what
  // was written before it was read is kept over it; before the browser paints either.
  useLayoutEffect(() => {
    if (!opening) return;
    const { header, values } = early.current;
    const edited = Object.keys(header).length + Object.keys(values).length > 0;
    if (opening.source === 'saved' || edited) {
      const opened = normalizeValues(sheet, opening.state);
      tool.replace({ header: { ...opened.header, ...header }, values: { ...opened.values, ...values } });
    }
    setNormalized(true);
  }, [opening]);

  // `?print=blank` opens the blank paper layout, so a link (or a test) can print a blank sheet without a click.
  useEffect(() => {
    const mode = printModeOf(window.location.search);
    setDefaultMode(mode);
    setPrintMode(mode);
  }, []);

  // Print once the paper copy shows the chosen mode; go back to the default afterwards.
  useEffect(() => {
    if (!pendingPrint) return;
    setPendingPrint(false);
    window.print();
  }, [pendingPrint]);
  useEffect(() => {
    const reset = () => setPrintMode(defaultMode);
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, [defaultMode]);

  const edit = (change: (previous: SheetValues) => SheetValues) => tool.setState(change);
  const toolName = (source: WorksheetFill) => toolNames[source.source] ?? source.source;
  const unavailableReport = (source: WorksheetFill): FillReport => ({
    values: null,
    notice: { kind: 'warning', text: fill(s('fillUnavailable'), { tool: toolName(source) }) },
  });

  const openingNotices: WorksheetNotice[] = [];
  if (opening?.setAsideKey) openingNotices.push({ kind: 'warning', text: fill(s('setAside'), { key: opening.setAsideKey }) });
  if (opening?.storageUnavailable) openingNotices.push({ kind: 'info', text: s('storageUnavailable') });

  return {
    values: tool.state,
    /** The saved copy (if any) is read and in place: what the sheet shows is what it holds. */
    ready: opening !== null && normalized,
    printMode,
    notices: [...openingNotices, ...(notice ? [notice] : [])],
    /** Another tab changed this sheet: reload theirs or keep mine (nothing is saved until then). */
    otherTab: tool.frame.otherTab,
    print: (mode: PrintMode) => {
      setPrintMode(mode);
      setPendingPrint(true);
    },
    setField: (id: string, value: FieldValue) => {
      if (!opening) early.current.values[id] = value;
      edit((previous) => ({ ...previous, values: { ...previous.values, [id]: value } }));
    },
    setHeader: (key: keyof SheetHeader, value: string) => {
      if (!opening) early.current.header[key] = value;
      edit((previous) => ({ ...previous, header: { ...previous.header, [key]: value } }));
    },
    fillFromTool: (source: WorksheetFill) => {
      const request = { sheet, values: tool.state, source, locale, storage: browserStorage() };
      loadFill()
        .then((module) => module.fillFromTool(request))
        .catch(() => null)
        .then((found) => {
          // No storage, or the fill code did not load: the tool's data cannot be read from here.
          const report = found ?? unavailableReport(source);
          if (report.values !== null) edit(() => report.values as SheetValues);
          setNotice(report.notice);
        });
    },
    clear: () => {
      edit(() => blankSheet(sheet));
      setNotice({ kind: 'info', text: s('cleared') });
    },
  };
}
