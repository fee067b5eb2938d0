import { expect, test } from './support/fixtures';
import { chapterSlugs } from '../../src/lib/catalog';

/**
 * Every link from a chapter that opens a tool on the chapter's own numbers must show, in the tool,
 * the figures the chapter states for that case. The chapter names those figures on the link
 * (ToolLink's `expect`, rendered as data-expect); this test opens each link, reads the tool's
 * data-value for each, and checks that the chapter's text states the figure too.
 */

/** Half a unit of the last digit the chapter wrote: 26 → 0.5, 43.75 → 0.005. */
function tolerance(figure: number): number {
  const decimals = String(figure).split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals + 1e-9;
}

/** The ways a chapter may write a figure: 1689600, 1,689,600, 168.96万 (in either language). */
function writtenForms(figure: number): string[] {
  const abs = Math.abs(figure);
  const decimals = String(abs).split('.')[1]?.length ?? 0;
  const grouped = abs.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const forms = [String(abs), grouped];
  if (abs >= 10000) forms.push(`${abs / 10000}万`, `${abs / 10000} 万`);
  return forms;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

for (const prefix of ['', '/en']) {
  for (const slug of chapterSlugs) {
    test(`${prefix || '/zh'} ${slug}: every case link opens the tool on the figures the chapter states`, async ({ page }) => {
      await page.goto(`${prefix}/${slug}/`);
      // textContent, not innerText: a worked answer inside a closed <details> states figures too.
      const chapterText = normalise((await page.locator('main').textContent()) ?? '');
      const links = await page.locator('main a[data-expect]').evaluateAll((anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href')!, expect: a.getAttribute('data-expect')!, text: a.textContent ?? '' })),
      );
      // A pre-filled link without stated figures could drift from its case unnoticed.
      const prefilled = await page.locator('main a[href*="/tools/"][href*="?"]:not([data-expect])').evaluateAll((anchors) =>
        anchors.map((a) => a.getAttribute('href')),
      );
      expect(prefilled, 'pre-filled tool links without data-expect').toEqual([]);

      for (const link of links) {
        const figures = JSON.parse(link.expect) as Record<string, number>;
        for (const figure of Object.values(figures)) {
          const forms = writtenForms(figure);
          expect(
            forms.some((form) => chapterText.includes(form)),
            `${slug}: the chapter states ${figure} (as one of ${forms.join(' | ')}) for “${link.text}”`,
          ).toBe(true);
        }
        await page.goto(link.href);
        await expect(page.locator('.tool-frame[data-ready="true"]').first()).toBeVisible();
        for (const [key, figure] of Object.entries(figures)) {
          const cell = page.locator(`[data-result="${key}"]`).first();
          await expect(cell, `${link.href} shows ${key}`).toHaveAttribute('data-value', /.+/);
          const value = Number(await cell.getAttribute('data-value'));
          expect(Math.abs(value - figure), `${link.href}: ${key} is ${value}, the chapter says ${figure}`).toBeLessThanOrEqual(
            tolerance(figure),
          );
        }
        await page.goto(`${prefix}/${slug}/`);
      }
    });
  }
}
