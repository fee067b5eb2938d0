/**
 * A worksheet's saved copy, as the saved-tool hook reads and writes it (`playbook:worksheet:<slug>`,
 * format version 1, see values.ts), and the one link parameter a sheet reads: `?print=blank`
 * opens the blank paper copy. A sheet's link carries no state: what is written on a sheet stays in
 * the browser that wrote it.
 */

import type { ToolCodec } from '../savedTool';
import { PRINT_PARAM } from './paper';
import { SHEET_VALUES_VERSION, sheetValuesSchema, type SheetValues } from './valuesSchema';

/** What the paper copy prints: what was written, or a blank sheet. */
export type PrintMode = 'filled' | 'blank';

/** The saved-tool name of a sheet: its saved copy is `playbook:worksheet:<slug>`. */
export const worksheetToolName = (slug: string) => `worksheet:${slug}`;

/** The paper a link opens with: `?print=blank` is the blank sheet, anything else the filled one. */
export function printModeOf(search: string): PrintMode {
  return new URLSearchParams(search).get(PRINT_PARAM) === 'blank' ? 'blank' : 'filled';
}

/** The sheets' codec: the saved copy's version and schema; links open the sheet as it is saved. */
export const worksheetCodec: ToolCodec<SheetValues> = {
  version: SHEET_VALUES_VERSION,
  schema: sheetValuesSchema,
  readLink: (_search, { example }) => ({ carriesState: false, state: example, present: false, ignored: [], extra: undefined }),
  writeLink: () => '',
};
