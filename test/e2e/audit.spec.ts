import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { builtHtml, builtPages, distDir } from './support/dist';

const pages = builtPages();

test('the build has every page in both languages', () => {
  const chinese = pages.filter((path) => !path.startsWith('/en/') && path !== '/404/');
  expect(chinese.length).toBeGreaterThan(10);
  for (const path of chinese) expect(pages).toContain(path === '/' ? '/en/' : `/en${path}`);
});

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const html = builtHtml(page);
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), `http://site${page}`);
      const target = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
      const exists = target === '/404/' || existsSync(join(distDir, target, 'index.html')) || existsSync(join(distDir, url.pathname));
      if (!exists) {
        broken.push(`${page} → ${href}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && anchor !== '_top' && !builtHtml(target).includes(`id="${anchor}"`)) broken.push(`${page} → ${href} (no #${anchor})`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page is orphaned from the sidebar', () => {
  for (const [home, prefix] of [['/course/overview/', ''], ['/en/course/overview/', '/en']] as const) {
    const sidebar = /<nav[^>]*aria-label="[^"]*"[^>]*class="sidebar[\s\S]*?<\/nav>|id="starlight__sidebar"[\s\S]*?<\/nav>/.exec(builtHtml(home))?.[0] ?? '';
    const linked = new Set([...sidebar.matchAll(/href="([^"#?]+)/g)].map(([, href]) => href));
    const ownPages = pages.filter((path) => (prefix ? path.startsWith('/en/') : !path.startsWith('/en/')));
    // The home page is the site title's link; the 404 page is for addresses that do not exist.
    const orphans = ownPages.filter((path) => !linked.has(path) && path !== `${prefix}/` && path !== '/404/' && path !== '/en/404/');
    expect(orphans).toEqual([]);
  }
});

test('the HTML is valid (Nu Html Checker)', () => {
  // Checked with the Nu Html Checker from the vnu-jar package (Java). Two messages come from the
  // framework's own output, not ours, and are accepted here:
  const frameworkForced = [
    // Starlight marks its inline theme and table-of-contents scripts aria-hidden.
    'The “aria-hidden” attribute must not be specified on the “script” element.',
    // Astro inserts <style>astro-island{display:contents}</style> before the first island on a page.
    'A “style” element in “body” must be the first child of its parent.',
  ];
  const jar = join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');
  let output = '';
  try {
    execFileSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', distDir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages = output ? (JSON.parse(output) as { messages: { url: string; message: string; lastLine?: number }[] }).messages : [];
  const ours = messages
    .filter((message) => !frameworkForced.includes(message.message))
    .map((message) => `${message.url.replace(`file:${distDir}`, '')}:${message.lastLine ?? '?'} ${message.message}`);
  expect(ours).toEqual([]);
});

test.describe('every page', () => {
  for (const path of pages) {
    test(`${path} passes axe-core and loads cleanly`, async ({ page, problems }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/', '/course/promotion/', '/en/course/team-performance/', '/tools/growth/', '/en/glossary/']) {
    test(`${path} passes axe-core at phone width`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});
