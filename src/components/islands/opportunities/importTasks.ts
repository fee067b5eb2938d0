import type { OpportunityRow } from '../../../lib/opportunities/model';
import { applyMapping, parseTable } from '../../../lib/opportunities/import';
import {
  choicesFromMapping,
  mappingFromChoices,
  recognizeColumns,
  unitsForMapping,
  type ColumnChoice,
} from '../../../lib/opportunities/columns';
import { decodeBytes, type Delimiter, type TableRow, type TableWarning, type TextEncodingName } from '../../../lib/csv/read';
import type { ImportOutcome, ImportRequest, ReadOutcome, TaskResponses } from './tasks';

/** How many bad rows and repeated names travel back to the page to be listed (the rest are counted). */
const LISTED_PROBLEMS = 200;
/** Values of each column shown in the mapping step, so the person recognises the column. */
const SAMPLE_VALUES = 3;

interface KeptTable {
  encoding: TextEncodingName | null;
  replaced: boolean;
  delimiter: Delimiter;
  header: string[];
  rows: readonly TableRow[];
  warnings: TableWarning[];
  samples: string[][];
  needsMapping: boolean;
}

/**
 * Reading a file or pasted table: decode, split (papaparse), recognise the columns, read the rows.
 * The runner keeps the last table it split, so the mapping step can read it again without
 * sending 20,000 rows back and forth. The page loads this module only once someone imports.
 */
export function createImportTasks() {
  let kept: KeptTable | null = null;

  function read(table: KeptTable, choices: readonly ColumnChoice[]): ReadOutcome {
    const chosen = mappingFromChoices(choices);
    if (!chosen.ok) return chosen;
    const mapped = applyMapping(table.rows, chosen.mapping, { units: unitsForMapping(table.header, chosen.mapping) });
    if (!mapped.ok) return { ok: false, error: mapped.error === 'missing-sales-column' ? 'missing-sales-column' : 'missing-name-column' };
    let blankSales = 0;
    const rows: OpportunityRow[] = mapped.rows.map((row) => {
      if (row.notices.length > 0) blankSales += 1;
      return { name: row.name, sales: row.sales, lastSales: row.lastSales, potential: row.potential, willingness: row.willingness, region: row.region };
    });
    return {
      ok: true,
      rows,
      bad: mapped.bad.slice(0, LISTED_PROBLEMS),
      badCount: mapped.bad.length,
      duplicates: mapped.duplicates.slice(0, LISTED_PROBLEMS),
      duplicateCount: mapped.duplicates.length,
      blankSales,
    };
  }

  function outcome(table: KeptTable, choices: ColumnChoice[]): ImportOutcome {
    const { rows: _rows, ...shown } = table;
    return { ok: true, ...shown, choices, read: read(table, choices) };
  }

  function importText(text: string, encoding: TextEncodingName | null, replaced: boolean): ImportOutcome {
    const parsed = parseTable(text);
    if (!parsed.ok) return { ok: false, error: parsed.error === 'empty' ? 'empty' : 'unreadable' };
    const header = [...parsed.header];
    const recognition = recognizeColumns(header);
    const samples = header.map((_, column) =>
      parsed.rows
        .slice(0, 20)
        .map((row) => (row.cells[column] ?? '').trim())
        .filter((value) => value !== '')
        .slice(0, SAMPLE_VALUES),
    );
    const choices = choicesFromMapping(recognition.mapping, header.length);
    kept = {
      encoding,
      replaced,
      delimiter: parsed.delimiter,
      header,
      rows: parsed.rows,
      warnings: [...parsed.warnings],
      samples,
      needsMapping: recognition.unrecognised.length > 0 || recognition.mapping.name === undefined || recognition.mapping.sales === undefined,
    };
    return outcome(kept, choices);
  }

  function run<Kind extends ImportRequest['kind']>(request: Extract<ImportRequest, { kind: Kind }>): TaskResponses[Kind];
  function run(request: ImportRequest): ImportOutcome {
    switch (request.kind) {
      case 'bytes': {
        const decoded = decodeBytes(request.bytes);
        if (!decoded.ok) return { ok: false, error: decoded.error === 'unsupported-encoding' ? 'unsupported-encoding' : 'unreadable' };
        return importText(decoded.text, decoded.encoding, decoded.replaced);
      }
      case 'text':
        return importText(request.text, null, false);
      case 'remap':
        return kept === null ? { ok: false, error: 'unreadable' } : outcome(kept, request.choices);
    }
  }

  return { run };
}

export type ImportTasks = ReturnType<typeof createImportTasks>;
