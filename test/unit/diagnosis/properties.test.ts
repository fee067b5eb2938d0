// Properties over random transaction sets, and a plain re-computation of the figures to compare with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factorsOf, periodFigures, unitCounts, type PeriodCounts } from '../../../src/lib/diagnosis/aggregate';
import { attributeChange, attributeUnits } from '../../../src/lib/diagnosis/attribution';
import { customerBridge } from '../../../src/lib/diagnosis/bridge';
import { dayOf, isoDate } from '../../../src/lib/diagnosis/calendar';
import { diagnose } from '../../../src/lib/diagnosis/diagnose';
import { buildLedger, createLedgerBuilder, unitDimensions, type DiagnosisMapping } from '../../../src/lib/diagnosis/ledger';
import { lookBackWindow, type Period, type PeriodPair, type PeriodRequest } from '../../../src/lib/diagnosis/periods';

const day = (y: number, m: number, d: number): number => dayOf(y, m, d) ?? 0;
const FIRST = day(2024, 1, 1);
const LAST = day(2026, 6, 30);
const mapping: DiagnosisMapping = { customer: 0, date: 1, amount: 2, order: 3, region: 4, rep: 5, dealer: 6 };

interface Line {
  customer: string;
  day: number;
  cents: number;
  order: string;
  region: string;
  rep: string;
  dealer: string;
  /** A row the reader must refuse (an impossible date), to check refusals change nothing else. */
  bad: boolean;
}

const pick = (prefix: string, count: number) => fc.constantFrom(...Array.from({ length: count }, (_, i) => `${prefix}${i}`));
const lineArb: fc.Arbitrary<Line> = fc.record({
  customer: pick('C', 8),
  day: fc.integer({ min: FIRST, max: LAST }),
  // Mostly sales, some returns, a few zero lines.
  cents: fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 5_000_000 }), weight: 6 },
    { arbitrary: fc.integer({ min: -2_000_000, max: -1 }), weight: 2 },
    { arbitrary: fc.constant(0), weight: 1 },
  ),
  order: fc.oneof(pick('O', 10), fc.constant('')),
  region: fc.oneof(pick('R', 3), fc.constant('')),
  rep: pick('P', 4),
  dealer: fc.oneof(pick('D', 2), fc.constant('')),
  bad: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

const amountText = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
const cellsOf = (line: Line) => [
  line.customer, line.bad ? '2026-02-30' : isoDate(line.day), amountText(line.cents), line.order, line.region, line.rep, line.dealer,
];
const rowsOf = (lines: readonly Line[]) => lines.map((line, index) => ({ row: index + 2, cells: cellsOf(line) }));

const ledgerOf = (rows: ReturnType<typeof rowsOf>) => {
  const built = buildLedger(rows, mapping);
  if (!built.ok) throw new Error(built.error);
  return built.ledger;
};

const periodArb: fc.Arbitrary<Period> = fc
  .tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 200 }))
  .map(([start, length]) => ({ start, end: start + length }));
const requestArb: fc.Arbitrary<PeriodRequest> = fc.oneof(
  fc.constantFrom<PeriodRequest>(
    { choice: 'same-month-last-year' },
    { choice: 'previous-month' },
    { choice: 'quarter' },
    { choice: 'year-to-date' },
  ),
  fc.tuple(periodArb, periodArb).map(([a, b]) => ({ choice: 'custom' as const, a, b })),
);
const linesArb = fc.array(lineArb, { minLength: 1, maxLength: 60 });
// Lines in March 2025 and March 2026 only, so the default periods nearly always have a split.
const MARCH_2025 = day(2025, 3, 1);
const MARCH_2026 = day(2026, 3, 1);
const denseLinesArb = fc.array(
  fc.tuple(lineArb, fc.boolean(), fc.integer({ min: 0, max: 30 })).map(([line, later, offset]) => ({
    ...line,
    day: (later ? MARCH_2026 : MARCH_2025) + offset,
  })),
  { minLength: 1, maxLength: 60 },
);

/** The figures computed the plain way, straight from the lines, as a query would. */
function reference(lines: readonly Line[], period: Period, window: Period): PeriodCounts {
  const used = lines.filter((line) => !line.bad);
  const inside = (line: Line, range: Period) => line.day >= range.start && line.day <= range.end;
  const inPeriod = used.filter((line) => inside(line, period));
  const orderNets = new Map<string, { customer: string; net: number }>();
  const buyers = new Set<string>();
  let transactions = 0;
  for (const line of inPeriod) {
    if (line.order === '') {
      if (line.cents > 0) {
        transactions += 1;
        buyers.add(line.customer);
      }
      continue;
    }
    const key = `${line.customer}|${line.order}`;
    const entry = orderNets.get(key) ?? { customer: line.customer, net: 0 };
    entry.net += line.cents;
    orderNets.set(key, entry);
  }
  for (const { customer, net } of orderNets.values()) {
    if (net > 0) {
      transactions += 1;
      buyers.add(customer);
    }
  }
  const covered = new Set(used.filter((line) => line.cents > 0 && inside(line, window)).map((line) => line.customer));
  return {
    covered: covered.size,
    transactions,
    buyers: buyers.size,
    salesCents: inPeriod.reduce((sum, line) => sum + line.cents, 0),
    lines: inPeriod.length,
  };
}

/** Paths of every number in a value that is NaN or infinite. */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => nonFinite(inner, `${path}.${key}`));
}

const countsOnly = ({ covered, transactions, buyers, salesCents, lines }: PeriodCounts): PeriodCounts => ({
  covered, transactions, buyers, salesCents, lines,
});

describe('properties over random transaction sets', () => {
  it('agrees with a plain re-computation from the lines, for any periods and look-back', () => {
    fc.assert(
      fc.property(linesArb, periodArb, periodArb, fc.integer({ min: 1, max: 24 }), (lines, a, b, months) => {
        const figures = periodFigures(ledgerOf(rowsOf(lines)), { a, b }, { kind: 'look-back', months });
        if (!figures.ok) throw new Error(figures.error);
        expect(countsOnly(figures.figures.a)).toEqual(reference(lines, a, lookBackWindow(a, months)));
        expect(countsOnly(figures.figures.b)).toEqual(reference(lines, b, lookBackWindow(b, months)));
      }),
    );
  });

  it('multiplies the factors back to sales to the cent, on both bases', () => {
    fc.assert(
      fc.property(linesArb, requestArb, (lines, periods) => {
        const result = diagnose(ledgerOf(rowsOf(lines)), { periods });
        if (!result.ok) return;
        for (const figures of [result.diagnosis.figures.a, result.diagnosis.figures.b]) {
          expect(figures.buyers).toBeLessThanOrEqual(figures.covered);
          expect(figures.buyers).toBeLessThanOrEqual(figures.transactions);
          for (const factors of Object.values(figures.factors)) {
            if (factors.ok) expect(factors.productCents).toBe(figures.salesCents);
            if (factors.ok) expect(factors.identityHolds).toBe(true);
          }
        }
      }),
    );
  });

  it('holds the identity to the cent for large counts and sales too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 20_000_000 }),
        fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }),
        (covered, transactions, salesCents) => {
          const counts = { covered, transactions, buyers: Math.min(covered, transactions), salesCents, lines: transactions };
          for (const basis of ['transactions', 'buyers'] as const) {
            const factors = factorsOf(counts, basis);
            expect(factors.ok && factors.identityHolds).toBe(true);
          }
        },
      ),
    );
  });

  it('splits the change over the factors in cents that always sum to the change', () => {
    let splits = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.tuple(linesArb, requestArb), fc.tuple(denseLinesArb, fc.constant<PeriodRequest>({ choice: 'same-month-last-year' }))),
        ([lines, periods]) => {
          const result = diagnose(ledgerOf(rowsOf(lines)), { periods });
          if (!result.ok) return;
          const { a, b } = result.diagnosis.figures;
          for (const split of Object.values(result.diagnosis.attribution)) {
            expect(split.changeCents).toBe(b.salesCents - a.salesCents);
            if (!split.ok) continue;
            const [customers, active, average] = split.contributionsCents;
            expect(customers + active + average).toBe(split.changeCents);
            for (const part of split.contributionsCents) expect(Number.isInteger(part)).toBe(true);
          }
          if (result.diagnosis.attribution.transactions.ok) splits += 1;
          // No NaN or Infinity anywhere a page could show.
          expect(nonFinite(result.diagnosis)).toEqual([]);
        },
      ),
    );
    // The property is about splits, so enough of the random cases must have one.
    expect(splits).toBeGreaterThan(10);
  });

  it('closes the customer bridge to the cent', () => {
    fc.assert(
      fc.property(linesArb, requestArb, (lines, periods) => {
        const result = diagnose(ledgerOf(rowsOf(lines)), { periods });
        if (!result.ok) return;
        const { bridge, figures } = result.diagnosis;
        expect(bridge.salesACents).toBe(figures.a.salesCents);
        expect(bridge.salesBCents).toBe(figures.b.salesCents);
        expect(bridge.salesACents + bridge.newCents - bridge.lostCents + bridge.growthCents - bridge.declineCents).toBe(bridge.salesBCents);
        for (const amount of [bridge.newCents, bridge.lostCents, bridge.growthCents, bridge.declineCents]) {
          expect(amount).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('gives unit rows that sum to the total change, each with its own identity and split', () => {
    fc.assert(
      fc.property(fc.oneof(linesArb, denseLinesArb), requestArb, (lines, periods) => {
        const result = diagnose(ledgerOf(rowsOf(lines)), { periods });
        if (!result.ok) return;
        const { figures, units } = result.diagnosis;
        const change = figures.b.salesCents - figures.a.salesCents;
        for (const dimension of unitDimensions) {
          for (const rows of Object.values(units[dimension])) {
            expect(rows.reduce((sum, row) => sum + row.changeCents, 0)).toBe(change);
            expect(rows.reduce((sum, row) => sum + row.a.salesCents, 0)).toBe(figures.a.salesCents);
            for (const row of rows) {
              expect(row.a.buyers).toBeLessThanOrEqual(row.a.covered);
              for (const side of [row.a, row.b]) {
                const factors = factorsOf(side, 'transactions');
                if (factors.ok) expect(factors.productCents).toBe(side.salesCents);
              }
              if (row.attribution.ok) {
                const [x, y, z] = row.attribution.contributionsCents;
                expect(x + y + z).toBe(row.changeCents);
              }
            }
          }
        }
      }),
    );
  });

  it('gives the same diagnosis whatever order the rows come in', () => {
    fc.assert(
      fc.property(
        linesArb.chain((lines) => fc.tuple(fc.constant(rowsOf(lines)), fc.shuffledSubarray(rowsOf(lines), { minLength: lines.length }))),
        requestArb,
        ([rows, shuffled], periods) => {
          const first = ledgerOf(rows);
          const second = ledgerOf(shuffled);
          expect(second.rejected).toEqual(first.rejected);
          expect(diagnose(second, { periods })).toEqual(diagnose(first, { periods }));
        },
      ),
    );
  });

  it('gives the same ledger when rows are fed in chunks with a look at the result between them', () => {
    fc.assert(
      fc.property(linesArb, fc.integer({ min: 0, max: 60 }), (lines, cut) => {
        const rows = rowsOf(lines);
        const created = createLedgerBuilder(mapping);
        if (!created.ok) throw new Error(created.error);
        rows.slice(0, cut).forEach(({ row, cells }) => created.builder.add(row, cells));
        created.builder.finish();
        rows.slice(cut).forEach(({ row, cells }) => created.builder.add(row, cells));
        expect(created.builder.finish()).toEqual(ledgerOf(rows));
      }),
    );
  });
});

describe('the pieces agree with each other', () => {
  it('attributes units computed directly the same as the diagnosis does', () => {
    fc.assert(
      fc.property(linesArb, periodArb, periodArb, (lines, a, b) => {
        const ledger = ledgerOf(rowsOf(lines));
        const periods: PeriodPair = { a, b };
        const result = diagnose(ledger, { periods: { choice: 'custom', a, b } });
        if (!result.ok) throw new Error(result.error);
        expect(result.diagnosis.units.region.buyers).toEqual(attributeUnits(unitCounts(ledger, 'region', periods, 12), 'buyers'));
        expect(result.diagnosis.bridge).toEqual(customerBridge(ledger, periods));
        expect(result.diagnosis.attribution.transactions).toEqual(
          attributeChange(result.diagnosis.figures.a, result.diagnosis.figures.b, 'transactions'),
        );
      }),
    );
  });
});
