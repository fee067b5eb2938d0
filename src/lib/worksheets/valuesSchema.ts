/**
 * The saved copy of one sheet (version 1), checked with zod when it is read: the header lines and
 * every field's value by field id. Downloads with the worksheet's codec on first use (codec.ts);
 * the island's first paint needs only the types.
 */

import * as z from 'zod/mini';

/** Longest text kept in one field or cell: a very long answer fits, a pasted book does not. */
export const MAX_TEXT_LENGTH = 20_000;

const id = z.string().check(z.maxLength(40));
const text = z.string().check(z.maxLength(MAX_TEXT_LENGTH));

/** One table row or card: its cells by column (or part) id. */
const cells = z.record(id, text);

/**
 * A field's value: text for one-line, paragraph, number and date fields; the ticked option ids
 * (at most 24) for a checkbox list; the rows of a table or the cards of a card field (at most 200).
 */
const fieldValue = z.union([text, z.array(id).check(z.maxLength(24)), z.array(cells).check(z.maxLength(200))]);

export const headerSchema = z.object({ name: text, region: text, date: text });

export const sheetValuesSchema = z.object({ header: headerSchema, values: z.record(id, fieldValue) });

export const SHEET_VALUES_VERSION = 1;

export type Cells = z.output<typeof cells>;
export type FieldValue = z.output<typeof fieldValue>;
export type SheetHeader = z.output<typeof headerSchema>;
export type SheetValues = z.output<typeof sheetValuesSchema>;
