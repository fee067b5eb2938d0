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
import { toolSlugs, type ToolSlug } from '../../src/lib/catalog';
import { channelFlags, STATE_PARAM as CHANNEL_STATE_PARAM } from '../../src/lib/channelScore';
import { growthFlags, growthQuery } from '../../src/lib/growthTool';
import { filterParamNames, opportunityFlags, settingsQuery } from '../../src/lib/opportunities';
import { PLAN_PARAM, PRESENT_FLAG } from '../../src/lib/promotion/form';
import { PRESENT_PARAM as SPLIT_PRESENT_PARAM, simpleParams, STATE_PARAM as SPLIT_STATE_PARAM } from '../../src/lib/splitState';
import { worksheets } from '../../src/lib/worksheets';
import { PRINT_PARAM } from '../../src/lib/worksheets/paper';
import type { Locale } from '../../src/i18n/locales';
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
/** Link parameter names are shown cut to this many characters (share.ts, splitState.ts). */
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
    params: [...growthQuery.map((field): LinkParam => ({ name: field.param, kind: 'number' })), ...flagParams(growthFlags)],
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
    params: [{ name: PLAN_PARAM, kind: 'state' }, ...flagParams([PRESENT_FLAG])],
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

/**
 * Opens `path` with a raw query. A 20,000-character value is longer than the preview server takes
 * in a request line (Node's 16 KB header limit), as on many hosts; the page is static, so the
 * browser is given the page of the plain path while its address keeps the whole query.
 */
async function openWithQuery(page: Page, path: string, query: string, ready: string) {
  await page.route(
    (url) => url.pathname === path && url.search !== '',
    async (route) => route.fulfill({ response: await route.fetch({ url: new URL(path, route.request().url()).href }) }),
  );
  await page.goto(`${path}?${query}`);
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

/** The parameter names the ignored-parameters notice lists, each entry cut before its reason. */
async function namedInNotice(page: Page, locale: Locale): Promise<string[]> {
  const notice = page.locator('[data-notice="ignored-params"]');
  if ((await notice.count()) === 0) return [];
  const text = (await notice.textContent()) ?? '';
  const lead = toolStrings.ignoredParams[locale];
  expect(text.startsWith(lead), `notice in the page's language: ${text.slice(0, 80)}`).toBe(true);
  return text
    .slice(lead.length)
    .trim()
    .split(locale === 'en' ? ', ' : '；')
    .map((entry) => entry.split(locale === 'en' ? / \(| item / : /（| 第 /)[0] ?? '');
}

/** Every notice's text and every value shown in a field or as text, joined for "is it shown" checks. */
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
const sheetWithFill = Object.values(worksheets).find((sheet) => sheet.fills.length > 0)!;
for (const hostile of payloads) {
  test(`worksheet ${sheetWithFill.slug} / ${PRINT_PARAM}, unknown markup name / ${hostile.kind}`, async ({ page, problems }) => {
    const dialogs = recordDialogs(page);
    const root = '.worksheet';
    await openWithQuery(
      page,
      `/worksheets/${sheetWithFill.slug}/`,
      `${PRINT_PARAM}=${hostile.inUrl}&${encodeURIComponent(htmlName)}=${hostile.inUrl}`,
      `${root}[data-ready="true"]`,
    );
    await expectNothingRan(page, dialogs, problems, root);
    const field = page.locator(`${root} input[type="text"], ${root} textarea`).first();
    await field.fill('still works');
    await expect(field).toHaveValue('still works');
  });
}
