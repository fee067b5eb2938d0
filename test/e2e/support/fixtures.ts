import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * A page that records console errors, failed requests and requests to other origins, so a test can
 * assert that a page loaded cleanly and privately.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== ownOrigin) {
        problems.push(`request to another origin: ${request.url()}`);
      }
    });
    page.on('response', (response) => {
      const expectedMissing = response.status() === 404 && response.request().resourceType() === 'document';
      if (response.status() >= 400 && !expectedMissing) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    await use(problems);
  },
});

export { expect };

/** Runs axe-core on the page and returns its violations, summarised so a failure says what and where. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}
