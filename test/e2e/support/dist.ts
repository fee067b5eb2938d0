import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site the tests run against (the same folder `astro preview` serves). */
export const distDir = process.env.DIST_DIR ?? join(process.cwd(), 'dist');

/** Every page of the build, as its URL path (`/course/overview/`), search index and assets left out. */
export function builtPages(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return ['_astro', 'pagefind'].includes(entry.name) ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(distDir)
    .map((file) => `/${relative(distDir, file)}`.replace(/index\.html$/, '').replace(/\.html$/, '/'))
    .sort();
}

/** The HTML of a built page, by URL path. */
export function builtHtml(path: string): string {
  const file = path === '/404/' ? '404.html' : `${path.replace(/^\//, '')}index.html`;
  return readFileSync(join(distDir, file), 'utf8');
}
