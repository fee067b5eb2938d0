import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

/** Prints the current page to an A4 PDF and reads it back with poppler, as a printer would get it. */
async function printedText(page: import('@playwright/test').Page): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

test('a chapter prints on A4 with its text and none of the site’s navigation', async ({ page }) => {
  await page.goto('/en/course/team-performance/');
  const { text, pages } = await printedText(page);
  expect(pages).toBeGreaterThan(1);
  expect(text).toContain('Part 5');
  expect(text).toContain('Learning objectives');
  for (const chrome of ['On this page', 'Skip to content', 'Mark this chapter as done', 'Previous', 'Ctrl']) {
    expect(text).not.toContain(chrome);
  }
});

test('a Chinese chapter prints its Chinese text without the sidebar', async ({ page }) => {
  await page.goto('/course/summary/');
  const { text } = await printedText(page);
  expect(text.replace(/\s+/g, '')).toContain('月度生意提升计划');
  for (const chrome of ['本页内容', '第一部分 业绩翻倍增长原理', '上一页', '下一页']) {
    expect(text).not.toContain(chrome);
  }
});
