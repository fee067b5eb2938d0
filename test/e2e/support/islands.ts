import type { Page } from '@playwright/test';

/**
 * Holds the script of a page's (first) island, as its <astro-island> names it, until the returned
 * function is called: a test can then type into the server-rendered fields before hydration.
 */
export async function holdIsland(page: Page, url: string): Promise<() => void> {
  const html = await (await page.request.get(url)).text();
  const island = /<astro-island[^>]*component-url="([^"]+)"/.exec(html)?.[1];
  if (!island) throw new Error(`no island on ${url}`);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (address) => address.pathname === island,
    async (route) => {
      await held;
      await route.continue();
    },
  );
  return () => release();
}
