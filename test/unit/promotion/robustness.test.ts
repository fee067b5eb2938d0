import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fabeConnectors } from '../../../src/i18n/promotion/fabe';
import {
  assemblePlanScripts,
  compareActuals,
  decodePlan,
  durationsFromPhases,
  elementCompleteness,
  elementKeys,
  encodePlan,
  exportPlanJson,
  generateTimetable,
  importPlanJson,
  planCompleteness,
  planReturn,
  planReturnInputs,
  planSchema,
  planWarnings,
  phasesOutOfOrder,
  touchPlan,
  type Plan,
} from '../../../src/lib/promotion';
import { allNumbersFinite, anyPlan, planInput } from './arbitraries';

/** Every public function over a plan, with its result. */
function everything(plan: Plan) {
  const timetable = generateTimetable(plan.period);
  return {
    completeness: planCompleteness(plan),
    elements: elementKeys.map((key) => elementCompleteness(plan, key)),
    warnings: planWarnings(plan),
    returnInputs: planReturnInputs(plan),
    return: planReturn(plan),
    actuals: compareActuals(plan),
    scriptsZh: assemblePlanScripts(plan, fabeConnectors['zh-CN']),
    scriptsEn: assemblePlanScripts(plan, fabeConnectors.en),
    timetable,
    regenerated: generateTimetable(plan.period, durationsFromPhases(plan.timetable.phases, plan.period)),
    order: phasesOutOfOrder(plan.timetable.phases),
    touched: touchPlan(plan, new Date('2026-01-01T00:00:00Z')),
    exported: importPlanJson(exportPlanJson(plan)),
    shared: decodePlan(encodePlan(plan)),
  };
}

describe('no plan, however incomplete, breaks the logic', () => {
  it('every partial input the schema accepts parses', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        expect(planSchema.safeParse(input).success).toBe(true);
      }),
    );
  });

  it('no function throws and no result holds NaN or infinity', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        const results = everything(plan);
        expect(allNumbersFinite(results)).toBe(true);
        expect(results.exported).toEqual({ ok: true, plan });
        expect(results.shared).toEqual({ ok: true, plan });
        expect(planSchema.safeParse(results.touched).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('whatever JSON is imported, the plan it yields works with every function', () => {
    const texts = fc.oneof(
      fc.jsonValue().map((plan) => JSON.stringify({ format: 'yeji-playbook/promotion-plan', version: 1, plan })),
      planInput.map((plan) => JSON.stringify({ format: 'yeji-playbook/promotion-plan', version: 1, plan })),
      fc.json(),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = importPlanJson(text);
        if (result.ok) expect(allNumbersFinite(everything(result.plan))).toBe(true);
      }),
    );
  });
});
