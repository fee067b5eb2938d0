import { accessibilityViolations, expect, test } from './support/fixtures';
import { chapterSlugs } from '../../src/lib/catalog';

const languages = [
  { prefix: '', lang: 'zh-CN', objectives: '学习目标', switchTo: 'English' },
  { prefix: '/en', lang: 'en', objectives: 'Learning objectives', switchTo: '中文' },
] as const;

for (const { prefix, lang, objectives, switchTo } of languages) {
  test.describe(`in ${lang}`, () => {
    test('the home page says what the playbook is and links to the course and the tools', async ({ page, problems }) => {
      await page.goto(`${prefix}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator(`main a[href="${prefix}/course/overview/"]`).first()).toBeVisible();
      await expect(page.locator(`main a[href="${prefix}/tools/"]`).first()).toBeVisible();
      expect(problems).toEqual([]);
    });

    test('the language switch leads to the same chapter in the other language', async ({ page }) => {
      await page.goto(`${prefix}/course/growth-principle/`);
      await page.getByRole('link', { name: switchTo, exact: true }).first().click();
      const otherPrefix = prefix ? '' : '/en';
      await expect(page).toHaveURL(`${otherPrefix}/course/growth-principle/`);
      await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'zh-CN' : 'en');
    });

    for (const slug of chapterSlugs) {
      test(`the chapter ${slug} shows its objectives and passes axe-core`, async ({ page, problems }) => {
        await page.goto(`${prefix}/${slug}/`);
        const box = page.locator('.chapter-objectives');
        await expect(box.getByRole('heading', { name: objectives })).toBeVisible();
        expect(await box.locator('li').count()).toBeGreaterThan(0);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }

    test('the home page passes axe-core', async ({ page }) => {
      await page.goto(`${prefix}/`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    test('the sidebar lists the course, tools, worksheets and glossary', async ({ page }) => {
      await page.goto(`${prefix}/course/overview/`);
      const sidebar = page.locator('#starlight__sidebar');
      for (const group of lang === 'en' ? ['Course', 'Tools', 'Worksheets', 'Glossary'] : ['课程', '工具', '工作表', '术语表']) {
        await expect(sidebar.getByText(group, { exact: true }).first()).toBeVisible();
      }
      await expect(sidebar.locator(`a[href="${prefix}/glossary/"]`)).toHaveCount(1);
    });
  });
}

test('an unknown address answers 404 with a page that links home in both languages', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main a[href="/"]').first()).toBeVisible();
  await expect(page.locator('main a[href="/en/"]').first()).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the favicon is served', async ({ request }) => {
  const response = await request.get('/favicon.svg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('svg');
});

test('a reader marks chapters done and sees the progress on the overview, in either language', async ({ page }) => {
  await page.goto('/course/promotion/');
  const toggle = page.getByRole('button', { name: '标记本章为已学完' });
  await toggle.click();
  await expect(page.getByRole('button', { name: '本章已学完（点击取消）' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/en/course/summary/');
  await page.getByRole('button', { name: 'Mark this chapter as done' }).click();
  await page.goto('/en/course/overview/');
  await expect(page.locator('[data-result="progress"]')).toHaveText('2 of 6 chapters done');
  await expect(page.locator('[data-chapter="course/promotion"]')).toHaveAttribute('data-done', '');
  await page.goto('/course/overview/');
  await expect(page.locator('[data-result="progress"]')).toHaveAttribute('data-value', '2');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('progress survives corrupted saved data by starting over', async ({ page, problems }) => {
  await page.goto('/course/overview/');
  await page.evaluate(() => localStorage.setItem('playbook:progress', '{oops'));
  await page.reload();
  await expect(page.locator('[data-result="progress"]')).toHaveText('已学完 0 / 6 章');
  expect(problems).toEqual([]);
});

test.describe('the phone table of contents', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opens, jumps to a section and closes itself; Escape closes it too', async ({ page, problems }) => {
    await page.goto('/en/course/promotion/');
    const menu = page.locator('#starlight__mobile-toc');
    await menu.getByText('On this page').click();
    await expect(menu).toHaveAttribute('open', '');
    await menu.getByRole('link', { name: 'Common mistakes' }).click();
    await expect(menu).not.toHaveAttribute('open');
    await expect(page).toHaveURL(/#common-mistakes$/);

    await menu.getByText('On this page').click();
    await expect(menu).toHaveAttribute('open', '');
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open');
    expect(problems).toEqual([]);
  });
});
