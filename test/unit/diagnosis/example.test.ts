// One small export worked by hand: every figure below is computed in the comments.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/lib/diagnosis/calendar';
import { diagnose } from '../../../src/lib/diagnosis/diagnose';
import { buildLedger, createLedgerBuilder, type DiagnosisMapping, type Ledger } from '../../../src/lib/diagnosis/ledger';

const header = ['客户', '单据日期', '价税合计', '单据编号', '大区', '业务员'];
const mapping: DiagnosisMapping = { customer: 0, date: 1, amount: 2, order: 3, region: 4, rep: 5 };
// Row numbers are file lines: the header is line 1.
const table: string[][] = [
  ['甲', '2025-03-02', '1,000.00', 'O1', '华东', '李'],
  ['甲', '2025/3/2', '500', 'O1', '华东', '李'],
  ['乙', '2025年3月10日', '¥2,000', 'O2', '华西', ''],
  ['丙', '20250315', '800', 'O3', '华东', ''],
  ['丙', '2025-03-20', '(800.00)', 'R1', '华东', ''], // a credit note: nets, but is no transaction
  ['丁', '2024-06-01', '300', 'O4', '华西', ''], // outside both periods, covers 丁 in A
  ['甲', '2026-03-03', '0.3万', 'O5', '华东', '李'],
  ['甲', '2026-03-18', '1000', 'O6', '华东', '李'],
  ['乙', '46086', '-123', 'O7', '华西', ''], // Excel serial for 2026-03-05; a return
  ['戊', '2026-03-20', '2,000', 'O8', '华西', ''],
  ['己', '2025-12-01', '400', 'O9', '华东', ''], // outside both periods, covers 己 in B
  ['', '2026-03-01', '100', 'O10', '华东', ''],
  ['庚', '2026-02-30', '100', 'O11', '华东', ''],
  ['辛', '2026-03-02', '=HYPERLINK("http://x","100")', 'O12', '华东', ''],
];
const rows = table.map((cells, index) => ({ row: index + 2, cells }));

function ledgerOf(input = rows): Ledger {
  const built = buildLedger(input, mapping);
  if (!built.ok) throw new Error(built.error);
  return built.ledger;
}

function diagnosisOf(ledger: Ledger) {
  const result = diagnose(ledger);
  if (!result.ok) throw new Error(result.error);
  return result.diagnosis;
}

describe('a transaction export worked by hand', () => {
  const ledger = ledgerOf();
  const diagnosis = diagnosisOf(ledger);
  const { a, b } = diagnosis.figures;

  it('lists each unreadable row with its row number, column and reason, and uses the rest', () => {
    expect(header).toHaveLength(6);
    expect(ledger.rowsRead).toBe(14);
    expect(ledger.rowsUsed).toBe(11);
    expect(ledger.rejectedCount).toBe(3);
    expect(ledger.rejected).toEqual([
      { row: 13, field: 'customer', column: 0, code: 'empty' },
      { row: 14, field: 'date', column: 1, code: 'no-such-day' },
      { row: 15, field: 'amount', column: 2, code: 'formula' },
    ]);
    // 庚 and 辛 appear only on rejected rows, so they are not customers at all.
    expect(ledger.customers).not.toContain('庚');
    expect(ledger.customers).not.toContain('辛');
  });

  it('takes period B from the latest valid date and period A a year before', () => {
    expect(isoDate(diagnosis.periods.b.start)).toBe('2026-03-01');
    expect(isoDate(diagnosis.periods.a.end)).toBe('2025-03-31');
    expect(diagnosis.partial).toBe(true);
  });

  it('counts period A: returns net against sales, a credit note is no transaction', () => {
    // Sales 1500 + 2000 + 800 − 800 = 3500; orders O1, O2, O3 (R1 nets −800);
    // buyers 甲 乙 丙; covered 甲 乙 丙 丁 (丁 bought 2024-06, inside 2024-04..2025-03).
    expect(a).toMatchObject({ salesCents: 350_000, transactions: 3, buyers: 3, covered: 4, lines: 5 });
  });

  it('counts period B', () => {
    // Sales 3000 + 1000 − 123 + 2000 = 5877; orders O5 O6 O8 (O7 is a return);
    // buyers 甲 戊; covered 甲 戊 己 (乙 only returned, 己 bought 2025-12).
    expect(b).toMatchObject({ salesCents: 587_700, transactions: 3, buyers: 2, covered: 3, lines: 4 });
    expect(diagnosis.figures.linesOutsidePeriods).toBe(2);
  });

  it('gives the factors on both bases, multiplying back to sales to the cent', () => {
    expect(a.factors.transactions).toMatchObject({ ok: true, productCents: 350_000, identityHolds: true });
    expect(b.factors.transactions).toEqual({ ok: true, factors: [3, 1, 195_900], productCents: 587_700, identityHolds: true });
    expect(b.factors.buyers).toEqual({ ok: true, factors: [3, 2 / 3, 293_850], productCents: 587_700, identityHolds: true });
    if (!a.factors.transactions.ok) return;
    expect(a.factors.transactions.factors[1]).toBe(0.75);
    expect(a.factors.transactions.factors[2]).toBeCloseTo(116_666.667, 3);
  });

  it('splits the change of 2377 yuan over the three factors, to the cent', () => {
    const split = diagnosis.attribution.transactions;
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(split.changeCents).toBe(237_700);
    const [customers, active, average] = split.contributionsCents;
    expect(customers + active + average).toBe(237_700);
    // Covered fell 4 → 3, frequency rose 0.75 → 1, the average rose 1166.67 → 1959.
    expect(customers).toBeLessThan(0);
    expect(active).toBeGreaterThan(0);
    expect(average).toBeGreaterThan(0);
    // L(5877, 3500) · ln(3/4), by hand: (2377 / ln(5877/3500)) · ln 0.75 = −1314.82…
    expect(customers / 100).toBeCloseTo((2377 / Math.log(5877 / 3500)) * Math.log(0.75), 1);
  });

  it('ranks regions by their change, which add up to the total change', () => {
    const regions = diagnosis.units.region.transactions;
    expect(regions.map((unit) => [unit.label, unit.changeCents])).toEqual([
      ['华东', 250_000], // 1500 → 4000 (丙's sale and credit note cancel)
      ['华西', -12_300], // 2000 → 1877
    ]);
    expect(regions[0]?.a).toMatchObject({ covered: 2, transactions: 2, buyers: 2, salesCents: 150_000 });
  });

  it('keeps rows with a blank rep under the "not given" unit, ranked like any other', () => {
    const reps = diagnosis.units.rep.transactions;
    expect(reps.map((unit) => [unit.label, unit.changeCents])).toEqual([
      ['李', 250_000],
      [null, -12_300],
    ]);
    expect(diagnosis.units.dealer.transactions).toEqual([]);
  });

  it('bridges the customers: 3500 + 2000 new − 2123 lost + 2500 growth − 0 decline = 5877', () => {
    expect(diagnosis.bridge).toMatchObject({
      salesACents: 350_000,
      salesBCents: 587_700,
      newCents: 200_000,
      lostCents: 212_300,
      growthCents: 250_000,
      declineCents: 0,
      customers: { new: 1, lost: 1, grew: 1, shrank: 0, unchanged: 0, returnsOnly: 0 },
    });
    expect(diagnosis.bridge.movers.map((move) => [move.customer, move.kind, move.changeCents])).toEqual([
      ['甲', 'grew', 250_000],
      ['乙', 'lost', -212_300],
      ['戊', 'new', 200_000],
    ]);
  });

  it('uses a customer list when given, adding buyers missing from it', () => {
    const listed = diagnose(ledger, { coverage: { kind: 'list', customers: [' 甲 ', '乙', '丙', '丁', '壬', ''] } });
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.diagnosis.figures.a).toMatchObject({ covered: 5, buyersOutsideList: 0 });
    // 戊 ordered in B without being on the list.
    expect(listed.diagnosis.figures.b).toMatchObject({ covered: 6, buyersOutsideList: 1 });
  });

  it('reads each line as a transaction when there is no order column', () => {
    const { order: _unused, ...withoutOrders } = mapping;
    const built = buildLedger(rows, withoutOrders);
    if (!built.ok) throw new Error(built.error);
    const result = diagnose(built.ledger);
    if (!result.ok) throw new Error(result.error);
    // A: five positive lines less 丙's credit note line → 4; B: three positive lines.
    expect(result.diagnosis.figures.a).toMatchObject({ transactions: 4, buyers: 3, salesCents: 350_000 });
    expect(result.diagnosis.figures.b).toMatchObject({ transactions: 3, buyers: 2, salesCents: 587_700 });
  });

  it('reads a blank order number as a transaction of its own and counts such rows', () => {
    const withBlank = [...rows, { row: 99, cells: ['甲', '2026-03-25', '50', '', '华东', '李'] }];
    const built = ledgerOf(withBlank);
    expect(built.rowsWithoutOrder).toBe(1);
    expect(diagnosisOf(built).figures.b).toMatchObject({ transactions: 4, salesCents: 592_700 });
  });
});

describe('bad input', () => {
  it('refuses a mapping without customer, date or amount, or with a column twice', () => {
    expect(createLedgerBuilder({ date: 1, amount: 2 })).toEqual({ ok: false, error: 'missing-customer' });
    expect(createLedgerBuilder({ customer: 0, amount: 2 })).toEqual({ ok: false, error: 'missing-date' });
    expect(createLedgerBuilder({ customer: 0, date: 1 })).toEqual({ ok: false, error: 'missing-amount' });
    expect(createLedgerBuilder({ customer: 0, date: 1, amount: 1 })).toEqual({ ok: false, error: 'column-twice' });
    expect(createLedgerBuilder({ customer: -1, date: 1, amount: 2 })).toEqual({ ok: false, error: 'invalid-column' });
  });

  it('says there are no dates when no row could be read', () => {
    const built = buildLedger([{ row: 2, cells: ['', 'x', 'y'] }], { customer: 0, date: 1, amount: 2 });
    if (!built.ok) throw new Error(built.error);
    expect(built.ledger.rejected.map((problem) => problem.field)).toEqual(['customer', 'date', 'amount']);
    expect(diagnose(built.ledger)).toEqual({ ok: false, error: 'no-dates' });
  });

  it('gives a code, not NaN, when a period has no transaction', () => {
    const built = buildLedger([{ row: 2, cells: ['甲', '2026-03-01', '100'] }], { customer: 0, date: 1, amount: 2 });
    if (!built.ok) throw new Error(built.error);
    const result = diagnose(built.ledger);
    if (!result.ok) throw new Error(result.error);
    expect(result.diagnosis.figures.a.factors.transactions).toEqual({ ok: false, code: 'no-covered' });
    expect(result.diagnosis.attribution.transactions).toEqual({ ok: false, code: 'empty-period', period: 'a', changeCents: 10_000 });
    expect(result.diagnosis.units.region.transactions).toEqual([]);
  });

  it('gives a code when returns outweigh sales in a period', () => {
    const cells = [
      ['甲', '2025-03-01', '100'],
      ['甲', '2026-03-01', '100'],
      ['甲', '2026-03-02', '-300'],
    ];
    const built = buildLedger(cells.map((row, index) => ({ row: index + 2, cells: row })), { customer: 0, date: 1, amount: 2 });
    if (!built.ok) throw new Error(built.error);
    const result = diagnose(built.ledger);
    if (!result.ok) throw new Error(result.error);
    expect(result.diagnosis.attribution.buyers).toEqual({ ok: false, code: 'not-positive-sales', period: 'b', changeCents: -30_000 });
    expect(result.diagnosis.bridge).toMatchObject({ lostCents: 30_000, customers: { lost: 1 } });
  });

  it('lists rejected rows up to the limit and counts them all', () => {
    const bad = Array.from({ length: 10 }, (_, index) => ({ row: index + 2, cells: ['甲', 'x', '1'] }));
    const built = buildLedger(bad, { customer: 0, date: 1, amount: 2 }, { rejectedLimit: 4 });
    if (!built.ok) throw new Error(built.error);
    expect(built.ledger.rejected).toHaveLength(4);
    expect(built.ledger.rejectedCount).toBe(10);
  });
});
