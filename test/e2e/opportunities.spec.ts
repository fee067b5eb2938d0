import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { accessibilityViolations, expect, test } from './support/fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const languages = [
  {
    prefix: '',
    file: '载入 CSV 文件',
    paste: '或从表格软件粘贴（连同表头）',
    pasteButton: '读取粘贴的表格',
    cutA: 'A 类截止点（累计销售占比 %）',
    cutB: 'B 类截止点（累计销售占比 %）',
    filterClass: '按分类筛选',
    filterQuadrant: '按象限筛选',
    filterRegion: '按区域/渠道筛选',
    exportButton: '导出清单（CSV）',
    exportHeader: '排名,名称,区域/渠道,ABC 分类,象限,本期销售（元）,上期销售（元）,增长（%）,潜力（元）,生意机会（元）,合作意愿,销售占比（%）,累计占比（%）,新增网点',
    growNow: '重点开发',
    nurture: '培育',
    applyMapping: '按这些列读取',
    nameOption: '名称',
    salesOption: '本期销售',
    missingName: '请选择哪一列是名称。',
    badReasons: ['本期销售不是数字', '名称为空', '本期销售是负数；合作意愿不在 1–5 之间'],
    unclosedQuote: '第 8 行的引号没有闭合',
    invalidNumber: /数字/,
    notAscending: 'B 类截止点不能小于 A 类截止点。',
    present: '投屏模式',
    abcPanel: 'ABC 分类',
    splitPanel: '水平增长与垂直增长',
  },
  {
    prefix: '/en',
    file: 'Load a CSV file',
    paste: 'Or paste from a spreadsheet (with the header row)',
    pasteButton: 'Read the pasted table',
    cutA: 'Class A cut-off (cumulative share of sales, %)',
    cutB: 'Class B cut-off (cumulative share of sales, %)',
    filterClass: 'Filter by class',
    filterQuadrant: 'Filter by quadrant',
    filterRegion: 'Filter by region or channel',
    exportButton: 'Export the list (CSV)',
    exportHeader:
      'Rank,Name,Region/channel,ABC class,Quadrant,Sales this period (¥),Sales last period (¥),Growth (%),Potential (¥),Opportunity (¥),Willingness,Share of sales (%),Cumulative share (%),New outlet',
    growNow: 'Grow now',
    nurture: 'Nurture',
    applyMapping: 'Read with these columns',
    nameOption: 'Name',
    salesOption: 'Sales this period',
    missingName: 'Choose the column that holds the name.',
    badReasons: ['Sales this period is not a number', 'Name is empty', 'Sales this period is negative; Willingness is not between 1 and 5'],
    unclosedQuote: 'The quote on line 8 never closes',
    invalidNumber: /number/i,
    notAscending: 'The class B cut-off cannot be below the class A cut-off.',
    present: 'Present',
    abcPanel: 'ABC classes',
    splitPanel: 'Horizontal and vertical growth',
  },
] as const;

/** Waits until the island has read the link and the saved table, so nothing typed is overwritten. */
async function openTool(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
}

/** Opens a result panel that loads on demand (ABC classes, growth split) and waits for its code. */
async function openPanel(page: Page, title: string) {
  const summary = page.locator('summary', { hasText: title });
  await summary.click();
  await expect(page.locator('details', { has: summary })).toHaveAttribute('open', '');
}

const result = (page: Page, key: string) => page.locator(`[data-result="${key}"]`).first();
const rowResult = (page: Page, name: string, key: string) => page.locator(`tr[data-row="${name}"] [data-result="${key}"]`);

/** Loads a file through the labelled file input and waits until its rows are read. */
async function loadFile(page: Page, label: string, name: string, rows: number) {
  await page.getByLabel(label, { exact: true }).setInputFiles(fixture(name));
  await expect(result(page, 'imported-rows')).toHaveAttribute('data-value', String(rows));
}

/** The ranked list's names, in the order shown. */
async function rankedNames(page: Page): Promise<string[]> {
  return page.locator('tr[data-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row') ?? ''));
}

// The UTF-8 fixture: sales 500/200/150/80/50/20/0 of 1,000; potentials' median 600; willing from 4.
const utf8Expected = {
  classes: { 甲店: 'A', 乙店: 'A', 丙店: 'B', 丁店: 'B', 戊店: 'C', 己店: 'C', 庚店: 'C' },
  quadrants: { 甲店: 'grow-now', 乙店: 'nurture', 丙店: 'maintain', 丁店: 'grow-now', 戊店: 'watch', 己店: 'watch', 庚店: 'grow-now' },
  // By opportunity (potential − sales); 乙店 and 庚店 tie at 700 and go by name.
  ranked: ['乙店', '庚店', '丁店', '甲店', '己店', '丙店', '戊店'],
};

for (const lang of languages) {
  const tool = `${lang.prefix}/tools/opportunities/`;

  test.describe(`opportunity finder (${lang.prefix || 'zh-CN'})`, () => {
    test('loads a UTF-8 CSV with Chinese headers and reads classes, quadrants and ranks', async ({ page, problems }) => {
      await openTool(page, tool);
      await loadFile(page, lang.file, 'dealers-utf8-bom.csv', 7);
      await expect(result(page, 'encoding')).toHaveAttribute('data-value', 'utf-8');
      await expect(result(page, 'delimiter')).toHaveAttribute('data-value', 'comma');
      await expect(result(page, 'bad-rows')).toHaveAttribute('data-value', '0');
      await expect.poll(() => rankedNames(page)).toEqual(utf8Expected.ranked);
      for (const [name, abcClass] of Object.entries(utf8Expected.classes)) {
        await expect(rowResult(page, name, 'class')).toHaveAttribute('data-value', abcClass);
      }
      for (const [name, quadrant] of Object.entries(utf8Expected.quadrants)) {
        await expect(rowResult(page, name, 'quadrant')).toHaveAttribute('data-value', quadrant);
      }
      await expect(rowResult(page, '乙店', 'rank')).toHaveAttribute('data-value', '1');
      await expect(rowResult(page, '乙店', 'opportunity')).toHaveAttribute('data-value', '700');
      await expect(rowResult(page, '甲店', 'quadrant')).toHaveText(lang.growNow);
      await expect(result(page, 'total-sales')).toHaveAttribute('data-value', '1000');
      await expect(result(page, 'total-opportunity')).toHaveAttribute('data-value', '3000');
      // 庚店 sells nothing yet: its 700 is horizontal growth, the rest vertical.
      await expect(result(page, 'vertical')).toHaveAttribute('data-value', '2300');
      await expect(result(page, 'horizontal')).toHaveAttribute('data-value', '700');
      // The ABC classes are a panel opened on demand: its code comes on the first open.
      await expect(result(page, 'count-A')).toHaveCount(0);
      await openPanel(page, lang.abcPanel);
      await expect(result(page, 'count-A')).toHaveAttribute('data-value', '2');
      await expect(result(page, 'count-grow-now')).toHaveAttribute('data-value', '3');
      expect(problems).toEqual([]);
    });

    test('reads a GB18030 file (Chinese Excel’s CSV) and shows its Chinese names', async ({ page, problems }) => {
      await openTool(page, tool);
      await loadFile(page, lang.file, 'dealers-gb18030.csv', 3);
      await expect(result(page, 'encoding')).toHaveAttribute('data-value', 'gb18030');
      await expect(page.locator('tr[data-row]').first()).toContainText('华东甲店');
      await expect.poll(() => rankedNames(page)).toEqual(['华东甲店', '华南乙店', '华北丙店']);
      // The header says 万元, so 12 is ¥120,000.
      await expect(rowResult(page, '华东甲店', 'sales')).toHaveAttribute('data-value', '120000');
      await expect(rowResult(page, '华南乙店', 'class')).toHaveAttribute('data-value', 'A');
      await expect(rowResult(page, '华北丙店', 'class')).toHaveAttribute('data-value', 'B');
      expect(problems).toEqual([]);
    });

    test('reads a block pasted from a spreadsheet (tab-separated, English headers)', async ({ page, problems }) => {
      await openTool(page, tool);
      await page.getByLabel(lang.paste, { exact: true }).fill(readFileSync(fixture('paste-block.tsv'), 'utf8'));
      await page.getByRole('button', { name: lang.pasteButton, exact: true }).click();
      await expect(result(page, 'imported-rows')).toHaveAttribute('data-value', '4');
      await expect(result(page, 'delimiter')).toHaveAttribute('data-value', 'tab');
      await expect(result(page, 'encoding')).toHaveAttribute('data-value', 'none');
      await expect.poll(() => rankedNames(page)).toEqual(['East Gate', 'North Star', 'West End', 'South Bay']);
      await expect(rowResult(page, 'North Star', 'class')).toHaveAttribute('data-value', 'A');
      await expect(rowResult(page, 'East Gate', 'class')).toHaveAttribute('data-value', 'A');
      await expect(rowResult(page, 'South Bay', 'class')).toHaveAttribute('data-value', 'B');
      await expect(rowResult(page, 'West End', 'class')).toHaveAttribute('data-value', 'C');
      await expect(rowResult(page, 'East Gate', 'quadrant')).toHaveText(lang.nurture);
      expect(problems).toEqual([]);
    });

    test('lists the bad rows of a malformed CSV with line numbers and reasons, and keeps the good rows', async ({ page, problems }) => {
      test.slow(); // axe-core over a long page of tables takes a while on a busy machine
      await openTool(page, tool);
      await loadFile(page, lang.file, 'malformed.csv', 4);
      await expect(result(page, 'bad-rows')).toHaveAttribute('data-value', '3');
      const lines = await page.locator('[data-result="bad-line"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value')));
      expect(lines).toEqual(['3', '5', '6']);
      for (const [index, reason] of lang.badReasons.entries()) {
        await expect(page.locator(`tr[data-bad-line="${lines[index]}"]`)).toContainText(reason);
      }
      await expect(page.locator('[data-notice="unclosed-quote"]')).toContainText(lang.unclosedQuote);
      for (const name of ['好店一', '好店三', '好店六']) await expect(page.locator(`tr[data-row="${name}"]`)).toHaveCount(1);
      await expect(rowResult(page, '好店一', 'class')).toHaveAttribute('data-value', 'A');
      await expect(page.locator('tr[data-row="坏店二"]')).toHaveCount(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });

    test('asks what unrecognised columns hold, then reads the table', async ({ page, problems }) => {
      test.slow(); // axe-core over a long page of tables takes a while on a busy machine
      await openTool(page, tool);
      await loadFile(page, lang.file, 'unrecognised-header.csv', 0);
      const nameColumn = page.getByLabel('户头', { exact: true });
      const salesColumn = page.getByLabel('出货额', { exact: true });
      await expect(nameColumn).toBeVisible();
      await expect(page.getByLabel('潜在量', { exact: true })).toHaveValue('potential');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: lang.applyMapping, exact: true }).click();
      await expect(page.locator('[data-notice="mapping-error"]')).toHaveText(lang.missingName);
      await nameColumn.selectOption({ label: lang.nameOption });
      await salesColumn.selectOption({ label: lang.salesOption });
      await page.getByRole('button', { name: lang.applyMapping, exact: true }).click();
      await expect(result(page, 'imported-rows')).toHaveAttribute('data-value', '2');
      await expect.poll(() => rankedNames(page)).toEqual(['星光超市', '月亮便利']);
      await expect(rowResult(page, '星光超市', 'sales')).toHaveAttribute('data-value', '12000');
      await expect(rowResult(page, '星光超市', 'opportunity')).toHaveAttribute('data-value', '18000');
      expect(problems).toEqual([]);
    });

    test('exports the ranked list as CSV: BOM, headers in the page language, rows in rank order', async ({ page, problems }) => {
      await openTool(page, tool);
      await loadFile(page, lang.file, 'dealers-utf8-bom.csv', 7);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: lang.exportButton, exact: true }).click(),
      ]);
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes).split('\r\n');
      expect(lines[0]).toBe(lang.exportHeader);
      expect(lines.slice(1, -1).map((line) => line.split(',')[1])).toEqual(utf8Expected.ranked);
      expect(lines[1]).toMatch(/^1,乙店,华东,A,[^,]+,200,250,-20,900,700,2,20,/);
      expect(lines.at(-1)).toBe('');
      expect(problems).toEqual([]);
    });

    test('reclassifies when a cut-off changes, and keeps the last result beside a bad value', async ({ page }) => {
      await openTool(page, tool);
      await loadFile(page, lang.file, 'dealers-utf8-bom.csv', 7);
      const cutA = page.getByLabel(lang.cutA, { exact: true });
      await cutA.fill('50');
      // 乙店 starts at 50% exactly, so with A ending at 50% it is B.
      await expect(rowResult(page, '乙店', 'class')).toHaveAttribute('data-value', 'B');
      await expect(page).toHaveURL(/cut_a=50/);
      await cutA.fill('abc');
      await expect(cutA).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#opportunities-cutA-error')).toHaveText(lang.invalidNumber);
      await expect(cutA).toHaveValue('abc');
      await expect(rowResult(page, '乙店', 'class')).toHaveAttribute('data-value', 'B');
      await expect(page.locator('.tool-results--stale')).toBeVisible();
      await cutA.fill('95');
      await expect(page.locator('#opportunities-cutB-error')).toHaveText(lang.notAscending);
      await expect(rowResult(page, '乙店', 'class')).toHaveAttribute('data-value', 'B');
    });

    test('filters the list by class, quadrant and region, and puts the filters in the link', async ({ page }) => {
      await openTool(page, tool);
      await loadFile(page, lang.file, 'dealers-utf8-bom.csv', 7);
      await page.getByLabel(lang.filterClass, { exact: true }).selectOption('A');
      await expect.poll(() => rankedNames(page)).toEqual(['乙店', '甲店']);
      await expect(page).toHaveURL(/class=A/);
      await page.getByLabel(lang.filterClass, { exact: true }).selectOption('all');
      await page.getByLabel(lang.filterQuadrant, { exact: true }).selectOption('grow-now');
      await expect.poll(() => rankedNames(page)).toEqual(['庚店', '丁店', '甲店']);
      await page.getByLabel(lang.filterRegion, { exact: true }).selectOption({ label: '华东' });
      await expect.poll(() => rankedNames(page)).toEqual(['庚店', '甲店']);
      await expect(page).toHaveURL(/quadrant=grow-now/);
      await expect(page).toHaveURL(/region=%E5%8D%8E%E4%B8%9C/);
    });

    test('present mode shows a QR code of the link and passes axe-core', async ({ page, problems }) => {
      test.slow(); // axe-core over a long page of tables takes a while on a busy machine
      await openTool(page, tool);
      await expect(page.locator('tr[data-row]')).toHaveCount(10);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: lang.present, exact: true }).click();
      await expect(page.locator('[data-qr]')).toBeVisible();
      await expect(page).toHaveURL(/present=1/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-qr]')).toBeHidden();
      expect(problems).toEqual([]);
    });
  });
}

test('a link carries settings and filters, never the table, and applies them to the visitor’s own table', async ({ page }) => {
  await openTool(page, '/tools/opportunities/');
  await loadFile(page, '载入 CSV 文件', 'dealers-utf8-bom.csv', 7);
  await page.getByLabel('A 类截止点（累计销售占比 %）', { exact: true }).fill('60');
  await page.getByLabel('按分类筛选', { exact: true }).selectOption('B');
  await expect(page).toHaveURL(/\?cut_a=60&class=B$/);
  expect(decodeURIComponent(page.url())).not.toContain('乙店');

  await openTool(page, '/en/tools/opportunities/?cut_a=50&class=B');
  await expect(page.locator('[data-notice="shared"]')).toBeVisible();
  await expect(page.getByLabel('Class A cut-off (cumulative share of sales, %)', { exact: true })).toHaveValue('50');
  // The saved table, classified with the link's cut-off and filtered to class B.
  await expect.poll(() => rankedNames(page)).toEqual(['乙店', '丁店', '丙店']);
  await page.getByRole('button', { name: 'Open my saved scenario' }).click();
  await expect(page.getByLabel('Class A cut-off (cumulative share of sales, %)', { exact: true })).toHaveValue('60');
});

test('ignores hostile or invalid link parameters with a notice, and runs nothing from them', async ({ page, problems }) => {
  await openTool(
    page,
    `/en/tools/opportunities/?class=${encodeURIComponent('<img src=x onerror="window.__hacked=1">')}&cut_b=abc&region=${encodeURIComponent('<b>x</b>')}&quadrant=grow-now&quadrant=watch`,
  );
  const notice = page.locator('[data-notice="ignored-params"]');
  await expect(notice).toContainText('class (out of range)');
  await expect(notice).toContainText('cut_b (not a number)');
  await expect(notice).toContainText('quadrant (given twice)');
  await expect(page.getByLabel('Filter by region or channel', { exact: true })).toHaveValue('region:<b>x</b>');
  await expect(page.locator('.tool-frame img, .tool-frame b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('keeps the table, the picked targets and the added outlets after a reload', async ({ page }) => {
  await openTool(page, '/tools/opportunities/');
  await loadFile(page, '载入 CSV 文件', 'dealers-utf8-bom.csv', 7);
  await page.locator('tr[data-row="乙店"]').getByRole('checkbox').check();
  await expect(result(page, 'picked-count')).toHaveAttribute('data-value', '1');
  await expect(result(page, 'picked-opportunity')).toHaveAttribute('data-value', '700');

  await openPanel(page, '水平增长与垂直增长');
  await page.getByLabel('网点名称', { exact: true }).fill('新开店');
  await page.getByLabel('潜力（元）', { exact: true }).fill('1000');
  await page.getByLabel('区域/渠道（可选）', { exact: true }).fill('华东');
  await page.getByRole('button', { name: '添加网点', exact: true }).click();
  await expect(result(page, 'horizontal')).toHaveAttribute('data-value', '1700');
  await expect(page.locator('tr[data-row="新开店"]')).toContainText('新增');
  await page.getByLabel('网点名称', { exact: true }).fill('乙店');
  await page.getByLabel('潜力（元）', { exact: true }).fill('5');
  await page.getByRole('button', { name: '添加网点', exact: true }).click();
  await expect(page.locator('#opportunities-add-name-error')).toHaveText('表里已经有这个名称。');

  await openTool(page, '/tools/opportunities/');
  await expect(page.locator('tr[data-row="乙店"]').getByRole('checkbox')).toBeChecked();
  await expect(result(page, 'picked-count')).toHaveAttribute('data-value', '1');
  await expect(result(page, 'horizontal')).toHaveAttribute('data-value', '1700');
  await expect(result(page, 'total-rows')).toHaveAttribute('data-value', '8');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('playbook:opportunities') ?? '{}'));
  expect(saved.data.picked).toEqual(['乙店']);
});

test('says so when the browser cannot save the table, and loses nothing on the page', async ({ page }) => {
  // A browser whose storage is full: every write of the finder's state fails as Chrome's quota does.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'playbook:opportunities') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openTool(page, '/en/tools/opportunities/');
  await loadFile(page, 'Load a CSV file', 'dealers-utf8-bom.csv', 7);
  await expect(page.locator('[data-notice="save-failed"]')).toContainText('could not be saved');
  await expect.poll(() => rankedNames(page)).toEqual(utf8Expected.ranked);
  await expect(result(page, 'total-sales')).toHaveAttribute('data-value', '1000');
});

test('reads 20,000 rows, shows the first page of 50, and pages through the rest', async ({ page, problems }) => {
  test.setTimeout(120_000);
  const lines = ['客户名称,本期销售,上期销售,潜力,合作意愿,区域'];
  for (let row = 1; row <= 20_000; row++) {
    // Potential − sales is 40,000 − row, so the ranking is the row order and page 2 starts at 店00051.
    lines.push(`店${String(row).padStart(5, '0')},${row},${row},${40_000},${1 + (row % 5)},${['华东', '华南', '华北'][row % 3]}`);
  }
  await openTool(page, '/tools/opportunities/');
  await page.getByLabel('载入 CSV 文件', { exact: true }).setInputFiles({
    name: 'dealers-20000.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`),
  });
  await expect(result(page, 'total-rows')).toHaveAttribute('data-value', '20000', { timeout: 60_000 });
  await expect(page.locator('tr[data-row]')).toHaveCount(50);
  await expect(rowResult(page, '店00001', 'rank')).toHaveAttribute('data-value', '1');
  await expect(rowResult(page, '店00001', 'opportunity')).toHaveAttribute('data-value', '39999');
  await expect(result(page, 'total-sales')).toHaveAttribute('data-value', String((20_000 * 20_001) / 2));
  await expect(page.locator('#opportunities-page-top option')).toHaveCount(400);
  await page.getByRole('button', { name: '下一页' }).first().click();
  await expect(page.locator('tr[data-row]').first()).toHaveAttribute('data-row', '店00051');
  await expect(rowResult(page, '店00051', 'rank')).toHaveAttribute('data-value', '51');
  await expect(page.locator('tr[data-row]')).toHaveCount(50);
  expect(problems).toEqual([]);
});

test('without a Web Worker a large table is still read, analysed and saved, on the page', async ({ page, problems }) => {
  test.setTimeout(120_000);
  // An old or locked-down browser: no Worker at all, so every step runs on the page.
  await page.addInitScript(() => {
    delete (window as { Worker?: unknown }).Worker;
  });
  const lines = ['客户名称,本期销售,潜力'];
  for (let row = 1; row <= 3_000; row++) lines.push(`店${String(row).padStart(5, '0')},${row},${10_000}`);
  await openTool(page, '/tools/opportunities/');
  await page.getByLabel('载入 CSV 文件', { exact: true }).setInputFiles({
    name: 'dealers-3000.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  });
  await expect(result(page, 'total-rows')).toHaveAttribute('data-value', '3000', { timeout: 60_000 });
  await expect(result(page, 'total-sales')).toHaveAttribute('data-value', String((3_000 * 3_001) / 2));
  await expect(rowResult(page, '店00001', 'rank')).toHaveAttribute('data-value', '1');

  await openTool(page, '/tools/opportunities/');
  await expect(result(page, 'total-rows')).toHaveAttribute('data-value', '3000', { timeout: 60_000 });
  await expect(page.locator('[data-notice="save-failed"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('says so when the import code cannot be fetched, keeps the table, and reads the file on a second try', async ({ page }) => {
  await openTool(page, '/en/tools/opportunities/');
  // The connection drops just when the import code is first needed.
  await page.route('**/_astro/importing.*.js', (route) => route.abort());
  await page.getByLabel('Load a CSV file', { exact: true }).setInputFiles(fixture('dealers-utf8-bom.csv'));
  await expect(page.locator('[data-notice="import-error"]')).toHaveText('This part of the tool could not be loaded; check the connection and try again.');
  await expect(result(page, 'total-rows')).toHaveAttribute('data-value', '10');

  await page.unroute('**/_astro/importing.*.js');
  await loadFile(page, 'Load a CSV file', 'dealers-utf8-bom.csv', 7);
  await expect(page.locator('[data-notice="import-error"]')).toHaveCount(0);
  await expect.poll(() => rankedNames(page)).toEqual(utf8Expected.ranked);
});

test('a result panel says so when its code cannot be fetched, and opens on a second try', async ({ page }) => {
  await openTool(page, '/en/tools/opportunities/');
  // The connection drops just when the panel's code is first needed.
  await page.route('**/_astro/ParetoSection.*.js', (route) => route.abort());
  await openPanel(page, 'ABC classes');
  const failed = page.locator('[data-notice="panel-failed"]');
  await expect(failed).toContainText('This part of the tool could not be loaded');
  await expect(result(page, 'count-A')).toHaveCount(0);
  // The rest of the tool keeps working meanwhile.
  await expect(result(page, 'total-rows')).toHaveAttribute('data-value', '10');

  await page.unroute('**/_astro/ParetoSection.*.js');
  await failed.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(failed).toHaveCount(0);
  // The example table: 1.2M, 0.8M and 0.45M of 3.2M start below 70 %.
  await expect(result(page, 'count-A')).toHaveAttribute('data-value', '3');
});
