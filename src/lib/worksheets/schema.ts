/**
 * What a worksheet is: a typed, zod-validated definition of its title, instructions, paper
 * (orientation and the number of A4 pages the blank sheet takes) and its fields, grouped into
 * sections. One island renders any definition as a form on screen and as a sheet on paper, so a
 * sheet is data, never hand-written HTML.
 *
 * Every string a person reads is a `{ 'zh-CN': …, en: … }` pair; the schema refuses a blank one.
 * Pure module: no DOM, no UI. Definitions are checked at build time and in the unit tests; the
 * island receives a parsed definition as plain data and imports only this module's types, so the
 * full zod used here never reaches the browser.
 */

import { z } from 'zod';
import { chapterSlugs, worksheetSlugs } from '../catalog';
import type { Translated } from '../locale';

/** Writes a text in both languages; definitions read better with the pair on one line. */
export function both(zh: string, en: string): Translated {
  return { 'zh-CN': zh, en };
}

/** A text in both languages of the playbook, neither of them blank. */
export const translatedSchema = z.strictObject({
  'zh-CN': z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** Ids name fields, columns, rows and options: short, lower-case, safe in DOM ids and storage. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

/** How a number is typed and read (numbers.ts): money in yuan, percent in percent units, a whole count. */
export const numberKinds = ['money', 'percent', 'count'] as const;
export type NumberKind = (typeof numberKinds)[number];

/** How wide a one-line field is on paper and on screen, as a share of the line. */
export const fieldWidths = ['full', 'half', 'third'] as const;

const common = {
  id: idSchema,
  label: translatedSchema,
  /** A short note under the label: what to write, in which unit. Printed on the blank sheet too. */
  hint: translatedSchema.optional(),
};

/** One line of text (a name, a product, a decision). On paper: a rule to write on. */
export const textFieldSchema = z.strictObject({
  type: z.literal('text'),
  ...common,
  width: z.enum(fieldWidths).default('full'),
});

/** A paragraph. On paper: a box with `lines` ruled lines; a longer answer makes the box grow. */
export const longTextFieldSchema = z.strictObject({
  type: z.literal('long-text'),
  ...common,
  lines: z.number().int().min(1).max(40),
});

/** A number, money or percent, read with parseNumber; a bad entry gets a message beside it. */
export const numberFieldSchema = z.strictObject({
  type: z.literal('number'),
  ...common,
  kind: z.enum(numberKinds),
  /** A change or a gap may be negative; most quantities may not. */
  allowNegative: z.boolean().default(false),
  width: z.enum(fieldWidths).default('third'),
});

/** A calendar date, kept as `yyyy-mm-dd`. */
export const dateFieldSchema = z.strictObject({
  type: z.literal('date'),
  ...common,
  width: z.enum(fieldWidths).default('third'),
});

export const optionSchema = z.strictObject({ id: idSchema, label: translatedSchema });

/** Boxes to tick. On paper: empty squares; on a filled sheet the ticked ones carry a mark. */
export const checkboxFieldSchema = z.strictObject({
  type: z.literal('checkboxes'),
  ...common,
  options: z.array(optionSchema).min(1).max(24),
  /** How many options stand side by side. */
  columns: z.number().int().min(1).max(6).default(2),
});

/**
 * What a table cell holds:
 * - 'text', 'date', or a number kind;
 * - 'row': the number kind the row declares (a table whose rows are different measures);
 * - 'ratio' (of ÷ over, in percent: "achieved") and 'change' (of ÷ over − 1, in percent:
 *   "uplift"): computed on screen from two number columns of the same row, never typed.
 */
export const cellKinds = ['text', 'date', ...numberKinds, 'row', 'ratio', 'change'] as const;
export type CellKind = (typeof cellKinds)[number];

export const columnSchema = z.strictObject({
  id: idSchema,
  label: translatedSchema,
  kind: z.enum(cellKinds).default('text'),
  /** The column's share of the table's width, relative to the other columns. */
  width: z.number().min(0.5).max(12).default(2),
  allowNegative: z.boolean().default(false),
  /** For 'ratio' and 'change': the numerator column and the denominator column. */
  of: idSchema.optional(),
  over: idSchema.optional(),
});
export type WorksheetColumn = z.output<typeof columnSchema>;

/** A row that is always there, with its label in the first column (a lever, an element, a step). */
export const fixedRowSchema = z.strictObject({
  id: idSchema,
  label: translatedSchema,
  /** The number kind of this row's 'row' cells (count for customers, percent for a rate…). */
  kind: z.enum(numberKinds).optional(),
});
export type WorksheetRow = z.output<typeof fixedRowSchema>;

/**
 * A table with named columns. `rows` is either how many blank rows the paper sheet has (people add
 * and remove rows on screen), or the fixed rows the table always has.
 */
export const tableFieldSchema = z.strictObject({
  type: z.literal('table'),
  ...common,
  columns: z.array(columnSchema).min(1).max(16),
  rows: z.union([z.number().int().min(1).max(60), z.array(fixedRowSchema).min(1).max(60)]),
  /** Heading of the first column when rows are fixed ("要素", "Lever"). */
  rowHeading: translatedSchema.optional(),
  /** The most rows a person may add on screen (blank-row tables only). */
  maxRows: z.number().int().min(1).max(200).default(60),
  /**
   * Totals computed on screen (with `data-result`) and left blank on the blank sheet: a total
   * column with the sum of each row's money or count cells, and a total row with the sum of each
   * money or count column.
   */
  totals: z
    .strictObject({
      label: translatedSchema,
      column: z.boolean().default(true),
      row: z.boolean().default(true),
    })
    .optional(),
  /** Height of a blank row on paper, in handwritten lines: 2 for cells that take a sentence. */
  rowLines: z.number().int().min(1).max(4).default(1),
});

/** A card field: one line or a few ruled lines inside a card. */
export const cardPartSchema = z.strictObject({
  id: idSchema,
  label: translatedSchema,
  lines: z.number().int().min(1).max(12).default(1),
});

/**
 * Cards cut apart after printing (a FABE script card per product). `count` cards on the blank
 * sheet, `perRow` side by side, dashed cut lines between them; on screen cards are added and
 * removed like table rows.
 */
export const cardsFieldSchema = z.strictObject({
  type: z.literal('cards'),
  ...common,
  parts: z.array(cardPartSchema).min(1).max(12),
  count: z.number().int().min(1).max(12),
  perRow: z.number().int().min(1).max(2).default(2),
  maxCards: z.number().int().min(1).max(40).default(20),
  /** What one card is called, for its heading and the add/remove buttons ("产品", "Product"). */
  cardName: translatedSchema,
});

export const fieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  longTextFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  checkboxFieldSchema,
  tableFieldSchema,
  cardsFieldSchema,
]);
export type WorksheetField = z.output<typeof fieldSchema>;
export type FieldType = WorksheetField['type'];
export type TableField = z.output<typeof tableFieldSchema>;
export type CardsField = z.output<typeof cardsFieldSchema>;
export type CheckboxField = z.output<typeof checkboxFieldSchema>;

export const sectionSchema = z.strictObject({
  id: idSchema,
  title: translatedSchema,
  /** One or two sentences under the heading: what this part asks for. */
  intro: translatedSchema.optional(),
  /** Starts a new sheet of paper, so a blank sheet's page count is the same in both languages. */
  breakBefore: z.boolean().default(false),
  fields: z.array(fieldSchema).min(1).max(30),
});
export type WorksheetSection = z.output<typeof sectionSchema>;

/** Tools whose saved state a sheet can be filled from. */
export const fillSources = ['growth', 'target-split', 'promotion'] as const;
export type FillSource = (typeof fillSources)[number];

/**
 * Where the growth calculator's scenario goes: a table with fixed rows whose ids are the levers
 * (`customers`, `active`, `aov`) and optionally `sales`; the named columns receive the current
 * value, the planned value and the uplift in percent. `basis` names a checkboxes field whose
 * option ids are the calculator's bases (`transactions`, `buyers`): the basis the numbers are on
 * is ticked there, so the sheet says which measure its activity rate is.
 */
export const growthFillSchema = z.strictObject({
  source: z.literal('growth'),
  table: idSchema,
  current: idSchema.optional(),
  target: idSchema.optional(),
  change: idSchema.optional(),
  basis: idSchema.optional(),
});
export type GrowthFill = z.output<typeof growthFillSchema>;

/**
 * Where the target splitter's split goes: a blank-row table with a column for the unit's name, a
 * money column for its quota and/or (with `months`) the twelve month columns `m1`…`m12`; and
 * optionally the fields for the target (money), the over-assignment (percent), the rounding unit
 * (money) and the method (checkboxes whose option ids are the splitter's method names).
 */
export const targetSplitFillSchema = z.strictObject({
  source: z.literal('target-split'),
  table: idSchema,
  unitColumn: idSchema,
  quotaColumn: idSchema.optional(),
  months: z.boolean().default(false),
  target: idSchema.optional(),
  over: idSchema.optional(),
  rounding: idSchema.optional(),
  method: idSchema.optional(),
});
export type TargetSplitFill = z.output<typeof targetSplitFillSchema>;

/**
 * The promotion builder's current plan. Its twelve elements are text as much as numbers, so the
 * filler writes each element into the field of the same id where the sheet has one (see
 * fillPromotion.ts: `name`, `start`, `theme`, `fabe`, `timetable`…); the fill names nothing.
 */
export const promotionFillSchema = z.strictObject({ source: z.literal('promotion') });
export type PromotionFill = z.output<typeof promotionFillSchema>;

export const fillSchema = z.discriminatedUnion('source', [growthFillSchema, targetSplitFillSchema, promotionFillSchema]);
export type WorksheetFill = z.output<typeof fillSchema>;

export const worksheetSchema = z
  .strictObject({
    slug: z.enum(worksheetSlugs),
    title: translatedSchema,
    /** What the sheet is for and how to fill it in, printed under the title. */
    instructions: translatedSchema,
    orientation: z.enum(['portrait', 'landscape']),
    /** How many A4 pages the blank sheet takes, in both languages. */
    pages: z.number().int().min(1).max(6),
    /** The chapter that teaches what the sheet asks for. */
    chapter: z.enum(chapterSlugs),
    sections: z.array(sectionSchema).min(1).max(20),
    /** Tools the sheet can be filled from, and where their numbers go. */
    fills: z.array(fillSchema).default([]),
  })
  .superRefine((sheet, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const fields = new Map<string, WorksheetField>();
    sheet.sections.forEach((section, sectionIndex) => {
      section.fields.forEach((field, fieldIndex) => {
        const path = ['sections', sectionIndex, 'fields', fieldIndex];
        if (fields.has(field.id)) issue([...path, 'id'], `field id "${field.id}" is used twice`);
        fields.set(field.id, field);
        if (field.type === 'table') checkTable(field, path, issue);
        if (field.type === 'checkboxes') checkUnique(field.options.map((option) => option.id), [...path, 'options'], issue);
        if (field.type === 'cards') checkUnique(field.parts.map((part) => part.id), [...path, 'parts'], issue);
      });
    });
    checkUnique(sheet.sections.map((section) => section.id), ['sections'], issue);
    if (sheet.sections[0]?.breakBefore) issue(['sections', 0, 'breakBefore'], 'the first section cannot start a new page');
    const breaks = sheet.sections.filter((section) => section.breakBefore).length;
    if (breaks + 1 > sheet.pages) issue(['pages'], `the sections start ${breaks + 1} pages but the sheet declares ${sheet.pages}`);
    sheet.fills.forEach((fill, index) => {
      if (fill.source === 'promotion') return;
      const table = fields.get(fill.table);
      if (fill.source === 'growth') {
        if (table?.type !== 'table' || typeof table.rows === 'number') {
          issue(['fills', index, 'table'], `"${fill.table}" is not a table with fixed rows`);
          return;
        }
        for (const role of ['current', 'target', 'change'] as const) {
          const column = fill[role];
          if (column !== undefined && !table.columns.some((candidate) => candidate.id === column)) {
            issue(['fills', index, role], `table "${fill.table}" has no column "${column}"`);
          }
        }
        if (fill.basis !== undefined && fields.get(fill.basis)?.type !== 'checkboxes') {
          issue(['fills', index, 'basis'], `"${fill.basis}" is not a checkboxes field`);
        }
        return;
      }
      if (table?.type !== 'table' || typeof table.rows !== 'number') {
        issue(['fills', index, 'table'], `"${fill.table}" is not a table with blank rows`);
        return;
      }
      const columnIds = table.columns.map((column) => column.id);
      const months = fill.months ? Array.from({ length: 12 }, (_, month) => `m${month + 1}`) : [];
      const quota = fill.quotaColumn === undefined ? [] : [fill.quotaColumn];
      for (const id of [fill.unitColumn, ...quota, ...months]) {
        if (!columnIds.includes(id)) issue(['fills', index], `table "${fill.table}" has no column "${id}"`);
      }
      if (!fill.months && fill.quotaColumn === undefined) issue(['fills', index], 'a split fill writes months, a quota or both');
      const expect = { target: 'number', over: 'number', rounding: 'number', method: 'checkboxes' } as const;
      for (const role of ['target', 'over', 'rounding', 'method'] as const) {
        const id = fill[role];
        if (id !== undefined && fields.get(id)?.type !== expect[role]) issue(['fills', index, role], `"${id}" is not a ${expect[role]} field`);
      }
    });
  });

export type Worksheet = z.output<typeof worksheetSchema>;
/** A definition as written in its file; defaults are filled in when it is parsed. */
export type WorksheetInput = z.input<typeof worksheetSchema>;

type Issue = (path: (string | number)[], message: string) => void;

function checkUnique(ids: readonly string[], path: (string | number)[], issue: Issue) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) issue(path, `id "${id}" is used twice`);
    seen.add(id);
  }
}

const summable = (kind: CellKind) => kind === 'money' || kind === 'count';

function checkTable(table: TableField, path: (string | number)[], issue: Issue) {
  checkUnique(table.columns.map((column) => column.id), [...path, 'columns'], issue);
  const fixedRows = typeof table.rows === 'number' ? null : table.rows;
  if (fixedRows) checkUnique(fixedRows.map((row) => row.id), [...path, 'rows'], issue);
  table.columns.forEach((column, index) => {
    const at = [...path, 'columns', index];
    if (column.kind === 'row') {
      if (!fixedRows || fixedRows.some((row) => row.kind === undefined)) {
        issue(at, `column "${column.id}" takes its kind from the rows, so every row needs a kind`);
      }
    }
    if (column.kind === 'ratio' || column.kind === 'change') {
      for (const reference of [column.of, column.over]) {
        const target = table.columns.find((candidate) => candidate.id === reference);
        if (!target || !['money', 'percent', 'count', 'row'].includes(target.kind)) {
          issue(at, `computed column "${column.id}" must name two number columns (of, over)`);
        }
      }
    } else if (column.of !== undefined || column.over !== undefined) {
      issue(at, `only a ratio or change column names "of" and "over"`);
    }
  });
  if (table.totals && !table.columns.some((column) => summable(column.kind))) {
    issue([...path, 'totals'], 'totals need at least one money or count column');
  }
  if (table.totals && !table.totals.column && !table.totals.row) {
    issue([...path, 'totals'], 'totals need a total column, a total row or both');
  }
}

/** Validates a definition and fills in its defaults; throws with zod's message when it is wrong. */
export function defineWorksheet(input: WorksheetInput): Worksheet {
  return worksheetSchema.parse(input);
}

/** Every translated string of a definition, with where it sits, for checks that walk them all. */
export function translatedStrings(value: unknown, path = ''): { path: string; text: Translated }[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('zh-CN' in record || 'en' in record) {
    return [{ path, text: record as unknown as Translated }];
  }
  return Object.entries(record).flatMap(([key, child]) => translatedStrings(child, path ? `${path}.${key}` : key));
}
