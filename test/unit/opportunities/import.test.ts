import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMapping, importTable, parseTable } from '../../../src/lib/opportunities/import';
import {
  choicesFromMapping,
  mappingFromChoices,
  unitsForMapping,
  normalizeHeader,
  recognizeColumns,
} from '../../../src/lib/opportunities/columns';
import { decodeBytes, type TableRow } from '../../../src/lib/csv/read';
import { csvBytes, writeCsv } from '../../../src/lib/csv/write';

// GBK (a subset of GB18030) bytes of the characters the fixtures use. The first test checks
// every entry against the runtime's gb18030 decoder, so the table cannot silently be wrong.
const GBK: Readonly<Record<string, readonly [number, number]>> = {
  名: [0xc3, 0xfb], 称: [0xb3, 0xc6], 本: [0xb1, 0xbe], 期: [0xc6, 0xda], 销: [0xcf, 0xfa], 售: [0xca, 0xdb],
  上: [0xc9, 0xcf], 潜: [0xc7, 0xb1], 力: [0xc1, 0xa6], 合: [0xba, 0xcf], 作: [0xd7, 0xf7], 意: [0xd2, 0xe2],
  愿: [0xd4, 0xb8], 区: [0xc7, 0xf8], 域: [0xd3, 0xf2], 华: [0xbb, 0xaa], 东: [0xb6, 0xab], 南: [0xc4, 0xcf],
  甲: [0xbc, 0xd7], 乙: [0xd2, 0xd2], 丙: [0xb1, 0xfb], 店: [0xb5, 0xea], 万: [0xcd, 0xf2], 元: [0xd4, 0xaa],
  客: [0xbf, 0xcd], 户: [0xbb, 0xa7],
};

/** Text → GBK bytes using the table above; ASCII passes through. */
function gbkBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const pair = GBK[ch];
    if (pair) bytes.push(...pair);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`no GBK bytes for ${ch} in the test table`);
  }
  return Uint8Array.from(bytes);
}

function utf8(text: string, withBom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return withBom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
}

function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(unit & 0xff, unit >> 8);
  }
  return Uint8Array.from(bytes);
}

function table(text: string) {
  const parsed = parseTable(text);
  if (!parsed.ok) throw new Error(`parse failed: ${parsed.error}`);
  return parsed;
}

function rows(...lines: [number, ...string[]][]): TableRow[] {
  return lines.map(([line, ...cells]) => ({ line, cells }));
}

const CHINESE_CSV = '客户名称,本期销售,上期销售,潜力,合作意愿,区域\r\n甲店,1200,1000,5000,4,华东\r\n乙店,800,,3000,2,华南\r\n';

describe('decodeBytes detects the encoding', () => {
  it('the GBK fixture table agrees with the gb18030 decoder', () => {
    const decoder = new TextDecoder('gb18030');
    for (const [ch, pair] of Object.entries(GBK)) expect(decoder.decode(Uint8Array.from(pair))).toBe(ch);
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const result = decodeBytes(utf8('名称,销售\r\n甲,1', true));
    expect(result).toEqual({ ok: true, text: '名称,销售\r\n甲,1', encoding: 'utf-8', replaced: false });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8('客户,sales\n甲,1'))).toMatchObject({ ok: true, text: '客户,sales\n甲,1', encoding: 'utf-8' });
  });

  it('reads GBK bytes that are not valid UTF-8 as GB18030', () => {
    const result = decodeBytes(gbkBytes('名称,本期销售\r\n甲店,1200\r\n'));
    expect(result).toEqual({ ok: true, text: '名称,本期销售\r\n甲店,1200\r\n', encoding: 'gb18030', replaced: false });
  });

  it('reads UTF-16 little-endian with a BOM (Excel "Unicode text")', () => {
    expect(decodeBytes(utf16le('名称\t销售\r\n甲\t1'))).toMatchObject({ ok: true, text: '名称\t销售\r\n甲\t1', encoding: 'utf-16le' });
  });

  it('flags bytes that are valid in no encoding instead of refusing them', () => {
    const result = decodeBytes(Uint8Array.from([0x41, 0xff, 0x42]));
    expect(result).toMatchObject({ ok: true, encoding: 'gb18030', replaced: true });
    if (result.ok) expect(result.text).toBe('A\ufffdB');
  });

  it('reads no bytes as empty text and refuses what is not bytes', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: true, text: '' });
    expect(decodeBytes('text' as unknown as Uint8Array)).toEqual({ ok: false, error: 'not-bytes' });
  });

  it('never throws for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => decodeBytes(bytes).ok === true));
  });
});

describe('parseTable splits rows with papaparse', () => {
  it('reads quoted commas, doubled quotes and quoted line breaks, with file line numbers', () => {
    const text = '名称,销售,备注\r\n"甲,乙店","1,200","说""好""的"\r\n"多\r\n行店",3,x\r\n丙,4,y\r\n';
    const parsed = table(text);
    expect(parsed.delimiter).toBe(',');
    expect(parsed.header).toEqual(['名称', '销售', '备注']);
    expect(parsed.rows).toEqual(
      rows([2, '甲,乙店', '1,200', '说"好"的'], [3, '多\r\n行店', '3', 'x'], [5, '丙', '4', 'y']),
    );
  });

  it('detects tab-separated text even when cells contain commas', () => {
    const parsed = table('客户\t本期销售\t区域\n甲\t1,200\t华东,华南\n乙\t3\t华北\n');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.rows.map((row) => row.cells)).toEqual([['甲', '1,200', '华东,华南'], ['乙', '3', '华北']]);
  });

  it('skips blank lines but keeps counting them', () => {
    const parsed = table('\r\n名称,销售\r\n\r\n甲,1\r\n , \r\n乙,2');
    expect(parsed.headerLine).toBe(2);
    expect(parsed.rows).toEqual(rows([4, '甲', '1'], [6, '乙', '2']));
  });

  it('skips a title row above the header', () => {
    const parsed = table('2024年经销商销售表\t\t\n经销商\t本期销售\t潜力\n甲\t1\t5\n');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.headerLine).toBe(2);
    expect(parsed.header).toEqual(['经销商', '本期销售', '潜力']);
    expect(parsed.rows).toEqual(rows([3, '甲', '1', '5']));
  });

  it('uses the delimiter it is given', () => {
    expect(table('a\tb,c\n1\t2,3').header).toEqual(['a\tb', 'c']);
    expect(parseTable('a\tb,c\n1\t2,3', { delimiter: '\t' })).toMatchObject({ ok: true, header: ['a', 'b,c'] });
  });

  it('warns about a quote that never closes, at its line', () => {
    const parsed = table('名称,销售\n甲,1\n"乙,2\n丙,3\n');
    expect(parsed.warnings).toEqual([{ code: 'unclosed-quote', line: 3 }]);
  });

  it('warns once per line, however many bad quotes the line holds', () => {
    // A pasted cell starting with a quote ("><script>…) runs on over the next lines, quote after quote.
    const parsed = table('name\tsales\n"><b>x</b>\t1\n<i a="1">\t2\n"\t3\n');
    const keys = parsed.warnings.map((warning) => `${warning.code}@${warning.line}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('"', 'a', ',', '\n', 'x"y'), { maxLength: 40 }), (pieces) => {
        const result = parseTable(`名称,销售\n${pieces.join('')}`);
        if (!result.ok) return;
        const seen = result.warnings.map((warning) => `${warning.code}@${warning.line}`);
        expect(new Set(seen).size).toBe(seen.length);
      }),
    );
  });

  it('reports text with nothing in it as empty', () => {
    expect(parseTable('')).toEqual({ ok: false, error: 'empty' });
    expect(parseTable('\r\n \r\n,,\r\n')).toEqual({ ok: false, error: 'empty' });
    expect(parseTable(42 as unknown as string)).toEqual({ ok: false, error: 'not-text' });
  });

  it('never throws for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '甲', ',', '\t', '"', '\r', '\n', ' ', '1') }), (text) => {
        const parsed = parseTable(text);
        return parsed.ok || parsed.error === 'empty';
      }),
    );
  });
});

describe('recognizeColumns maps header names in either language', () => {
  it('recognises Chinese headers and reads the unit from brackets', () => {
    const found = recognizeColumns(['客户名称', '本期销售额（万元）', '去年同期', '潜力(万元)', '合作意愿', '区域', '备注']);
    expect(found.mapping).toEqual({ name: 0, sales: 1, lastSales: 2, potential: 3, willingness: 4, region: 5 });
    expect(found.units).toEqual({ sales: '万', potential: '万' });
    expect(found.unrecognised).toEqual([6]);
  });

  it('recognises English headers in any case and spacing', () => {
    const found = recognizeColumns(['Dealer', 'Sales this period', 'Last Period', 'POTENTIAL (k)', 'Willingness', 'Channel']);
    expect(found.mapping).toEqual({ name: 0, sales: 1, lastSales: 2, potential: 3, willingness: 4, region: 5 });
    expect(found.units).toEqual({ potential: '千' });
  });

  it('falls back to keywords, checking last period and regions before sales and names', () => {
    const found = recognizeColumns(['门店全称', '2024年销售额', '去年同期销售额', '客户所在区域', '销售潜力值']);
    expect(found.mapping).toEqual({ name: 0, sales: 1, lastSales: 2, region: 3, potential: 4 });
  });

  it('does not take a column about people, codes or contacts for a field by keyword', () => {
    const found = recognizeColumns(['客户编号', '销售代表', '区域经理', '客户简称', '2024年销售额', '联系电话']);
    expect(found.mapping).toEqual({ name: 3, sales: 4 });
    expect(found.unrecognised).toEqual([0, 1, 2, 5]);
  });

  it('gives each field one column and leaves second claimants and blanks unrecognised', () => {
    const found = recognizeColumns(['名称', '销售额', '销售金额', '', '门店']);
    expect(found.mapping).toEqual({ name: 0, sales: 1 });
    expect(found.unrecognised).toEqual([2, 3, 4]);
  });

  it('normalises full-width letters, spaces and brackets', () => {
    expect(normalizeHeader(' 客户 名称（元） ')).toBe('客户名称');
    expect(recognizeColumns(['ＮＡＭＥ', 'ｓａｌｅｓ']).mapping).toEqual({ name: 0, sales: 1 });
  });
});

describe('applyMapping reads rows and keeps the good ones', () => {
  const mapping = { name: 0, sales: 1, lastSales: 2, potential: 3, willingness: 4, region: 5 };

  it('reads money as people type it, willingness as a whole number, text trimmed', () => {
    const result = applyMapping(rows([2, ' 甲店 ', '1,200', '¥1000', '30万', '4', ' 华东 '], [3, '乙店', '800', '', '', '', '']), mapping);
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, name: '甲店', sales: 1200, lastSales: 1000, potential: 300000, willingness: 4, region: '华东', notices: [] },
        { line: 3, name: '乙店', sales: 800, lastSales: null, potential: null, willingness: null, region: null, notices: [] },
      ],
      bad: [],
      duplicates: [],
    });
  });

  it('lists bad rows by file line with every problem, and keeps the good rows', () => {
    const result = applyMapping(
      rows(
        [2, '甲', '100', '', '', '6', ''],
        [3, '', 'abc', '', '', '3.5', ''],
        [4, '丙', '-5', '1 2', '', '', ''],
        [5, '丁', '10', '', '', '5', ''],
      ),
      mapping,
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.rows.map((row) => row.name)).toEqual(['丁']);
    expect(result.bad).toEqual([
      { line: 2, problems: [{ field: 'willingness', code: 'out-of-range' }] },
      {
        line: 3,
        problems: [
          { field: 'name', code: 'empty' },
          { field: 'sales', code: 'invalid' },
          { field: 'willingness', code: 'not-whole' },
        ],
      },
      {
        line: 4,
        problems: [
          { field: 'sales', code: 'negative' },
          { field: 'lastSales', code: 'two-numbers' },
        ],
      },
    ]);
  });

  it('reads a blank sales cell as 0 and says so', () => {
    const result = applyMapping(rows([2, '新店', '', '', '5000', '', '']), mapping);
    expect(result).toMatchObject({ ok: true, rows: [{ sales: 0, potential: 5000, notices: ['sales-blank'] }] });
  });

  it("reads Excel's accounting-format dash as zero money and blank willingness", () => {
    const result = applyMapping(rows([2, '甲', ' - ', '¥ -', '', '—', '']), mapping);
    expect(result).toMatchObject({ ok: true, rows: [{ sales: 0, lastSales: 0, willingness: null, notices: [] }] });
  });

  it('scales plain numbers by the header unit exactly, and reads cells with their own unit as written', () => {
    const result = applyMapping(rows([2, '甲', '1.1', '12万', '0.3', '', '']), mapping, {
      units: { sales: '万', lastSales: '万', potential: '亿' },
    });
    expect(result).toMatchObject({ ok: true, rows: [{ sales: 11000, lastSales: 120000, potential: 30000000 }] });
  });

  it('lists repeated names but keeps both rows', () => {
    const result = applyMapping(rows([2, '甲', '1'], [3, '乙', '2'], [4, '甲', '3']), { name: 0, sales: 1 });
    expect(result).toMatchObject({ ok: true, duplicates: [{ line: 4, name: '甲', firstLine: 2 }] });
    if (result.ok) expect(result.rows).toHaveLength(3);
  });

  it('treats cells missing from a short row as blank', () => {
    const result = applyMapping(rows([2, '甲', '5']), mapping);
    expect(result).toMatchObject({ ok: true, rows: [{ name: '甲', sales: 5, potential: null, region: null }] });
  });

  it('needs a name and a sales column', () => {
    expect(applyMapping([], { sales: 1 })).toEqual({ ok: false, error: 'missing-name-column' });
    expect(applyMapping([], { name: 0 })).toEqual({ ok: false, error: 'missing-sales-column' });
    expect(applyMapping([], { name: 0, sales: -1 })).toEqual({ ok: false, error: 'invalid-column' });
    expect(applyMapping([], { name: 0, sales: 1.5 })).toEqual({ ok: false, error: 'invalid-column' });
  });
});

describe('importing whole files', () => {
  it('reads a UTF-8-with-BOM CSV with Chinese headers end to end', () => {
    const imported = importTable(utf8(CHINESE_CSV, true));
    if (!imported.ok || !imported.result.ok) throw new Error('import failed');
    expect(imported.decoded.encoding).toBe('utf-8');
    expect(imported.recognition.unrecognised).toEqual([]);
    expect(imported.result.rows).toEqual([
      { line: 2, name: '甲店', sales: 1200, lastSales: 1000, potential: 5000, willingness: 4, region: '华东', notices: [] },
      { line: 3, name: '乙店', sales: 800, lastSales: null, potential: 3000, willingness: 2, region: '华南', notices: [] },
    ]);
  });

  it('reads a GBK tab-separated export with a unit in the header', () => {
    const text = '客户名称\t本期销售(万元)\t潜力(万元)\t合作意愿\t区域\r\n甲店\t1.5\t3\t5\t华东\r\n乙店\t0.8\t\t1\t华南\r\n丙店\tx\t2\t3\t华东\r\n';
    const imported = importTable(gbkBytes(text));
    if (!imported.ok || !imported.result.ok) throw new Error('import failed');
    expect(imported.decoded.encoding).toBe('gb18030');
    expect(imported.table.delimiter).toBe('\t');
    expect(imported.result.rows.map((row) => [row.name, row.sales, row.potential, row.willingness])).toEqual([
      ['甲店', 15000, 30000, 5],
      ['乙店', 8000, null, 1],
    ]);
    expect(imported.result.bad).toEqual([{ line: 4, problems: [{ field: 'sales', code: 'invalid' }] }]);
  });

  it('passes decoding and splitting failures on as codes', () => {
    expect(importTable(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
  });
});

describe('writeCsv writes what Excel opens safely', () => {
  it('starts with the UTF-8 BOM and ends rows with CRLF', () => {
    const bytes = csvBytes(writeCsv(['名称', '销售'], [['甲', 1200]]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('名称,销售\r\n甲,1200\r\n');
  });

  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    const text = writeCsv(['a'], [['x,y'], ['say "hi"'], ['two\nlines'], [' padded']]);
    expect(text).toBe('\ufeffa\r\n"x,y"\r\n"say ""hi"""\r\n"two\nlines"\r\n" padded"\r\n');
  });

  it('puts an apostrophe before cells that would run as formulas, but not before negative numbers', () => {
    const text = writeCsv(['v'], [['=SUM(A1)'], ['+86 138'], ['-2+3'], ['@cmd'], ['\tx'], ['-12.5'], [-7], ['-'], ['a=b']]);
    expect(text.slice(1).split('\r\n')).toEqual([
      'v',
      `"'=SUM(A1)"`,
      `"'+86 138"`,
      `"'-2+3"`,
      `"'@cmd"`,
      `"'\tx"`,
      '-12.5',
      '-7',
      `"'-"`,
      'a=b',
      '',
    ]);
  });

  it('writes null and non-finite numbers as empty cells and -0 as 0', () => {
    expect(writeCsv(['a', 'b', 'c', 'd'], [[null, Number.NaN, Infinity, -0]])).toBe('\ufeffa,b,c,d\r\n,,,0\r\n');
  });

  it('reads back as the same cells', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '甲', ',', '"', '\n', '\r\n', ' ', '1'), minLength: 1 }).map((s) => `x${s}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), (body) => {
        const parsed = parseTable(writeCsv(['名称', '销售'], body), { delimiter: ',' });
        return parsed.ok && JSON.stringify(parsed.rows.map((row) => row.cells)) === JSON.stringify(body);
      }),
    );
  });
});

describe('the mapping step', () => {
  it('starts from what was recognised, leaving the other columns out', () => {
    const header = ['户头', '出货额（万元）', '潜力', '备注'];
    const found = recognizeColumns(header);
    expect(choicesFromMapping(found.mapping, header.length)).toEqual([null, null, 'potential', null]);
  });

  it('turns the choices into a mapping and reads units from the chosen headers', () => {
    const header = ['户头', '出货额（万元）', '潜力', '备注'];
    const chosen = mappingFromChoices(['name', 'sales', 'potential', null]);
    expect(chosen).toEqual({ ok: true, mapping: { name: 0, sales: 1, potential: 2 } });
    if (chosen.ok) {
      expect(unitsForMapping(header, chosen.mapping)).toEqual({ sales: '万' });
      const result = applyMapping(rows([2, '甲', '1.5', '30000', 'x']), chosen.mapping, { units: unitsForMapping(header, chosen.mapping) });
      expect(result).toMatchObject({ ok: true, rows: [{ name: '甲', sales: 15000, potential: 30000 }] });
    }
  });

  it('needs name and sales, and each field once', () => {
    expect(mappingFromChoices([null, 'sales'])).toEqual({ ok: false, error: 'missing-name-column' });
    expect(mappingFromChoices(['name', null])).toEqual({ ok: false, error: 'missing-sales-column' });
    expect(mappingFromChoices(['name', 'sales', 'sales'])).toEqual({ ok: false, error: 'field-twice', field: 'sales' });
  });
});
