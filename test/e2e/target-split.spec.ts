import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { accessibilityViolations, expect, test } from './support/fixtures';

const languages = [
  {
    prefix: '',
    cell: (unit: string, column: string) => `${unit} · ${column}`,
    columns: { name: '名称', history: '历史（上期实际）', min: '最低', max: '最高', weight: '权重' },
    total: '总目标（元）',
    over: '超额分配（%）',
    rounding: '取整单位（元）',
    pasteSummary: '从表格粘贴',
    pasteLabel: '从 Excel / WPS 复制的单元格',
    replace: '替换整个表格',
    header: '名称\t去年实际\t潜力\t最低\t最高\t承诺',
    badMessage: /没能读懂这个数字/,
    pasteStatus: /读入 5 行。已跳过标题行。1 个单元格没能读懂/,
    download: '下载 CSV（Excel 可直接打开）',
    csvHeader: '单位,历史（上期实际）,指标,占比（%）,1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月,一季度,二季度,三季度,四季度,承诺,承诺 − 指标',
    csvTotal: '合计',
    minExceeds: '无法分解：各单位最低值之和比分配总额 ¥1,000,000 多 ¥200,000。',
    maxBelow: '无法分解：各单位最高值之和比分配总额 ¥1,000,000 少 ¥100,000。',
    broken: '链接中的方案无法读取',
    example: ['华东', '华南', '华北'],
    present: '投屏模式',
    addUnit: '添加单位',
    newUnit: '单位 4',
    stale: '有 1 处输入需要修改',
    shared: '分享的方案',
    restore: '打开我保存的方案',
    moveUp: (unit: string) => `把 ${unit} 上移一行`,
    remove: (unit: string) => `删除 ${unit}`,
    ignored: 'total（不是数字）',
    engineFailed: '计算程序没有载入，结果暂未更新。',
    retry: '重试',
  },
  {
    prefix: '/en',
    cell: (unit: string, column: string) => `${unit}: ${column}`,
    columns: { name: 'Name', history: 'History (last period)', min: 'Minimum', max: 'Maximum', weight: 'Weight' },
    total: 'Target (¥)',
    over: 'Over-assignment (%)',
    rounding: 'Round to (¥)',
    pasteSummary: 'Paste from a spreadsheet',
    pasteLabel: 'Cells copied from Excel, WPS or Sheets',
    replace: 'Replace the table',
    header: 'Name\tHistory\tPotential\tMin\tMax\tCommitment',
    badMessage: /couldn't read that as a number/,
    pasteStatus: /Rows read: 5\. The header row was skipped\. Cells that could not be read: 1;/,
    download: 'Download CSV (opens in Excel)',
    csvHeader: 'Unit,History (last period),Quota,Share (%),Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Q1,Q2,Q3,Q4,Commitment,Commitment − quota',
    csvTotal: 'Total',
    minExceeds: 'No split is possible: the minimums add up to ¥200,000 more than the total to assign (¥1,000,000).',
    maxBelow: 'No split is possible: the maximums add up to ¥100,000 less than the total to assign (¥1,000,000).',
    broken: 'The scenario in this link could not be read',
    example: ['East', 'South', 'North'],
    present: 'Present',
    addUnit: 'Add a unit',
    newUnit: 'Unit 4',
    stale: 'Entries to fix: 1.',
    shared: 'shared scenario',
    restore: 'Open my saved scenario',
    moveUp: (unit: string) => `Move ${unit} up`,
    remove: (unit: string) => `Remove ${unit}`,
    ignored: 'total (not a number)',
    engineFailed: 'The calculation could not be loaded, so the results are not updated yet.',
    retry: 'Try again',
  },
] as const;

/** Waits until the island has read the link and the saved table, so typing is not overwritten. */
async function openTool(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.tool-frame[data-ready="true"]').first()).toBeVisible();
}

const result = (page: Page, key: string) => page.locator(`[data-result="${key}"]`).first();
const alloc = (page: Page, unit: string) => page.locator(`[data-result="alloc"][data-unit="${unit}"]`);
async function allocations(page: Page, units: readonly string[]): Promise<number[]> {
  return Promise.all(units.map(async (unit) => Number(await alloc(page, unit).getAttribute('data-value'))));
}

/** Five rows as a spreadsheet copies them: a header, CRLF line ends, one bad cell (B's history). */
function spreadsheetBlock(header: string): string {
  return [header, '华东\t30万\t50万\t\t\t', 'B\tabc\t200000\t\t\t', 'C\t150000\t\t\t\t', 'D\t¥120,000\t\t\t\t', 'E\t80000\t\t\t\t'].join('\r\n') + '\r\n';
}

for (const lang of languages) {
  const tool = `${lang.prefix}/tools/target-split/`;

  test.describe(`target splitter (${lang.prefix || 'zh-CN'})`, () => {
    test('splits 1,000,000 over A:3, B:2, C:1 from a typed link, exactly, with nothing sent elsewhere', async ({ page, problems }) => {
      await openTool(page, `${tool}?total=1000000&units=A:3,B:2,C:1`);
      await expect(alloc(page, 'A')).toHaveAttribute('data-value', '500000');
      await expect(alloc(page, 'B')).toHaveAttribute('data-value', '333333');
      await expect(alloc(page, 'C')).toHaveAttribute('data-value', '166667');
      await expect(result(page, 'target')).toHaveAttribute('data-value', '1000000');
      await expect(result(page, 'total')).toHaveAttribute('data-value', '1000000');
      // The month table: every row adds up to its quota and the columns to the year.
      for (const unit of ['A', 'B', 'C']) {
        const months = await page.locator(`[data-result="month"][data-unit="${unit}"]`).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
        expect(months).toHaveLength(12);
        expect(months.reduce((sum, value) => sum + value, 0)).toBe(Number(await alloc(page, unit).getAttribute('data-value')));
      }
      const monthTotals = await page.locator('[data-result="month-total"]').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
      expect(monthTotals.reduce((sum, value) => sum + value, 0)).toBe(1_000_000);
      await expect(result(page, 'year-total')).toHaveAttribute('data-value', '1000000');
      expect(problems).toEqual([]);
    });

    test('round=1000 and over=10 make the quotas add up to 1,100,000 in multiples of 1,000', async ({ page }) => {
      await openTool(page, `${tool}?total=1000000&units=A:3,B:2,C:1&round=1000&over=10`);
      await expect(result(page, 'total')).toHaveAttribute('data-value', '1100000');
      await expect(result(page, 'target')).toHaveAttribute('data-value', '1000000');
      const parts = await allocations(page, ['A', 'B', 'C']);
      expect(parts).toEqual([550_000, 367_000, 183_000]);
      expect(parts.every((part) => part % 1000 === 0)).toBe(true);
      await expect(page.getByLabel(lang.over, { exact: true })).toHaveValue('10');
      await expect(page.getByLabel(lang.rounding, { exact: true })).toHaveValue('1000');
    });

    test('reads a pasted spreadsheet block with a header, marks the one bad cell and keeps the rest', async ({ page }) => {
      test.slow(); // axe-core runs on the table with its marked cell
      await openTool(page, `${tool}?total=1000000&units=A:3,B:2,C:1`);
      await page.locator('summary', { hasText: lang.pasteSummary }).click();
      await page.getByLabel(lang.pasteLabel, { exact: true }).fill(spreadsheetBlock(lang.header));
      await page.getByRole('button', { name: lang.replace, exact: true }).click();
      await expect(page.locator('[data-paste-status]')).toHaveText(lang.pasteStatus);
      const names = await page.locator('.split-units tbody tr').evaluateAll((rows) => rows.map((row) => (row.querySelector('input') as HTMLInputElement).value));
      expect(names).toEqual(['华东', 'B', 'C', 'D', 'E']);
      await expect(page.getByLabel(lang.cell('华东', lang.columns.history), { exact: true })).toHaveValue('300000');
      await expect(page.getByLabel(lang.cell('D', lang.columns.history), { exact: true })).toHaveValue('120000');
      const bad = page.getByLabel(lang.cell('B', lang.columns.history), { exact: true });
      await expect(bad).toHaveValue('abc');
      await expect(bad).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.split-units .field-error')).toHaveCount(1);
      await expect(page.locator('.split-units .field-error')).toHaveText(lang.badMessage);
      await expect(page.locator('[data-notice="stale"]')).toContainText(lang.stale);
      expect(await accessibilityViolations(page)).toEqual([]);
      // Fixing the cell gives a split over the pasted units (by history, once chosen).
      await bad.fill('100000');
      await page.getByRole('radio', { name: /^(按历史|By history)/ }).check();
      await expect(page.locator('[data-notice="stale"]')).toHaveCount(0);
      const parts = await allocations(page, ['华东', 'B', 'C', 'D', 'E']);
      expect(parts).toEqual([400_000, 133_333, 200_000, 160_000, 106_667]);
    });

    test('downloads a CSV that Excel opens with Chinese names: BOM, header, rows, total', async ({ page }) => {
      await openTool(page, `${tool}?total=1000000&units=${encodeURIComponent('华东')}:3,B:2,C:1`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: lang.download, exact: true }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      expect(lines[0]).toBe(lang.csvHeader);
      expect(lines[1]?.startsWith('华东,,500000,50,')).toBe(true);
      expect(lines[2]?.startsWith('B,,333333,33.33,')).toBe(true);
      expect(lines[3]?.startsWith('C,,166667,16.67,')).toBe(true);
      expect(lines[4]?.startsWith(`${lang.csvTotal},,1000000,100,`)).toBe(true);
      // Each unit's months add up to its quota in the file too.
      const months = (line: string | undefined) => (line ?? '').split(',').slice(4, 16).map(Number);
      expect(months(lines[1]).reduce((a, b) => a + b, 0)).toBe(500_000);
      expect(months(lines[4]).reduce((a, b) => a + b, 0)).toBe(1_000_000);
      expect(lines[5]).toBe('');
      expect(lines).toHaveLength(6);
    });

    test('minimums and maximums that cannot be met say so, with the amount, and keep the table', async ({ page }) => {
      await openTool(page, `${tool}?total=1000000&units=A:3,B:2,C:1`);
      await page.getByLabel(lang.cell('A', lang.columns.min), { exact: true }).fill('60万');
      await page.getByLabel(lang.cell('B', lang.columns.min), { exact: true }).fill('600000');
      await expect(page.locator('[data-issue="min-exceeds-total"]')).toHaveText(new RegExp(`^${escape(lang.minExceeds)}`));
      await expect(page.locator('[data-result="alloc"]')).toHaveCount(0);
      await expect(page.getByLabel(lang.cell('A', lang.columns.min), { exact: true })).toHaveValue('60万');
      await page.getByLabel(lang.cell('A', lang.columns.min), { exact: true }).fill('');
      await page.getByLabel(lang.cell('B', lang.columns.min), { exact: true }).fill('');
      for (const unit of ['A', 'B', 'C']) await page.getByLabel(lang.cell(unit, lang.columns.max), { exact: true }).fill('300000');
      await expect(page.locator('[data-issue="max-below-total"]')).toHaveText(new RegExp(`^${escape(lang.maxBelow)}`));
      await page.getByLabel(lang.cell('C', lang.columns.max), { exact: true }).fill('');
      await expect(alloc(page, 'A')).toHaveAttribute('data-value', '300000');
      await expect(alloc(page, 'C')).toHaveAttribute('data-value', '400000');
      await expect(page.locator('[data-notice="capped-at-max"]')).toBeVisible();
    });

    test('a tampered s= link shows a notice and the example, and runs nothing from it', async ({ page, problems }) => {
      await openTool(page, `${tool}?s=eyJ2IjoxLCJ0Ijo${encodeURIComponent('<img src=x onerror=window.__hacked=1>')}`);
      await expect(page.locator('[data-notice="broken-link"]')).toContainText(lang.broken);
      for (const unit of lang.example) await expect(alloc(page, unit)).toBeVisible();
      await expect(result(page, 'total')).toHaveAttribute('data-value', '1000000');
      await expect(page.locator('.tool-frame img')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
      expect(problems).toEqual([]);
    });

    test('a plain visit shows the example without the calculation code, and fetches it for the first edit', async ({ page, problems }) => {
      // zod comes with the engine (it is one chunk, zod.*.js): watched by purpose, not by file name.
      const engineRequests: string[] = [];
      page.on('request', (request) => {
        if (/\/zod\.[\w-]+\.js$/.test(request.url())) engineRequests.push(request.url());
      });
      await openTool(page, tool);
      expect(await allocations(page, lang.example)).toEqual([500_000, 333_333, 166_667]);
      await page.waitForTimeout(600); // past the delay after which an edit is written to the address
      expect(engineRequests).toEqual([]);
      // Nothing was chosen yet, so the address stays plain and nothing is saved.
      expect(new URL(page.url()).search).toBe('');
      await page.getByLabel(lang.total, { exact: true }).fill('600000');
      await expect(result(page, 'total')).toHaveAttribute('data-value', '600000');
      await expect.poll(() => allocations(page, lang.example)).toEqual([300_000, 200_000, 100_000]);
      await expect(page).toHaveURL(/[?&]total=600000/);
      expect(engineRequests).toHaveLength(1);
      expect(problems).toEqual([]);
    });

    test('says so when the calculation cannot be downloaded, keeps what was typed, and recovers on retry', async ({ page }) => {
      let reachable = false;
      await page.route(/\/zod\.[\w-]+\.js$/, (route) => (reachable ? route.continue() : route.abort()));
      await openTool(page, tool);
      await page.getByLabel(lang.total, { exact: true }).fill('600000');
      await expect(page.locator('[data-notice="engine-failed"]')).toContainText(lang.engineFailed);
      await expect(page.getByLabel(lang.total, { exact: true })).toHaveValue('600000');
      reachable = true;
      await page.getByRole('button', { name: lang.retry, exact: true }).click();
      await expect(result(page, 'total')).toHaveAttribute('data-value', '600000');
      await expect(page.locator('[data-notice="engine-failed"]')).toHaveCount(0);
      expect(await allocations(page, lang.example)).toEqual([300_000, 200_000, 100_000]);
    });

    test('text typed before a link is read is kept and read, not replaced by the link', async ({ page }) => {
      // The engine (zod with it) is held back, so the link is not read yet while a person types.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/zod\.[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${tool}?total=900&units=A:1,B:1,C:1`);
      await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
      await expect(page.locator('.tool-frame[data-ready="true"]')).toHaveCount(0);
      await page.getByLabel(lang.total, { exact: true }).fill('600000');
      release();
      await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
      await expect(page.getByLabel(lang.total, { exact: true })).toHaveValue('600000');
      await expect(result(page, 'total')).toHaveAttribute('data-value', '600000');
      // The form as it was typed is kept whole (the example's units with the new total), not the link's.
      await expect.poll(() => allocations(page, lang.example)).toEqual([300_000, 200_000, 100_000]);
    });

    test('keeps the table across a reload and on the next visit', async ({ page }) => {
      await openTool(page, `${tool}?total=1000000&units=A:3,B:2,C:1`);
      await page.getByLabel(lang.cell('B', lang.columns.history), { exact: true }).fill('30万');
      await expect(page).toHaveURL(/[?&]s=/);
      await page.reload();
      await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
      await expect(page.getByLabel(lang.cell('B', lang.columns.history), { exact: true })).toHaveValue('300000');
      await expect(page.locator('[data-notice="shared"]')).toHaveCount(0);
      await openTool(page, tool);
      await expect(page.getByLabel(lang.cell('B', lang.columns.history), { exact: true })).toHaveValue('300000');
    });

    test('adds, moves and removes units with labelled buttons', async ({ page }) => {
      await openTool(page, `${tool}?total=900&units=A:1,B:1,C:1`);
      await page.getByRole('button', { name: lang.addUnit, exact: true }).click();
      const added = page.getByLabel(lang.cell(lang.newUnit, lang.columns.name), { exact: true });
      await expect(added).toBeFocused();
      await page.getByLabel(lang.cell(lang.newUnit, lang.columns.weight), { exact: true }).fill('3');
      await expect(alloc(page, lang.newUnit)).toHaveAttribute('data-value', '450');
      await page.getByRole('button', { name: lang.moveUp(lang.newUnit), exact: true }).click();
      const order = () => page.locator('[data-result="alloc"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-unit')));
      await expect.poll(order).toEqual(['A', 'B', lang.newUnit, 'C']);
      await expect(page.getByRole('button', { name: lang.moveUp(lang.newUnit), exact: true })).toBeFocused();
      await page.getByRole('button', { name: lang.remove('A'), exact: true }).click();
      await expect.poll(order).toEqual(['B', lang.newUnit, 'C']);
      await expect(alloc(page, 'B')).toHaveAttribute('data-value', '180');
    });

    test('passes axe-core, in present mode too', async ({ page }) => {
      test.slow(); // two full axe-core runs
      await openTool(page, `${tool}?total=1000000&units=A:3,B:2,C:1&over=10`);
      await expect(alloc(page, 'A')).toHaveAttribute('data-value', '550000');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: lang.present, exact: true }).click();
      await expect(page.locator('[data-qr]')).toBeVisible();
      await expect(page).toHaveURL(/present=1/);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
}

/** A literal string as a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a shared link never silently overwrites the saved table', async ({ page }) => {
  await openTool(page, '/tools/target-split/?total=1000000&units=A:3,B:2,C:1');
  await page.getByLabel('A · 权重', { exact: true }).fill('5');
  await expect(page).toHaveURL(/units=A:5/);
  await openTool(page, '/tools/target-split/?total=500&units=X:1,Y:1');
  await expect(page.locator('[data-notice="shared"]')).toContainText('分享的方案');
  await page.getByLabel('X · 权重', { exact: true }).fill('2');
  await openTool(page, '/tools/target-split/');
  await expect(page.getByLabel('A · 权重', { exact: true })).toHaveValue('5');
  await openTool(page, '/tools/target-split/?total=500&units=X:1,Y:1');
  await page.getByRole('button', { name: '打开我保存的方案' }).click();
  await expect(page.getByLabel('A · 权重', { exact: true })).toHaveValue('5');
  await expect(alloc(page, 'A')).toHaveAttribute('data-value', String(Math.round((1_000_000 * 5) / 8)));
});

test('a bad cell is marked beside itself in the page language; other rows keep working; 30万 is a number', async ({ page }) => {
  await openTool(page, '/en/tools/target-split/?total=1000000&units=A:3,B:2,C:1');
  const weight = page.getByLabel('B: Weight', { exact: true });
  await weight.fill('-5');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await weight.getAttribute('aria-describedby')}`)).toHaveText("This can't be a negative number.");
  await expect(page.locator('.tool-results--stale')).toBeVisible();
  await expect(alloc(page, 'B')).toHaveAttribute('data-value', '333333');
  await weight.fill('30万');
  await expect(weight).not.toHaveAttribute('aria-invalid', 'true');
  await expect(alloc(page, 'B')).toHaveAttribute('data-value', String(Math.round((1_000_000 * 300_000) / 300_004)));
  await page.getByLabel('Target (¥)', { exact: true }).fill('１２０%');
  await expect(page.locator('#split-total-error')).toHaveText(/number/i);
  await expect(page.getByLabel('Target (¥)', { exact: true })).toHaveValue('１２０%');
});

test('ignores a bad typable parameter with a notice naming it, never its value', async ({ page }) => {
  await openTool(page, `/tools/target-split/?total=${encodeURIComponent('<b>x</b>')}&units=A:1,B:1`);
  await expect(page.locator('[data-notice="ignored-params"]')).toContainText('total（不是数字）');
  await expect(page.locator('.tool-frame b')).toHaveCount(0);
  await expect(alloc(page, 'A')).toHaveAttribute('data-value', '500000');
});

test('loads Chart.js only once the chart is on screen, and draws it', async ({ page }) => {
  const chartRequests: string[] = [];
  page.on('request', (request) => {
    if (/quotaBars|chart\./.test(request.url())) chartRequests.push(request.url());
  });
  await page.setViewportSize({ width: 1280, height: 600 });
  await openTool(page, '/tools/target-split/?total=1000000&units=A:3,B:2,C:1');
  await expect(alloc(page, 'A')).toHaveAttribute('data-value', '500000');
  expect(chartRequests).toEqual([]);
  await page.locator('.split-chart .lazy-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('.split-chart .lazy-chart')).toHaveAttribute('data-chart-status', 'ready');
  expect(chartRequests.length).toBeGreaterThan(0);
});

test('pasting a block straight into a cell fills the table from that row', async ({ page }) => {
  await openTool(page, '/en/tools/target-split/?total=1000000&units=A:3,B:2,C:1');
  const cell = page.getByLabel('B: Name', { exact: true });
  await cell.focus();
  await cell.evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, 'North\t300000\nSouth\t100000\nWest\t50000\n');
  await expect(page.getByLabel('North: History (last period)', { exact: true })).toHaveValue('300000');
  await expect(page.getByLabel('West: History (last period)', { exact: true })).toHaveValue('50000');
  // Row A is untouched; B's weight stays with the row that was pasted over.
  await expect(page.getByLabel('A: Name', { exact: true })).toHaveValue('A');
  await expect(page.getByLabel('North: Weight', { exact: true })).toHaveValue('2');
});

test('phases quotas by last year’s months pasted into the grid, and by custom month weights', async ({ page }) => {
  await openTool(page, '/en/tools/target-split/?total=1200000&units=A:1,B:1,C:1');
  await page.getByLabel('Seasonality', { exact: true }).selectOption('history');
  await expect(page.locator('[data-issue="no-monthly-history"]')).toBeVisible();
  const january = page.getByLabel('A, Jan actual', { exact: true });
  const lastYear = [
    ['100', '100', '100', '100', '100', '100', '100', '100', '100', '100', '100', '1100'],
    ['200', '200', '200', '200', '200', '200', '200', '200', '200', '200', '200', '200'],
  ];
  await january.evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, lastYear.map((row) => row.join('\t')).join('\r\n'));
  await expect(page.getByLabel('B, Dec actual', { exact: true })).toHaveValue('200');
  const months = (unit: string) =>
    page.locator(`[data-result="month"][data-unit="${unit}"]`).evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
  // A sold half its year in December, B evenly; C has no months and follows the company's pattern.
  // Each quota is 400,000; rows add up exactly, each month within a yuan of its share.
  await expect.poll(async () => (await months('A'))[11]).toBe(200_000);
  const a = await months('A');
  expect(a.slice(0, 11).every((value) => value === 18_181 || value === 18_182)).toBe(true);
  expect(a.reduce((sum, value) => sum + value, 0)).toBe(400_000);
  const b = await months('B');
  expect(b.every((value) => value === 33_333 || value === 33_334)).toBe(true);
  expect(b.reduce((sum, value) => sum + value, 0)).toBe(400_000);
  await expect(page.locator('[data-notice="company-pattern-used"]')).toContainText('C have no monthly actuals');

  await page.getByLabel('Seasonality', { exact: true }).selectOption('custom');
  await expect(page.getByLabel('Weight for Jan', { exact: true })).toHaveValue('1');
  await page.getByLabel('Weight for Dec', { exact: true }).fill('13');
  await expect(page.locator('[data-result="month-total"][data-month="12"]')).toHaveAttribute('data-value', String((1_200_000 * 13) / 24));
  await expect(page.locator('[data-result="month-total"][data-month="1"]')).toHaveAttribute('data-value', String(1_200_000 / 24));
});

test('copies the plan as tab-separated text, or shows it to copy by hand when the clipboard refuses', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? 'http://127.0.0.1').origin });
  await openTool(page, '/en/tools/target-split/?total=1000000&units=A:3,B:2,C:1');
  await page.getByRole('button', { name: 'Copy for a spreadsheet', exact: true }).click();
  await expect(page.locator('.split-export [role="status"]')).toHaveText('Copied: paste it into Excel, WPS or Sheets.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.split('\n');
  expect(lines[0]?.startsWith('Unit\tHistory (last period)\tQuota\tShare (%)\tJan\t')).toBe(true);
  expect(lines[1]?.startsWith('A\t\t500000\t50\t')).toBe(true);
  expect(lines[4]?.startsWith('Total\t\t1000000\t100\t')).toBe(true);

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
  });
  await page.getByRole('button', { name: 'Copy for a spreadsheet', exact: true }).click();
  const fallback = page.getByLabel('Text to copy into a spreadsheet', { exact: true });
  await expect(fallback).toBeVisible();
  expect(await fallback.inputValue()).toBe(copied);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('passes axe-core with a bad cell marked, and the page does not scroll sideways', async ({ page }) => {
    test.slow(); // a full axe-core run
    await openTool(page, '/tools/target-split/?total=1000000&units=A:3,B:2,C:1&over=10');
    await page.getByLabel('B · 权重', { exact: true }).fill('x');
    await expect(page.getByLabel('B · 权重', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

test('what the splitter saves is what the breakdown worksheet fills from', async ({ page }) => {
  await openTool(page, '/en/tools/target-split/?total=1320000&units=Liu%20Yang:40,Zhou%20Ting:35,Sun%20Hao:25&round=10000');
  await page.getByLabel('Sun Hao: Weight', { exact: true }).fill('30');
  await expect(page).toHaveURL(/Sun%20Hao:30/);
  await page.goto('/en/worksheets/target-breakdown/');
  await expect(page.locator('.worksheet[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Fill from the Target splitter' }).click();
  await expect(page.locator('.worksheet-notices')).toContainText('from the Target splitter');
  await expect(page.locator('[data-result="months-total"]')).toHaveAttribute('data-value', '1320000');
});

test('the splitter embedded in Part 5 splits in place and leaves the chapter’s address alone', async ({ page }) => {
  await page.goto('/course/team-performance/');
  await page.getByRole('button', { name: '在本页打开业绩目标分解工具' }).click();
  const embedded = page.locator('.tool-frame').first();
  await expect(embedded).toHaveAttribute('data-ready', 'true');
  await expect(embedded.locator('[data-result="total"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\/course\/team-performance\/$/);
});
