import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The course defines 活跃率 as the customers' purchase frequency in a period (transactions per
 * covered customer) and 平均成交金额 as the average value of one transaction. The share of
 * customers who ordered is a second reading, taught beside it. These checks read every page and
 * every worksheet in both languages for a definition that contradicts the course.
 */

const root = process.cwd();

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const pages = filesUnder('src/content/docs', /\.mdx?$/);
const worksheetModules = filesUnder('src/lib/worksheets/sheets', /\.ts$/);
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Sentences (and table rows, list items), so a pattern never spans two statements. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。；？！])|\n|(?<=[.;?!])\s+/).filter((sentence) => sentence.trim() !== '');
}

/** The text of one glossary entry: from its `###` heading to the next heading. */
function glossaryEntry(file: string, heading: RegExp): string {
  const sections = read(file).split(/\n(?=#{2,3} )/);
  const entry = sections.find((section) => heading.test(section.split('\n')[0]!));
  expect(entry, `${file} has an entry ${heading}`).toBeDefined();
  return entry!;
}

/** A sentence names the second reading as such: the share of buyers, a basis, another measure. */
const namesSecondReading = /口径|活跃客户占比|另一种|basis|buyer share|second (reading|measure)/i;

const contradictions: { name: string; pattern: RegExp }[] = [
  // 活跃率 = 下单客户数 ÷ 覆盖客户数, stated as what 活跃率 is.
  { name: '活跃率 defined as the share who ordered', pattern: /活跃率[^。；\n]{0,12}[=＝][^。；\n]{0,30}下单[^。；\n]{0,6}客户数?\s*[÷/]/ },
  { name: '活跃率 defined as a proportion of customers who ordered', pattern: /活跃率[^。；\n]{0,6}(是|指)[^。；\n]{0,30}下[过了]?单的客户[^。；\n]{0,10}(比例|占比)/ },
  // 平均成交金额 = 销售额 ÷ 下单客户数.
  { name: '平均成交金额 defined per ordering customer', pattern: /平均成交金额[^。；\n]{0,12}[=＝][^。；\n]{0,30}[÷/][^。；\n]{0,6}下单客户数/ },
  { name: 'activity rate defined as the share who ordered', pattern: /activ(e|ity) rate[^.;\n]{0,20}(=|is|means)[^.;\n]{0,40}(share|proportion|percentage) of[^.;\n]{0,40}(ordered|bought|placed an order)/i },
  { name: 'average transaction value defined per ordering customer', pattern: /average transaction value[^.;\n]{0,20}(=|is|means)[^.;\n]{0,60}(per|÷|divided by)[^.;\n]{0,10}(ordering customer|customer who ordered|buyer)/i },
  // Per-transaction value called a mistake.
  { name: 'per-transaction value called a mistake', pattern: /(每单|每笔|单笔)[^。；\n]{0,12}(代替|冒充|错|误区)|用[^。；\n]{0,6}(每单|每笔)[^。；\n]{0,10}(是错|不对)/ },
  { name: 'per-transaction value called a mistake (en)', pattern: /(per[- ](order|transaction)|order value|ticket)[^.;\n]{0,40}(instead of|is (the )?wrong|mistake)/i },
];

describe('no page contradicts the course’s definitions of 活跃率 and 平均成交金额', () => {
  for (const file of [...pages, ...worksheetModules]) {
    it(file, () => {
      const found = sentences(read(file)).flatMap((sentence) =>
        contradictions
          .filter(({ pattern }) => pattern.test(sentence) && !namesSecondReading.test(sentence))
          .map(({ name }) => `${name}: “${sentence.trim()}”`),
      );
      expect(found).toEqual([]);
    });
  }
});

describe('the glossary and Part 1 state the course’s definitions', () => {
  const zh = [
    { file: 'src/content/docs/glossary.mdx', active: /^### 活跃率/, value: /^### 平均成交金额/ },
    { file: 'src/content/docs/en/glossary.mdx', active: /^### Activity rate/, value: /^### Average transaction value/ },
  ];

  it('the Chinese glossary defines 活跃率 as purchase frequency and 平均成交金额 per transaction', () => {
    const active = glossaryEntry(zh[0]!.file, zh[0]!.active);
    expect(active).toMatch(/购买频率/);
    expect(active).toMatch(/交易(笔数|次数)\s*÷\s*覆盖客户数/);
    expect(glossaryEntry(zh[0]!.file, zh[0]!.value)).toMatch(/每笔交易|一笔交易/);
  });

  it('the English glossary defines the activity rate as purchase frequency and the value per transaction', () => {
    const active = glossaryEntry(zh[1]!.file, zh[1]!.active);
    expect(active).toMatch(/purchase frequency/i);
    expect(active).toMatch(/transactions/i);
    expect(glossaryEntry(zh[1]!.file, zh[1]!.value)).toMatch(/(one|each|per) transaction/i);
  });

  it('the glossary names the second reading with its bridge to the first', () => {
    expect(read('src/content/docs/glossary.mdx')).toMatch(/活跃客户占比\s*×\s*每个活跃客户的交易次数/);
    expect(read('src/content/docs/en/glossary.mdx')).toMatch(/buyer share\s*×\s*transactions per buyer/i);
  });

  it('Part 1 defines both factors the course’s way, in both languages', () => {
    const zhPart = read('src/content/docs/course/growth-principle.mdx');
    expect(zhPart).toMatch(/活跃率\s*[=＝]\s*本?周期内?的?交易笔数\s*÷\s*覆盖客户数/);
    expect(zhPart).toMatch(/平均成交金额\s*[=＝]\s*本?周期的?销售额\s*÷\s*本?周期的?交易笔数/);
    expect(zhPart).toMatch(/另一种常用口径/);
    const enPart = read('src/content/docs/en/course/growth-principle.mdx');
    expect(enPart).toMatch(/purchase frequency/i);
    expect(enPart).toMatch(/activity rate[^\n]{0,40}=[^\n]{0,40}transactions[^\n]{0,20}÷[^\n]{0,10}covered customers/i);
    expect(enPart).toMatch(/average transaction value[^\n]{0,20}=[^\n]{0,30}sales[^\n]{0,20}÷[^\n]{0,20}transactions/i);
  });
});
