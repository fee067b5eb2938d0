import { encodePlan } from '../../src/lib/promotion/envelope';
import { examplePlan } from '../../src/lib/promotion/example';
import { expect, test } from './support/fixtures';

// The promotion plan builder opens on a blank plan without the code that reads and saves plans
// (zod, the plan schema, the plan store, the link reader); that code downloads when a person
// reaches for the tool, at the first change, or at once for a link or saved plans. These tests
// watch the downloads and what a person sees while they happen or fail.

const engineScript = /\/_astro\/(zod|planEngine|planStore|planQuery|schema)\.[\w-]+\.js$/;

const text = {
  'zh-CN': { path: '/tools/promotion/', name: '方案名称', failed: '没能下载', retry: '重试' },
  en: { path: '/en/tools/promotion/', name: 'Plan name', failed: 'could not be downloaded', retry: 'Try again' },
} as const;

/** The names of the plans saved in this browser. */
const savedNames = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('playbook:promotion:plan:'))
      .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { data?: { name?: string } }).data?.name),
  );

test('a plain visit opens on a blank plan without the store, fetches it on first focus and saves what is typed', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (engineScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.goto(text['zh-CN'].path, { waitUntil: 'networkidle' });
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.promotion-screen [data-result="completeness"]')).toHaveAttribute('data-value', '0');
  expect(fetched).toEqual([]);
  // Nothing was chosen, so nothing is written.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('playbook:')))).toEqual([]);

  const name = page.getByLabel(text['zh-CN'].name, { exact: true });
  await name.focus();
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
  await name.fill('春季方案');
  await expect.poll(() => savedNames(page)).toEqual(['春季方案']);
  await page.reload();
  await expect(page.getByLabel(text['zh-CN'].name, { exact: true })).toHaveValue('春季方案');
});

test('a link opens its plan at once (the store loads with the page)', async ({ page }) => {
  const link = `${text.en.path}?p=${encodePlan(examplePlan('en'))}`;
  await page.goto(link);
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.promotion-screen [data-result="completeness"]')).toHaveAttribute('data-value', '12');
  await expect(page.getByLabel(text.en.name, { exact: true })).toHaveValue(examplePlan('en').name);
});

test('the examples’ texts load only when asked for: by an ?example= link, never with a plain visit or a shared plan', async ({
  page,
}) => {
  const exampleScript = /\/_astro\/example\.[\w-]+\.js$/;
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (exampleScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.goto(text.en.path, { waitUntil: 'networkidle' });
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await page.goto(`${text.en.path}?p=${encodePlan(examplePlan('en', 'tea'))}`, { waitUntil: 'networkidle' });
  await expect(page.locator('.promotion-screen [data-result="completeness"]')).toHaveAttribute('data-value', '12');
  expect(fetched).toEqual([]);

  await page.goto(`${text.en.path}?example=tea`);
  await expect(page.locator('.promotion-screen [data-result="breakeven-lift"]')).toHaveAttribute('data-value', '30');
  expect(fetched.length).toBeGreaterThan(0);
});

test('saved plans open at once, without anyone reaching for the tool', async ({ page }) => {
  await page.goto(text.en.path);
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await page.getByLabel(text.en.name, { exact: true }).fill('Kept plan');
  await expect.poll(() => savedNames(page)).toEqual(['Kept plan']);
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (engineScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.reload();
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel(text.en.name, { exact: true })).toHaveValue('Kept plan');
  expect(fetched.length).toBeGreaterThan(0);
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`if the store cannot download, what was written stays and "try again" saves it (${locale})`, async ({
    page,
  }) => {
    const { path, name, failed, retry } = text[locale];
    let blocked = true;
    await page.route(engineScript, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(path);
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    const nameField = page.getByLabel(name, { exact: true });
    await nameField.fill('Offline plan');
    const notice = page.locator('[data-notice="engine-failed"]');
    await expect(notice).toContainText(failed);
    await expect(nameField).toHaveValue('Offline plan');
    expect(await savedNames(page)).toEqual([]);

    blocked = false;
    await notice.getByRole('button', { name: retry }).click();
    await expect(notice).toHaveCount(0);
    await expect.poll(() => savedNames(page)).toEqual(['Offline plan']);
    await expect(nameField).toHaveValue('Offline plan');
    await page.reload();
    await expect(page.getByLabel(name, { exact: true })).toHaveValue('Offline plan');
  });
}
