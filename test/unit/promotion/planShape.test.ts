import { describe, expect, it } from 'vitest';
import { blankRows, emptyPlan, MAX_DRAFT_LENGTH, rowLists } from '../../../src/lib/promotion/planShape';
import {
  budgetLineSchema,
  checkpointSchema,
  invitationSchema,
  metricValueSchema,
  ownerSchema,
  planSchema,
  productSchema,
} from '../../../src/lib/promotion/schema';
import { MAX_DRAFT_LENGTH as storeLimit, PLAN_STORE_PREFIX, planKey } from '../../../src/lib/promotion/planStore';
import { storageKey } from '../../../src/lib/storageKey';

// planShape.ts writes out what the schemas give for blank input, so the builder's first paint
// needs no zod; these tests keep the two in step (toStrictEqual: no key more, none missing).
describe('the zod-free blank plan and rows', () => {
  it('equal what the schemas parse from nothing', () => {
    expect(emptyPlan()).toStrictEqual(planSchema.parse({}));
    const now = new Date('2026-03-01T08:00:00Z');
    expect(emptyPlan({ id: 'p', now })).toStrictEqual({
      ...planSchema.parse({}),
      id: 'p',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it('give a fresh object each time', () => {
    const first = emptyPlan();
    first.products.push(blankRows.products());
    expect(emptyPlan().products).toEqual([]);
    expect(blankRows.products()).not.toBe(blankRows.products());
  });

  it('give each list a blank row the schema would make', () => {
    const schemas = {
      products: productSchema,
      'budget.lines': budgetLineSchema,
      'communication.invitations': invitationSchema,
      'evaluation.owners': ownerSchema,
      'evaluation.checkpoints': checkpointSchema,
      'evaluation.actuals.metrics': metricValueSchema,
    } as const;
    expect(rowLists).toEqual(Object.keys(schemas));
    for (const list of rowLists) expect(blankRows[list]()).toStrictEqual(schemas[list].parse({}));
  });

  it('share their limits and key prefix with the store', () => {
    expect(MAX_DRAFT_LENGTH).toBe(storeLimit);
    // The page asks whether anything is saved under this prefix before it loads the store.
    expect(PLAN_STORE_PREFIX).toBe(storageKey('promotion'));
    expect(planKey('x').startsWith(`${storageKey('promotion')}:`)).toBe(true);
  });
});
