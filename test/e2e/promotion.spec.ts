import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { encodePlan } from '../../src/lib/promotion/envelope';
import { examplePlan } from '../../src/lib/promotion/example';
import { elementKeys } from '../../src/lib/promotion/schema';
import { accessibilityViolations, expect, test } from './support/fixtures';

// Filling a whole plan field by field, and running axe-core over a long form, take longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

/** A plan written out by hand, field label by field label, with the value each one should keep. */
const languages = [
  {
    prefix: '',
    fields: {
      '促销目的/目标': '借春节提升老客户复购',
      衡量指标: '促销期销售额',
      '基准值（不做促销时）': '300000',
      目标值: '417600',
      促销对象: '已购老客户',
      '促销产品 1': '静音净化器 X3',
      '产品 1 单价（元，可选）': '2400',
      促销开始日期: '2026-10-01',
      促销结束日期: '2026-10-14',
      促销范围: '华东区 12 家门店',
      优惠条件: '买一台送原价 100 元的滤网一片，每人限一片',
      促销主题: '清新国庆，净享好空气',
      '促销预算（元）': '9600',
      '费用项目 1': '门店海报与宣传单',
      '费用 1 金额（元）': '9600',
      '基准销售额 B（元）': '300000',
      '预计销量提升 u（%）': '45',
      '毛利率 M（%）': '40',
      '产品 1 的特点 F': 'H13 级滤网',
      '产品 1 的优势 A': '过滤 0.3 微米颗粒',
      '产品 1 的利益 B': '全家睡得更好',
      '产品 1 的证据 E': '第三方检测 99%',
      '沟通渠道（每行一个）': '老客户微信群\n门店电话回访',
      '邀约对象 1': '老客户',
      '邀约人数 1': '300',
      '负责事项 1': '总负责',
      '负责人 1': '王经理',
      '检查日期 1': '2026-10-07',
      '检查内容 1': '中期复盘',
      '评估指标（每行一个）': '促销期销售额\n新客户数',
    },
    openAll: '展开全部要素',
    offerLabel: '优惠设计',
    generate: '按促销日期生成时间表',
    phaseStart: '准备 开始日期',
    phaseEnd: '执行 结束日期',
    exportButton: '导出 JSON',
    importLabel: '导入 JSON 文件',
    present: '投屏模式',
    exampleButton: '载入示例：国庆空气净化器促销',
    exampleTheme: '清新国庆，净享好空气',
    exampleName: '国庆空气净化器促销',
    themeLabel: '促销主题',
    nameLabel: '方案名称',
    purposeLabel: '促销目的/目标',
    marginLabel: '毛利率 M（%）',
    baselineLabel: '基准销售额 B（元）',
    discountLabel: '让利比例 D（%）',
    tooBig: '不能大于 100%。',
    notANumber: /数字/,
    importErrors: [
      '促销时间 › 开始日期：不是有效日期',
      '优惠设计 › 优惠形式：不是可选的值之一',
      '促销预算 › 预算总额：类型不对',
      '促销预算 › 费用项目 › 第 1 项 › 金额：数值太小',
    ],
    notJson: '整个文件：不是 JSON 格式',
    sidebarText: ['课程总览', '业绩增长公式计算器', '全部工作表'],
    formText: ['导出 JSON', '载入示例：国庆空气净化器促销', '添加费用项目'],
    printText: [
      '1. 促销目的/目标',
      '9. 促销话术（FABE）',
      '12. 促销执行与评估',
      '静音空气净化器 X3的特点是',
      '¥9,600',
      '2026-10-01',
    ],
    noBreakEven: '没有保本提升率',
  },
  {
    prefix: '/en',
    fields: {
      'Purpose and goal': 'Bring past customers back over the holiday',
      Metric: 'Sales during the promotion',
      'Baseline (without the promotion)': '300000',
      'Target value': '417600',
      'Target audience': 'Past customers',
      'Product 1': 'Quiet purifier X3',
      'Unit price of product 1 (¥, optional)': '2400',
      'Promotion start date': '2026-10-01',
      'Promotion end date': '2026-10-14',
      Scope: 'The 12 stores of the East region',
      'Terms of the offer': 'Buy one, get a ¥100 filter free; one per customer',
      Theme: 'Fresh air for the holiday',
      'Promotion budget (¥)': '9600',
      'Cost item 1': 'Store posters and leaflets',
      'Amount of cost 1 (¥)': '9600',
      'Baseline sales B (¥)': '300000',
      'Expected lift u (%)': '45',
      'Gross margin M (%)': '40',
      'Feature (F), product 1': 'an H13 filter',
      'Advantage (A), product 1': 'it catches 0.3 micron particles',
      'Benefit (B), product 1': 'the family sleeps better',
      'Evidence (E), product 1': 'an independent lab measured 99%',
      'Channels (one per line)': 'Customer WeChat groups\nFollow-up calls',
      'Who to invite (1)': 'Past customers',
      'How many to invite (1)': '300',
      'Responsibility 1': 'Overall lead',
      'Owner 1': 'Manager Wang',
      'Checkpoint date 1': '2026-10-07',
      'What is checked (1)': 'Mid-point review',
      'Evaluation metrics (one per line)': 'Sales during the promotion\nNew customers',
    },
    openAll: 'Open all elements',
    offerLabel: 'Offer',
    generate: 'Generate from the promotion dates',
    phaseStart: 'Preparation Start date',
    phaseEnd: 'Execution End date',
    exportButton: 'Export JSON',
    importLabel: 'Import a JSON file',
    present: 'Present',
    exampleButton: 'Load the example: Golden Week air purifier promotion',
    exampleTheme: 'Fresh air for the holiday',
    exampleName: 'Golden Week air purifier promotion',
    themeLabel: 'Theme',
    nameLabel: 'Plan name',
    purposeLabel: 'Purpose and goal',
    marginLabel: 'Gross margin M (%)',
    baselineLabel: 'Baseline sales B (¥)',
    discountLabel: 'Price given away, D (%)',
    tooBig: 'Must be at most 100%.',
    notANumber: /number/i,
    importErrors: [
      'Timing › start date: not a valid date',
      'Offer › kind of offer: not one of the allowed choices',
      'Promotion budget › total budget: wrong kind of value',
      'Promotion budget › cost items › item 1 › amount: the number is too small',
    ],
    notJson: 'The file: it is not JSON',
    sidebarText: ['Course overview', 'Growth formula calculator', 'All worksheets'],
    formText: ['Export JSON', 'Load the example: Golden Week air purifier promotion', 'Add a cost item'],
    printText: [
      '1. Purpose and goal',
      '9. Sales script (FABE)',
      '12. Execution and evaluation',
      'What sets Quiet Air Purifier X3 apart',
      '¥9,600',
      '2026-10-01',
    ],
    noBreakEven: 'no break-even lift',
  },
] as const;

/** Waits until the island has read the link and the saved plans, so typing is not overwritten. */
async function openTool(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
}

/**
 * Opens elements of the plan by their keys ('goal', 'budget'…): each element is a section that
 * opens on demand and fetches its editor the first time. Waits until the editor is there.
 */
async function openElements(page: Page, ...elements: string[]) {
  for (const element of elements) {
    const toggle = page.locator(`#promotion-element-${element} .promotion-element-toggle`);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`#promotion-element-${element} .promotion-element-fields`)).toBeVisible();
  }
}

const result = (page: Page, key: string) => page.locator(`.promotion-screen [data-result="${key}"]`);
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** A date in the timetable, named by its row ("Preparation") and column ("Start date") headers. */
const phaseDate = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** The plans saved in this browser, as the builder wrote them. */
async function savedPlans(page: Page): Promise<{ name: string; theme: { title: string } }[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('playbook:promotion:plan:'))
      .map((key) => JSON.parse(localStorage.getItem(key) ?? '{}').data),
  );
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function exported(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function loadExample(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  await expect(result(page, 'completeness')).toHaveAttribute('data-value', '12');
}

for (const lang of languages) {
  const tool = `${lang.prefix}/tools/promotion/`;

  test.describe(`promotion plan builder (${lang.prefix || 'zh-CN'})`, () => {
    test('fills all twelve elements by their labels, reaches 12/12, and finds every value after a reload', async ({
      page,
      problems,
    }) => {
      await openTool(page, tool);
      await expect(result(page, 'completeness')).toHaveAttribute('data-value', '0');
      // Every element starts closed; its fields arrive when it is opened.
      await expect(field(page, lang.themeLabel)).toHaveCount(0);
      await openElements(page, ...elementKeys);
      for (const [label, value] of Object.entries(lang.fields)) await field(page, label).fill(value);
      // A gift is costed as the price given away D (¥100 of filter out of ¥2,500 of goods), not as a cost item.
      await field(page, lang.offerLabel).selectOption('gift');
      await field(page, lang.discountLabel).fill('4');
      await page.getByRole('button', { name: lang.generate }).click();
      await expect(phaseDate(page, lang.phaseStart)).toHaveValue('2026-09-17');
      await expect(phaseDate(page, lang.phaseEnd)).toHaveValue('2026-10-14');
      await expect(result(page, 'completeness')).toHaveAttribute('data-value', '12');
      await expect(result(page, 'completeness')).toHaveText('12/12');
      await expect(page.locator('.promotion-missing')).toHaveCount(0);

      // The purifier example's budget: B ¥300,000, u 45 %, M 40 %, D 4 % (the gift), F ¥9,600.
      await expect(result(page, 'incremental-sales')).toHaveAttribute('data-value', '135000');
      await expect(result(page, 'incremental-profit')).toHaveAttribute('data-value', '27000');
      await expect(result(page, 'roi')).toHaveAttribute('data-value', '100');
      await expect(result(page, 'breakeven-lift')).toHaveAttribute('data-value', '20');
      await expect(result(page, 'discount-cost')).toHaveAttribute('data-value', '17400');
      expect(await accessibilityViolations(page)).toEqual([]);

      await expect
        .poll(async () => (await savedPlans(page))[0]?.theme.title)
        .toBe(lang.fields[lang.themeLabel as keyof typeof lang.fields]);
      await openTool(page, tool);
      await page.getByRole('button', { name: lang.openAll }).click();
      for (const [label, value] of Object.entries(lang.fields)) await expect(field(page, label)).toHaveValue(value);
      await expect(field(page, lang.offerLabel)).toHaveValue('gift');
      await expect(field(page, lang.discountLabel)).toHaveValue('4');
      await expect(phaseDate(page, lang.phaseStart)).toHaveValue('2026-09-17');
      await expect(result(page, 'completeness')).toHaveAttribute('data-value', '12');
      await expect(result(page, 'roi')).toHaveAttribute('data-value', '100');
      expect(problems).toEqual([]);
    });

    test('exports JSON, imports it unchanged into a fresh browser, and exports the same file again', async ({
      page,
      browser,
      baseURL,
      problems,
    }) => {
      await openTool(page, tool);
      await loadExample(page, lang.exampleButton);
      const first = await exported(page, lang.exportButton);
      expect(first.name).toBe(`${lang.exampleName.replace(/\s+/g, '-')}.json`);
      const envelope = JSON.parse(first.text);
      expect(envelope).toMatchObject({
        format: 'yeji-playbook/promotion-plan',
        version: 1,
        plan: { name: lang.exampleName },
      });

      const fresh = await browser.newContext(baseURL ? { baseURL } : {});
      const other = await fresh.newPage();
      await openTool(other, tool);
      await openElements(other, 'goal', 'theme', 'budget');
      await openElements(page, 'goal', 'budget');
      await expect(field(other, lang.themeLabel)).toHaveValue('');
      await field(other, lang.importLabel).setInputFiles({
        name: first.name,
        mimeType: 'application/json',
        buffer: Buffer.from(first.text),
      });
      await expect(field(other, lang.themeLabel)).toHaveValue(lang.exampleTheme);
      for (const label of [lang.nameLabel, lang.purposeLabel, lang.baselineLabel, lang.marginLabel]) {
        await expect(field(other, label)).toHaveValue(await field(page, label).inputValue());
      }
      await expect(result(other, 'completeness')).toHaveAttribute('data-value', '12');
      await expect(result(other, 'roi')).toHaveAttribute('data-value', '100');
      // One plan, not a blank one beside it.
      await expect(other.locator('#promotion-current-plan option')).toHaveCount(1);
      const again = await exported(other, lang.exportButton);
      expect(again.text).toBe(first.text);
      await fresh.close();
      expect(problems).toEqual([]);
    });

    test('a broken file is refused with the fields that failed, and the plan is unchanged', async ({ page }) => {
      await openTool(page, tool);
      await loadExample(page, lang.exampleButton);
      await expect.poll(async () => (await savedPlans(page))[0]?.theme.title).toBe(lang.exampleTheme);
      const before = await savedPlans(page);
      await openElements(page, 'theme');
      await field(page, lang.importLabel).setInputFiles(fixture('promotion-broken.json'));
      const notice = page.locator('[data-notice="import-failed"]');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('promotion-broken.json');
      for (const message of lang.importErrors) await expect(notice).toContainText(message);
      await expect(field(page, lang.themeLabel)).toHaveValue(lang.exampleTheme);
      await expect(page.locator('#promotion-current-plan option')).toHaveCount(1);

      await field(page, lang.importLabel).setInputFiles(fixture('promotion-not-json.json'));
      await expect(notice).toContainText(lang.notJson);
      await expect(field(page, lang.themeLabel)).toHaveValue(lang.exampleTheme);
      expect(await savedPlans(page)).toEqual(before);
    });

    test('prints the plan as a clean A4 document: the theme and the twelve elements, no sidebar and no form', async ({
      page,
    }) => {
      await openTool(page, tool);
      await loadExample(page, lang.exampleButton);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.promotion-print')).toBeVisible();
      await expect(page.locator('.promotion-form')).toBeHidden();
      const file = join(mkdtempSync(join(tmpdir(), 'promotion-print-')), 'plan.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const [, width = '0', height = '0'] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      expect(Number(width)).toBeCloseTo(595, 0);
      expect(Number(height)).toBeCloseTo(842, 0);
      // pdftotext breaks lines and spaces CJK text as it likes; compare without white space.
      const squeezed = (value: string) => value.replace(/\s+/g, '');
      const printed = squeezed(text);
      expect(printed).toContain(squeezed(lang.exampleTheme));
      for (const expected of lang.printText) expect(printed).toContain(squeezed(expected));
      for (const chrome of [...lang.sidebarText, ...lang.formText]) expect(printed).not.toContain(squeezed(chrome));
    });

    test('explains bad numbers beside the field and keeps what was typed, even across a reload', async ({ page }) => {
      await openTool(page, tool);
      await openElements(page, 'budget');
      const baseline = field(page, lang.baselineLabel);
      await baseline.fill('abc');
      await expect(baseline).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#promotion-budget-forecast-baselineSales-error')).toHaveText(lang.notANumber);
      await field(page, lang.marginLabel).fill('１２０%');
      await expect(page.locator('#promotion-budget-forecast-grossMarginPercent-error')).toHaveText(lang.tooBig);
      await expect(result(page, 'roi')).not.toHaveAttribute('data-value');
      await expect.poll(async () => page.evaluate(() => Object.values(localStorage).join('\n'))).toContain('１２０%');
      await openTool(page, tool);
      await openElements(page, 'budget');
      await expect(field(page, lang.baselineLabel)).toHaveValue('abc');
      await expect(field(page, lang.marginLabel)).toHaveValue('１２０%');
      await expect(page.locator('#promotion-budget-forecast-grossMarginPercent-error')).toHaveText(lang.tooBig);
      await field(page, lang.baselineLabel).fill('20万');
      await expect(page.locator('#promotion-budget-forecast-baselineSales-error')).toBeHidden();
    });

    test('a discount moves the break-even lift, and one at the margin has none', async ({ page }) => {
      await openTool(page, tool);
      await loadExample(page, lang.exampleButton);
      await openElements(page, 'offer', 'budget');
      await field(page, lang.offerLabel).selectOption('discount');
      // (10 % + F ÷ B = 3.2 %) ÷ (40 % − 10 %) = 44 %.
      await field(page, lang.discountLabel).fill('10');
      await expect(result(page, 'breakeven-lift')).toHaveAttribute('data-value', '44');
      await field(page, lang.discountLabel).fill('40');
      await expect(result(page, 'breakeven-lift')).not.toHaveAttribute('data-value');
      await expect(page.locator('[data-note="no-break-even"]')).toContainText(lang.noBreakEven);
      await expect(page.locator('[data-warning="discount-not-below-margin"]')).toBeVisible();
    });

    test('present mode shows the plan summary large, with the QR panel, and passes axe-core', async ({ page }) => {
      await openTool(page, tool);
      await loadExample(page, lang.exampleButton);
      await page.getByRole('button', { name: lang.present, exact: true }).click();
      await expect(page.locator('.promotion-summary h2')).toHaveText(lang.exampleTheme);
      await expect(page.locator('.promotion-summary [data-result="roi"]')).toHaveAttribute('data-value', '100');
      await expect(page.locator('.promotion-form')).toHaveCount(0);
      await expect(page.locator('header.header')).toBeHidden();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.locator('.promotion-form')).toBeVisible();
    });

    test('passes axe-core with a blank plan', async ({ page }) => {
      await openTool(page, tool);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
}

test('keeps several named plans: new, rename, switch, duplicate, delete after confirming', async ({ page }) => {
  await openTool(page, '/en/tools/promotion/');
  await openElements(page, 'theme');
  const plans = page.locator('#promotion-current-plan option');
  await field(page, 'Plan name').fill('Spring');
  await field(page, 'Theme').fill('Spring theme');
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(field(page, 'Plan name')).toHaveValue('');
  await expect(field(page, 'Theme')).toHaveValue('');
  await field(page, 'Plan name').fill('Autumn');
  await expect(plans).toHaveText(['Spring', 'Autumn']);

  await field(page, 'Current plan').selectOption({ label: 'Spring' });
  await expect(field(page, 'Theme')).toHaveValue('Spring theme');
  await page.getByRole('button', { name: 'Duplicate this plan' }).click();
  await expect(field(page, 'Plan name')).toHaveValue('Spring (copy)');
  await expect(field(page, 'Theme')).toHaveValue('Spring theme');
  await expect(plans).toHaveText(['Spring', 'Autumn', 'Spring (copy)']);

  await page.getByRole('button', { name: 'Delete this plan' }).click();
  await expect(page.getByText('Delete “Spring (copy)”?')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(plans).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete this plan' }).click();
  await page.getByRole('button', { name: 'Delete it' }).click();
  await expect(plans).toHaveText(['Spring', 'Autumn']);
  await expect(page.getByRole('status').filter({ hasText: '“Spring (copy)” was deleted.' })).toBeVisible();

  await openTool(page, '/en/tools/promotion/');
  await expect(plans).toHaveText(['Spring', 'Autumn']);
});

test('a shared link shows the plan without overwriting saved plans, and can be saved as a new plan', async ({
  page,
  browser,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTool(page, '/tools/promotion/');
  await loadExample(page, '载入示例：国庆空气净化器促销');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/tools\/promotion\/\?p=[A-Za-z0-9_-]+$/);

  // The visitor's own plan differs from the shared one.
  await openElements(page, 'theme');
  await field(page, '方案名称').fill('我的方案');
  await field(page, '促销主题').fill('我自己的主题');
  await expect.poll(async () => (await savedPlans(page)).map((plan) => plan.theme.title)).toEqual(['我自己的主题']);

  await openTool(page, link);
  await expect(page.locator('[data-notice="shared-plan"]')).toBeVisible();
  await openElements(page, 'theme');
  await expect(field(page, '促销主题')).toHaveValue('清新国庆，净享好空气');
  await field(page, '促销主题').fill('改过的分享主题');
  expect((await savedPlans(page)).map((plan) => plan.theme.title)).toEqual(['我自己的主题']);

  await openTool(page, link);
  await page.getByRole('button', { name: '另存为新方案' }).click();
  await expect(page.locator('[data-notice="shared-plan"]')).toHaveCount(0);
  await expect(page).toHaveURL(/\/tools\/promotion\/$/);
  await expect(page.locator('#promotion-current-plan option')).toHaveText(['我的方案', '国庆空气净化器促销']);
  await openTool(page, '/tools/promotion/');
  await expect(page.locator('#promotion-current-plan option')).toHaveCount(2);
  await openElements(page, 'theme');
  await expect(field(page, '促销主题')).toHaveValue('清新国庆，净享好空气');

  // Where nothing is saved yet, the shared plan simply becomes the visitor's plan.
  const fresh = await browser.newContext(baseURL ? { baseURL } : {});
  const other = await fresh.newPage();
  await openTool(other, link);
  await expect(other.locator('[data-notice="shared-plan"]')).toHaveCount(0);
  await openElements(other, 'theme');
  await expect(field(other, '促销主题')).toHaveValue('清新国庆，净享好空气');
  await openTool(other, '/tools/promotion/');
  await openElements(other, 'theme');
  await expect(field(other, '促销主题')).toHaveValue('清新国庆，净享好空气');
  await fresh.close();
});

/** The built-in examples opened by link, in each language. */
const exampleLinks = [
  {
    prefix: '',
    name: '方案名称',
    theme: '促销主题',
    tea: { name: '夏日无糖茶终端进货促销', theme: '夏日冰爽，满十箱享九五折' },
    purifier: { name: '国庆空气净化器促销', theme: '清新国庆，净享好空气' },
    ignored: ['链接中有参数无效，已忽略：', 'example（超出允许范围）'],
    saveAsNew: '另存为新方案',
    openSaved: '打开我保存的方案',
    opened: '你打开的是示例方案“夏日无糖茶终端进货促销”，它还没有保存。',
    saved: '示例方案已另存为新方案“夏日无糖茶终端进货促销”。',
    mine: '我的方案',
  },
  {
    prefix: '/en',
    name: 'Plan name',
    theme: 'Theme',
    tea: { name: 'Summer sugar-free tea promotion for small shops', theme: 'Cool summer: 5% off when you order ten cases' },
    purifier: { name: 'Golden Week air purifier promotion', theme: 'Fresh air for the holiday' },
    ignored: ['Some link parameters were invalid and have been ignored:', 'example (out of range)'],
    saveAsNew: 'Save as a new plan',
    openSaved: 'Open my saved plans',
    opened: 'You opened the example “Summer sugar-free tea promotion for small shops”; it is not saved yet.',
    saved: 'The example was saved as a new plan, “Summer sugar-free tea promotion for small shops”.',
    mine: 'My plan',
  },
] as const;

for (const lang of exampleLinks) {
  const tool = `${lang.prefix}/tools/promotion/`;

  test.describe(`example links (${lang.prefix || 'zh-CN'})`, () => {
    test('?example=tea opens Part 4’s case with its figures: break-even lift 30 %, incremental gross profit ¥36,000', async ({
      page,
      problems,
    }) => {
      await openTool(page, `${tool}?example=tea`);
      await expect(result(page, 'completeness')).toHaveAttribute('data-value', '12');
      await expect(field(page, lang.name)).toHaveValue(lang.tea.name);
      // The budget element opens by itself: its figures are what the chapter states.
      await expect(result(page, 'breakeven-lift')).toHaveAttribute('data-value', '30');
      await expect(result(page, 'incremental-profit')).toHaveAttribute('data-value', '36000');
      await expect(result(page, 'discount')).toHaveAttribute('data-value', '5');
      await expect(result(page, 'fixed-costs')).toHaveAttribute('data-value', '24000');
      await expect(page.locator('[data-notice="ignored-params"]')).toHaveCount(0);
      // Nothing was saved here before, so the example becomes this browser's plan and leaves the address.
      await expect(page.locator('[data-notice="shared-plan"]')).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`${tool.replaceAll('/', '\\/')}$`));
      await expect.poll(async () => (await savedPlans(page)).map((plan) => plan.name)).toEqual([lang.tea.name]);
      await openTool(page, tool);
      await expect(field(page, lang.name)).toHaveValue(lang.tea.name);
      expect(problems).toEqual([]);
    });

    test('?example=purifier opens the air purifier example, its gift counted in D', async ({ page }) => {
      await openTool(page, `${tool}?example=purifier`);
      await expect(result(page, 'completeness')).toHaveAttribute('data-value', '12');
      await expect(field(page, lang.name)).toHaveValue(lang.purifier.name);
      await openElements(page, 'theme');
      await expect(field(page, lang.theme)).toHaveValue(lang.purifier.theme);
      await expect(result(page, 'discount')).toHaveAttribute('data-value', '4');
      await expect(result(page, 'breakeven-lift')).toHaveAttribute('data-value', '20');
      await expect(result(page, 'roi')).toHaveAttribute('data-value', '100');
    });

    test('?example=bogus gets the invalid-parameter notice, naming the parameter and never its value', async ({
      page,
      problems,
    }) => {
      const notice = page.locator('[data-notice="ignored-params"]');
      const [lead, named] = lang.ignored;
      await openTool(page, `${tool}?example=bogus`);
      await expect(notice).toHaveText(`${lead} ${named}`);
      await expect(result(page, 'completeness')).toHaveAttribute('data-value', '0');
      await openTool(page, `${tool}?example=${encodeURIComponent('<img src=x onerror="window.__hacked=1">')}`);
      await expect(notice).toHaveText(`${lead} ${named}`);
      await expect(page.locator('.tool-frame img')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
      expect(problems).toEqual([]);
    });

    test('an example link never overwrites saved plans: it waits to be saved as a new plan', async ({ page }) => {
      await openTool(page, tool);
      await openElements(page, 'theme');
      await field(page, lang.name).fill(lang.mine);
      await field(page, lang.theme).fill('Mine');
      await expect.poll(async () => (await savedPlans(page)).map((plan) => plan.name)).toEqual([lang.mine]);

      await openTool(page, `${tool}?example=tea`);
      const notice = page.locator('[data-notice="shared-plan"]');
      await expect(notice).toContainText(lang.opened);
      await expect(field(page, lang.name)).toHaveValue(lang.tea.name);
      await expect(result(page, 'breakeven-lift')).toHaveAttribute('data-value', '30');
      // Edits to the example are not saved, and the saved plan is as it was.
      await openElements(page, 'theme');
      await field(page, lang.theme).fill('Changed example');
      expect((await savedPlans(page)).map((plan) => [plan.name, plan.theme.title])).toEqual([[lang.mine, 'Mine']]);

      // Going back to the saved plans leaves the example unsaved.
      await notice.getByRole('button', { name: lang.openSaved }).click();
      await expect(field(page, lang.name)).toHaveValue(lang.mine);
      await expect(page).toHaveURL(new RegExp(`${tool.replaceAll('/', '\\/')}$`));
      expect((await savedPlans(page)).map((plan) => plan.name)).toEqual([lang.mine]);

      // Saving it keeps both.
      await openTool(page, `${tool}?example=tea`);
      await notice.getByRole('button', { name: lang.saveAsNew }).click();
      await expect(notice).toHaveCount(0);
      await expect(page.locator('.promotion-status-line')).toHaveText(lang.saved);
      await expect(page.locator('#promotion-current-plan option')).toHaveText([lang.mine, lang.tea.name]);
      await openTool(page, tool);
      await expect(page.locator('#promotion-current-plan option')).toHaveText([lang.mine, lang.tea.name]);
      expect((await savedPlans(page)).find((plan) => plan.name === lang.mine)?.theme.title).toBe('Mine');
    });
  });
}

test('a broken link says so, names only the problem, and opens the saved plans', async ({ page, problems }) => {
  await openTool(page, '/en/tools/promotion/');
  await openElements(page, 'theme');
  await field(page, 'Theme').fill('Saved theme');
  await expect.poll(async () => (await savedPlans(page))[0]?.theme.title).toBe('Saved theme');
  await openTool(page, `/en/tools/promotion/?p=${encodeURIComponent('<img src=x onerror="window.__hacked=1">')}&x=1`);
  await expect(page.locator('[data-notice="link-broken"]')).toContainText('cut short or altered');
  await expect(page.locator('[data-notice="ignored-params"]')).toContainText('x (unknown parameter)');
  await expect(page.locator('.tool-frame img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
  await openElements(page, 'theme');
  await expect(field(page, 'Theme')).toHaveValue('Saved theme');
  expect(problems).toEqual([]);
});

test('sets an unreadable saved plan aside, keeps the others, and offers its raw text for download', async ({
  page,
}) => {
  await openTool(page, '/en/tools/promotion/');
  await openElements(page, 'theme');
  await field(page, 'Theme').fill('Good plan');
  await expect.poll(async () => (await savedPlans(page))[0]?.theme.title).toBe('Good plan');
  const raw = '{"version":1,"data":{"budget":{"total":"lots"}}}';
  await page.evaluate((text) => localStorage.setItem('playbook:promotion:plan:broken', text), raw);
  await openTool(page, '/en/tools/promotion/');
  const notice = page.locator('[data-notice="plan-set-aside"]');
  await expect(notice).toContainText('could no longer be read');
  await openElements(page, 'theme');
  await expect(field(page, 'Theme')).toHaveValue('Good plan');
  const download = await exported(page, 'Download the raw data');
  expect(download.text).toBe(raw);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).not.toContain('playbook:promotion:plan:broken');
  expect(keys.some((key) => key.startsWith('playbook:promotion:set-aside:broken:'))).toBe(true);

  // Still offered on the next visit, until the person deletes it after confirming.
  await openTool(page, '/en/tools/promotion/');
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Delete this data' }).click();
  await notice.getByRole('button', { name: 'Delete it' }).click();
  await expect(notice).toHaveCount(0);
  await openTool(page, '/en/tools/promotion/');
  await expect(notice).toHaveCount(0);
});

test('regenerates the timetable from moved dates, flags a phase outside them, and draws the timeline', async ({
  page,
}) => {
  await openTool(page, '/en/tools/promotion/');
  await loadExample(page, 'Load the example: Golden Week air purifier promotion');
  await openElements(page, 'period', 'timetable');
  await field(page, 'Promotion end date').fill('2026-10-10');
  await expect(page.locator('tr[data-phase="execution"] [data-warning="phase-outside-period"]')).toBeVisible();
  await expect(page.locator('[data-missing="timetable"]')).toBeVisible();
  await field(page, 'Evaluation (days after the end)').fill('3');
  await page.getByRole('button', { name: 'Regenerate from the dates' }).click();
  await expect(phaseDate(page, 'Execution End date')).toHaveValue('2026-10-10');
  await expect(phaseDate(page, 'Evaluation End date')).toHaveValue('2026-10-13');
  await expect(page.locator('[data-warning="phase-outside-period"]')).toHaveCount(0);
  await expect(result(page, 'completeness')).toHaveAttribute('data-value', '12');
  await page.locator('.promotion-timeline .lazy-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('.promotion-timeline .lazy-chart')).toHaveAttribute('data-chart-status', 'ready');
});

test('assembles the FABE script live in the page’s language', async ({ page }) => {
  await openTool(page, '/en/tools/promotion/');
  await openElements(page, 'products', 'script');
  await field(page, 'Product 1').fill('X3');
  await field(page, 'Feature (F), product 1').fill('a silent motor');
  await expect(page.locator('[data-script="0"] blockquote')).toHaveText('What sets X3 apart: a silent motor.');
  await field(page, 'Evidence (E), product 1').fill('600 families use it');
  await expect(page.locator('[data-script="0"] blockquote')).toHaveText(
    'What sets X3 apart: a silent motor. The proof: 600 families use it.',
  );
  await openTool(page, '/tools/promotion/');
  await openElements(page, 'script');
  await expect(page.locator('[data-script="0"] blockquote')).toHaveText(
    'X3的特点是：a silent motor。有据可查：600 families use it。',
  );
});

test('links each missing element in the progress list to its place in the form', async ({ page }) => {
  await openTool(page, '/tools/promotion/');
  await openElements(page, 'theme', 'goal');
  await field(page, '促销主题').fill('主题');
  await expect(result(page, 'completeness')).toHaveAttribute('data-value', '1');
  await expect(page.locator('[data-missing="theme"]')).toHaveCount(0);
  const goal = page.locator('[data-missing="goal"] a');
  await expect(goal).toHaveAttribute('href', '#promotion-element-goal');
  await field(page, '衡量指标').fill('销售额');
  await expect(page.locator('[data-missing="goal"]')).toContainText('促销目的、基准值、目标值');
  await expect(page.locator('[data-warning="goal-not-measurable"]')).toContainText('缺少基准值、目标值');
  await page.locator('[data-missing="budget"] a').click();
  await expect(page).toHaveURL(/#promotion-element-budget$/);
  await expect(page.locator('#promotion-element-budget')).toBeInViewport();
  // Following the link opens the element it names.
  await expect(page.locator('#promotion-element-budget .promotion-element-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(field(page, '基准销售额 B（元）')).toBeVisible();
});

test('loads the example and the file reader only when asked, and says so when they cannot be fetched', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openTool(page, '/en/tools/promotion/');
  await openElements(page, 'theme');
  await field(page, 'Theme').fill('My own theme');
  // Neither part is part of the download before first use.
  expect(fetched.filter((path) => /\/_astro\/(example|importPlan)\./.test(path))).toEqual([]);
  // The connection drops: the example cannot be fetched, and nothing written is lost.
  await page.route(/\/_astro\/(example|importPlan)\.[\w-]+\.js$/, (route) => route.abort());
  await page.getByRole('button', { name: 'Load the example: Golden Week air purifier promotion' }).click();
  await expect(page.locator('.promotion-status-line')).toHaveText(/could not be loaded/);
  expect(fetched.some((path) => /\/_astro\/example\./.test(path))).toBe(true);
  await page.locator('#promotion-import').setInputFiles(fixture('promotion-not-json.json'));
  await expect(page.locator('.promotion-status-line')).toHaveText(/could not be loaded/);
  await expect(field(page, 'Theme')).toHaveValue('My own theme');
  // Back online, the same click loads it.
  await page.unroute(/\/_astro\/(example|importPlan)\.[\w-]+\.js$/);
  await loadExample(page, 'Load the example: Golden Week air purifier promotion');
  await expect(page.locator('.promotion-status-line')).toContainText('is loaded');
});

test('opens each element on demand: its editor and strings load on first open, with a retry when they cannot', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openTool(page, '/tools/promotion/');
  // Before anyone opens an element, neither the editors nor their strings are downloaded.
  const editorCode = /\/_astro\/(PlanBasics|BudgetSection|form\.zh-CN|editorKit|PlanDocument)\./;
  expect(fetched.filter((path) => editorCode.test(path))).toEqual([]);
  await expect(page.locator('.promotion-element')).toHaveCount(12);
  await expect(page.locator('.promotion-element-toggle[aria-expanded="true"]')).toHaveCount(0);

  // The connection drops: opening says so, keeps the heading, and offers to try again.
  await page.route(/\/_astro\/PlanBasics\.[\w-]+\.js$/, (route) => route.abort());
  const theme = page.locator('#promotion-element-theme');
  await theme.locator('.promotion-element-toggle').click();
  await expect(theme.getByRole('alert')).toContainText('这部分功能没能载入');
  await page.unroute(/\/_astro\/PlanBasics\.[\w-]+\.js$/);
  await theme.getByRole('button', { name: '重试' }).click();
  await field(page, '促销主题').fill('春季主题');
  await expect(theme.locator('.promotion-status')).toHaveText('已完成');

  // Closed again, it keeps what was typed; open all shows every element's fields.
  await theme.locator('.promotion-element-toggle').click();
  await expect(field(page, '促销主题')).toBeHidden();
  await page.getByRole('button', { name: '展开全部要素' }).click();
  await expect(field(page, '促销主题')).toHaveValue('春季主题');
  await expect(field(page, '基准销售额 B（元）')).toBeVisible();
  await expect(page.getByRole('button', { name: '全部收起' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

// What test/e2e/engine.spec.ts does not cover for this tool's engine (the plan store, the link
// reader and zod): a shared plan's link and saved plans open at once, and the examples' texts
// download only when an example is asked for. zod is one chunk, watched by purpose.
test.describe('the plan store on first use', () => {
  const zod = /\/_astro\/zod\.[\w-]+\.js$/;
  const savedNames = (page: Page) =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('playbook:promotion:plan:'))
        .map((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { data?: { name?: string } }).data?.name),
    );

  test('a shared plan’s link opens its plan at once (the store loads with the page)', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (zod.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    await page.goto(`/en/tools/promotion/?p=${encodePlan(examplePlan('en'))}`);
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    await expect(page.locator('.promotion-screen [data-result="completeness"]')).toHaveAttribute('data-value', '12');
    await expect(page.getByLabel('Plan name', { exact: true })).toHaveValue(examplePlan('en').name);
    expect(fetched.length).toBeGreaterThan(0);
  });

  test('the examples’ texts load only when asked for: by an ?example= link, never with a plain visit or a shared plan', async ({
    page,
  }) => {
    const exampleScript = /\/_astro\/example\.[\w-]+\.js$/;
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (exampleScript.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    await page.goto('/en/tools/promotion/', { waitUntil: 'networkidle' });
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    await page.goto(`/en/tools/promotion/?p=${encodePlan(examplePlan('en', 'tea'))}`, { waitUntil: 'networkidle' });
    await expect(page.locator('.promotion-screen [data-result="completeness"]')).toHaveAttribute('data-value', '12');
    expect(fetched).toEqual([]);

    await page.goto('/en/tools/promotion/?example=tea');
    await expect(page.locator('.promotion-screen [data-result="breakeven-lift"]')).toHaveAttribute('data-value', '30');
    expect(fetched.length).toBeGreaterThan(0);
  });

  test('saved plans open at once, without anyone reaching for the tool', async ({ page }) => {
    await page.goto('/en/tools/promotion/');
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    await page.getByLabel('Plan name', { exact: true }).fill('Kept plan');
    await expect.poll(() => savedNames(page)).toEqual(['Kept plan']);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (zod.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    await page.reload();
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    await expect(page.getByLabel('Plan name', { exact: true })).toHaveValue('Kept plan');
    expect(fetched.length).toBeGreaterThan(0);
  });

  test('if the store cannot download, what was typed stays, "try again" saves it, and a reload opens it', async ({ page }) => {
    let blocked = true;
    await page.route(zod, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto('/tools/promotion/');
    await expect(page.locator('.tool-frame[data-ready="true"]')).toBeVisible();
    const name = page.getByLabel('方案名称', { exact: true });
    await name.fill('离线方案');
    const notice = page.locator('[data-notice="engine-failed"]');
    await expect(notice).toContainText('没能下载');
    expect(await savedNames(page)).toEqual([]);
    blocked = false;
    await notice.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => savedNames(page)).toEqual(['离线方案']);
    await page.reload();
    await expect(page.getByLabel('方案名称', { exact: true })).toHaveValue('离线方案');
  });
});
