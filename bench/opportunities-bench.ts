/**
 * Times the opportunity finder on a 20,000-row table, from file bytes to the ranked list:
 * decode + parse + recognise columns + read rows + classify + quadrants + rank (+ totals and split).
 *
 * Run from the project root: npx node bench/opportunities-bench.ts
 * Prints the median of several runs for a UTF-8 (with BOM) file and a GB18030 file.
 */

import { analyseOpportunities } from '../src/lib/opportunities/analysis.ts';
import { decodeBytes } from '../src/lib/csv/read.ts';
import { applyMapping, parseTable } from '../src/lib/opportunities/import.ts';
import { recognizeColumns } from '../src/lib/opportunities/columns.ts';

const ROWS = 20_000;
const RUNS = 9;

// GBK bytes of every Chinese character in the generated file, checked against the decoder below.
const GBK: Readonly<Record<string, readonly [number, number]>> = {
  客: [0xbf, 0xcd], 户: [0xbb, 0xa7], 名: [0xc3, 0xfb], 称: [0xb3, 0xc6], 本: [0xb1, 0xbe], 期: [0xc6, 0xda],
  销: [0xcf, 0xfa], 售: [0xca, 0xdb], 上: [0xc9, 0xcf], 潜: [0xc7, 0xb1], 力: [0xc1, 0xa6], 合: [0xba, 0xcf],
  作: [0xd7, 0xf7], 意: [0xd2, 0xe2], 愿: [0xd4, 0xb8], 区: [0xc7, 0xf8], 域: [0xd3, 0xf2], 华: [0xbb, 0xaa],
  东: [0xb6, 0xab], 南: [0xc4, 0xcf], 北: [0xb1, 0xb1], 店: [0xb5, 0xea],
};

function checkGbkTable(): void {
  const decoder = new TextDecoder('gb18030');
  for (const [ch, pair] of Object.entries(GBK)) {
    if (decoder.decode(Uint8Array.from(pair)) !== ch) throw new Error(`GBK table is wrong for ${ch}`);
  }
}

function gbkBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  let length = 0;
  for (const ch of text) {
    const pair = GBK[ch];
    if (pair) {
      bytes[length++] = pair[0];
      bytes[length++] = pair[1];
    } else {
      bytes[length++] = ch.charCodeAt(0);
    }
  }
  return bytes.subarray(0, length);
}

/** Small seeded generator so every run times the same table. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeCsv(): string {
  const next = random(20_240_601);
  const regions = ['华东', '华南', '华北'];
  const lines = ['客户名称,本期销售,上期销售,潜力,合作意愿,区域'];
  for (let i = 1; i <= ROWS; i++) {
    const covered = next() > 0.15;
    const sales = covered ? Math.round(next() ** 3 * 2_000_000) : 0;
    const last = next() > 0.2 ? String(Math.round(sales * (0.6 + next() * 0.8))) : '';
    const potential = next() > 0.1 ? `"${Math.round(sales * (0.8 + next() * 2) + next() * 500_000).toLocaleString('en-US')}"` : '';
    const willingness = next() > 0.1 ? String(1 + Math.floor(next() * 5)) : '';
    lines.push(`店${String(i).padStart(5, '0')},${sales},${last},${potential},${willingness},${regions[i % 3]}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function pipeline(bytes: Uint8Array): number {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new Error(decoded.error);
  const table = parseTable(decoded.text);
  if (!table.ok) throw new Error(table.error);
  const recognition = recognizeColumns(table.header);
  const mapped = applyMapping(table.rows, recognition.mapping, { units: recognition.units });
  if (!mapped.ok) throw new Error(mapped.error);
  if (mapped.rows.length !== ROWS) throw new Error(`read ${mapped.rows.length} rows, ${mapped.bad.length} bad`);
  const result = analyseOpportunities(mapped.rows);
  if (!result.ok) throw new Error(result.error);
  return result.rows.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(label: string, bytes: Uint8Array): void {
  pipeline(bytes); // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    pipeline(bytes);
    times.push(performance.now() - start);
  }
  const kb = Math.round(bytes.length / 1024);
  console.log(`${label}: ${ROWS} rows, ${kb} KB, median ${median(times).toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
}

checkGbkTable();
const csv = makeCsv();
const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
const gb18030 = gbkBytes(csv);
if (decodeBytes(gb18030).ok === false || (decodeBytes(gb18030) as { encoding?: string }).encoding !== 'gb18030') {
  throw new Error('GB18030 bytes were not detected as GB18030');
}
console.log(`Node ${process.version}`);
time('UTF-8 with BOM', utf8);
time('GB18030', gb18030);
