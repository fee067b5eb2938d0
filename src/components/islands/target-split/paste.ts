import type { SplitFormRow } from '../../../lib/target-split/form';
import { parsePastedRows, pastedRowCells, pasteSummary, placePastedMonths, placePastedRows, readPastedGrid, type PasteSummary } from '../../../lib/target-split/spreadsheet';

/** The form's rows changed as a whole (useSplitState's changeRows); `nextId` numbers new rows. */
type ChangeRows = (change: (rows: readonly SplitFormRow[], nextId: () => number) => SplitFormRow[]) => void;

/*
 * Cells pasted from a spreadsheet, put into the form. Loaded with the first paste, so a page where
 * nobody pastes never downloads it or the spreadsheet reader.
 */

/** Puts a pasted block of units at row `at`, or in place of every row; says what the paste did. */
export function pasteUnits(text: string, at: number, replace: boolean, changeRows: ChangeRows): PasteSummary {
  const pasted = parsePastedRows(text);
  const cells = pasted.rows.map(pastedRowCells);
  let dropped = 0;
  if (pasted.rows.length > 0) {
    changeRows((rows, nextId) => {
      const placed = placePastedRows(replace ? [] : rows, cells, replace ? 0 : at, nextId);
      dropped = placed.dropped;
      return placed.rows;
    });
  }
  const summary = pasteSummary(pasted);
  return { ...summary, truncated: summary.truncated || dropped > 0 };
}

/** Puts a pasted grid of monthly actuals from row `at`, month `month` on; returns how many cells did not fit. */
export function pasteMonths(text: string, at: number, month: number, changeRows: ChangeRows): number {
  let dropped = 0;
  changeRows((rows) => {
    const placed = placePastedMonths(rows, readPastedGrid(text).rows, at, month);
    dropped = placed.dropped;
    return placed.rows;
  });
  return dropped;
}
