import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import {
  agenda,
  blockKinds,
  classMinutes,
  defaultStart,
  formatClock,
  isClassTime,
  minutesByShare,
  parseClock,
  partMinutes,
  partShares,
  shares,
  targetPercent,
  timetable,
  type AgendaBlock,
} from '../../src/lib/agenda';
import { chapterSlugs, toolSlugs, type ChapterSlug } from '../../src/lib/catalog';
import type { Locale } from '../../src/lib/locale';

const root = process.cwd();
const folders: Record<Locale, string> = { 'zh-CN': 'src/content/docs', en: 'src/content/docs/en' };
const read = (locale: Locale, slug: string) => readFileSync(join(root, folders[locale], `${slug}.mdx`), 'utf8');

/** The page's Markdown headings (## to ######), outside fenced code, as text. */
function headings(text: string): string[] {
  let fenced = false;
  return text.split('\n').flatMap((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = !fenced && /^#{2,6} (.+)$/.exec(line);
    return match ? [match[1]!.replace(/\*\*|__|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')] : [];
  });
}

/** The anchors Starlight gives the page's headings (github-slugger, in order, duplicates numbered). */
function anchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(headings(text).map((heading) => slugger.slug(heading)));
}

interface StatedExercise {
  id: string;
  minutes: number;
  group: string;
  homework: boolean;
  /** The exercise's own text: from its tag to the next heading. */
  body: string;
}

/** Every `<Exercise … />` a chapter states, in order, with the text that follows it. */
function statedExercises(text: string): StatedExercise[] {
  const tag = /<Exercise id="([^"]+)" minutes=\{(\d+)\} group="([^"]+)"( homework)? \/>/g;
  return [...text.matchAll(tag)].map((match) => {
    const rest = text.slice(match.index! + match[0].length);
    const next = rest.search(/\n#{2,3} /);
    return {
      id: match[1]!,
      minutes: Number(match[2]),
      group: match[3]!,
      homework: match[4] !== undefined,
      body: next < 0 ? rest : rest.slice(0, next),
    };
  });
}

/** The exercise headings of a chapter, and the Part 3 role-play, each of which must state its time. */
const exerciseHeading: Record<Locale, RegExp> = {
  'zh-CN': /^### (练习 \d+：|渠道开发现场演练)/,
  en: /^### (Exercise \d+:|Live role-play)/,
};

/** Numbers of minutes a text mentions: "8 分钟", "8 minutes", "(3)" in a role-play's timing table. */
function minutesMentioned(text: string): number[] {
  return [...text.matchAll(/(\d+)\s*(?:分钟|minutes?\b)/g)].map((match) => Number(match[1]));
}

const chapters = chapterSlugs.filter((slug) => slug !== 'course/overview');
const blocksUsing = (id: string) => agenda.filter((block) => block.exercise === id);

describe('the day adds up', () => {
  it('has 360 minutes of class time', () => {
    expect(classMinutes()).toBe(360);
  });

  it('splits class time 40/20/40 between lecture, case analysis and practice, within a minute', () => {
    const totals = minutesByShare();
    for (const share of shares) expect(Math.abs(totals[share] - (360 * targetPercent[share]) / 100)).toBeLessThanOrEqual(1);
  });

  it('gives every part its class time, parts in order, and the parts add up to the day', () => {
    const parts = partShares().map(({ part }) => part);
    expect(parts).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parts.reduce((sum, part) => sum + partMinutes(part), 0)).toBe(360);
    for (const [before, after] of agenda.slice(1).map((block, index) => [agenda[index]!, block] as const)) {
      expect(after.part).toBeGreaterThanOrEqual(before.part);
    }
  });

  it('names every block once, with a kind, whole minutes and a title in both languages', () => {
    expect(new Set(agenda.map((block) => block.id)).size).toBe(agenda.length);
    for (const block of agenda) {
      expect(blockKinds).toContain(block.kind);
      expect(Number.isInteger(block.minutes) && block.minutes > 0).toBe(true);
      expect(block.title['zh-CN']).not.toBe('');
      expect(block.title.en).not.toBe('');
    }
  });
});

describe('breaks and lunch sit outside class time', () => {
  const breaks = agenda.filter((block) => block.kind === 'break');
  const lunch = breaks.filter((block) => block.minutes >= 45);
  const short = breaks.filter((block) => block.minutes < 45);

  it('has one lunch and at least two short breaks, none of them counted as class time', () => {
    expect(lunch).toHaveLength(1);
    expect(short.length).toBeGreaterThanOrEqual(2);
    for (const block of breaks) expect(isClassTime(block)).toBe(false);
    expect(classMinutes(breaks)).toBe(0);
  });

  it('the day runs as long as its class time plus its breaks', () => {
    const day = timetable();
    const length = day.at(-1)!.end - day[0]!.start;
    expect(length).toBe(360 + breaks.reduce((sum, block) => sum + block.minutes, 0));
  });

  it('starts and ends in class, never puts two breaks together, and keeps every stretch of class to 90 minutes or less', () => {
    expect(isClassTime(agenda[0]!)).toBe(true);
    expect(isClassTime(agenda.at(-1)!)).toBe(true);
    let stretch = 0;
    let previous: AgendaBlock | undefined;
    for (const block of agenda) {
      if (isClassTime(block)) stretch += block.minutes;
      else {
        expect(previous && isClassTime(previous)).toBe(true);
        stretch = 0;
      }
      expect(stretch).toBeLessThanOrEqual(90);
      previous = block;
    }
  });
});

describe('clock times', () => {
  it('runs from 09:00 by default, each block starting where the one before ends', () => {
    const day = timetable();
    expect(formatClock(day[0]!.start)).toBe('09:00');
    expect(defaultStart).toBe(540);
    day.slice(1).forEach((timed, index) => expect(timed.start).toBe(day[index]!.end));
    expect(formatClock(day.at(-1)!.end)).toBe('16:45');
  });

  it('moves every time by the same amount when the start moves (08:30 is 30 minutes earlier)', () => {
    const nine = timetable();
    const halfPastEight = timetable(parseClock('08:30')!);
    halfPastEight.forEach((timed, index) => {
      expect(timed.start).toBe(nine[index]!.start - 30);
      expect(timed.end).toBe(nine[index]!.end - 30);
    });
  });

  it('reads and writes clock times, refusing what is not one', () => {
    expect(parseClock('9:00')).toBe(540);
    expect(parseClock('13：30')).toBe(810);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('9:75')).toBeNull();
    expect(parseClock('nine')).toBeNull();
    expect(formatClock(65)).toBe('01:05');
    expect(formatClock(1440 + 30)).toBe('00:30');
  });
});

describe('the overview draws its agenda from the data', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`${locale}: both tables come from <AgendaTable>, and every clock time the prose names is one the day has`, () => {
      const text = read(locale, 'course/overview');
      expect(text).toContain('<AgendaTable view="day" />');
      expect(text).toContain('<AgendaTable view="parts" />');
      const times = new Set(timetable().flatMap(({ start, end }) => [formatClock(start), formatClock(end)]));
      for (const [written] of text.matchAll(/\b\d{1,2}:\d{2}\b/g)) expect(times).toContain(formatClock(parseClock(written)!));
      // No hand-written timetable left beside the generated one.
      expect(text).not.toMatch(/^\|\s*\d{1,2}:\d{2}/m);
    });
  }
});

describe('what the blocks use exists', () => {
  for (const block of agenda.filter(isClassTime)) {
    it(`${block.id}: chapter, section and tool exist in both languages`, () => {
      expect(block.chapter, 'a class block names its chapter').toBeDefined();
      expect(chapterSlugs).toContain(block.chapter);
      for (const locale of ['zh-CN', 'en'] as const) {
        const text = read(locale, block.chapter!);
        if (block.section) expect(anchors(text), `${locale} ${block.chapter}`).toContain(block.section[locale]);
        if (block.exercise) expect(statedExercises(text).map((exercise) => exercise.id)).toContain(block.exercise);
      }
      if (block.tool) {
        expect(toolSlugs).toContain(block.tool);
        for (const folder of Object.values(folders)) expect(existsSync(join(root, folder, 'tools', `${block.tool}.mdx`))).toBe(true);
      }
      expect(block.section ?? block.exercise, 'a class block points at a section or an exercise').toBeDefined();
    });
  }
});

describe('every exercise states its time and grouping, and fits the block that runs it', () => {
  const stated = (locale: Locale, slug: ChapterSlug) => statedExercises(read(locale, slug));

  for (const slug of chapters) {
    it(`${slug}: every exercise heading in both languages is followed by its time and grouping`, () => {
      for (const locale of ['zh-CN', 'en'] as const) {
        const lines = read(locale, slug).split('\n');
        lines.forEach((line, index) => {
          if (!exerciseHeading[locale].test(line)) return;
          const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
          expect(next, `${locale} ${slug}: ${line}`).toMatch(/^<Exercise id="/);
        });
        const count = lines.filter((line) => exerciseHeading[locale].test(line)).length;
        expect(stated(locale, slug)).toHaveLength(count);
      }
    });

    it(`${slug}: the Chinese and English chapters state the same exercises, minutes and groupings`, () => {
      const strip = (exercises: StatedExercise[]) => exercises.map(({ body: _body, ...facts }) => facts);
      expect(strip(stated('en', slug))).toEqual(strip(stated('zh-CN', slug)));
    });

    for (const exercise of stated('zh-CN', slug)) {
      if (exercise.homework) {
        it(`${slug}: ${exercise.id} is homework / self-study, so no block runs it`, () => {
          expect(blocksUsing(exercise.id)).toEqual([]);
        });
        continue;
      }
      it(`${slug}: ${exercise.id} (${exercise.minutes} min) fits the one block that runs it`, () => {
        const blocks = blocksUsing(exercise.id);
        expect(blocks).toHaveLength(1);
        const block = blocks[0]!;
        expect(block.chapter).toBe(slug);
        expect(['practice', 'closing']).toContain(block.kind);
        expect(exercise.minutes).toBeLessThanOrEqual(block.minutes);
        for (const locale of ['zh-CN', 'en'] as const) {
          const body = stated(locale, slug).find((candidate) => candidate.id === exercise.id)!.body;
          for (const minutes of minutesMentioned(body)) expect(minutes, `${locale}: a time in the exercise's text`).toBeLessThanOrEqual(exercise.minutes);
        }
      });
    }
  }

  it('every exercise id is unique across the chapters', () => {
    const ids = chapters.flatMap((slug) => stated('zh-CN', slug).map((exercise) => exercise.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
