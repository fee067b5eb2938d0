import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = join(process.cwd(), 'src/content/docs');
const english = join(docs, 'en');

/** Every Markdown page below `folder`, as absolute paths; `skip` is a folder left out. */
function pagesUnder(folder: string, skip?: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === skip ? [] : pagesUnder(path, skip);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** The page's top-level (##) section headings, outside fenced code. */
function sections(file: string): string[] {
  let fenced = false;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^## /.test(line);
    });
}

const chinesePages = pagesUnder(docs, english).map((path) => relative(docs, path));
const englishPages = pagesUnder(english).map((path) => relative(english, path));
// The 404 page is one bilingual page at the root: Starlight serves a single 404.
const bilingualOnly = new Set(['404.mdx']);

describe('both languages carry the same playbook', () => {
  it('has every Chinese page in English and every English page in Chinese', () => {
    expect(englishPages.sort()).toEqual(chinesePages.filter((page) => !bilingualOnly.has(page)).sort());
  });

  for (const page of englishPages) {
    it(`gives ${page} the same number of top-level sections in both languages`, () => {
      expect(sections(join(english, page)).length).toBe(sections(join(docs, page)).length);
    });
  }
});
