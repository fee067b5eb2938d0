import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// The opportunity finder shows its example's results (worked out when the page is built) without
// the code that reads, checks and analyses (zod, the link codec, the fields, the saved copy, the
// analysis); that code downloads when a person reaches for the tool. These tests watch the
// downloads and what a person sees while they happen or fail.

const engineScript = /\/_astro\/zod\.[\w-]+\.js$/;

const languages = [
  { path: '/tools/opportunities/', cutA: 'A 类截止点（累计销售占比 %）', third: '永兴超市', failed: '没能下载', retry: '重试' },
  {
    path: '/en/tools/opportunities/',
    cutA: 'Class A cut-off (cumulative share of sales, %)',
    third: 'Yongxing Supermarket',
    failed: 'could not be downloaded',
    retry: 'Try again',
  },
] as const;

const rowClass = (page: Page, name: string) => page.locator(`tr[data-row="${name}"] [data-result="class"]`);

test('a plain visit shows the example without downloading the reading code, and fetches it on first focus', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (engineScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.goto('/tools/opportunities/', { waitUntil: 'networkidle' });
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-result="total-rows"]')).toHaveAttribute('data-value', '10');
  await expect(page.locator('[data-result="total-sales"]')).toHaveAttribute('data-value', '3200000');
  await expect(rowClass(page, '永兴超市')).toHaveAttribute('data-value', 'A');
  expect(fetched).toEqual([]);
  // Nothing was chosen: the address stays clean and nothing is saved.
  expect(new URL(page.url()).search).toBe('');
  expect(await page.evaluate(() => localStorage.getItem('playbook:opportunities'))).toBeNull();

  const cutA = page.getByLabel('A 类截止点（累计销售占比 %）', { exact: true });
  await cutA.focus();
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
  await cutA.fill('50');
  // 永兴超市 starts at 62.5 % of sales: class A under 70 %, class B under 50 %.
  await expect(rowClass(page, '永兴超市')).toHaveAttribute('data-value', 'B');
  await expect(page).toHaveURL(/cut_a=50/);
});

test('a link opens its settings and filters at once (the reading code loads with the page)', async ({ page }) => {
  await page.goto('/en/tools/opportunities/?cut_a=50&class=B');
  await expect(rowClass(page, 'Yongxing Supermarket')).toHaveAttribute('data-value', 'B');
  await expect(page.getByLabel('Class A cut-off (cumulative share of sales, %)', { exact: true })).toHaveValue('50');
  await expect(page.getByLabel('Filter by class', { exact: true })).toHaveValue('B');
});

test('a saved table opens at once, without a link', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const state = { rows: [{ name: '自存店', sales: 100, potential: 500, willingness: 5 }], cutoffs: { a: 70, b: 90 } };
    localStorage.setItem('playbook:opportunities', JSON.stringify({ version: 1, savedAt: new Date().toISOString(), data: state }));
  });
  await page.goto('/tools/opportunities/');
  await expect(page.locator('[data-result="total-rows"]')).toHaveAttribute('data-value', '1');
  await expect(page.locator('tr[data-row="自存店"]')).toBeVisible();
});

for (const lang of languages) {
  test(`if the reading code cannot download, what was typed stays and "try again" recovers (${lang.path})`, async ({ page }) => {
    let blocked = true;
    await page.route(engineScript, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(lang.path);
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    const cutA = page.getByLabel(lang.cutA, { exact: true });
    await cutA.fill('50');
    const failed = page.locator('[data-notice="engine-failed"]');
    await expect(failed).toContainText(lang.failed);
    await expect(cutA).toHaveValue('50');
    // The results still show the example as it was read, not a half-read one.
    await expect(rowClass(page, lang.third)).toHaveAttribute('data-value', 'A');

    blocked = false;
    await failed.getByRole('button', { name: lang.retry }).click();
    await expect(failed).toHaveCount(0);
    await expect(rowClass(page, lang.third)).toHaveAttribute('data-value', 'B');
    await expect(cutA).toHaveValue('50');
    await expect(page).toHaveURL(/cut_a=50/);
  });
}
