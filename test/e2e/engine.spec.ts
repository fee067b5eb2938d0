import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { ToolSlug } from '../../src/lib/catalog';

/**
 * Every tool shows its example without the code that reads links, saved copies and typing (zod,
 * with each tool's codec): that engine downloads when the page opens on a link (at once) or when a
 * person reaches for the tool. One table, one set of tests for all tools, watching what is fetched
 * by purpose: zod is one chunk, and the engine cannot run without it.
 */

type Locale = 'zh-CN' | 'en';
const zod = /\/_astro\/zod\.[\w-]+\.js$/;
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');
const value = (page: Page, selector: string) => page.locator(selector).first().getAttribute('data-value');

interface EngineCase {
  tool: ToolSlug;
  /** The field a person reaches for, by its visible label, and what they type into it. */
  field: Record<Locale, string>;
  typed: string;
  /** Passes while the tool shows its example; then once what was typed has been read. */
  example: (page: Page, locale: Locale) => Promise<void>;
  edited: (page: Page, locale: Locale) => Promise<void>;
  /** A link to the tool, and what it shows at once. */
  link: string;
  linked: (page: Page, locale: Locale) => Promise<void>;
}

const savedPlanNames = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('playbook:promotion:plan:'))
      .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { data?: { name?: string } }).data?.name),
  );

const channelTotal = (page: Page, locale: Locale) =>
  value(page, `.channel-ranking tr[data-channel="${locale === 'en' ? 'Restaurants' : '餐饮'}"] [data-result="total"]`).then(Number);
const rowClass = (page: Page, locale: Locale) =>
  value(page, `tr[data-row="${locale === 'en' ? 'Yongxing Supermarket' : '永兴超市'}"] [data-result="class"]`);

const cases: EngineCase[] = [
  {
    tool: 'growth',
    field: { 'zh-CN': '覆盖客户数（家）', en: 'Covered customers (count)' },
    typed: '400',
    example: async (page) => expect.poll(() => value(page, '[data-result="sales"]')).toBe('300000'),
    edited: async (page) => expect.poll(() => value(page, '[data-result="sales"]')).toBe('600000'),
    link: '?customers=100&active=50&aov=2000&goal=3',
    linked: async (page) => expect.poll(() => value(page, '[data-result="target"]')).toBe('300000'),
  },
  {
    tool: 'channel-score',
    field: { 'zh-CN': '餐饮 · 销量', en: 'Restaurants · Sales' },
    typed: '3',
    example: async (page, locale) => expect.poll(() => channelTotal(page, locale)).toBeCloseTo(3.65, 9),
    edited: async (page, locale) => expect.poll(() => channelTotal(page, locale)).toBeCloseTo(4.15, 9),
    link: '?present=1',
    linked: async (page) => expect(page.locator('.tool-frame--present')).toBeVisible(),
  },
  {
    tool: 'opportunities',
    field: { 'zh-CN': 'A 类截止点（累计销售占比 %）', en: 'Class A cut-off (cumulative share of sales, %)' },
    typed: '50',
    // The third row starts at 62.5 % of sales: class A under a 70 % cut-off, class B under 50 %.
    example: async (page, locale) => expect.poll(() => rowClass(page, locale)).toBe('A'),
    edited: async (page, locale) => expect.poll(() => rowClass(page, locale)).toBe('B'),
    link: '?cut_a=50&class=B',
    linked: async (page, locale) => expect.poll(() => rowClass(page, locale)).toBe('B'),
  },
  {
    tool: 'promotion',
    field: { 'zh-CN': '方案名称', en: 'Plan name' },
    typed: 'Spring plan',
    example: async (page) => expect.poll(() => savedPlanNames(page)).toEqual([]),
    edited: async (page) => expect.poll(() => savedPlanNames(page)).toEqual(['Spring plan']),
    link: '?example=tea',
    linked: async (page) => expect.poll(() => value(page, '.promotion-screen [data-result="breakeven-lift"]')).toBe('30'),
  },
  {
    tool: 'target-split',
    field: { 'zh-CN': '总目标（元）', en: 'Target (¥)' },
    typed: '600000',
    example: async (page) => expect.poll(() => value(page, '[data-result="total"]')).toBe('1000000'),
    edited: async (page) => expect.poll(() => value(page, '[data-result="total"]')).toBe('600000'),
    link: '?total=2000000&units=A:3,B:2,C:1',
    linked: async (page) => expect.poll(() => value(page, '[data-result="total"]')).toBe('2000000'),
  },
];

for (const tool of cases) {
  test.describe(`${tool.tool}: the engine on first use`, () => {
    test('a plain visit shows the example without zod and writes nothing; the first focus fetches it', async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (zod.test(new URL(request.url()).pathname)) fetched.push(request.url());
      });
      await page.goto(`/tools/${tool.tool}/`, { waitUntil: 'networkidle' });
      await expect(page.locator('.tool-frame[data-ready="true"]').first()).toBeVisible();
      await tool.example(page, 'zh-CN');
      expect(fetched).toEqual([]);
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('playbook:')))).toEqual([]);

      const field = page.getByLabel(tool.field['zh-CN'], { exact: true });
      await field.focus();
      await expect.poll(() => fetched.length).toBeGreaterThan(0);
      await field.fill(tool.typed);
      await tool.edited(page, 'zh-CN');
    });

    test('a link opens at once: the engine comes with the page (en)', async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (zod.test(new URL(request.url()).pathname)) fetched.push(request.url());
      });
      await page.goto(`/en/tools/${tool.tool}/${tool.link}`);
      await expect(page.locator('.tool-frame[data-ready="true"]').first()).toBeVisible();
      await tool.linked(page, 'en');
      expect(fetched.length).toBeGreaterThan(0);
    });

    for (const locale of ['zh-CN', 'en'] as const) {
      test(`if the engine cannot download, what was typed stays and "try again" recovers (${locale === 'en' ? 'en' : 'zh-CN'})`, async ({
        page,
      }) => {
        let blocked = true;
        await page.route(zod, (route) => (blocked ? route.abort() : route.continue()));
        await page.goto(`${prefix(locale)}/tools/${tool.tool}/`);
        await expect(page.locator('.tool-frame[data-ready="true"]').first()).toBeVisible();
        const field = page.getByLabel(tool.field[locale], { exact: true });
        await field.fill(tool.typed);
        const failed = page.locator('[data-notice="engine-failed"]').first();
        await expect(failed).toBeVisible();
        await expect(field).toHaveValue(tool.typed);
        // The results still show what was last read, not a half-read state.
        await tool.example(page, locale);

        blocked = false;
        // Tools not yet on the shared hook word their notice their own way; each has one retry button.
        await failed.getByRole('button').click();
        await expect(page.locator('[data-notice="engine-failed"]')).toHaveCount(0);
        await tool.edited(page, locale);
        await expect(field).toHaveValue(tool.typed);
      });
    }
  });
}
