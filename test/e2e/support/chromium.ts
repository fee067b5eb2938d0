import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else a browser
 * Playwright installed earlier. Tests never download one: without a browser they stop here.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own installed; that is fine when another one exists.
  }
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one with `apt-get install chromium` ' +
        '(or `npx playwright install chromium`), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return found;
}
