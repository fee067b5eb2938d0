import { expect, test } from './support/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, builtPages, distDir } from './support/dist';

test('every page carries a Content-Security-Policy that allows no inline script it does not list', () => {
  for (const path of builtPages()) {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(builtHtml(path))?.[1];
    expect(policy, path).toBeDefined();
    const scriptSrc = policy!.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(policy, path).toContain("object-src 'none'");
  }
});

test('the policy is enforced: a script injected into the page does not run', async ({ page }) => {
  await page.goto('/en/tools/growth/');
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
  });
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
});

test('charts, present mode, the QR code and search all work under the policy', async ({ page, problems }) => {
  await page.goto('/tools/growth/?customers=200&active=30&aov=5000&goal=2');
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await page.locator('.lazy-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('.lazy-chart')).toHaveAttribute('data-chart-status', 'ready');
  await page.getByRole('button', { name: '投屏模式' }).click();
  await expect(page.locator('[data-qr]')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+K');
  await page.locator('dialog .pagefind-ui__search-input').fill('回款');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
  expect(problems).toEqual([]);
});

test('static hosts get protective headers', () => {
  const text = readFileSync(join(distDir, '_headers'), 'utf8');
  for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(text).toContain(header);
});
