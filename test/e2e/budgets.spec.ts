import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import { builtHtml, builtPages, distDir } from './support/dist';
import { islandsOf, scriptsBeforeInteraction, withStaticImports } from './support/scripts';

// Byte budgets, computed from the built files: bytes are deterministic, so these can be tests.
// Sizes are gzip -9, what every static host can serve.
const kilobyte = 1024;
const readingPageScriptBudget = 8 * kilobyte;

const gzipped = (path: string) => gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;

const readingPages = builtPages().filter((path) => !/\/(tools|worksheets)\/[^/]+\/$/.test(path) && !builtHtml(path).includes('<astro-island'));

test('a reading page runs at most 8 KB of JavaScript before interaction', () => {
  expect(readingPages.length).toBeGreaterThan(10);
  const over = readingPages
    .map((path) => ({ path, bytes: [...scriptsBeforeInteraction(distDir, builtHtml(path))].reduce((sum, file) => sum + gzipped(file), 0) }))
    .filter(({ bytes }) => bytes > readingPageScriptBudget)
    .map(({ path, bytes }) => `${path}: ${bytes} B, ${bytes - readingPageScriptBudget} B over`);
  expect(over).toEqual([]);
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
