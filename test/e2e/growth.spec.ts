import type { BrowserContext, Page } from '@playwright/test';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { holdIsland } from './support/islands';

const languages = [
  {
    prefix: '',
    labels: { customers: '覆盖客户数（家）', active: '活跃率（%）', aov: '平均成交金额（元）', upCustomers: '覆盖客户数固定提升（%）' },
    basis: { legend: '口径', transactions: '交易口径（课程定义）', buyers: '下单客户口径' },
    buyersLabels: { active: '活跃客户占比（%）', aov: '每个下单客户的购买金额（元）' },
    present: '投屏模式',
    invalidMessage: /数字/,
    tooBig: '不能大于 100%。',
    ignored: '链接中有参数无效',
    shared: '分享的方案',
    restore: '打开我保存的方案',
    reloadTheirs: '载入另一个标签页的修改',
    keepMine: '保留这里的内容',
  },
  {
    prefix: '/en',
    labels: {
      customers: 'Covered customers (count)',
      active: 'Activity rate (%)',
      aov: 'Average transaction value (¥)',
      upCustomers: 'Fixed uplift, covered customers (%)',
    },
    basis: { legend: 'Basis', transactions: 'Transactions basis (the course’s definition)', buyers: 'Buyers basis' },
    buyersLabels: { active: 'Buyer share (%)', aov: 'Sales per buyer (¥)' },
    present: 'Present',
    invalidMessage: /number/i,
    tooBig: 'Must be at most 100%.',
    ignored: 'Some link parameters were invalid',
    shared: 'shared scenario',
    restore: 'Open my saved scenario',
    reloadTheirs: 'Load the other tab’s version',
    keepMine: 'Keep this version',
  },
] as const;

/** Waits until the island has read the link and the saved scenario, so typing is not overwritten. */
async function openTool(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.tool-frame[data-ready="true"]').first()).toBeVisible();
}

const result = (page: Page, key: string) => page.locator(`[data-result="${key}"]`).first();
async function valueOf(page: Page, key: string): Promise<number> {
  return Number(await result(page, key).getAttribute('data-value'));
}

/** The saved copy's data (`playbook:growth`), or null. */
const savedCopy = (page: Page) =>
  page.evaluate(() => (JSON.parse(window.localStorage.getItem('playbook:growth') ?? 'null') as { data?: Record<string, unknown> } | null)?.data ?? null);

for (const lang of languages) {
  const tool = `${lang.prefix}/tools/growth/`;

  test.describe(`growth calculator (${lang.prefix || 'zh-CN'})`, () => {
    test('opens a trainer’s link with the scenario it describes', async ({ page, problems }) => {
      await openTool(page, `${tool}?customers=200&active=30&aov=5000&goal=2`);
      await expect(result(page, 'sales')).toHaveAttribute('data-value', '300000');
      expect(await valueOf(page, 'target')).toBeCloseTo(600000, 4);
      expect(await valueOf(page, 'planned')).toBeCloseTo(600000, 4);
      for (const lever of ['customers', 'active', 'aov']) {
        expect(await valueOf(page, `uplift-${lever}`)).toBeCloseTo(25.99, 2);
      }
      expect(await valueOf(page, 'plan-active')).toBeCloseTo(37.8, 2);
      const contributions = await Promise.all(['customers', 'active', 'aov'].map((l) => valueOf(page, `contrib-${l}`)));
      expect(contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(300000, 2);
      expect(problems).toEqual([]);
    });

    test('follows an edit in the results and the address bar', async ({ page }) => {
      await openTool(page, `${tool}?customers=200&active=30&aov=5000&goal=2`);
      await page.getByLabel(lang.labels.customers, { exact: true }).fill('400');
      await expect(result(page, 'sales')).toHaveAttribute('data-value', '600000');
      await expect(page).toHaveURL(/customers=400/);
      await page.getByLabel(lang.labels.upCustomers, { exact: true }).fill('50');
      await expect(page).toHaveURL(/up_customers=50/);
      expect(await valueOf(page, 'uplift-active')).toBeCloseTo(15.47, 2);
    });

    test('reads 30万 as a number and keeps the last result, dimmed, when a field says abc', async ({ page }) => {
      await openTool(page, `${tool}?customers=200&active=30&aov=5000&goal=2`);
      const customers = page.getByLabel(lang.labels.customers, { exact: true });
      await customers.fill('30万');
      await expect(result(page, 'sales')).toHaveAttribute('data-value', String(300000 * 0.3 * 5000));
      await customers.fill('abc');
      await expect(customers).toHaveAttribute('aria-invalid', 'true');
      const message = page.locator('#growth-customers-error');
      await expect(message).toBeVisible();
      await expect(message).toHaveText(lang.invalidMessage);
      await expect(customers).toHaveValue('abc');
      await expect(result(page, 'sales')).toHaveAttribute('data-value', String(300000 * 0.3 * 5000));
      await expect(page.locator('.tool-results--stale')).toBeVisible();
      // The kept result is marked as stale without fading it below readable contrast.
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    test('reads a full-width １２０% activity rate as 1.2 transactions per customer, and explains it beside the field on the buyers basis', async ({
      page,
    }) => {
      await openTool(page, tool);
      await page.getByLabel(lang.labels.active, { exact: true }).fill('１２０%');
      await expect(result(page, 'sales')).toHaveAttribute('data-value', String(200 * 1.2 * 5000));
      await expect(page.locator('#growth-active-error')).toBeHidden();
      await page.getByRole('radio', { name: lang.basis.buyers, exact: true }).check();
      await expect(page.locator('#growth-active-error')).toHaveText(lang.tooBig);
      await expect(page.locator('.tool-results--stale')).toBeVisible();
    });

    // Issue 14's examples: on the transactions basis the activity rate is a frequency with no cap.
    const example = `${tool}?customers=100&active=60&aov=1000&goal=3&up_customers=0&up_aov=0`;

    test('plans the issue’s example on the transactions basis: 180 %, ¥180,000, no cap notice', async ({ page, problems }) => {
      await openTool(page, example);
      await expect(result(page, 'planned')).toHaveAttribute('data-value', '180000');
      expect(await valueOf(page, 'plan-active')).toBeCloseTo(180, 9);
      await expect(page.locator('[data-notice="capped"]')).toHaveCount(0);
      await expect(page.locator('[data-notice="ignored-params"]')).toHaveCount(0);
      await expect(page.getByRole('radio', { name: lang.basis.transactions, exact: true })).toBeChecked();
      await expect(page.locator('[data-basis="transactions"]')).toBeVisible();
      expect(problems).toEqual([]);
    });

    test('plans the same example on the buyers basis: capped at 100 %, ¥100,000, with the cap notice', async ({ page, problems }) => {
      await openTool(page, `${example}&basis=buyers`);
      await expect(result(page, 'planned')).toHaveAttribute('data-value', '100000');
      await expect(result(page, 'plan-active')).toHaveAttribute('data-value', '100');
      await expect(page.locator('[data-notice="capped"]')).toBeVisible();
      await expect(page.getByRole('radio', { name: lang.basis.buyers, exact: true })).toBeChecked();
      await expect(page.getByLabel(lang.buyersLabels.active, { exact: true })).toHaveValue('60');
      await expect(page.getByLabel(lang.buyersLabels.aov, { exact: true })).toHaveValue('1000');
      await expect(page.locator('[data-basis="buyers"]')).toBeVisible();
      await expect(page).toHaveURL(/basis=buyers/);
      expect(problems).toEqual([]);
    });

    test('an old link without a basis gives the numbers it always gave, without a notice', async ({ page }) => {
      await openTool(page, `${tool}?customers=200&active=30&aov=5000&goal=2&up_customers=50`);
      await expect(result(page, 'sales')).toHaveAttribute('data-value', '300000');
      expect(await valueOf(page, 'planned')).toBeCloseTo(600000, 4);
      expect(await valueOf(page, 'uplift-active')).toBeCloseTo(15.47, 2);
      await expect(page.locator('.tool-notices [data-notice]')).toHaveCount(0);
      await expect(page.getByRole('radio', { name: lang.basis.transactions, exact: true })).toBeChecked();
      await expect(page).not.toHaveURL(/basis=/);
    });

    test('reports a hostile basis as invalid and runs nothing from it', async ({ page, problems }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await openTool(page, `${example}&basis=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
      const notice = page.locator('[data-notice="ignored-params"]');
      await expect(notice).toContainText(lang.ignored);
      await expect(notice).toContainText('basis');
      await expect(notice).not.toContainText('onerror');
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await expect(result(page, 'planned')).toHaveAttribute('data-value', '180000');
      await page.waitForLoadState('load');
      expect(dialogs).toBe(0);
      expect(problems).toEqual([]);
    });

    test('the basis is a labelled radio group that the keyboard can change, and the labels follow it', async ({ page }) => {
      await openTool(page, example);
      const group = page.getByRole('group', { name: lang.basis.legend, exact: true });
      await expect(group).toBeVisible();
      await group.getByRole('radio', { name: lang.basis.transactions, exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(group.getByRole('radio', { name: lang.basis.buyers, exact: true })).toBeChecked();
      await expect(page.getByLabel(lang.buyersLabels.active, { exact: true })).toBeVisible();
      await expect(result(page, 'planned')).toHaveAttribute('data-value', '100000');
      await expect(page).toHaveURL(/basis=buyers/);
      await page.keyboard.press('ArrowLeft');
      await expect(group.getByRole('radio', { name: lang.basis.transactions, exact: true })).toBeChecked();
      await expect(page.getByLabel(lang.labels.active, { exact: true })).toBeVisible();
      await expect(result(page, 'planned')).toHaveAttribute('data-value', '180000');
      await expect(page).not.toHaveURL(/basis=/);
    });

    test('present mode fills the window and shows a QR code of the link', async ({ page }) => {
      await openTool(page, `${tool}?customers=200&active=30&aov=5000&goal=2`);
      await page.getByRole('button', { name: lang.present, exact: true }).click();
      const qr = page.locator('[data-qr]');
      await expect(qr).toBeVisible();
      await expect(page).toHaveURL(/present=1/);
      await expect(page.locator('header.header')).toBeHidden();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(qr).toBeHidden();
    });

    test('a number typed before the calculator is ready is kept and counted, over a saved copy too', async ({ page }) => {
      const customers = page.getByLabel(lang.labels.customers, { exact: true });
      // On a plain visit: the typed number is read once the calculator is ready.
      let release = await holdIsland(page, tool);
      await page.goto(tool, { waitUntil: 'domcontentloaded' });
      await customers.fill('400');
      await expect(page.locator('.tool-frame[data-ready]')).toHaveCount(0);
      release();
      await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
      await expect(result(page, 'sales')).toHaveAttribute('data-value', '600000');
      await expect(customers).toHaveValue('400');
      await expect(page).toHaveURL(/customers=400/);

      // Over a saved copy: the copy opens, and the number typed before it did stays as typed.
      await page.evaluate(() =>
        window.localStorage.setItem('playbook:growth', JSON.stringify({ version: 1, data: { customers: 100, active: 30, aov: 6000, goal: 2, step: 10 } })),
      );
      await page.unrouteAll();
      release = await holdIsland(page, tool);
      await page.goto(tool, { waitUntil: 'domcontentloaded' });
      await customers.fill('250');
      await expect(page.locator('.tool-frame[data-ready]')).toHaveCount(0);
      release();
      await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
      await expect(result(page, 'sales')).toHaveAttribute('data-value', String(250 * 0.3 * 6000));
      await expect(customers).toHaveValue('250');
      await expect(page.getByLabel(lang.labels.aov, { exact: true })).toHaveValue('6000');
      await expect.poll(() => savedCopy(page)).toMatchObject({ customers: 250, aov: 6000 });
    });

    /** Two tabs on the calculator: the first edits, the second opens on its saved copy, then the first edits again. */
    async function twoTabs(page: Page, context: BrowserContext) {
      const customers = (tab: Page) => tab.getByLabel(lang.labels.customers, { exact: true });
      const aov = (tab: Page) => tab.getByLabel(lang.labels.aov, { exact: true });
      await openTool(page, tool);
      await customers(page).fill('400');
      await expect.poll(() => savedCopy(page)).toMatchObject({ customers: 400 });
      // The second tab opens on the saved copy; opening it changes nothing for the first.
      const other = await context.newPage();
      await openTool(other, tool);
      await expect(customers(other)).toHaveValue('400');

      await customers(page).fill('500');
      await expect.poll(() => savedCopy(page)).toMatchObject({ customers: 500 });
      const notice = other.locator('[data-notice="other-tab"]');
      await expect(notice).toBeVisible();
      await expect(page.locator('[data-notice="other-tab"]')).toHaveCount(0);
      // The other tab still shows what it had, and an edit there writes nothing over the first tab's.
      await expect(customers(other)).toHaveValue('400');
      await aov(other).fill('6000');
      await expect(result(other, 'sales')).toHaveAttribute('data-value', String(400 * 0.3 * 6000));
      expect(await savedCopy(other)).toMatchObject({ customers: 500, aov: 5000 });
      return { other, notice, customers, aov };
    }

    test('two tabs: an edit in one is offered to the other, which loads it when asked', async ({ page, context }) => {
      const { other, notice, customers, aov } = await twoTabs(page, context);
      await notice.getByRole('button', { name: lang.reloadTheirs }).click();
      await expect(notice).toHaveCount(0);
      await expect(customers(other)).toHaveValue('500');
      await expect(aov(other)).toHaveValue('5000');
      await expect(result(other, 'sales')).toHaveAttribute('data-value', String(500 * 0.3 * 5000));
      await expect(other).toHaveURL(/customers=500/);
      await expect(page.locator('[data-notice="other-tab"]')).toHaveCount(0);
      expect(await savedCopy(page)).toMatchObject({ customers: 500, aov: 5000 });
      await other.close();
    });

    test('two tabs: keeping this tab’s version writes it, and the first tab is offered it in turn', async ({ page, context }) => {
      const { other, notice, customers, aov } = await twoTabs(page, context);
      await notice.getByRole('button', { name: lang.keepMine }).click();
      await expect(notice).toHaveCount(0);
      await expect(customers(other)).toHaveValue('400');
      await expect.poll(() => savedCopy(other)).toMatchObject({ customers: 400, aov: 6000 });
      // The first tab keeps showing its own edit until it chooses: nothing is lost on either side.
      const first = page.locator('[data-notice="other-tab"]');
      await expect(first).toBeVisible();
      await expect(customers(page)).toHaveValue('500');
      await expect(result(page, 'sales')).toHaveAttribute('data-value', String(500 * 0.3 * 5000));
      await first.getByRole('button', { name: lang.reloadTheirs }).click();
      await expect(first).toHaveCount(0);
      await expect(customers(page)).toHaveValue('400');
      await expect(aov(page)).toHaveValue('6000');
      await expect(result(page, 'sales')).toHaveAttribute('data-value', String(400 * 0.3 * 6000));
      await expect(other.locator('[data-notice="other-tab"]')).toHaveCount(0);
      await other.close();
    });

    test('passes axe-core', async ({ page }) => {
      await openTool(page, tool);
      await expect(result(page, 'sales')).toHaveAttribute('data-value', '300000');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
}

test('opens in present mode from a link with present=1', async ({ page }) => {
  await openTool(page, '/tools/growth/?customers=120&active=25&aov=800&present=1');
  await expect(page.locator('[data-qr]')).toBeVisible();
  await expect(result(page, 'sales')).toHaveAttribute('data-value', '24000');
});

test('a target amount in the link opens in target mode', async ({ page }) => {
  await openTool(page, '/en/tools/growth/?customers=200&active=30&aov=5000&target=800000');
  await expect(page.getByLabel('A target amount')).toBeChecked();
  await expect(result(page, 'target')).toHaveAttribute('data-value', '800000');
  expect(await valueOf(page, 'planned')).toBeCloseTo(800000, 4);
});

test('ignores hostile or invalid link parameters with a notice, and runs nothing from them', async ({ page, problems }) => {
  await openTool(page, 
    `/en/tools/growth/?customers=${encodeURIComponent('<img src=x onerror="window.__hacked=1">')}&active=abc&${encodeURIComponent('<b>x</b>')}=1&aov=${'9'.repeat(200)}`,
  );
  const notice = page.locator('[data-notice="ignored-params"]');
  await expect(notice).toContainText('Some link parameters were invalid');
  await expect(notice).toContainText('customers (not a number)');
  await expect(notice).toContainText('active (not a number)');
  await expect(notice).toContainText('aov (too long)');
  await expect(page.locator('.tool-frame img, .tool-frame b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
  await expect(result(page, 'sales')).toHaveAttribute('data-value', '300000');
  expect(problems).toEqual([]);
});

test('keeps the last scenario and restores it on the next visit', async ({ page }) => {
  await openTool(page, '/tools/growth/');
  await page.getByLabel('覆盖客户数（家）').fill('321');
  await expect(page).toHaveURL(/customers=321/);
  await openTool(page, '/tools/growth/');
  await expect(page.getByLabel('覆盖客户数（家）')).toHaveValue('321');
});

test('a shared link never silently overwrites the saved scenario', async ({ page }) => {
  await openTool(page, '/tools/growth/');
  await page.getByLabel('覆盖客户数（家）').fill('321');
  await expect(page).toHaveURL(/customers=321/);
  await openTool(page, '/tools/growth/?customers=999&active=10&aov=100');
  await expect(page.locator('[data-notice="shared"]')).toBeVisible();
  await page.getByLabel('覆盖客户数（家）').fill('998');
  await openTool(page, '/tools/growth/');
  await expect(page.getByLabel('覆盖客户数（家）')).toHaveValue('321');
  await openTool(page, '/tools/growth/?customers=999&active=10&aov=100');
  await page.getByRole('button', { name: '打开我保存的方案' }).click();
  await expect(page.getByLabel('覆盖客户数（家）')).toHaveValue('321');
});

test('a copy saved before the basis existed opens on the transactions basis with its numbers, without a warning', async ({ page }) => {
  const old = { customers: 100, active: 60, aov: 1000, goal: 3, upCustomers: 0, upAov: 0, step: 10 };
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('playbook:growth', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify({ version: 1, savedAt: '2025-08-01T08:00:00.000Z', data: old }));
  await openTool(page, '/tools/growth/');
  await expect(result(page, 'planned')).toHaveAttribute('data-value', '180000');
  await expect(page.getByRole('radio', { name: '交易口径（课程定义）', exact: true })).toBeChecked();
  await expect(page.locator('.tool-notices [data-notice]')).toHaveCount(0);
  // The basis is part of what is saved: chosen once, it is there on the next visit.
  await page.getByRole('radio', { name: '下单客户口径', exact: true }).check();
  await expect(result(page, 'planned')).toHaveAttribute('data-value', '100000');
  await openTool(page, '/tools/growth/');
  await expect(page.getByRole('radio', { name: '下单客户口径', exact: true })).toBeChecked();
  await expect(result(page, 'planned')).toHaveAttribute('data-value', '100000');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('playbook:growth'))) ?? '{}').data.basis).toBe('buyers');
});

test('sets a corrupted saved scenario aside and says so', async ({ page }) => {
  await openTool(page, '/tools/growth/');
  await page.evaluate(() => localStorage.setItem('playbook:growth', '{"version":1,"data":{"customers":"lots"}}'));
  await openTool(page, '/tools/growth/');
  await expect(page.locator('[data-notice="set-aside"]')).toBeVisible();
  await expect(result(page, 'sales')).toHaveAttribute('data-value', '300000');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((key) => key.startsWith('playbook:growth:set-aside:'))).toBe(true);
});

test('loads Chart.js only once the chart is on screen, and draws it', async ({ page }) => {
  const chartRequests: string[] = [];
  page.on('request', (request) => {
    if (/waterfall/.test(request.url())) chartRequests.push(request.url());
  });
  await page.setViewportSize({ width: 1280, height: 600 });
  await openTool(page, '/tools/growth/');
  await expect(result(page, 'sales')).toHaveAttribute('data-value', '300000');
  expect(chartRequests).toEqual([]);
  await page.locator('.lazy-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('.lazy-chart')).toHaveAttribute('data-chart-status', 'ready');
  expect(chartRequests.length).toBe(1);
});

test('the sensitivity section loads when opened and follows the step and the goal', async ({ page, problems }) => {
  const sensitivityRequests: string[] = [];
  page.on('request', (request) => {
    if (/SensitivityPanel/.test(request.url())) sensitivityRequests.push(request.url());
  });
  await openTool(page, '/tools/growth/?customers=200&active=30&aov=5000&goal=2');
  expect(sensitivityRequests).toEqual([]);
  await page.locator('summary', { hasText: '敏感性：单独调整一个要素' }).click();
  // +10% on one lever alone: ¥330,000; doubling with one lever alone: +100%.
  await expect(result(page, 'step-sales-customers')).toHaveAttribute('data-value', /^330000(\.0+\d)?$/);
  expect(await valueOf(page, 'alone-aov')).toBeCloseTo(100, 9);
  await page.getByLabel('敏感性步长（%）', { exact: true }).fill('20');
  await expect.poll(() => valueOf(page, 'step-sales-active')).toBeCloseTo(360000, 6);
  await expect(page).toHaveURL(/step=20/);
  // An activity rate of 60% doubles on its own to 120% on the transactions basis; as a buyer share
  // it cannot: it would pass 100%.
  await page.getByLabel('活跃率（%）', { exact: true }).fill('60');
  await expect.poll(() => valueOf(page, 'alone-active')).toBeCloseTo(100, 9);
  await page.getByRole('radio', { name: '下单客户口径', exact: true }).check();
  await expect(page.locator('[data-result="alone-active"]')).toHaveCount(0);
  await expect(page.locator('details.tool-more')).toContainText('单靠它无法达成');
  expect(problems).toEqual([]);
});

test('a sensitivity section that fails to load says so and loads on retry', async ({ page }) => {
  let blocked = true;
  await page.route(/SensitivityPanel/, (route) => (blocked ? route.abort() : route.continue()));
  await openTool(page, '/en/tools/growth/');
  await page.locator('summary', { hasText: 'Sensitivity: one lever at a time' }).click();
  await expect(page.locator('[data-panel-status="failed"]')).toContainText('This part could not load');
  blocked = false;
  await page.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(result(page, 'step-sales-aov')).toHaveAttribute('data-value', /^330000(\.0+\d)?$/);
});

test('a less common outcome gets its sentence: fixed uplifts on all three levers', async ({ page, problems }) => {
  await openTool(page, '/en/tools/growth/?up_customers=50&up_active=50&up_aov=50');
  await expect(page.locator('[data-status="what-if"]')).toHaveText('All three uplifts are fixed: these assumptions take sales to 3.38×.');
  expect(problems).toEqual([]);
});

test('the calculator embedded in Part 1 works in place and leaves the chapter’s address alone', async ({ page }) => {
  await page.goto('/en/course/growth-principle/');
  await page.getByRole('button', { name: 'Open the Growth formula calculator here' }).click();
  const embedded = page.locator('.tool-frame').first();
  await expect(embedded).toHaveAttribute('data-ready', 'true');
  await embedded.getByLabel('Covered customers (count)', { exact: true }).fill('400');
  await expect(embedded.locator('[data-result="sales"]')).toHaveAttribute('data-value', '600000');
  await expect(page).toHaveURL(/\/en\/course\/growth-principle\/$/);
  await expect(embedded.getByRole('link', { name: 'Open this scenario in the full tool' })).toHaveAttribute(
    'href',
    '/en/tools/growth/?customers=400&active=30&aov=5000&goal=2',
  );
});
