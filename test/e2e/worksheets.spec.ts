import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { worksheetNames } from '../../src/lib/catalog';
import { worksheetSlugs } from '../../src/lib/catalog';
import { examplePlan } from '../../src/lib/promotion/example';
import { worksheets } from '../../src/lib/worksheets';
import { accessibilityViolations, expect, test } from './support/fixtures';

const languages = [
  {
    prefix: '',
    locale: 'zh-CN',
    // Words of the site around the sheet: sidebar groups, site title, search, language switch,
    // the page's own notes below the sheet, and the sheet's on-screen buttons.
    chrome: ['课程', '工具', '术语表', '业绩翻倍增长', '搜索', 'English', '怎么用', '打印空白表', '清空这张表', '上一页', '下一页'],
    pageOne: (pages: number) => `第 1 页，共 ${pages} 页`,
    printFilled: '打印已填写的表',
    printBlank: '打印空白表',
    name: '姓名',
    region: '区域',
  },
  {
    prefix: '/en',
    locale: 'en',
    chrome: ['Course', 'Tools', 'Glossary', 'Worksheets', 'Double Your Sales', 'Search', '中文', 'How to use it', 'Print a blank sheet', 'Clear this sheet', 'Previous'],
    pageOne: (pages: number) => `Page 1 of ${pages}`,
    printFilled: 'Print the filled sheet',
    printBlank: 'Print a blank sheet',
    name: 'Name',
    region: 'Region',
  },
] as const;

/** What a printer gets: the page as an A4 PDF, read back with poppler. */
async function printToPdf(page: Page): Promise<{ text: string; flat: string; pages: number; landscape: boolean }> {
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'worksheet-')), 'sheet.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, width = '0', height = '0'] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  return {
    text,
    // Line breaks and column gaps differ from the screen: compare text with all spacing removed.
    flat: text.replace(/\s+/g, ''),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    landscape: Number(width) > Number(height),
  };
}

const flat = (text: string) => text.replace(/\s+/g, '');

async function openSheet(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.worksheet[data-ready="true"]')).toBeVisible();
}

/** window.print opens a dialog a test cannot close; record the paper's mode instead. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    const record = window as unknown as { printed: string[] };
    record.printed = [];
    window.print = () => {
      record.printed.push(document.querySelector('.worksheet-paper')?.getAttribute('data-mode') ?? 'none');
    };
  });
}
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: string[] }).printed);

const result = (page: Page, key: string) => page.locator(`[data-result="${key}"]`);
/** A table cell's field, by its accessible name: the column header, then the row header. */
const cell = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

for (const lang of languages) {
  test.describe(`blank sheets on A4 (${lang.locale})`, () => {
    for (const slug of worksheetSlugs) {
      const sheet = worksheets[slug];
      test(`${slug} prints blank on exactly ${sheet.pages} page(s) with its title and none of the site`, async ({ page, problems }) => {
        test.setTimeout(60_000);
        await openSheet(page, `${lang.prefix}/worksheets/${slug}/?print=blank`);
        const pdf = await printToPdf(page);
        expect(pdf.pages).toBe(sheet.pages);
        expect(pdf.landscape).toBe(sheet.orientation === 'landscape');
        expect(pdf.flat).toContain(flat(sheet.title[lang.locale]));
        expect(pdf.flat).toContain(flat(sheet.sections.at(-1)!.title[lang.locale]));
        expect(pdf.flat).toContain(flat(lang.name));
        for (const word of lang.chrome) expect(pdf.text, `"${word}" printed`).not.toContain(word);
        // The footer: the sheet's own address and the page number.
        expect(pdf.flat).toContain(`playbook.example${lang.prefix}/worksheets/${slug}/`);
        expect(pdf.flat).toContain(flat(lang.pageOne(sheet.pages)));
        expect(problems).toEqual([]);
      });
    }
  });
}

test('a blank sheet shows and adds up typed numbers without zod, which comes only to save them', async ({ page }) => {
  const zod: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/zod\.[\w-]+\.js$/.test(new URL(request.url()).pathname)) zod.push(request.url());
  });
  await page.goto('/worksheets/monthly-plan/', { waitUntil: 'networkidle' });
  await expect(page.locator('.worksheet[data-ready="true"]')).toBeVisible();
  expect(zod).toEqual([]);
  const review = page.getByRole('table', { name: '目标与实际' });
  await review.getByRole('textbox', { name: '上月目标 覆盖客户数（家）', exact: true }).fill('400');
  await review.getByRole('textbox', { name: '上月实际 覆盖客户数（家）', exact: true }).fill('420');
  await expect(result(page, 'review-achieved-customers')).toHaveAttribute('data-value', '105');
  await expect.poll(() => zod.length).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('playbook:worksheet:monthly-plan'))).toContain('420');
});

test.describe('filling a sheet on screen', () => {
  // Printing to PDF and reading it back takes a few seconds per print.
  test.describe.configure({ timeout: 90_000 });
  test('keeps what was typed across a reload and prints it', async ({ page, problems }) => {
    await stubPrint(page);
    await openSheet(page, '/worksheets/monthly-plan/');
    await page.getByLabel('姓名', { exact: true }).fill('陈经理');
    await page.getByLabel('区域', { exact: true }).fill('华东三区');
    await page.getByLabel('计划月份', { exact: true }).fill('2025年8月');
    const review = page.getByRole('table', { name: '目标与实际' });
    await review.getByRole('textbox', { name: '上月目标 覆盖客户数（家）', exact: true }).fill('400');
    await review.getByRole('textbox', { name: '上月实际 覆盖客户数（家）', exact: true }).fill('420');
    await expect(result(page, 'review-achieved-customers')).toHaveAttribute('data-value', '105');
    await page.getByLabel('差距主要出在哪个要素上？原因是什么？').fill('活跃率下降：老客户下单变少。');
    await cell(page, '机会与预期结果 1').fill('办终端订货会，唤回12家老终端');
    await page.locator('#ws-opportunities-0-due').fill('2025-08-10');

    await page.reload();
    await expect(page.locator('.worksheet[data-ready="true"]')).toBeVisible();
    await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('陈经理');
    await expect(page.getByRole('table', { name: '目标与实际' }).getByRole('textbox', { name: '上月实际 覆盖客户数（家）', exact: true })).toHaveValue('420');
    await expect(cell(page, '机会与预期结果 1')).toHaveValue('办终端订货会，唤回12家老终端');
    await expect(result(page, 'review-achieved-customers')).toHaveAttribute('data-value', '105');

    await page.getByRole('button', { name: '打印已填写的表' }).click();
    // The island prints in an effect right after the click re-renders the paper copy.
    await expect.poll(() => printed(page)).toEqual(['filled']);
    const pdf = await printToPdf(page);
    expect(pdf.pages).toBe(2);
    for (const written of ['陈经理', '华东三区', '2025年8月', '活跃率下降：老客户下单变少。', '办终端订货会，唤回12家老终端', '105.0%', '2025年8月10日']) {
      expect(pdf.flat).toContain(flat(written));
    }
    expect(problems).toEqual([]);
  });

  test('prints a blank copy in one click without losing what was written', async ({ page }) => {
    await stubPrint(page);
    await openSheet(page, '/en/worksheets/coaching-record/');
    await page.getByLabel('Report', { exact: true }).fill('Zhao Min');
    await page.getByLabel('What this conversation should settle').fill('Win back the July gap in average value');
    await page.getByRole('button', { name: 'Print a blank sheet' }).click();
    // The island prints in an effect right after the click re-renders the paper copy.
    await expect.poll(() => printed(page)).toEqual(['blank']);
    const blank = await printToPdf(page);
    expect(blank.pages).toBe(1);
    expect(blank.text).not.toContain('Zhao Min');
    expect(blank.flat).toContain(flat('One-to-one coaching record'));
    await expect(page.getByLabel('Report', { exact: true })).toHaveValue('Zhao Min');
    await page.getByRole('button', { name: 'Print the filled sheet' }).click();
    const filled = await printToPdf(page);
    expect(filled.text).toContain('Zhao Min');
  });

  test('a very long answer grows onto more pages and keeps every word', async ({ page }) => {
    await openSheet(page, '/en/worksheets/growth-diagnosis/');
    const sentence = 'Active outlets fell because the summer range arrived late and reps stopped calling the smaller shops. ';
    const answer = `FIRST-WORDS ${sentence.repeat(60)}the very LAST-WORDS-OF-THE-ANSWER`;
    await page.getByLabel('Which factor is lowest and has the most room? Why should it carry more?').fill(answer);
    await cell(page, 'What Covered customers ①').fill(`${'Open new community shops in the east district. '.repeat(8)}END-OF-CELL`);
    const pdf = await printToPdf(page);
    expect(pdf.pages).toBeGreaterThan(worksheets['growth-diagnosis'].pages);
    expect(pdf.flat).toContain('FIRST-WORDS');
    expect(pdf.flat).toContain(flat('the very LAST-WORDS-OF-THE-ANSWER'));
    expect(pdf.flat).toContain('END-OF-CELL');
    // Every repetition of the sentence made it onto paper. One may run across a page break, where
    // the running footer and header stand between its words: read the answer without them.
    const body = pdf.text
      .split('\n')
      .filter((line) => !/Page \d+ of \d+/.test(line) && line.trim() !== worksheetNames['growth-diagnosis'].en)
      .join('\n');
    expect(flat(body).split(flat('smaller shops.')).length - 1).toBe(60);
  });

  test('says beside a cell what is wrong with a number, in the page’s language, and keeps the text', async ({ page }) => {
    await openSheet(page, '/worksheets/target-breakdown/');
    const january = cell(page, '1月 1');
    await january.fill('abc');
    await expect(january).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#ws-months-0-m1-error')).toHaveText(/数字/);
    await expect(january).toHaveValue('abc');
    await january.fill('-5');
    await expect(page.locator('#ws-months-0-m1-error')).toHaveText('这里不能填负数。');
    await openSheet(page, '/en/worksheets/target-breakdown/');
    const over = page.getByLabel('Over-assignment (%)', { exact: true });
    await over.fill('５%');
    await expect(over).not.toHaveAttribute('aria-invalid', 'true');
    await over.fill('lots');
    await expect(page.locator('#ws-over-error')).toHaveText(/number/i);
  });

  test('adds up units × months: each row, each month and the whole table', async ({ page }) => {
    await openSheet(page, '/en/worksheets/target-breakdown/');
    await cell(page, 'Unit / person 1').fill('Liu Yang');
    await cell(page, 'Jan 1').fill('40万');
    await cell(page, 'Feb 1').fill('43.52万');
    await cell(page, 'Unit / person 2').fill('Zhou Ting');
    await cell(page, 'Jan 2').fill('0.1');
    await cell(page, 'Dec 2').fill('0.2');
    await expect(result(page, 'months-row-0')).toHaveAttribute('data-value', '835200');
    await expect(result(page, 'months-row-1')).toHaveAttribute('data-value', '0.3');
    await expect(result(page, 'months-m1')).toHaveAttribute('data-value', '400000.1');
    await expect(result(page, 'months-m12')).toHaveAttribute('data-value', '0.2');
    await expect(result(page, 'months-total')).toHaveAttribute('data-value', '835200.3');
    await expect(result(page, 'months-total')).toHaveText('¥835,200.30');
    await page.getByRole('button', { name: 'Add a row' }).click();
    await cell(page, 'Jan 4').fill('100');
    await expect(result(page, 'months-total')).toHaveAttribute('data-value', '835300.3');
    await page.getByRole('button', { name: 'Remove row 1' }).click();
    await expect(cell(page, 'Unit / person 1')).toHaveValue('Zhou Ting');
    await expect(result(page, 'months-total')).toHaveAttribute('data-value', '100.3');
    const pdf = await printToPdf(page);
    expect(pdf.landscape).toBe(true);
    expect(pdf.flat).toContain('ZhouTing');
    expect(pdf.flat).toContain(flat('¥100.30'));
  });

  test('adds FABE cards on screen and prints them between cut lines', async ({ page }) => {
    await openSheet(page, '/worksheets/fabe-cards/');
    await page.getByLabel('产品').first().fill('500 毫升无糖茶');
    await page.getByRole('button', { name: '添加一张卡片' }).click();
    await page.locator('#ws-cards-1-product').fill('冷泡绿茶组合装');
    await page.locator('#ws-cards-1-benefit').fill('一箱能赚 21 元');
    const pdf = await printToPdf(page);
    expect(pdf.pages).toBe(1);
    expect(pdf.flat).toContain(flat('500 毫升无糖茶'));
    expect(pdf.flat).toContain(flat('一箱能赚 21 元'));
  });
});

test.describe('clearing a sheet', () => {
  test('asks first, inside the page, and clears only when confirmed', async ({ page }) => {
    test.setTimeout(90_000);
    await openSheet(page, '/worksheets/coaching-record/');
    const report = page.getByLabel('辅导对象', { exact: true });
    await report.fill('赵敏');
    await page.getByRole('button', { name: '清空这张表' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('确定清空这张表吗？');
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    await expect(report).toHaveValue('赵敏');
    await page.getByRole('button', { name: '清空这张表' }).click();
    // The question opens with the focus on "cancel", as a keyboard user meets it; Escape then closes it.
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: '清空这张表' })).toBeFocused();
    await expect(report).toHaveValue('赵敏');
    await page.getByRole('button', { name: '清空这张表' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确定清空' }).click();
    await expect(report).toHaveValue('');
    await page.reload();
    await expect(page.locator('.worksheet[data-ready="true"]')).toBeVisible();
    await expect(page.getByLabel('辅导对象', { exact: true })).toHaveValue('');
    expect(await page.evaluate(() => localStorage.getItem('playbook:worksheet:coaching-record'))).toBeNull();
  });

  test('sets unreadable saved data aside with a notice and opens a blank sheet', async ({ page, problems }) => {
    await openSheet(page, '/en/worksheets/coaching-record/');
    await page.evaluate(() => localStorage.setItem('playbook:worksheet:coaching-record', '{"version":1,"data":{"header":42}}'));
    await openSheet(page, '/en/worksheets/coaching-record/');
    await expect(page.locator('.worksheet-notices')).toContainText('could not be read');
    await expect(page.getByLabel('Report', { exact: true })).toHaveValue('');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith('playbook:worksheet:coaching-record:set-aside:'))).toBe(true);
    expect(problems).toEqual([]);
  });
});

test.describe('fill from the tool', () => {
  test.describe.configure({ timeout: 60_000 });
  const scenario = { customers: 200, active: 30, aov: 5000, goal: 2, step: 10 };
  const seed = (page: Page, value: string) =>
    page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('playbook:growth', text);
        sessionStorage.setItem('seeded', '1');
      }
    }, value);

  test('carries the growth calculator’s saved scenario into the three-factor diagnosis', async ({ page }) => {
    await seed(page, JSON.stringify({ version: 1, savedAt: '2025-08-01T08:00:00.000Z', data: scenario }));
    await openSheet(page, '/worksheets/growth-diagnosis/');
    await page.getByLabel('数据期间', { exact: true }).fill('2025 年 5–7 月');
    await page.getByRole('button', { name: '从业绩增长公式计算器填入' }).click();
    // Eight cells, and the basis: a copy saved before the calculator had one is on the transactions basis.
    await expect(page.locator('.worksheet-notices')).toContainText('已从业绩增长公式计算器填入 9 项');
    await expect(page.getByRole('checkbox', { name: /^交易口径/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^下单客户口径/ })).not.toBeChecked();
    await expect(cell(page, '现状 覆盖客户数（家）')).toHaveValue('200');
    await expect(cell(page, '目标 覆盖客户数（家）')).toHaveValue('252');
    await expect(cell(page, '现状 活跃率（%）')).toHaveValue('30');
    await expect(cell(page, '目标 活跃率（%）')).toHaveValue('37.8');
    await expect(cell(page, '目标 销售业绩（元）')).toHaveValue('600000');
    expect(Number(await result(page, 'factors-change-active').getAttribute('data-value'))).toBeCloseTo(26, 6);
    await expect(result(page, 'factors-change-sales')).toHaveAttribute('data-value', '100');
    await expect(page.getByLabel('数据期间', { exact: true })).toHaveValue('2025 年 5–7 月');
    // The tool's own save is read, never changed.
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('playbook:growth'))) ?? '{}').data).toEqual(scenario);
    const pdf = await printToPdf(page);
    expect(pdf.flat).toContain('37.8%');
    expect(pdf.flat).toContain(flat('¥600,000'));
  });

  test('fills the growth part of the monthly plan in English', async ({ page }) => {
    await seed(page, JSON.stringify({ version: 1, savedAt: '2025-08-01T08:00:00.000Z', data: { ...scenario, target: 1_320_000 } }));
    await openSheet(page, '/en/worksheets/monthly-plan/');
    await page.getByRole('button', { name: 'Fill from the Growth formula calculator' }).click();
    await expect(cell(page, 'Last month Sales (¥)')).toHaveValue('300000');
    await expect(cell(page, 'This month Sales (¥)')).toHaveValue('1320000');
    await expect(result(page, 'targets-change-sales')).toHaveAttribute('data-value', '340');
  });

  test('carries the target splitter’s split into the breakdown sheet, units × months, with totals', async ({ page }) => {
    const split = {
      total: 1_320_000,
      method: 'weights',
      alpha: 0.5,
      overPercent: 0,
      roundingUnit: 10_000,
      seasonality: 'flat',
      units: [
        { name: 'Liu Yang', weight: 40 },
        { name: 'Zhou Ting', weight: 35 },
        { name: 'Sun Hao', weight: 25 },
      ],
    };
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('playbook:target-split', text);
        sessionStorage.setItem('seeded', '1');
      }
    }, JSON.stringify({ version: 1, savedAt: '2025-08-01T08:00:00.000Z', data: split }));
    await openSheet(page, '/en/worksheets/target-breakdown/');
    await page.getByRole('button', { name: 'Fill from the Target splitter' }).click();
    await expect(page.locator('.worksheet-notices')).toContainText('Filled 39 entries from the Target splitter');
    await expect(cell(page, 'Unit / person 1')).toHaveValue('Liu Yang');
    await expect(cell(page, 'Unit / person 3')).toHaveValue('Sun Hao');
    await expect(result(page, 'months-row-0')).toHaveAttribute('data-value', '530000');
    await expect(result(page, 'months-row-1')).toHaveAttribute('data-value', '460000');
    await expect(result(page, 'months-row-2')).toHaveAttribute('data-value', '330000');
    await expect(result(page, 'months-total')).toHaveAttribute('data-value', '1320000');
    await expect(page.getByLabel('Target from the level above (¥)', { exact: true })).toHaveValue('1320000');
    await expect(page.getByRole('checkbox', { name: 'By weights' })).toBeChecked();
    const pdf = await printToPdf(page);
    expect(pdf.flat).toContain(flat('¥1,320,000'));
    expect(pdf.flat).toContain('SunHao');
  });

  test('carries the promotion builder’s current plan into the twelve elements', async ({ page, problems }) => {
    // As planStore.ts saves: the current plan's id, and each plan in its own envelope.
    const envelope = { version: 1, savedAt: '2026-09-01T08:00:00.000Z', data: examplePlan('zh-CN'), drafts: {} };
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('playbook:promotion:plan:example', text);
        localStorage.setItem('playbook:promotion:current', 'example');
        sessionStorage.setItem('seeded', '1');
      }
    }, JSON.stringify(envelope));
    await openSheet(page, '/worksheets/promotion-elements/');
    await page.getByRole('button', { name: '从市场推广方案生成器填入' }).click();
    await expect(page.locator('.worksheet-notices')).toContainText('已从市场推广方案生成器填入 30 项');
    await expect(page.getByLabel('一句话主题', { exact: true })).toHaveValue('清新国庆，净享好空气');
    await expect(page.getByLabel('开始日期', { exact: true })).toHaveValue('2026-10-01');
    await expect(page.getByLabel('结束日期', { exact: true })).toHaveValue('2026-10-14');
    await expect(page.getByLabel('保本提升率（%）', { exact: true })).toHaveValue('20');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('playbook:promotion:plan:example'))) ?? '{}')).toEqual(envelope);
    expect(problems).toEqual([]);
  });

  test('says so, with a link to the tool, when nothing is saved or the save is unreadable', async ({ page }) => {
    await openSheet(page, '/en/worksheets/growth-diagnosis/');
    await page.getByRole('button', { name: 'Fill from the Growth formula calculator' }).click();
    const notices = page.locator('.worksheet-notices');
    await expect(notices).toContainText('has no saved scenario yet');
    await expect(notices.getByRole('link', { name: 'Open the Growth formula calculator' })).toHaveAttribute('href', '/en/tools/growth/');
    await page.evaluate(() => localStorage.setItem('playbook:growth', '{"version":1,"data":{"customers":"lots"}}'));
    await page.getByRole('button', { name: 'Fill from the Growth formula calculator' }).click();
    await expect(notices).toContainText('could not be read');
    await expect(cell(page, 'Now Covered customers')).toHaveValue('');
  });
});

for (const lang of languages) {
  test(`a sheet page passes axe-core (${lang.locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    await openSheet(page, `${lang.prefix}/worksheets/monthly-plan/`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}

test('a sheet fits a phone: wide tables scroll inside their own box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/worksheets/target-breakdown/', '/en/worksheets/monthly-plan/']) {
    await openSheet(page, path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});

test('every sheet is linked from its chapter', async ({ page }) => {
  for (const slug of worksheetSlugs) {
    await page.goto(`/${worksheets[slug].chapter}/`);
    await expect(page.locator(`main a[href="/worksheets/${slug}/"]`).first()).toBeVisible();
  }
});
