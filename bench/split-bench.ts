/**
 * Times the Target splitter on 1,000 units × 12 months: each method once per run, with caps on
 * every unit and a seasonal profile, median of several runs.
 *
 * Run from /work/main: npx node bench/split-bench.ts   (Node 24 strips the types itself)
 */

import { splitMethods, type SplitUnit } from '../src/lib/target-split/model.ts';
import { planTargets, splitTarget, type TargetPlanInput } from '../src/lib/target-split/split.ts';

const UNITS = 1000;
const RUNS = 15;
const WARMUP = 3;

/** A small deterministic generator so every run times the same data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeUnits(count: number): SplitUnit[] {
  const random = generator(42);
  return Array.from({ length: count }, (_, index) => {
    const history = Math.round(200_000 + random() * 2_000_000);
    const potential = Math.round(history * (0.8 + random() * 1.2));
    const months = Array.from({ length: 12 }, (_, month) => Math.round((history / 12) * (0.6 + random() * 0.8 + (month === 10 ? 0.5 : 0))));
    return {
      name: `Unit ${index + 1}`,
      history,
      potential,
      weight: 1 + Math.round(random() * 9),
      min: Math.round(history * 0.6),
      max: Math.round(Math.max(potential, history) * 1.6),
      commitment: Math.round(history * (1 + random() * 0.4)),
      months,
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function time(action: () => unknown): number {
  for (let run = 0; run < WARMUP; run += 1) action();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  return median(times);
}

const units = makeUnits(UNITS);
const historyTotal = units.reduce((total, unit) => total + (unit.history ?? 0), 0);
const base = {
  total: Math.round(historyTotal * 1.2),
  alpha: 0.6,
  overPercent: 5,
  roundingUnit: 1000,
  units,
};

// Warm every code path once so the first method timed does not pay for the JIT.
for (const method of splitMethods) {
  for (let run = 0; run < WARMUP; run += 1) planTargets({ ...base, method, seasonality: 'retail-peaks' });
}

const rows: { method: string; notices: string; 'split ms': string; 'split + months ms': string; 'history months ms': string }[] = [];
for (const method of splitMethods) {
  const input: TargetPlanInput = { ...base, method, seasonality: 'retail-peaks' };
  const check = planTargets(input);
  if (!check.ok) throw new Error(`${method}: ${JSON.stringify(check.issues)}`);
  rows.push({
    method,
    notices: check.notices.map((notice) => `${notice.code}(${notice.units.length})`).join(' ') || '—',
    'split ms': time(() => splitTarget(input)).toFixed(2),
    'split + months ms': time(() => planTargets(input)).toFixed(2),
    'history months ms': time(() => planTargets({ ...input, seasonality: 'history' })).toFixed(2),
  });
}

console.log(`Target splitter: ${UNITS} units × 12 months, caps on every unit, rounding unit 1000, 5 % over-assignment.`);
console.log(`Median of ${RUNS} runs after ${WARMUP} warm-up runs; Node ${process.version}.`);
console.table(rows);
