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

/** The exercise part of a chapter: from `## 练习` / `## Exercises` to the next `##` heading. */
function exerciseSection(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}`);
  const end = text.indexOf('\n## ', start + 1);
  return start < 0 ? '' : text.slice(start, end < 0 ? undefined : end);
}

describe('exercises are headings in the table of contents, numbered one way', () => {
  const styles = [
    { folder: 'src/content/docs', heading: '练习', numbered: /^### 练习 \d+：\S/ },
    { folder: 'src/content/docs/en', heading: 'Exercises', numbered: /^### Exercise \d+: \S/ },
  ];
  for (const { folder, heading, numbered } of styles) {
    for (const slug of parts) {
      it(`${folder.endsWith('en') ? 'en' : 'zh-CN'} ${slug}: every exercise is a numbered ### heading, 1, 2, 3…`, () => {
        const section = exerciseSection(readFileSync(join(process.cwd(), folder, `${slug}.mdx`), 'utf8'), heading);
        const lines = section.split('\n');
        // No exercise left as a bold paragraph (**练习 1：…** / **Exercise 1: …**).
        expect(lines.filter((line) => /^\*\*(练习|Exercise)/.test(line))).toEqual([]);
        const headings = lines.filter((line) => line.startsWith('### '));
        expect(headings.length).toBeGreaterThanOrEqual(2);
        for (const line of headings) expect(line).toMatch(numbered);
        expect(headings.map((line) => Number(/\d+/.exec(line)![0]))).toEqual(headings.map((_, index) => index + 1));
      });
    }
  }
});

describe('the day’s weight shows in the chapters', () => {
  const han = (slug: string) => readFileSync(join(process.cwd(), 'src/content/docs', `${slug}.mdx`), 'utf8').match(/\p{Script=Han}/gu)?.length ?? 0;

  it('Part 2 (the part with the most class time) is at least as long as Part 1', () => {
    expect(han('course/dealer-growth')).toBeGreaterThanOrEqual(han('course/growth-principle'));
  });
});
