import { defineConfig } from '@playwright/test';
import { findChromium } from './test/e2e/support/chromium';

const port = Number(process.env.PREVIEW_PORT ?? 4327);
// Another build directory can be tested side by side (`DIST_DIR=/tmp/x PREVIEW_PORT=4400`).
const outDir = process.env.DIST_DIR ? ` --outDir ${process.env.DIST_DIR}` : '';

// The quick tier (`npm run test:e2e:quick`) for working on a feature: Chinese only, and without the
// sweeps over every page or parameter (audit, budgets, hostile input). `npm test` and CI run it all.
const quick = process.env.E2E_QUICK === '1';

export default defineConfig({
  testDir: 'test/e2e',
  ...(quick
    ? {
        testIgnore: ['**/audit.spec.ts', '**/budgets.spec.ts', '**/hostile-input.spec.ts'],
        // English variants name their language: "(en)", "/en/…", "in en", "English".
        grepInvert: /\ben\b|\/en\/|\(en\)|English/,
      }
    : {}),
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The tests run against the built site, as a visitor would get it; `npm test` builds first.
  webServer: {
    // --ignore-lock: several previews (other build directories) may run at once, and Astro must
    // not move this one to the background, or Playwright would lose track of it.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
