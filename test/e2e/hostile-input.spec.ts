/**
 * Issue 9: every tool's link parameters and every imported file field, fed with HTML and script
 * payloads, very long strings and control characters. Nothing may run, nothing may break the page,
 * and a notice says what was ignored (by name; values are never echoed).
 *
 * The parameter lists come from the tools' own modules, so a new parameter is swept without
 * editing this file.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { toolSlugs, worksheetSlugs, type ToolSlug } from '../../src/lib/catalog';
import { channelFlags, STATE_PARAM as CHANNEL_STATE_PARAM } from '../../src/lib/channel-score/codec';
import { growthChoices, growthFields, growthFlags } from '../../src/lib/growth/model';
import { filterParamNames, opportunityFlags } from '../../src/lib/opportunities/codec';
import { settingsQuery } from '../../src/lib/opportunities/schema';
import { examplePlan } from '../../src/lib/promotion/example';
import { PLAN_PARAM, PRESENT_FLAG } from '../../src/lib/promotion/form';
import { EXAMPLE_PARAM } from '../../src/lib/promotion/plans';
import { planSchema, type Plan } from '../../src/lib/promotion/schema';
import { exportPlanJson } from '../../src/lib/promotion/transfer';
import { pasteColumns } from '../../src/lib/target-split/spreadsheet';
import { PRESENT_PARAM as SPLIT_PRESENT_PARAM, simpleParams, STATE_PARAM as SPLIT_STATE_PARAM } from '../../src/lib/target-split/link';
import { importFields, moneyFields, type ImportField } from '../../src/lib/opportunities/columns';
import { worksheets } from '../../src/lib/worksheets';
import { PRINT_PARAM } from '../../src/lib/worksheets/paper';
import type { Locale } from '../../src/lib/locale';
import { toolStrings } from '../../src/i18n/tools';

// ---------------------------------------------------------------------------
// Payloads

interface Payload {
  kind: string;
  /** The value as a script sees it (what a file carries). */
  text: string;
  /** The value as it stands in an address (percent-encoded; may hold bytes no string can). */
  inUrl: string;
  /** A piece of the value that must never be shown back in a notice. */
  marker: string;
}

const controlCharacters = '1\u0000\u0008\u001b\u202e\u2028';
const loneSurrogate = '\ud800';

function payload(kind: string, text: string, marker: string, inUrl = encodeURIComponent(text)): Payload {
  return { kind, text, inUrl, marker };
}

const payloads: readonly Payload[] = [
  payload('img-onerror', '<img src=x onerror="window.__pwned=1">', 'onerror'),
  payload('script-breakout', '"><script>window.__pwned=1</script>', '<script'),
  payload('javascript-url', 'javascript:window.__pwned=1', 'javascript:'),
  payload('template-injection', "{{constructor.constructor('window.__pwned=1')()}}", 'constructor'),
  payload('20000-chars', '9'.repeat(20_000), '9'.repeat(64)),
  // encodeURIComponent refuses a lone surrogate, so the address carries its raw UTF-8 bytes.
  payload('control-chars', controlCharacters + loneSurrogate, '\u202e', `${encodeURIComponent(controlCharacters)}%ED%A0%80`),
  payload('fullwidth-digits-html', '１２０<b>%</b>', '１２０'),
];

/** A parameter name that is itself markup. */
const htmlName = '<img src=x onerror="window.__pwned=1">';
/** Link parameter names are shown cut to this many characters (share.ts, target-split/link.ts). */
const shownNameLength = 32;

// ---------------------------------------------------------------------------
// The tools' link parameters, from their modules

/**
 * How a parameter is expected to react to a payload:
 * number/choice/flag: refused and named in the ignored-parameters notice;
 * text: named there, or kept as data and shown as text;
 * state: an encoded whole state, refused with the tool's "could not be read" notice.
 */
type ParamKind = 'number' | 'choice' | 'text' | 'state' | 'flag';
interface LinkParam {
  name: string;
  kind: ParamKind;
}

interface ToolLinks {
  params: LinkParam[];
  /** The notice a broken encoded state raises. */
  brokenStateNotice?: string;
}

const flagParams = (names: readonly string[]): LinkParam[] => names.map((name) => ({ name, kind: 'flag' }));

const splitParamKinds = {
  total: 'number',
  units: 'text',
  round: 'number',
  over: 'number',
  method: 'choice',
} as const satisfies Record<(typeof simpleParams)[number], ParamKind>;

const tools: Record<ToolSlug, ToolLinks> = {
  growth: {
    params: [
      ...growthFields.map((field): LinkParam => ({ name: field.param, kind: 'number' })),
      ...growthChoices.map((choice): LinkParam => ({ name: choice.param, kind: 'choice' })),
      ...flagParams(growthFlags),
    ],
  },
  opportunities: {
    params: [
      ...settingsQuery.map((field): LinkParam => ({ name: field.param, kind: 'number' })),
      // `region` is a free name (a region in the visitor's own table); class and quadrant are fixed lists.
      ...filterParamNames.map((name): LinkParam => ({ name, kind: name === 'region' ? 'text' : 'choice' })),
      ...flagParams(opportunityFlags),
    ],
  },
  'target-split': {
    params: [
      ...simpleParams.map((name): LinkParam => ({ name, kind: splitParamKinds[name] })),
      { name: SPLIT_STATE_PARAM, kind: 'state' },
      ...flagParams([SPLIT_PRESENT_PARAM]),
    ],
    brokenStateNotice: 'broken-link',
  },
  promotion: {
    params: [{ name: PLAN_PARAM, kind: 'state' }, { name: EXAMPLE_PARAM, kind: 'choice' }, ...flagParams([PRESENT_FLAG])],
    brokenStateNotice: 'link-broken',
  },
  'channel-score': {
    params: [{ name: CHANNEL_STATE_PARAM, kind: 'state' }, ...flagParams(channelFlags)],
    brokenStateNotice: 'link-unreadable',
  },
};

const toolPath = (slug: string, locale: Locale) => `${locale === 'en' ? '/en' : ''}/tools/${slug}/`;

// ---------------------------------------------------------------------------
// Opening a page and checking that nothing ran

/** Well under the preview server's 16 KB limit on a request's headers. */
const maxRequestQuery = 8_000;

/**
 * Opens `path` with a raw query. A 20,000-character value is longer than the preview server takes
 * in a request line (Node's 16 KB header limit), as on many hosts; the page is static, so the
 * browser is given the page of the plain path while its address keeps the whole query.
 */
async function openWithQuery(page: Page, path: string, query: string, ready: string) {
  if (query.length > maxRequestQuery) {
    await page.route(
      (url) => url.pathname === path && url.search !== '',
      async (route) => route.fulfill({ response: await route.fetch({ url: new URL(path, route.request().url()).href }) }),
    );
  }
  await page.goto(query ? `${path}?${query}` : path);
  await expect(page.locator(ready)).toBeVisible();
}

/** Records dialogs (alert/confirm/prompt) so a test can assert none fired. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Markup that could only have come from a payload: handlers, javascript: links, scripts that set the flag, tags in a tool. */
async function injectedMarkup(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`${element.tagName} ${attribute.name}`);
        if (['href', 'src', 'action', 'formaction'].includes(attribute.name) && /^\s*javascript:/i.test(attribute.value)) {
          found.push(`${element.tagName} ${attribute.name}=javascript:`);
        }
      }
      if (element.tagName === 'SCRIPT' && (element.textContent ?? '').includes('__pwned')) found.push('script with the payload');
    }
    for (const element of document.querySelectorAll(`${rootSelector} :is(script, img, iframe, object, embed, b)`)) {
      found.push(`<${element.tagName.toLowerCase()}> in the tool`);
    }
    return found;
  }, root);
}

async function expectNothingRan(page: Page, dialogs: string[], problems: string[], root: string) {
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await injectedMarkup(page, root)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
}

/**
 * The parameter names the ignored-parameters notice lists, each entry cut before its reason. Every
 * caller expects the notice; it may come a moment after the tool is ready (the target splitter
 * loads its messages on demand).
 */
async function namedInNotice(page: Page, locale: Locale): Promise<string[]> {
  const notice = page.locator('[data-notice="ignored-params"]');
  await expect(notice).toBeVisible();
  const text = (await notice.textContent()) ?? '';
  const lead = toolStrings.ignoredParams[locale];
  expect(text.startsWith(lead), `notice in the page's language: ${text.slice(0, 80)}`).toBe(true);
  return text
    .slice(lead.length)
    .trim()
    .split(locale === 'en' ? ', ' : '；')
    .map((entry) => entry.split(locale === 'en' ? / \(| item / : /（| 第 /)[0] ?? '');
}

/** The tool's text and the values of its fields, joined for "is it shown as text" checks. */
async function shownText(page: Page, root: string) {
  return page.evaluate((rootSelector) => {
    const tool = document.querySelector(rootSelector);
    const values = Array.from(tool?.querySelectorAll('input, select, textarea') ?? []).map(
      (field) => (field as HTMLInputElement).value,
    );
    return [tool?.textContent ?? '', ...values].join('\n');
  }, root);
}

/** The value the page itself read for a parameter (a lone surrogate's bytes read as U+FFFD). */
async function valueReadByPage(page: Page, name: string): Promise<string> {
  return page.evaluate((param) => new URLSearchParams(window.location.search).get(param) ?? '', name);
}

// ---------------------------------------------------------------------------
// Every tool × every parameter × every payload

for (const slug of toolSlugs) {
  const { params, brokenStateNotice } = tools[slug];
  // Both languages for the reference tool; the notice's words come from the same dictionary in every tool.
  const locales: Locale[] = slug === 'growth' ? ['zh-CN', 'en'] : ['zh-CN'];

  for (const locale of locales) {
    const path = toolPath(slug, locale);
    const root = '.tool-frame';

    for (const hostile of payloads) {
      // The tool reads all its parameters at once, so one page load carries the payload in each.
      test(`${slug} (${locale}) / ${params.map((param) => param.name).join(', ')} / ${hostile.kind}`, async ({ page, problems }) => {
        const dialogs = recordDialogs(page);
        await openWithQuery(page, path, params.map((param) => `${param.name}=${hostile.inUrl}`).join('&'), `${root}[data-ready="true"]`);
        await expectNothingRan(page, dialogs, problems, root);
        expect(await page.locator(`${root} [data-result]`).count(), 'the tool still shows results').toBeGreaterThan(0);

        const named = await namedInNotice(page, locale);
        const shown = await shownText(page, root);
        for (const param of params) {
          if (param.kind === 'state') {
            await expect(page.locator(`[data-notice="${brokenStateNotice}"]`), `${param.name}: broken state notice`).toBeVisible();
          } else if (param.kind === 'text' && !named.includes(param.name)) {
            // Kept as data: it must then be shown as the text it is.
            const value = (await valueReadByPage(page, param.name)).trim();
            expect(shown.includes(value), `${param.name}: neither refused nor shown literally`).toBe(true);
          } else {
            expect(named, `${param.name}: named in the notice`).toContain(param.name);
          }
        }
        for (const notice of await page.locator('[data-notice]').allTextContents()) {
          expect(notice, 'a notice never echoes a value').not.toContain(hostile.marker);
        }
      });
    }

    test(`${slug} (${locale}) / unknown parameter named with markup`, async ({ page, problems }) => {
      const dialogs = recordDialogs(page);
      await openWithQuery(page, path, `${encodeURIComponent(htmlName)}=1`, `${root}[data-ready="true"]`);
      await expectNothingRan(page, dialogs, problems, root);
      expect(await page.locator(`${root} [data-result]`).count()).toBeGreaterThan(0);
      // The name is said as plain text, cut short.
      expect(await namedInNotice(page, locale)).toContain(htmlName.slice(0, shownNameLength));
    });
  }
}

// Worksheets read one parameter, the paper mode; they are not tools and have no link notice, so
// the sweep asks only that nothing runs and the sheet works.
const sheetSlug = worksheetSlugs[0];
for (const hostile of payloads) {
  test(`worksheet ${sheetSlug} / ${PRINT_PARAM}, unknown markup name / ${hostile.kind}`, async ({ page, problems }) => {
    const dialogs = recordDialogs(page);
    const root = '.worksheet';
    await openWithQuery(
      page,
      `/worksheets/${sheetSlug}/`,
      `${PRINT_PARAM}=${hostile.inUrl}&${encodeURIComponent(htmlName)}=${hostile.inUrl}`,
      `${root}[data-ready="true"]`,
    );
    await expectNothingRan(page, dialogs, problems, root);
    const field = page.locator(`${root} input[type="text"], ${root} textarea`).first();
    await field.fill('still works');
    await expect(field).toHaveValue('still works');
  });
}

// ---------------------------------------------------------------------------
// Imported files and pasted tables

/** A CSV cell, quoted so commas, quotes and line breaks stay inside it. */
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** Text as it crosses from the page to the test: a lone surrogate arrives as U+FFFD. */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/**
 * Whether each row with a hostile name was either listed as refused (its line in the bad-rows
 * table) or kept and shown as the text it is.
 */
async function refusedOrShown(page: Page, rows: { line: number; name: string }[]): Promise<string[]> {
  const shown = await shownText(page, '.tool-frame');
  const failures: string[] = [];
  for (const row of rows) {
    const refused = (await page.locator(`tr[data-bad-line="${row.line}"]`).count()) > 0;
    if (!refused && !shown.includes(wellFormed(row.name.trim()))) failures.push(`line ${row.line}: neither refused nor shown`);
  }
  return failures;
}

/** The finder's number fields; the others (name, region) are free text. */
const numberImportFields: readonly ImportField[] = [...moneyFields, 'willingness'];
const textImportFields = importFields.filter((field) => !numberImportFields.includes(field));

/**
 * A table with every import field as a column (headed by the field's own name, which the finder
 * recognises) and an unknown column headed with markup. First one row per payload in every text
 * field and the unknown column, with plain numbers; then, for each number field, one row per
 * payload in that field alone, which must be refused.
 */
function hostileTable(text: (payload: Payload) => string) {
  const header = [...importFields, htmlName];
  const plain: Record<ImportField, string> = { name: '', sales: '100', lastSales: '90', potential: '500', willingness: '3', region: '' };
  const rows: { line: number; name: string; cells: string[]; mustRefuse: boolean }[] = [];
  const add = (name: string, cells: Record<ImportField, string>, extra: string, mustRefuse: boolean) =>
    rows.push({ line: rows.length + 2, name, cells: [...importFields.map((field) => cells[field]), extra], mustRefuse });
  for (const hostile of payloads) {
    const texts = Object.fromEntries(textImportFields.map((field) => [field, text(hostile)]));
    add(text(hostile), { ...plain, ...texts }, text(hostile), false);
  }
  for (const field of numberImportFields) {
    for (const hostile of payloads) {
      const name = `${field}-${hostile.kind}`;
      add(name, { ...plain, name, region: 'East', [field]: text(hostile) }, '', true);
    }
  }
  return { header, rows };
}

/** Every row counted once, the hostile names refused or shown as text, every hostile number refused. */
async function expectTableRead(page: Page, table: ReturnType<typeof hostileTable>, counts: { imported: number; bad: number }) {
  expect(counts.imported + counts.bad).toBe(table.rows.length);
  expect(await refusedOrShown(page, table.rows)).toEqual([]);
  for (const row of table.rows.filter((candidate) => candidate.mustRefuse)) {
    await expect(page.locator(`tr[data-bad-line="${row.line}"]`), row.name).toHaveCount(1);
  }
}

async function importCounts(page: Page) {
  await expect(page.locator('[data-result="imported-rows"]')).toBeVisible();
  return {
    imported: Number(await page.locator('[data-result="imported-rows"]').getAttribute('data-value')),
    bad: Number(await page.locator('[data-result="bad-rows"]').getAttribute('data-value')),
  };
}

test('opportunities (zh-CN) / CSV file: every import field and an unknown column / every payload kind', async ({ page, problems }) => {
  const dialogs = recordDialogs(page);
  // A file carries UTF-8 bytes: the lone surrogate arrives as U+FFFD.
  const table = hostileTable((hostile) => hostile.text.replace(loneSurrogate, '\ufffd'));
  const csv = [table.header, ...table.rows.map((row) => row.cells)].map((cells) => cells.map(csvCell).join(',')).join('\r\n');
  await openWithQuery(page, '/tools/opportunities/', '', '.tool-frame[data-ready="true"]');
  await page.getByLabel('载入 CSV 文件', { exact: true }).setInputFiles({ name: `${htmlName}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const counts = await importCounts(page);
  // The file's name is shown as text.
  await expect(page.locator('[data-result="source"]')).toHaveText(`${htmlName}.csv`);
  await expectTableRead(page, table, counts);
  await expectNothingRan(page, dialogs, problems, '.tool-frame');
});

/** A cell as spreadsheets copy it: quoted when it holds a quote, tab or line break. */
const copiedCell = (text: string) => (/["\t\r\n]/.test(text) ? csvCell(text) : text);

/** Pastes a tab-separated block into the opportunity finder and reads it. */
async function pasteIntoFinder(page: Page, text: string) {
  await openWithQuery(page, '/tools/opportunities/', '', '.tool-frame[data-ready="true"]');
  await page.getByLabel('或从表格软件粘贴（连同表头）', { exact: true }).fill(text);
  await page.getByRole('button', { name: '读取粘贴的表格', exact: true }).click();
  return importCounts(page);
}

test('opportunities (zh-CN) / pasted table as a spreadsheet copies it: every import field and an unknown column / every payload kind', async ({
  page,
  problems,
}) => {
  const dialogs = recordDialogs(page);
  // Pasted text is a string: the lone surrogate arrives as it is.
  const table = hostileTable((hostile) => hostile.text);
  const tsv = [table.header, ...table.rows.map((row) => row.cells)].map((cells) => cells.map(copiedCell).join('\t')).join('\n');
  await expectTableRead(page, table, await pasteIntoFinder(page, tsv));
  await expectNothingRan(page, dialogs, problems, '.tool-frame');
});

test('opportunities (zh-CN) / pasted table typed by hand, quotes unbalanced / every payload kind', async ({ page, problems }) => {
  const dialogs = recordDialogs(page);
  // `"><script>` opens a quoted cell that runs on: the finder reads what it can and says where.
  const table = hostileTable((hostile) => hostile.text);
  const tsv = [table.header, ...table.rows.map((row) => row.cells)].map((cells) => cells.join('\t')).join('\n');
  const { imported } = await pasteIntoFinder(page, tsv);
  expect(imported).toBeGreaterThan(0);
  const warnings = await page.locator('[data-notice="unclosed-quote"], [data-notice="stray-quote"]').allTextContents();
  expect(warnings.length).toBeGreaterThan(0);
  expect(new Set(warnings).size, 'each warning once').toBe(warnings.length);
  await expectNothingRan(page, dialogs, problems, '.tool-frame');
});

/**
 * The units table from row `first` on holds one row per payload: each name kept as the text it is
 * or marked as refused beside the cell, and each number cell (a payload, never a number) marked.
 */
async function expectPayloadRows(page: Page, first: number) {
  const rows = page.locator('.split-units tbody tr');
  await expect(rows).toHaveCount(first + payloads.length);
  for (const [index, hostile] of payloads.entries()) {
    const cells = rows.nth(first + index).locator('input');
    const value = wellFormed(await cells.nth(0).inputValue());
    const kept = value === wellFormed(hostile.text) || value === wellFormed(hostile.text.trim());
    const refused = (await cells.nth(0).getAttribute('aria-invalid')) === 'true';
    expect(kept || refused, `${hostile.kind}: name neither kept as text nor refused`).toBe(true);
    for (const [column, name] of pasteColumns.entries()) {
      if (column > 0) await expect(cells.nth(column), `${hostile.kind}: ${name} refused`).toHaveAttribute('aria-invalid', 'true');
    }
  }
}

test('target-split (zh-CN) / pasted block: every pasted column / every payload kind', async ({ page, problems }) => {
  const dialogs = recordDialogs(page);
  const block = payloads.map((hostile) => pasteColumns.map(() => copiedCell(hostile.text)).join('\t')).join('\r\n');
  await openWithQuery(page, '/tools/target-split/', 'total=1000000&units=A:3,B:2', '.tool-frame[data-ready="true"]');
  await page.locator('summary', { hasText: '从表格粘贴' }).click();
  await page.getByLabel('从 Excel / WPS 复制的单元格', { exact: true }).fill(block);
  await page.getByRole('button', { name: '替换整个表格', exact: true }).click();
  const status = page.locator('[data-paste-status]');
  await expect(status).not.toBeEmpty();
  for (const hostile of payloads) expect(await status.textContent()).not.toContain(hostile.marker);
  await expectPayloadRows(page, 0);
  expect(await page.locator('.tool-frame [data-result]').count()).toBeGreaterThan(0);
  await expectNothingRan(page, dialogs, problems, '.tool-frame');
});

test('target-split (zh-CN) / block pasted into a name cell: every pasted column / every payload kind', async ({ page, problems }) => {
  const dialogs = recordDialogs(page);
  await openWithQuery(page, '/tools/target-split/', 'total=1000000&units=A:3,B:2', '.tool-frame[data-ready="true"]');
  const cell = page.getByLabel('B · 名称', { exact: true });
  await cell.focus();
  await cell.evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, payloads.map((hostile) => pasteColumns.map(() => copiedCell(hostile.text)).join('\t')).join('\n'));
  // Row A stays; the block fills the table from B's row down.
  await expect(page.locator('.split-units tbody tr').first().locator('input').first()).toHaveValue('A');
  await expectPayloadRows(page, 1);
  expect(await page.locator('.tool-frame [data-result]').count()).toBeGreaterThan(0);
  await expectNothingRan(page, dialogs, problems, '.tool-frame');
});

/**
 * The example plan with every text field holding a payload, in turn. A field whose schema refuses
 * a payload (dates, ids, timestamps, enums) keeps its example value; the refusal is the schema's.
 */
function hostilePlan(): { plan: Plan; placed: Map<string, string> } {
  const candidates = payloads.filter((hostile) => hostile.text.length <= 200);
  const plan = structuredClone(examplePlan('zh-CN')) as unknown as Record<string, unknown>;
  const placed = new Map<string, string>();
  let turn = 0;
  const walk = (node: Record<string, unknown> | unknown[], path: string) => {
    for (const key of Object.keys(node)) {
      const container = node as Record<string, unknown>;
      const value = container[key];
      const here = path ? `${path}.${key}` : key;
      if (typeof value === 'string') {
        const hostile = candidates[turn % candidates.length]!;
        container[key] = hostile.text;
        if (planSchema.safeParse(plan).success) {
          placed.set(here, hostile.text);
          turn += 1;
        } else container[key] = value;
      } else if (value !== null && typeof value === 'object') walk(value as Record<string, unknown>, here);
    }
  };
  walk(plan, '');
  return { plan: planSchema.parse(plan), placed };
}

test('promotion (zh-CN) / JSON import with every text field a payload, then the printed plan and worksheet / every payload kind', async ({
  page,
  problems,
}) => {
  test.slow(); // three pages: the builder, its printed view and the worksheet it fills
  const dialogs = recordDialogs(page);
  const { plan, placed } = hostilePlan();
  expect(placed.size, 'text fields filled with payloads').toBeGreaterThan(30);
  await openWithQuery(page, '/tools/promotion/', '', '.tool-frame[data-ready="true"]');
  await page.getByLabel('导入 JSON 文件', { exact: true }).setInputFiles({
    name: `${htmlName}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(exportPlanJson(plan)),
  });
  await page.locator('#promotion-element-theme .promotion-element-toggle').click(); // elements open on demand
  await expect(page.getByLabel('促销主题', { exact: true })).toHaveValue(plan.theme.title);
  await expect(page.getByLabel('方案名称', { exact: true })).toHaveValue(plan.name);
  await expectNothingRan(page, dialogs, problems, '.tool-frame');

  // The printed plan says every payload as text.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.promotion-print');
  await expect(printed).toBeVisible();
  const printedText = (await printed.textContent()) ?? '';
  for (const text of new Set(placed.values())) expect(printedText, JSON.stringify(text)).toContain(text.trim());
  await expectNothingRan(page, dialogs, problems, '.tool-frame');
  await page.emulateMedia({ media: 'screen' });

  // The twelve-elements worksheet fills from this plan: the payloads arrive as field values.
  const sheet = Object.values(worksheets).find((candidate) => candidate.fills.some((fill) => fill.source === 'promotion'))!;
  await openWithQuery(page, `/worksheets/${sheet.slug}/`, '', '.worksheet[data-ready="true"]');
  await page.getByRole('button', { name: '从市场推广方案生成器填入' }).click();
  await expect(page.getByLabel('一句话主题', { exact: true })).toHaveValue(plan.theme.title);
  await expectNothingRan(page, dialogs, problems, '.worksheet');
});

test('promotion (zh-CN) / JSON import with a 20,000-character field is refused and says which field / 20000-chars', async ({ page, problems }) => {
  const dialogs = recordDialogs(page);
  const long = payloads.find((hostile) => hostile.kind === '20000-chars')!;
  const plan = examplePlan('zh-CN');
  const file = exportPlanJson(plan).replace(JSON.stringify(plan.theme.title), JSON.stringify(long.text));
  await openWithQuery(page, '/tools/promotion/', '', '.tool-frame[data-ready="true"]');
  await page.getByLabel('导入 JSON 文件', { exact: true }).setInputFiles({ name: `${htmlName}.json`, mimeType: 'application/json', buffer: Buffer.from(file) });
  const notice = page.locator('[data-notice="import-failed"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('促销主题');
  expect(await notice.textContent()).not.toContain(long.marker);
  await page.locator('#promotion-element-theme .promotion-element-toggle').click(); // elements open on demand
  await expect(page.getByLabel('促销主题', { exact: true })).toHaveValue('');
  await expectNothingRan(page, dialogs, problems, '.tool-frame');
});
