import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterSlugs } from '../../src/lib/catalog';

const parts = chapterSlugs.filter((slug) => slug !== 'course/overview');
const editions = [
  { folder: 'src/content/docs', required: ['应用案例', '练习', '常见误区', '检查清单', '工具与工作表'] },
  { folder: 'src/content/docs/en', required: ['Case', 'Exercises', 'Common mistakes', 'Checklist', 'Tools and worksheets'] },
];

describe('every part of the course is taught the same way', () => {
  for (const { folder, required } of editions) {
    for (const slug of parts) {
      it(`${folder.endsWith('en') ? 'en' : 'zh-CN'} ${slug} has a case, exercises with worked answers, mistakes, a checklist and its tools`, () => {
        const text = readFileSync(join(process.cwd(), folder, `${slug}.mdx`), 'utf8');
        const headings = text.split('\n').filter((line) => line.startsWith('## '));
        for (const name of required) expect(headings.some((heading) => heading.startsWith(`## ${name}`))).toBe(true);
        expect(text.match(/<details>/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
        expect(text).toMatch(/^objectives:\n(\s+- .+\n)+/m);
      });
    }
  }
});
