import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { builtHtml, builtPages, distDir } from './support/dist';
import { islandsOf, scriptsBeforeInteraction, withStaticImports } from './support/scripts';

// Byte budgets of issues 9 and 15. Bytes are deterministic, so these are tests: each page is opened in
// Chromium, every request it makes before anyone touches it is recorded, and each requested file
// is measured compressed from dist/.
// - Reading pages: "25 KB compressed", measured as brotli (quality 11), which static hosts serve
//   to every current browser; of that, at most 8 KB of JavaScript.
// - Tool and worksheet pages (issue 15): what a person downloads, gzip -9: at most 30 KB of
//   JavaScript in all (framework, Preact, loader and Starlight's scripts included) and 14 KB of CSS,
//   none of it another tool's rules.
const kilobyte = 1024;
const readingPageBudget = 25 * kilobyte;
const readingPageScriptBudget = 8 * kilobyte;
const toolScriptBudget = 30 * kilobyte;
const toolStyleBudget = 14 * kilobyte;

const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Each file's compressed size (paths relative to dist/), their sum, and a list for failure messages. */
function measure(files: string[], compress: (bytes: Buffer) => number) {
  const sizes = files.map((file) => ({ file: file.replace(distDir, ''), bytes: compress(readFileSync(file)) }));
  const sum = (list: typeof sizes) => list.reduce((total, { bytes }) => total + bytes, 0);
  return { sizes, sum, total: sum(sizes), detail: sizes.map(({ file, bytes }) => `${file} ${bytes} B`).join(', ') };
}

/** The built file behind a URL of the preview. */
function fileOf(url: string): string | undefined {
  let path = decodeURIComponent(new URL(url).pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(distDir, path);
  return existsSync(file) ? file : undefined;
}

/** Everything the page requests from load until it is quiet, as built files. */
async function filesRequestedOnLoad(page: Page, path: string): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.ok() || response?.status() === 404, `${path} answered ${response?.status()}`).toBe(true);
  const files = urls.map((url) => fileOf(url) ?? join(distDir, '404.html'));
  return [...new Set(files)];
}

// The 404 page is served for unknown paths; everything else without an island is read, not used.
const readingPages = builtPages().filter((path) => !builtHtml(path).includes('<astro-island'));
const toolPages = builtPages().filter((path) => builtHtml(path).includes('<astro-island'));

test.describe('reading pages stay within 25 KB compressed, 8 KB of it JavaScript', () => {
  test.describe.configure({ mode: 'parallel' });
  test('there are reading pages in both languages', () => {
    expect(readingPages.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(8);
    expect(readingPages.filter((path) => !path.startsWith('/en/')).length).toBeGreaterThan(8);
  });
  for (const path of readingPages) {
    test(path, async ({ page }) => {
      const files = await filesRequestedOnLoad(page, path === '/404/' ? '/no-such-page/' : path);
      const { sizes, sum, total, detail } = measure(files, brotli);
      const script = sum(sizes.filter(({ file }) => file.endsWith('.js')));
      expect(total, `${path}: ${total} B, ${total - readingPageBudget} B over 25 KB (${detail})`).toBeLessThanOrEqual(readingPageBudget);
      expect(script, `${path}: ${script} B of JavaScript, ${script - readingPageScriptBudget} B over 8 KB`).toBeLessThanOrEqual(
        readingPageScriptBudget,
      );
    });
  }
});

// Every tool and worksheet page, in both languages, before anyone uses it: everything a person
// downloads, framework and Starlight's scripts included. A tool downloads the code that reads links
// and saved copies (zod among it) only when it needs it (see useSavedTool), so a plain visit is
// what this measures; a visit from a link loads that code at once, and more than this.
const toolSlugs = ['growth', 'target-split', 'channel-score', 'opportunities', 'promotion'] as const;
/** The tool a page belongs to (its route slug), or null for a worksheet. */
const toolOf = (path: string) => toolSlugs.find((slug) => path.replace(/^\/en/, '') === `/tools/${slug}/`) ?? null;

test.describe('a tool or worksheet page loads at most 30 KB gzip of JavaScript and 14 KB gzip of CSS, none of it another tool’s', () => {
  test.describe.configure({ mode: 'parallel' });
  test('there are tool pages in both languages', () => {
    expect(toolPages.filter((path) => path.startsWith('/en/tools/')).length).toBe(5);
    expect(toolPages.filter((path) => path.startsWith('/tools/')).length).toBe(5);
  });
  for (const path of toolPages) {
    test(path, async ({ page }) => {
      const files = await filesRequestedOnLoad(page, path);
      const scripts = measure(files.filter((file) => file.endsWith('.js')), gzip);
      expect(scripts.total, `${path}: ${scripts.total} B of JavaScript, ${scripts.total - toolScriptBudget} B over 30 KB (${scripts.detail})`).toBeLessThanOrEqual(
        toolScriptBudget,
      );
      const stylesheets = files.filter((file) => file.endsWith('.css'));
      const styles = measure(stylesheets, gzip);
      expect(styles.total, `${path}: ${styles.total} B of CSS, ${styles.total - toolStyleBudget} B over 14 KB (${styles.detail})`).toBeLessThanOrEqual(
        toolStyleBudget,
      );
      // Each tool's sheet is written out under its slug and scopes its rules under [data-tool='<tool>'].
      const own = toolOf(path);
      const others = toolSlugs.filter((slug) => slug !== own);
      for (const file of stylesheets) {
        const name = file.replace(distDir, '');
        expect(others.filter((slug) => name.startsWith(`/_astro/${slug}.`)), `${path} links ${name}`).toEqual([]);
        const scopes = [...readFileSync(file, 'utf8').matchAll(/data-tool=["']?([a-z-]+)/g)].map(([, slug]) => slug);
        expect(scopes.filter((slug) => slug !== own), `${path}: rules of other tools in ${name}`).toEqual([]);
      }
    });
  }
});

test('charts, the QR encoder and the search UI are not loaded before interaction', () => {
  for (const path of builtPages()) {
    const html = builtHtml(path);
    const upfront = [...scriptsBeforeInteraction(distDir, html)];
    for (const component of islandsOf(html)) upfront.push(...withStaticImports(distDir, component));
    for (const file of upfront) {
      const code = readFileSync(join(distDir, file), 'utf8');
      expect(code, `${path} loads Chart.js up front via ${file}`).not.toContain('Chart.register');
      expect(code, `${path} loads Pagefind's UI up front via ${file}`).not.toContain('pagefind-ui__');
    }
  }
});
