import { expect, test } from './support/fixtures';

// The growth calculator shows its example without the code that reads and checks numbers (zod,
// the link codec, the saved copy); that code downloads when a person reaches for the tool.
// These tests watch the downloads and what a person sees while they happen or fail.

const engineScript = /\/_astro\/(zod|growthSchema|toolStateEngine)\.[\w-]+\.js$/;

test('a plain visit shows the example without downloading the reading code, and fetches it on first focus', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (engineScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.goto('/tools/growth/', { waitUntil: 'networkidle' });
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-result="sales"]')).toHaveAttribute('data-value', '300000');
  expect(fetched).toEqual([]);

  await page.getByLabel('覆盖客户数（家）', { exact: true }).focus();
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
  await page.getByLabel('覆盖客户数（家）', { exact: true }).fill('400');
  await expect(page.locator('[data-result="sales"]')).toHaveAttribute('data-value', '600000');
  await expect(page).toHaveURL(/customers=400/);
});

test('a link opens its scenario at once (the reading code loads with the page)', async ({ page }) => {
  await page.goto('/en/tools/growth/?customers=100&active=50&aov=2000&goal=3');
  await expect(page.locator('[data-result="sales"]')).toHaveAttribute('data-value', '100000');
  await expect(page.locator('[data-result="target"]')).toHaveAttribute('data-value', '300000');
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`if the reading code cannot download, what was typed stays and "try again" recovers (${locale})`, async ({ page }) => {
    let blocked = true;
    await page.route(engineScript, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(locale === 'en' ? '/en/tools/growth/' : '/tools/growth/');
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    const customers = page.getByLabel(locale === 'en' ? 'Covered customers (count)' : '覆盖客户数（家）', { exact: true });
    await customers.fill('400');
    const failed = page.locator('[data-notice="engine-failed"]');
    await expect(failed).toContainText(locale === 'en' ? 'could not be downloaded' : '没能下载');
    await expect(customers).toHaveValue('400');
    // The results still show the last scenario that was read, not a half-read one.
    await expect(page.locator('[data-result="sales"]')).toHaveAttribute('data-value', '300000');

    blocked = false;
    await failed.getByRole('button', { name: locale === 'en' ? 'Try again' : '重试' }).click();
    await expect(failed).toHaveCount(0);
    await expect(page.locator('[data-result="sales"]')).toHaveAttribute('data-value', '600000');
    await expect(customers).toHaveValue('400');
  });
}
