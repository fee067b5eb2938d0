/**
 * A worksheet's saved copy, as the saved-tool hook reads and writes it (`playbook:worksheet:<slug>`,
 * format version 1, see valuesSchema.ts). A sheet's link carries no state (its one parameter,
 * `?print=blank`, is read by paper.ts at first paint): what is written on a sheet stays in the
 * browser that wrote it. Downloads with zod on first use.
 */

import type { ToolCodec } from '../savedTool';
import { SHEET_VALUES_VERSION, sheetValuesSchema, type SheetValues } from './valuesSchema';

/** The sheets' codec: the saved copy's version and schema; links open the sheet as it is saved. */
export const worksheetCodec: ToolCodec<SheetValues> = {
  version: SHEET_VALUES_VERSION,
  schema: sheetValuesSchema,
  readLink: (_search, { example }) => ({ carriesState: false, state: example, present: false, ignored: [], extra: undefined }),
  writeLink: () => '',
};
