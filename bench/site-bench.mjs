// The site benchmark: `npm run bench`. Builds the site, serves it, and prints one table per
// measure (bytes per page type, JavaScript before interaction, Lighthouse, build, search), then
// writes the same report to bench/latest.md. It reports; it does not pass or fail.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { frameworkChunk, islandsOf, withStaticImports } from '../test/e2e/support/scripts.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const port = Number(process.env.BENCH_PORT ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** One representative page per page type, in both languages where it matters. */
const pageTypes = [
  ['home', '/'],
  ['chapter', '/course/promotion/'],
  ['chapter (en)', '/en/course/promotion/'],
  ['tool', '/tools/growth/'],
  ['worksheet', existsSync(join(dist, 'worksheets/monthly-plan/index.html')) ? '/worksheets/monthly-plan/' : '/worksheets/'],
  ['glossary', '/glossary/'],
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1);

function folderSize(folder) {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderSize(path) : statSync(path).size);
  }, 0);
}

function fileFor(url) {
  let path = decodeURIComponent(new URL(url).pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dist, path);
  return existsSync(file) ? file : null;
}

function kindOf(file) {
  if (/\.html$/.test(file)) return 'html';
  if (/\.css$/.test(file)) return 'css';
  if (/\.m?js$/.test(file)) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  return 'other';
}

// 1. Build, timed.
const buildStart = performance.now();
execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - buildStart) / 1000;
const distBytes = folderSize(dist);

// 2. Serve the build.
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore', detached: true });
for (let tries = 0; tries < 100; tries += 1) {
  try {
    if ((await fetch(origin)).ok) break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, `--remote-debugging-port=9333`] });
const report = [];
try {
  // 3. What each page type transfers before anyone interacts.
  report.push('## Bytes per page type (before interaction)', '');
  report.push('Compressed as a static host serves them: gzip -9 and brotli 11. JS is all JavaScript fetched before interaction.', '');
  report.push('| page type | page | requests | html gz | css gz | js gz | font gz | total gz | total br |', '|---|---|---|---|---|---|---|---|---|');
  for (const [type, path] of pageTypes) {
    const page = await browser.newPage();
    const urls = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(origin + path);
    await page.waitForLoadState('networkidle');
    const byKind = { html: 0, css: 0, js: 0, font: 0, other: 0 };
    let brotli = 0;
    for (const url of urls) {
      const file = fileFor(url);
      if (!file) continue;
      const bytes = readFileSync(file);
      byKind[kindOf(file)] += gzipSync(bytes, { level: 9 }).length;
      brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    const total = Object.values(byKind).reduce((a, b) => a + b, 0);
    report.push(`| ${type} | ${path} | ${urls.length} | ${kb(byKind.html)} | ${kb(byKind.css)} | ${kb(byKind.js)} | ${kb(byKind.font)} | ${kb(total)} | ${kb(brotli)} |`);
    await page.close();
  }

  // 3b. Each tool island: its own JavaScript (the framework apart), and what loads on use.
  report.push('', '## Tool islands', '', 'gzip -9 of the island and the chunks it imports statically; Preact, Astro\'s loader and Vite\'s preload helper are listed apart.', '');
  report.push('| island | own JS gz | framework gz |', '|---|---|---|');
  const islands = new Set();
  for (const [, path] of pageTypes) for (const island of islandsOf(readFileSync(fileFor(origin + path), 'utf8'))) islands.add(island);
  for (const tool of readdirSync(join(dist, 'tools'))) {
    const html = join(dist, 'tools', tool, 'index.html');
    if (existsSync(html)) for (const island of islandsOf(readFileSync(html, 'utf8'))) islands.add(island);
  }
  for (const island of islands) {
    const files = [...withStaticImports(dist, island)];
    const size = (list) => list.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
    report.push(`| ${island.replace(/^\/_astro\//, '')} | ${kb(size(files.filter((f) => !frameworkChunk.test(f))))} | ${kb(size(files.filter((f) => frameworkChunk.test(f))))} |`);
  }

  // 4. Lighthouse, mobile profile (its default), one run per page type.
  report.push('', '## Lighthouse (mobile profile)', '', '| page type | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|');
  for (const [type, path] of pageTypes) {
    const result = await lighthouse(origin + path, { port: 9333, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const score = (key) => Math.round((result?.lhr.categories[key]?.score ?? 0) * 100);
    report.push(`| ${type} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
  }

  // 5. Search: from typing a Chinese query to the first result on screen. "Cold" is the first
  // query of a visit: the dialog has just been opened (which starts the search engine, as it does
  // for a person, who needs a moment to start typing) and the query's index chunks are not yet
  // downloaded. "Warm" queries come later in the same visit.
  const cold = [];
  const warm = [];
  const queries = ['活跃率', '回款', '促销预算', '一对一辅导', '经销商激励'];
  const timeQuery = async (page, query) => {
    const input = page.locator('dialog .pagefind-ui__search-input');
    await input.fill('');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ state: 'detached' }).catch(() => undefined);
    const started = await page.evaluate(() => performance.now());
    await input.fill(query);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    return (await page.evaluate(() => performance.now())) - started;
  };
  for (const query of queries) {
    const page = await browser.newPage();
    await page.goto(`${origin}/course/overview/`);
    await page.keyboard.press('Control+K');
    await page.locator('dialog .pagefind-ui__search-input').waitFor();
    await page.waitForLoadState('networkidle');
    cold.push(await timeQuery(page, query));
    for (const other of queries.filter((q) => q !== query).slice(0, 2)) warm.push(await timeQuery(page, other));
    await page.close();
  }
  report.push('', '## Search', '', 'Typing a Chinese query to the first result on screen, on a local preview:', '',
    `- first query of a visit (dialog open, query's index chunks not yet downloaded): median ${median(cold).toFixed(0)} ms, slowest ${Math.max(...cold).toFixed(0)} ms (${cold.length} runs)`,
    `- later queries: median ${median(warm).toFixed(0)} ms, slowest ${Math.max(...warm).toFixed(0)} ms (${warm.length} runs)`);
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}

report.push('', '## Build', '', `Whole build, search index included: ${buildSeconds.toFixed(1)} s on ${(await import('node:os')).cpus().length} cores. dist/: ${(distBytes / 1024 / 1024).toFixed(1)} MB.`);
const text = [`# Site benchmark`, '', `Measured ${new Date().toISOString()} with \`npm run bench\`.`, '', ...report, ''].join('\n');
writeFileSync(join(root, 'bench/latest.md'), text);
console.log(text);
