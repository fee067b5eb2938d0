import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { decodeChannelState } from '../../src/lib/channel-score/codec';
import type { ChannelState } from '../../src/lib/channel-score/schema';
import { accessibilityViolations, expect, test } from './support/fixtures';
import { holdIsland } from './support/islands';

const languages = [
  {
    prefix: '',
    channel: (n: number) => `渠道 ${n}`,
    criteria: ['销量', '增长率', '毛利率', '回款速度', '覆盖', '配合度'],
    example: ['流通批发', '商超', '餐饮'],
    dealers: ['经销商 A', '经销商 B', '经销商 C'],
    weightOf: (criterion: string) => `${criterion}的权重`,
    thresholds: { invest: '加大投入：得分不低于', improve: '维持改进：得分不低于' },
    orderMessage: '三条分档线须从高到低',
    scoreMessage: '请填 1～5 的分数。',
    stale: '下面显示的是上一次有效的结果',
    linkNotice: '链接中的评分卡数据无法读取',
    shared: '分享的方案',
    addChannel: '添加渠道',
    missing: '渠道 4：缺 销量、增长率、毛利率、回款速度、覆盖、配合度',
    missingAfter: '渠道 4：缺 覆盖、配合度',
    sidebar: ['业绩增长公式计算器', '全部工作表', '课程'],
    howTo: '怎么用',
    present: '投屏模式',
    failed: '没能下载',
    retry: '重试',
    reloadTheirs: '载入另一个标签页的修改',
  },
  {
    prefix: '/en',
    channel: (n: number) => `Channel ${n}`,
    criteria: ['Sales', 'Growth', 'Gross margin', 'Speed of collection', 'Coverage', 'Cooperation'],
    example: ['Wholesale', 'Supermarkets', 'Restaurants'],
    dealers: ['Dealer A', 'Dealer B', 'Dealer C'],
    weightOf: (criterion: string) => `Weight of ${criterion}`,
    thresholds: { invest: 'Invest more: score at least', improve: 'Keep and improve: score at least' },
    orderMessage: 'The three lines must go from high to low',
    scoreMessage: 'Enter a score from 1 to 5.',
    stale: 'the results below are from the last valid entries',
    linkNotice: 'The scorecard in this link could not be read',
    shared: 'shared scenario',
    addChannel: 'Add a channel',
    missing: 'Channel 4: missing Sales, Growth, Gross margin, Speed of collection, Coverage, Cooperation',
    missingAfter: 'Channel 4: missing Coverage, Cooperation',
    sidebar: ['Growth formula calculator', 'All worksheets', 'Course'],
    howTo: 'How to use it',
    present: 'Present',
    failed: 'could not be downloaded',
    retry: 'Try again',
    reloadTheirs: 'Load the other tab’s version',
  },
] as const;

/** Waits until the island has read the link and the saved scorecard, so typing is not overwritten. */
async function openTool(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.tool-frame[data-ready="true"]').first()).toBeVisible();
}

/** A channel's name field (the radar's checkbox for the channel is labelled with its name too). */
const nameField = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

/** The scorecard the address bar carries now (null without a readable `s`). */
function linkState(page: Page): ChannelState | null {
  const decoded = decodeChannelState(new URL(page.url()).searchParams.get('s') ?? '');
  return decoded.ok ? decoded.state : null;
}

/** A result in the ranking table's row for one channel. */
const result = (page: Page, channel: string, key: string) =>
  page.locator(`.channel-ranking tr[data-channel="${channel}"] [data-result="${key}"]`);
const rankedChannels = (page: Page) =>
  page.locator('.channel-ranking tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-channel')));
async function valueOf(page: Page, channel: string, key: string): Promise<number> {
  return Number(await result(page, channel, key).getAttribute('data-value'));
}
/** Waits until a channel's total in the ranking is `expected` (to 9 decimals). */
const expectTotal = (page: Page, channel: string, expected: number) =>
  expect.poll(() => valueOf(page, channel, 'total')).toBeCloseTo(expected, 9);

/** zod, which comes with the code that reads links, saved copies and typed numbers (the engine). */
const zodScript = /\/_astro\/zod\.[\w-]+\.js$/;

/** The saved copy in this browser, as the page reads it (null when there is none). */
const savedCopy = (page: Page) =>
  page.evaluate(() => {
    const text = window.localStorage.getItem('playbook:channel-score');
    return text === null ? null : (JSON.parse(text) as { data: ChannelState }).data;
  });

/** Prints the page to an A4 PDF and reads it back with poppler, as a printer would get it. */
async function printedText(page: Page): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'channel-print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

for (const lang of languages) {
  const tool = `${lang.prefix}/tools/channel-score/`;
  const [wholesale, supermarkets, restaurants] = lang.example;

  test.describe(`channel scorecard (${lang.prefix || 'zh-CN'})`, () => {
    test('opens with the Part 3 case: restaurants invest, wholesale improve, supermarkets fix', async ({ page, problems }) => {
      await openTool(page, tool);
      expect(await rankedChannels(page)).toEqual([restaurants, wholesale, supermarkets]);
      expect(await valueOf(page, restaurants, 'total')).toBeCloseTo(3.65, 9);
      expect(await valueOf(page, wholesale, 'total')).toBeCloseTo(3.45, 9);
      expect(await valueOf(page, supermarkets, 'total')).toBeCloseTo(2.55, 9);
      await expect(result(page, restaurants, 'band')).toHaveAttribute('data-value', 'invest');
      await expect(result(page, wholesale, 'band')).toHaveAttribute('data-value', 'improve');
      await expect(result(page, supermarkets, 'band')).toHaveAttribute('data-value', 'review');
      expect(problems).toEqual([]);
    });

    test('scores three channels through the labelled inputs and ranks and bands them', async ({ page, problems }) => {
      await openTool(page, tool);
      const [first, second, third] = lang.dealers;
      for (const [index, name] of lang.dealers.entries()) {
        await nameField(page, lang.channel(index + 1)).fill(name);
      }
      // First: all 4s. Second: 5 on sales (25 %), 2 elsewhere = 2.75. Third: all 1s.
      const scores: Record<string, string[]> = {
        [first]: ['4', '4', '4', '4', '4', '4'],
        [second]: ['5', '2', '2', '2', '2', '2'],
        [third]: ['1', '1', '1', '1', '1', '1'],
      };
      for (const [channel, values] of Object.entries(scores)) {
        for (const [index, criterion] of lang.criteria.entries()) {
          await page.getByLabel(`${channel} · ${criterion}`, { exact: true }).fill(values[index]!);
        }
      }
      await expect(result(page, first, 'total')).toHaveAttribute('data-value', '4');
      expect(await rankedChannels(page)).toEqual([first, second, third]);
      expect(await valueOf(page, first, 'percent')).toBeCloseTo(75, 9);
      expect(await valueOf(page, second, 'total')).toBeCloseTo(2.75, 9);
      await expect(result(page, first, 'rank')).toHaveAttribute('data-value', '1');
      await expect(result(page, second, 'rank')).toHaveAttribute('data-value', '2');
      await expect(result(page, third, 'rank')).toHaveAttribute('data-value', '3');
      await expect(result(page, first, 'band')).toHaveAttribute('data-value', 'invest');
      await expect(result(page, second, 'band')).toHaveAttribute('data-value', 'review');
      await expect(result(page, third, 'band')).toHaveAttribute('data-value', 'exit');
      await expect(result(page, third, 'percent')).toHaveAttribute('data-value', '0');
      expect(problems).toEqual([]);
    });

    test('a re-weighted criterion changes the shares and the ranking', async ({ page }) => {
      await openTool(page, tool);
      await expect(page.locator('[data-criterion="sales"] [data-result="share"]')).toHaveAttribute('data-value', '0.25');
      await page.getByLabel(lang.weightOf(lang.criteria[0]), { exact: true }).fill('75');
      // Weights 75/20/20/15/10/10 need not add up to 100: sales is 75 of 150.
      await expect(page.locator('[data-criterion="sales"] [data-result="share"]')).toHaveAttribute('data-value', '0.5');
      await expect(page.locator('[data-result="weight-total"]')).toHaveAttribute('data-value', '150');
      expect(
        Number(await page.locator('[data-criterion="growth"] [data-result="share"]').getAttribute('data-value')),
      ).toBeCloseTo(20 / 150, 12);
      expect(await rankedChannels(page)).toEqual([wholesale, supermarkets, restaurants]);
      expect(await valueOf(page, wholesale, 'total')).toBeCloseTo(595 / 150, 9);
      await expect(result(page, wholesale, 'band')).toHaveAttribute('data-value', 'invest');
      await expect(result(page, restaurants, 'rank')).toHaveAttribute('data-value', '3');
    });

    test('band lines out of order get a message beside them and the last bands stay', async ({ page }) => {
      await openTool(page, tool);
      const invest = page.getByLabel(lang.thresholds.invest, { exact: true });
      const message = page.locator('[data-error="thresholds-order"]');
      await expect(message).toBeHidden();
      await invest.fill('2');
      await expect(message).toBeVisible();
      await expect(message).toContainText(lang.orderMessage);
      await expect(invest).toHaveValue('2');
      await expect(result(page, restaurants, 'band')).toHaveAttribute('data-value', 'invest');
      await invest.fill('3.7');
      await expect(message).toBeHidden();
      // Restaurants at 3.65 now fall below the invest line.
      await expect(result(page, restaurants, 'band')).toHaveAttribute('data-value', 'improve');
    });

    test('explains a bad score beside its cell and keeps the last result', async ({ page }) => {
      await openTool(page, tool);
      const cell = page.getByLabel(`${restaurants} · ${lang.criteria[0]}`, { exact: true });
      for (const bad of ['abc', '６', '0.5']) {
        await cell.fill(bad);
        await expect(cell).toHaveAttribute('aria-invalid', 'true');
        await expect(page.locator(`#${await cell.getAttribute('id')}-error`)).toHaveText(lang.scoreMessage);
        await expect(cell).toHaveValue(bad);
        expect(await valueOf(page, restaurants, 'total')).toBeCloseTo(3.65, 9);
        await expect(page.locator('.tool-results')).toContainText(lang.stale);
      }
      await cell.fill('3');
      await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
      expect(await valueOf(page, restaurants, 'total')).toBeCloseTo(4.15, 9);
    });

    test('lists a channel that is not fully scored with what it lacks, and ranks it once scored', async ({ page }) => {
      await openTool(page, tool);
      await page.getByRole('button', { name: lang.addChannel, exact: true }).click();
      await expect(nameField(page, lang.channel(4))).toBeFocused();
      const incomplete = page.locator(`[data-status="incomplete"][data-channel="${lang.channel(4)}"]`);
      await expect(incomplete).toHaveText(lang.missing);
      for (const criterion of lang.criteria.slice(0, 4)) {
        await page.getByLabel(`${lang.channel(4)} · ${criterion}`, { exact: true }).fill('5');
      }
      await expect(incomplete).toHaveText(lang.missingAfter);
      expect(await rankedChannels(page)).toHaveLength(3);
      for (const criterion of lang.criteria.slice(4)) {
        await page.getByLabel(`${lang.channel(4)} · ${criterion}`, { exact: true }).fill('5');
      }
      await expect(incomplete).toHaveCount(0);
      await expect(result(page, lang.channel(4), 'rank')).toHaveAttribute('data-value', '1');
    });

    test('a link with s= opens the same scorecard in a fresh browser', async ({ page, browser, baseURL }) => {
      await openTool(page, tool);
      await nameField(page, lang.channel(1)).fill(lang.dealers[0]);
      await page.getByLabel(`${lang.dealers[0]} · ${lang.criteria[1]}`, { exact: true }).fill('4.5');
      await page.getByLabel(lang.weightOf(lang.criteria[5]), { exact: true }).fill('30');
      // The address bar follows each edit; wait for the last one.
      await expect.poll(() => linkState(page)?.criteria.find((criterion) => criterion.key === 'cooperation')?.weight).toBe(30);
      const link = page.url();
      const total = await valueOf(page, lang.dealers[0], 'total');

      const fresh = await browser.newContext(baseURL === undefined ? {} : { baseURL });
      const other = await fresh.newPage();
      await openTool(other, link);
      await expect(nameField(other, lang.channel(1))).toHaveValue(lang.dealers[0]);
      await expect(other.getByLabel(`${lang.dealers[0]} · ${lang.criteria[1]}`, { exact: true })).toHaveValue('4.5');
      await expect(other.getByLabel(lang.weightOf(lang.criteria[5]), { exact: true })).toHaveValue('30');
      expect(await valueOf(other, lang.dealers[0], 'total')).toBe(total);
      await expect(other.locator('[data-notice="shared"]')).toHaveCount(0);
      await fresh.close();
    });

    test('a tampered link shows a notice and the example, and runs nothing from it', async ({ page, problems }) => {
      await openTool(page, tool);
      // The address bar is written once the scorecard is changed (an untouched page writes nothing).
      await nameField(page, lang.channel(1)).fill(wholesale);
      await expect.poll(() => linkState(page)?.channels.length).toBe(3);
      const valid = new URL(page.url()).searchParams.get('s') ?? '';
      expect(valid.length).toBeGreaterThan(20);
      const hostile = encodeURIComponent('<img src=x onerror="window.__hacked=1">');
      const invalidState = Buffer.from('{"thresholds":{"invest":1,"improve":2,"review":3}}').toString('base64url');
      for (const s of [`${valid.slice(0, 40)}Zm9v${valid.slice(44)}`, valid.slice(0, -7), hostile, invalidState]) {
        await openTool(page, `${tool}?s=${s}`);
        await expect(page.locator('[data-notice="link-unreadable"]')).toContainText(lang.linkNotice);
        expect(await rankedChannels(page)).toEqual([restaurants, wholesale, supermarkets]);
      }
      await expect(page.locator('.tool-frame img')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
      expect(problems).toEqual([]);
    });

    test('keeps the scorecard across a reload and on the next visit', async ({ page }) => {
      await openTool(page, tool);
      await nameField(page, lang.channel(2)).fill(lang.dealers[1]);
      await page.getByLabel(`${lang.dealers[1]} · ${lang.criteria[0]}`, { exact: true }).fill('2');
      await expect.poll(() => linkState(page)?.channels[1]?.scores['sales']).toBe(2);
      await page.reload();
      await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
      await expect(page.getByLabel(`${lang.dealers[1]} · ${lang.criteria[0]}`, { exact: true })).toHaveValue('2');
      // Reopening one's own link is not a shared scorecard to choose about.
      await expect(page.locator('[data-notice="shared"]')).toHaveCount(0);
      await openTool(page, tool);
      await expect(nameField(page, lang.channel(2))).toHaveValue(lang.dealers[1]);
    });

    test('prints the score table and results on A4 without the site’s navigation', async ({ page }) => {
      await openTool(page, tool);
      await nameField(page, lang.channel(3)).fill(lang.dealers[2]);
      await expect(result(page, lang.dealers[2], 'rank')).toHaveAttribute('data-value', '1');
      const { text, pages } = await printedText(page);
      const compact = text.replace(/\s+/g, '');
      for (const name of [wholesale, supermarkets, lang.dealers[2]]) expect(compact).toContain(name.replace(/\s+/g, ''));
      for (const criterion of lang.criteria) expect(compact).toContain(criterion.replace(/\s+/g, ''));
      expect(compact).toContain('3.65');
      for (const chrome of [...lang.sidebar, lang.howTo]) expect(compact).not.toContain(chrome.replace(/\s+/g, ''));
      expect(pages).toBe(1);
    });

    test('a plain visit shows the example without zod, and fetches it on first focus', async ({ page }) => {
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (zodScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
      });
      await page.goto(tool, { waitUntil: 'networkidle' });
      await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
      await expectTotal(page, restaurants, 3.65);
      expect(fetched).toEqual([]);
      // An untouched visit writes neither the address bar nor a saved copy.
      expect(new URL(page.url()).search).toBe('');
      expect(await savedCopy(page)).toBeNull();

      const cell = page.getByLabel(`${restaurants} · ${lang.criteria[0]}`, { exact: true });
      await cell.focus();
      await expect.poll(() => fetched.length).toBeGreaterThan(0);
      await cell.fill('3');
      await expectTotal(page, restaurants, 4.15);
      await expect(page).toHaveURL(/[?&]s=/);
    });

    test('a link and a saved copy open at once, zod coming with the page', async ({ page, browser, baseURL }) => {
      await openTool(page, tool);
      await page.getByLabel(`${restaurants} · ${lang.criteria[0]}`, { exact: true }).fill('3');
      await expect.poll(() => linkState(page)?.channels[2]?.scores['sales']).toBe(3);
      const link = page.url();
      const fresh = await browser.newContext(baseURL === undefined ? {} : { baseURL });
      const other = await fresh.newPage();
      const fetched: string[] = [];
      other.on('request', (request) => {
        if (zodScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
      });
      await other.goto(link);
      await expectTotal(other, restaurants, 4.15);
      await expect(other.getByLabel(`${restaurants} · ${lang.criteria[0]}`, { exact: true })).toHaveValue('3');
      expect(fetched.length).toBeGreaterThan(0);
      // The saved copy that link wrote opens the same way, on a plain address.
      fetched.length = 0;
      await other.goto(tool);
      await expectTotal(other, restaurants, 4.15);
      expect(fetched.length).toBeGreaterThan(0);
      await fresh.close();
    });

    test('if zod cannot download, what was typed stays and "try again" recovers', async ({ page }) => {
      let blocked = true;
      await page.route(zodScript, (route) => (blocked ? route.abort() : route.continue()));
      await openTool(page, tool);
      const cell = page.getByLabel(`${restaurants} · ${lang.criteria[0]}`, { exact: true });
      await cell.fill('3');
      const failed = page.locator('[data-notice="engine-failed"]');
      await expect(failed).toContainText(lang.failed);
      await expect(cell).toHaveValue('3');
      // The results still show the last scorecard that was read, not a half-read one.
      await expectTotal(page, restaurants, 3.65);
      // Names need no reading: they apply at once.
      await nameField(page, lang.channel(1)).fill('X');
      await expect(page.locator('.channel-ranking tr[data-channel="X"]')).toHaveCount(1);

      blocked = false;
      await failed.getByRole('button', { name: lang.retry }).click();
      await expect(failed).toHaveCount(0);
      await expectTotal(page, restaurants, 4.15);
      await expect(cell).toHaveValue('3');
      await expect(page).toHaveURL(/[?&]s=/);
    });

    test('a score typed before the scorecard is ready is kept and counted', async ({ page }) => {
      // Hold the island's own script until the score is typed.
      const release = await holdIsland(page, tool);
      await page.goto(tool, { waitUntil: 'domcontentloaded' });
      const cell = page.getByLabel(`${restaurants} · ${lang.criteria[0]}`, { exact: true });
      await cell.fill('3');
      await expect(page.locator('.tool-frame[data-ready]')).toHaveCount(0);
      release();
      await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
      await expectTotal(page, restaurants, 4.15);
      await expect(cell).toHaveValue('3');
      await expect(page).toHaveURL(/[?&]s=/);
    });

    test('two tabs: an edit in one is offered to the other, which loses nothing until it chooses', async ({ page, context }) => {
      await openTool(page, tool);
      const sales = (tab: Page) => tab.getByLabel(`${restaurants} · ${lang.criteria[0]}`, { exact: true });
      await sales(page).fill('3');
      await expect.poll(async () => (await savedCopy(page))?.channels[2]?.scores['sales']).toBe(3);
      // The second tab opens on the saved copy; opening it changes nothing for the first.
      const other = await context.newPage();
      await openTool(other, tool);
      await expect(sales(other)).toHaveValue('3');

      await sales(page).fill('2');
      const notice = other.locator('[data-notice="other-tab"]');
      await expect(notice).toBeVisible();
      await expect(page.locator('[data-notice="other-tab"]')).toHaveCount(0);
      // The other tab still shows what it had, and writes nothing over the first tab's edit.
      await expect(sales(other)).toHaveValue('3');
      await expectTotal(other, restaurants, 4.15);
      await other.getByLabel(`${restaurants} · ${lang.criteria[1]}`, { exact: true }).fill('4');
      await expectTotal(other, restaurants, 3.95);
      expect((await savedCopy(other))?.channels[2]?.scores).toMatchObject({ sales: 2, growth: 5 });

      await notice.getByRole('button', { name: lang.reloadTheirs }).click();
      await expect(notice).toHaveCount(0);
      await expect(sales(other)).toHaveValue('2');
      await expectTotal(other, restaurants, 3.9);
      await expect(page.locator('[data-notice="other-tab"]')).toHaveCount(0);
      await other.close();
    });

    test('passes axe-core, with a message and an unscored channel showing too', async ({ page }) => {
      // Two full axe-core runs over a page of many inputs take a while on a busy machine.
      test.slow();
      await openTool(page, tool);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: lang.addChannel, exact: true }).click();
      await page.getByLabel(lang.thresholds.improve, { exact: true }).fill('4.5');
      await page.getByLabel(`${wholesale} · ${lang.criteria[0]}`, { exact: true }).fill('9');
      await expect(page.locator('[data-error="thresholds-order"]')).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
}

test('the radar compares up to five chosen channels, with the same scores in its table', async ({ page, problems }) => {
  await openTool(page, '/en/tools/channel-score/');
  for (let n = 0; n < 3; n += 1) await page.getByRole('button', { name: 'Add a channel', exact: true }).click();
  const radar = page.locator('.channel-radar');
  const box = (name: string) => radar.getByLabel(name, { exact: true });
  const columns = () => radar.locator('.chart-table thead th').allTextContents();
  await expect(box('Channel 6')).not.toBeChecked();
  await expect(box('Channel 6')).toBeDisabled();
  expect(await columns()).toEqual(['Criterion', 'Wholesale', 'Supermarkets', 'Restaurants', 'Channel 4', 'Channel 5']);
  await box('Supermarkets').uncheck();
  await box('Channel 6').check();
  expect(await columns()).toEqual(['Criterion', 'Wholesale', 'Restaurants', 'Channel 4', 'Channel 5', 'Channel 6']);
  await expect(radar.locator('.chart-table tbody tr').first().locator('td')).toHaveText(['5', '1', '—', '—', '—']);
  await radar.locator('.lazy-chart').scrollIntoViewIfNeeded();
  await expect(radar.locator('.lazy-chart')).toHaveAttribute('data-chart-status', 'ready');
  expect(problems).toEqual([]);
});

test('weights that are all 0 get a message and the last weights stay until one is above 0', async ({ page }) => {
  await openTool(page, '/en/tools/channel-score/');
  const criteria = ['Sales', 'Growth', 'Gross margin', 'Speed of collection', 'Coverage', 'Cooperation'];
  const message = page.locator('[data-error="zero-weights"]');
  for (const criterion of criteria) await page.getByLabel(`Weight of ${criterion}`, { exact: true }).fill('0');
  await expect(message).toBeVisible();
  await expect(message).toContainText('At least one weight must be above 0');
  // The last valid weights (0 on all but cooperation) still score the channels.
  await expect(page.locator('[data-criterion="cooperation"] [data-result="share"]')).toHaveAttribute('data-value', '1');
  await expect(result(page, 'Restaurants', 'total')).toHaveAttribute('data-value', '5');
  await page.getByLabel('Weight of Sales', { exact: true }).fill('1');
  await expect(message).toBeHidden();
  // Sales alone now counts: wholesale 5, supermarkets 4, restaurants 1.
  expect(await rankedChannels(page)).toEqual(['Wholesale', 'Supermarkets', 'Restaurants']);
  await expect(page.locator('[data-criterion="sales"] [data-result="share"]')).toHaveAttribute('data-value', '1');
});

test('a shared scorecard never silently overwrites the saved one', async ({ page }) => {
  await openTool(page, '/tools/channel-score/');
  await nameField(page, '渠道 1').fill('同事的渠道');
  await expect.poll(() => linkState(page)?.channels[0]?.name).toBe('同事的渠道');
  const theirs = page.url();
  // The address bar and the saved copy are written together.
  await nameField(page, '渠道 1').fill('我的渠道');
  await expect.poll(() => linkState(page)?.channels[0]?.name).toBe('我的渠道');
  await openTool(page, theirs);
  await expect(page.locator('[data-notice="shared"]')).toBeVisible();
  await expect(nameField(page, '渠道 1')).toHaveValue('同事的渠道');
  await nameField(page, '渠道 2').fill('改过的');
  await openTool(page, '/tools/channel-score/');
  await expect(nameField(page, '渠道 1')).toHaveValue('我的渠道');
  await expect(nameField(page, '渠道 2')).toHaveValue('商超');
  await openTool(page, theirs);
  await page.getByRole('button', { name: '打开我保存的方案' }).click();
  await expect(nameField(page, '渠道 1')).toHaveValue('我的渠道');
});

test('present mode fills the window and shows a QR code of the link', async ({ page }) => {
  await openTool(page, '/tools/channel-score/');
  await page.getByRole('button', { name: '投屏模式', exact: true }).click();
  await expect(page.locator('[data-qr]')).toBeVisible();
  await expect(page).toHaveURL(/present=1/);
  await expect(page.locator('header.header')).toBeHidden();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-qr]')).toBeHidden();
});

test('the scorecard embedded in Part 3 scores in place and leaves the chapter’s address alone', async ({ page }) => {
  await page.goto('/en/course/new-channels/');
  await page.getByRole('button', { name: 'Open the Channel scorecard here' }).click();
  const embedded = page.locator('.tool-frame').first();
  await expect(embedded).toHaveAttribute('data-ready', 'true');
  await expect(embedded.locator('[data-result="rank"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\/en\/course\/new-channels\/$/);
});
