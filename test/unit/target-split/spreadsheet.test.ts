import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SplitUnit } from '../../../src/lib/target-split/model';
import { planTargets } from '../../../src/lib/target-split/split';
import { MAX_UNITS, emptyRow } from '../../../src/lib/target-split/form';
import { parsePastedRows, pastedRowCells, pasteSummary, placePastedMonths, placePastedRows, readPastedGrid, toCsv, toTsv, type ExportHeaders, type ExportPlan } from '../../../src/lib/target-split/spreadsheet';

// ---------------------------------------------------------------------------
// Export

const headers: ExportHeaders = {
  unit: 'Unit',
  history: 'History',
  quota: 'Quota',
  share: 'Share %',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  quarters: ['Q1', 'Q2', 'Q3', 'Q4'],
  commitment: 'Commitment',
  gap: 'Gap',
  totalRow: 'Total',
};

function exportPlan(units: SplitUnit[], total = 1000, withMonths = false): ExportPlan {
  const plan = planTargets({ total, method: 'weights', seasonality: 'flat', units });
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  return { split: plan.split, months: withMonths ? plan.months : null };
}

describe('CSV and TSV export', () => {
  const units: SplitUnit[] = [
    { name: 'North, "N"', weight: 3, history: 600, commitment: 800 },
    { name: '=1+2', weight: 1, commitment: 200 },
  ];

  it('writes UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting and guarded formulas', () => {
    const csv = toCsv(exportPlan(units), headers);
    expect(csv).toBe(
      '\uFEFFUnit,History,Quota,Share %,Commitment,Gap\r\n' +
        '"North, ""N""",600,750,75,800,50\r\n' +
        `"'=1+2",,250,25,200,-50\r\n` +
        'Total,600,1000,100,1000,0\r\n',
    );
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('guards every text cell that a spreadsheet would run: = + - @ tab CR', () => {
    const risky = ['=A1', '+A1', '-A1', '@A1', '\tA1', '\rA1'];
    const csv = toCsv(exportPlan(risky.map((name) => ({ name, weight: 1 })), 1500), headers);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(1, 5)).toEqual([`"'=A1",,250,16.67,,`, `"'+A1",,250,16.67,,`, `"'-A1",,250,16.67,,`, `"'@A1",,250,16.67,,`]);
    expect(csv).toContain(`"'\tA1"`);
    expect(csv).toContain(`"'\rA1"`);
  });

  it('quotes a cell with a line break and leaves numbers unguarded (a negative gap stays a number)', () => {
    const csv = toCsv(exportPlan([{ name: 'Two\nlines', weight: 1, commitment: 100 }]), headers);
    expect(csv).toContain('"Two\nlines",,1000,100,100,-900\r\n');
  });

  it('includes the months and quarters when the plan has them, with a totals row', () => {
    const csv = toCsv(exportPlan([{ name: 'A', weight: 1 }, { name: 'B', weight: 1 }], 24_000, true), headers);
    const [header, first, , totals] = csv.slice(1).split('\r\n');
    expect(header).toBe('Unit,History,Quota,Share %,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Q1,Q2,Q3,Q4,Commitment,Gap');
    expect(first).toBe('A,,12000,50,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,3000,3000,3000,3000,,');
    expect(totals).toBe('Total,,24000,100,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,6000,6000,6000,6000,,');
  });

  it('TSV is tab-separated with LF and no BOM, with the same guard', () => {
    const tsv = toTsv(exportPlan(units), headers);
    expect(tsv).toBe(
      'Unit\tHistory\tQuota\tShare %\tCommitment\tGap\n' +
        '"North, ""N"""\t600\t750\t75\t800\t50\n' +
        `"'=1+2"\t\t250\t25\t200\t-50\n` +
        'Total\t600\t1000\t100\t1000\t0\n',
    );
  });
});

// ---------------------------------------------------------------------------
// Paste

describe('parsePastedRows', () => {
  it('skips an English header row and reads the columns in order', () => {
    const reading = parsePastedRows('Name\tHistory\tPotential\tMin\tMax\tCommitment\r\nEast\t300000\t500000\t100000\t400000\t350000\r\n');
    expect(reading.headerSkipped).toBe(true);
    expect(reading.rows).toEqual([
      {
        row: 2,
        name: { ok: true, value: 'East' },
        history: { ok: true, value: 300_000 },
        potential: { ok: true, value: 500_000 },
        min: { ok: true, value: 100_000 },
        max: { ok: true, value: 400_000 },
        commitment: { ok: true, value: 350_000 },
        extraCells: false,
      },
    ]);
  });

  it('skips a Chinese header and reads 30万 as 300,000', () => {
    const reading = parsePastedRows('名称\t去年实际\t潜力\n华东\t30万\t¥1,200,000\n');
    expect(reading.headerSkipped).toBe(true);
    expect(reading.rows[0]?.history).toEqual({ ok: true, value: 300_000 });
    expect(reading.rows[0]?.potential).toEqual({ ok: true, value: 1_200_000 });
  });

  it('does not take a data row for a header because a name contains a header word', () => {
    const reading = parsePastedRows('华东区域\t100\n华南区域\t200');
    expect(reading.headerSkipped).toBe(false);
    expect(reading.rows.map((row) => row.name)).toEqual([
      { ok: true, value: '华东区域' },
      { ok: true, value: '华南区域' },
    ]);
    expect(parsePastedRows('区域\n华东\n华南').rows).toHaveLength(2);
    expect(parsePastedRows('华东\n华南').rows).toHaveLength(2);
  });

  it('marks a bad cell and keeps the others', () => {
    const [row] = parsePastedRows('A\tabc\t1,2\t-5\t-\t1e5').rows;
    expect(row).toMatchObject({
      name: { ok: true, value: 'A' },
      history: { ok: false, error: 'invalid' },
      potential: { ok: false, error: 'two-numbers' },
      min: { ok: false, error: 'negative' },
      max: { ok: true, value: null },
      commitment: { ok: false, error: 'invalid' },
    });
    expect(row?.history).toEqual({ ok: false, error: 'invalid', text: 'abc' });
  });

  it('reads Excel’s quoted cells holding a tab, a line break or a quote', () => {
    const reading = parsePastedRows('"North\tEast"\t100\r\n"Line\nbreak"\t200\r\n"He said ""hi"""\t5\r\n');
    expect(reading.rows.map((row) => row.name)).toEqual([
      { ok: true, value: 'North East' },
      { ok: true, value: 'Line break' },
      { ok: true, value: 'He said "hi"' },
    ]);
    expect(reading.rows.map((row) => row.history)).toEqual([100, 200, 5].map((value) => ({ ok: true, value })));
  });

  it('skips blank and trailing lines but numbers rows as the block has them', () => {
    const reading = parsePastedRows('A\t1\n\nB\t2\r\n\r\n\r\n');
    expect(reading.rows.map((row) => row.row)).toEqual([1, 3]);
  });

  it('flags cells beyond the sixth column, empty and over-long names', () => {
    const reading = parsePastedRows(`A\t1\t2\t3\t4\t5\t6\n\t100\n${'x'.repeat(61)}\t1`);
    expect(reading.rows.map((row) => row.extraCells)).toEqual([true, false, false]);
    expect(reading.rows[1]?.name).toEqual({ ok: false, error: 'empty', text: '' });
    expect(reading.rows[1]?.history).toEqual({ ok: true, value: 100 });
    expect(reading.rows[2]?.name).toEqual({ ok: false, error: 'too-long', text: 'x'.repeat(61) });
  });

  it('keeps at most 500 rows and says it left the rest out', () => {
    const text = Array.from({ length: 501 }, (_, index) => `U${index}\t${index}`).join('\n');
    const reading = parsePastedRows(text);
    expect(reading.rows).toHaveLength(MAX_UNITS);
    expect(reading.truncated).toBe(true);
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('\t', '\n', '\r\n', '"', '30万', 'x')), (text, pieces) => {
        const reading = parsePastedRows(text + pieces.join(''));
        expect(reading.rows.length).toBeLessThanOrEqual(MAX_UNITS);
      }),
      { numRuns: 300 },
    );
    expect(parsePastedRows(42 as unknown as string)).toEqual({ rows: [], headerSkipped: false, truncated: false });
  });
});

describe('pastedRowCells', () => {
  it('gives the table each value read, and the text of each cell that was not', () => {
    const [row] = parsePastedRows('华东\t30万\tabc\t\t-\t1,200').rows;
    expect(row && pastedRowCells(row)).toEqual({ name: '华东', history: '300000', potential: 'abc', min: '', max: '', commitment: '1200' });
    const [unnamed] = parsePastedRows(`${'x'.repeat(61)}\t5`).rows;
    expect(unnamed && pastedRowCells(unnamed).name).toBe('x'.repeat(61));
  });
});

describe('pasteSummary', () => {
  it('counts rows, unreadable cells, extra columns and a skipped header', () => {
    const summary = pasteSummary(parsePastedRows('名称\t历史\n华东\tabc\t1,2\n\t5\t\t\t\t\t\tx\n'));
    expect(summary).toEqual({ rows: 2, headerSkipped: true, badCells: 3, extraCells: true, truncated: false });
  });
});

describe('readPastedGrid', () => {
  it('reads tab-separated numbers as text, skipping blank rows and a header without numbers', () => {
    expect(readPastedGrid('1月\t2月\n100\t 200 \r\n\r\n300\tx\n')).toEqual({ rows: [['100', '200'], ['300', 'x']], headerSkipped: true });
    expect(readPastedGrid('100\t200')).toEqual({ rows: [['100', '200']], headerSkipped: false });
    expect(readPastedGrid(42 as unknown as string)).toEqual({ rows: [], headerSkipped: false });
  });
});

function counter(): () => number {
  let next = 0;
  return () => (next += 1);
}

describe('placePastedRows and placePastedMonths', () => {
  const cells = (name: string) => ({ name, history: '1', potential: '2', min: '', max: '', commitment: '3' });

  it('overwrites the pasted columns from a row on, keeps the weight, and adds rows past the end', () => {
    const next = counter();
    const rows = [{ ...emptyRow(next(), 'A'), cells: { ...emptyRow(0, 'A').cells, weight: '5' } }, emptyRow(next(), 'B')];
    const placed = placePastedRows(rows, [cells('X'), cells('Y'), cells('Z')], 1, next);
    expect(placed.dropped).toBe(0);
    expect(placed.rows.map((row) => row.cells.name)).toEqual(['A', 'X', 'Y', 'Z']);
    expect(placed.rows[0]?.cells.weight).toBe('5');
    expect(placed.rows[1]?.id).toBe(rows[1]?.id);
    expect(placed.rows[1]?.cells).toEqual({ ...cells('X'), weight: '' });
    expect(new Set(placed.rows.map((row) => row.id)).size).toBe(4);
  });

  it('never makes more than MAX_UNITS rows', () => {
    const next = counter();
    const rows = Array.from({ length: MAX_UNITS - 1 }, (_, index) => emptyRow(next(), `U${index}`));
    const placed = placePastedRows(rows, [cells('X'), cells('Y'), cells('Z')], rows.length, next);
    expect(placed.rows).toHaveLength(MAX_UNITS);
    expect(placed.dropped).toBe(2);
  });

  it('fills months rightwards and downwards from the cell pasted into', () => {
    const rows = [emptyRow(1, 'A'), emptyRow(2, 'B')];
    const placed = placePastedMonths(rows, [['1', '2', '3'], ['4', '5', '6'], ['7']], 0, 10);
    expect(placed.rows[0]?.months.slice(9)).toEqual(['', '1', '2']);
    expect(placed.rows[1]?.months.slice(9)).toEqual(['', '4', '5']);
    expect(placed.dropped).toBe(3);
  });
});
