import { expect, test } from './support/fixtures';

test('search is not downloaded until someone uses it', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (/pagefind/i.test(request.url())) pagefindRequests.push(request.url());
  });
  await page.goto('/course/overview/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
});

const queries = [
  { prefix: '', shortcut: 'Control+K', query: '活跃率', expected: '/course/growth-principle/' },
  { prefix: '/en', shortcut: '/', query: 'active rate', expected: '/en/course/growth-principle/' },
] as const;

for (const { prefix, shortcut, query, expected } of queries) {
  test(`searching “${query}” from the keyboard (${shortcut}) finds the chapter that teaches it`, async ({ page, problems }) => {
    await page.goto(`${prefix}/course/overview/`);
    await page.keyboard.press(shortcut);
    const input = page.locator('dialog .pagefind-ui__search-input');
    await expect(input).toBeFocused();
    await input.fill(query);
    const firstResults = page.locator('.pagefind-ui__result-link');
    await expect(firstResults.first()).toBeVisible();
    const hrefs = await firstResults.evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(hrefs.some((href) => href?.startsWith(expected))).toBe(true);
    expect(problems).toEqual([]);
  });
}

test('the search button is named by its visible text and opens the dialog', async ({ page }) => {
  await page.goto('/en/');
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await button.click();
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
});
