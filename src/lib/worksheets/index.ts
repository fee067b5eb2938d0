/**
 * Every worksheet of the playbook, by the slug its page lives at (src/lib/catalog.ts). A sheet's
 * definition is validated when this module loads, so a broken definition fails the build.
 */

import type { WorksheetSlug } from '../catalog';
import type { Worksheet } from './schema';
import { channelFiveSteps } from './sheets/channelFiveSteps';
import { coachingRecord } from './sheets/coachingRecord';
import { customerInsight } from './sheets/customerInsight';
import { dealerFiveSteps } from './sheets/dealerFiveSteps';
import { fabeCards } from './sheets/fabeCards';
import { growthDiagnosis } from './sheets/growthDiagnosis';
import { monthlyPlan } from './sheets/monthlyPlan';
import { promotionElements } from './sheets/promotionElements';
import { targetBreakdown } from './sheets/targetBreakdown';

export const worksheets: Record<WorksheetSlug, Worksheet> = {
  'monthly-plan': monthlyPlan,
  'growth-diagnosis': growthDiagnosis,
  'customer-insight': customerInsight,
  'dealer-five-steps': dealerFiveSteps,
  'channel-five-steps': channelFiveSteps,
  'promotion-elements': promotionElements,
  'fabe-cards': fabeCards,
  'target-breakdown': targetBreakdown,
  'coaching-record': coachingRecord,
};

/** The sheet at a slug. */
export function worksheetFor(slug: WorksheetSlug): Worksheet {
  return worksheets[slug];
}

export * from './schema';
export * from './values';
export * from './valuesSchema';
export * from './fill';
export * from './fillGrowth';
export * from './fillTargetSplit';
export * from './fillPromotion';
export * from './paper';
