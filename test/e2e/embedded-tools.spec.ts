import { accessibilityViolations, expect, test } from './support/fixtures';
import { toolNames } from '../../src/lib/catalog';
import type { ToolSlug } from '../../src/lib/catalog';

// A chapter shows its tool as a box with a button; the tool's code downloads only when pressed.
const embeds: { tool: ToolSlug; chapter: string; result: string }[] = [
  { tool: 'growth', chapter: 'course/growth-principle', result: 'sales' },
  { tool: 'opportunities', chapter: 'course/dealer-growth', result: 'total-sales' },
  { tool: 'channel-score', chapter: 'course/new-channels', result: 'rank' },
  { tool: 'promotion', chapter: 'course/promotion', result: 'completeness' },
  { tool: 'target-split', chapter: 'course/team-performance', result: 'total' },
];

const islandCode = /\/_astro\/(GrowthCalculator|OpportunityFinder|ChannelScorecard|PromotionBuilder|TargetSplitter|preact\.module|tools)\.[\w.-]+\.(js|css)$/;

for (const { tool, chapter, result } of embeds) {
  for (const locale of ['zh-CN', 'en'] as const) {
    const path = `${locale === 'en' ? '/en' : ''}/${chapter}/`;
    const open = locale === 'en' ? `Open the ${toolNames[tool].en} here` : `在本页打开${toolNames[tool]['zh-CN']}`;

    test(`${path} loads the ${tool} tool only when asked, then it works in place`, async ({ page, problems }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(path);
      const box = page.locator(`[data-embedded-tool="${tool}"]`);
      await box.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      expect(requested.filter((file) => islandCode.test(file))).toEqual([]);

      await box.getByRole('button', { name: open }).click();
      const frame = box.locator('.tool-frame');
      await expect(frame).toHaveAttribute('data-ready', 'true');
      await expect(frame.locator(`[data-result="${result}"]`).first()).toBeVisible();
      await expect(box.getByRole('button', { name: open })).toBeHidden();
      await expect(box.locator('.embedded-tool__mount')).toBeFocused();
      // The tools' stylesheet came with the tool: its layout rules apply.
      await expect(frame).not.toHaveCSS('display', 'inline');
      await expect(page).toHaveURL(new RegExp(`${path.replaceAll('/', '\\/')}$`));
      expect(problems).toEqual([]);
    });
  }
}

test('a chapter says so when the tool cannot be downloaded, and the button tries again', async ({ page }) => {
  await page.route(/GrowthCalculator\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/en/course/growth-principle/');
  const box = page.locator('[data-embedded-tool="growth"]');
  const open = box.getByRole('button', { name: 'Open the Growth formula calculator here' });
  await open.click();
  const status = box.locator('.embedded-tool__status'); // the box's own live region, not the tool's
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(/did not load\. Check your connection and try again/);
  await expect(open).toBeEnabled();
  await expect(box.getByRole('link', { name: 'Open the full tool page' })).toHaveAttribute('href', '/en/tools/growth/');

  await page.unroute(/GrowthCalculator\.[\w-]+\.js$/);
  await open.click();
  await expect(box.locator('.tool-frame')).toHaveAttribute('data-ready', 'true');
  await expect(status).toHaveText('');
});

test('an opened tool inside a chapter passes axe-core', async ({ page }) => {
  test.setTimeout(60_000); // axe-core over a whole chapter plus a tool is slow on a busy 2-core machine
  await page.goto('/course/growth-principle/');
  await page.getByRole('button', { name: '在本页打开业绩增长公式计算器' }).click();
  await expect(page.locator('.tool-frame')).toHaveAttribute('data-ready', 'true');
  expect(await accessibilityViolations(page)).toEqual([]);
});
