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

/** What a reader types, and the page that must be among the first three results. */
const courseQueries: [prefix: '' | '/en', query: string, expected: string][] = [
  ['', '活跃率', '/course/growth-principle/'],
  ['', '覆盖客户数', '/course/growth-principle/'],
  ['', '平均成交金额', '/course/growth-principle/'],
  ['', '经销商激励', '/course/dealer-growth/'],
  ['', '渠道开发', '/course/new-channels/'],
  ['', '处理异议', '/course/new-channels/'],
  ['', '回款', '/course/new-channels/'],
  ['', 'FABE', '/course/promotion/'],
  ['', '促销预算', '/course/promotion/'],
  ['', '目标分解', '/course/team-performance/'],
  ['', '一对一辅导', '/course/team-performance/'],
  ['', '月度生意提升计划', '/course/summary/'],
  ['/en', 'active rate', '/en/course/growth-principle/'],
  ['/en', 'dealer incentives', '/en/course/dealer-growth/'],
  ['/en', 'objection handling', '/en/course/new-channels/'],
  ['/en', 'promotion budget', '/en/course/promotion/'],
  ['/en', 'target breakdown', '/en/course/team-performance/'],
  ['/en', 'coaching', '/en/course/team-performance/'],
];

test.describe('search finds where each topic is taught', () => {
  for (const [prefix, query, expected] of courseQueries) {
    test(`“${query}” lists ${expected} among the first three results`, async ({ page }) => {
      await page.goto(`${prefix}/`);
      await page.getByRole('button', { name: prefix ? 'Search' : '搜索', exact: true }).click();
      const input = page.locator('dialog .pagefind-ui__search-input');
      await input.fill(query);
      const links = page.locator('.pagefind-ui__result-link');
      // The first query of a visit also fetches the index and starts Pagefind's WebAssembly.
      await expect(links.first()).toBeVisible({ timeout: 15_000 });
      // Results list a page and then its matching sections; count pages, in order. Pagefind
      // renders results one by one, so wait until the first three pages are on screen.
      const shownPages = () =>
        links.evaluateAll((all) => [...new Set(all.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
      await expect.poll(async () => (await shownPages()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
      const firstThree = (await shownPages()).slice(0, 3);
      console.log(`search ${JSON.stringify(query)} -> ${firstThree.join(' | ')}`);
      expect(firstThree).toContain(expected);
    });
  }
});

for (const { prefix, shortcut, query, expected } of queries) {
  test(`searching “${query}” from the keyboard (${shortcut}) finds the chapter that teaches it`, async ({ page, problems }) => {
    await page.goto(`${prefix}/course/overview/`);
    await page.keyboard.press(shortcut);
    const input = page.locator('dialog .pagefind-ui__search-input');
    await expect(input).toBeFocused();
    await input.fill(query);
    const firstResults = page.locator('.pagefind-ui__result-link');
    await expect(firstResults.first()).toBeVisible({ timeout: 15_000 });
    const pages = await firstResults.evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
    expect(pages.slice(0, 3)).toContain(expected);
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

test('on a phone the icon-only search button still has a name', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/course/overview/');
  await expect(page.getByRole('button', { name: '搜索', exact: true })).toBeVisible();
});

test('the search box speaks the page’s language', async ({ page }) => {
  await page.goto('/course/overview/');
  await page.keyboard.press('Control+K');
  const input = page.locator('dialog .pagefind-ui__search-input');
  await expect(input).toHaveAttribute('placeholder', '搜索');
  await input.fill('qzxwvk');
  await expect(page.locator('dialog')).toContainText('没有找到', { timeout: 15_000 });
});
