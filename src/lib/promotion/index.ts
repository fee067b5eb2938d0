/**
 * The promotion plan builder's logic (市场推广十二要素): the plan's schema, completeness and
 * cross-checks, FABE scripts, the timetable, budget and return, and moving plans in and out.
 */

export * from './schema';
export * from './dates';
export * from './completeness';
export * from './checks';
export * from './fabe';
export * from './timetable';
export * from './timetableGenerator';
export * from './return';
export * from './budget';
export * from './actuals';
export * from './transfer';
export { examplePlan } from './example';
