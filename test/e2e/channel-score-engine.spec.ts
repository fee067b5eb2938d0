import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// The channel scorecard shows its example without the code that reads and checks (zod, the link
// codec, the saved copy); that code downloads when a person reaches for the scorecard. These tests
// watch the downloads and what a person sees while they happen or fail.

const engineScript = /\/_astro\/(zod|scorecardEngine|channelScoreSchema)\.[\w-]+\.js$/;

const languages = [
  { prefix: '', cell: '餐饮 · 销量', name: '渠道 1', failed: '没能下载', retry: '重试' },
  { prefix: '/en', cell: 'Restaurants · Sales', name: 'Channel 1', failed: 'could not be downloaded', retry: 'Try again' },
] as const;

/** Waits until a channel's total in the ranking is `expected` (to 9 decimals). */
const expectTotal = (page: Page, channel: string, expected: number) =>
  expect
    .poll(async () =>
      Number(await page.locator(`.channel-ranking tr[data-channel="${channel}"] [data-result="total"]`).getAttribute('data-value')),
    )
    .toBeCloseTo(expected, 9);

test('a plain visit shows the example without downloading the reading code, and fetches it on first focus', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (engineScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.goto('/tools/channel-score/', { waitUntil: 'networkidle' });
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await expectTotal(page, '餐饮', 3.65);
  expect(fetched).toEqual([]);
  // An untouched visit writes neither the address bar nor a saved copy.
  expect(new URL(page.url()).search).toBe('');

  const cell = page.getByLabel('餐饮 · 销量', { exact: true });
  await cell.focus();
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
  await cell.fill('3');
  await expectTotal(page, '餐饮', 4.15);
  await expect(page).toHaveURL(/[?&]s=/);
});

test('a link opens its scorecard at once (the reading code loads with the page)', async ({ page }) => {
  // Write a link with the page itself, then open it in a fresh page.
  await page.goto('/en/tools/channel-score/');
  // Typed before the island is hydrated, a keystroke would only reach the bare input.
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await page.getByLabel('Restaurants · Sales', { exact: true }).fill('3');
  await expect(page).toHaveURL(/[?&]s=/);
  const link = page.url();
  const other = await page.context().browser()!.newPage();
  await other.goto(link);
  await expectTotal(other, 'Restaurants', 4.15);
  await expect(other.getByLabel('Restaurants · Sales', { exact: true })).toHaveValue('3');
  await other.close();
});

for (const lang of languages) {
  test(`if the reading code cannot download, what was typed stays and "try again" recovers (${lang.prefix || 'zh-CN'})`, async ({ page }) => {
    let blocked = true;
    await page.route(engineScript, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(`${lang.prefix}/tools/channel-score/`);
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    const cell = page.getByLabel(lang.cell, { exact: true });
    const restaurants = lang.cell.split(' · ')[0]!;
    await cell.fill('3');
    const failed = page.locator('[data-notice="engine-failed"]');
    await expect(failed).toContainText(lang.failed);
    await expect(cell).toHaveValue('3');
    // The results still show the last scorecard that was read, not a half-read one.
    await expectTotal(page, restaurants, 3.65);
    // Names need no reading: they apply at once.
    await page.getByRole('textbox', { name: lang.name, exact: true }).fill('X');
    await expect(page.locator('.channel-ranking tr[data-channel="X"]')).toHaveCount(1);

    blocked = false;
    await failed.getByRole('button', { name: lang.retry }).click();
    await expect(failed).toHaveCount(0);
    await expectTotal(page, restaurants, 4.15);
    await expect(cell).toHaveValue('3');
    await expect(page).toHaveURL(/[?&]s=/);
  });
}
