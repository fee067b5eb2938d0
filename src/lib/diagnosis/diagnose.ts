/**
 * The whole diagnosis in one call, from a finished ledger: the periods, the figures of both, the
 * change attributed on both bases, the same per region, rep and dealer, and the customer bridge.
 * What the worker posts back and what the page renders.
 *
 * Pure module.
 */

import { bases, periodFigures, unitCounts, type Basis, type Figures } from './aggregate.ts';
import { attributeChange, attributeUnits, type FactorAttribution, type UnitAttribution } from './attribution.ts';
import { customerBridge, type CustomerBridge } from './bridge.ts';
import { unitDimensions, type Ledger, type UnitDimension } from './ledger.ts';
import {
  choosePeriods,
  DEFAULT_COVERAGE,
  DEFAULT_LOOK_BACK_MONTHS,
  DEFAULT_PERIOD_CHOICE,
  type Coverage,
  type PeriodError,
  type PeriodPair,
  type PeriodRequest,
} from './periods.ts';

export interface DiagnosisRequest {
  /** Default: this month (of the latest date) against the same month a year before. */
  periods?: PeriodRequest;
  /** Default: the twelve-month look-back. */
  coverage?: Coverage;
  /** How many customers the bridge lists by name. */
  moversLimit?: number;
}

export interface Diagnosis {
  periods: PeriodPair;
  /** Period B runs past the latest date in the file. */
  partial: boolean;
  figures: Figures;
  attribution: Record<Basis, FactorAttribution>;
  /** Per dimension the mapping had a column for (others are empty), per basis, ranked. */
  units: Record<UnitDimension, Record<Basis, UnitAttribution[]>>;
  bridge: CustomerBridge;
}

export type DiagnosisResult = { ok: true; diagnosis: Diagnosis } | { ok: false; error: PeriodError | 'bad-coverage' };

export function diagnose(ledger: Ledger, request: DiagnosisRequest = {}): DiagnosisResult {
  const chosen = choosePeriods(request.periods ?? { choice: DEFAULT_PERIOD_CHOICE }, ledger.lastDay);
  if (!chosen.ok) return chosen;
  const coverage = request.coverage ?? DEFAULT_COVERAGE;
  const figured = periodFigures(ledger, chosen.periods, coverage);
  if (!figured.ok) return figured;
  const { figures } = figured;
  const months = coverage.kind === 'look-back' ? coverage.months : DEFAULT_LOOK_BACK_MONTHS;

  const attribution = byBasis((basis) => attributeChange(figures.a, figures.b, basis));
  const units = {} as Record<UnitDimension, Record<Basis, UnitAttribution[]>>;
  for (const dimension of unitDimensions) {
    const counts = unitCounts(ledger, dimension, chosen.periods, months);
    units[dimension] = byBasis((basis) => attributeUnits(counts, basis));
  }
  const bridgeOptions = request.moversLimit === undefined ? {} : { moversLimit: request.moversLimit };
  return {
    ok: true,
    diagnosis: {
      periods: chosen.periods,
      partial: chosen.partial,
      figures,
      attribution,
      units,
      bridge: customerBridge(ledger, chosen.periods, bridgeOptions),
    },
  };
}

function byBasis<T>(compute: (basis: Basis) => T): Record<Basis, T> {
  const result = {} as Record<Basis, T>;
  for (const basis of bases) result[basis] = compute(basis);
  return result;
}
