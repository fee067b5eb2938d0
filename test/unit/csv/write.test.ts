import { describe, expect, it } from 'vitest';
import { writeCsv, writeTsv } from '../../../src/lib/csv/write';

describe('one formula guard for every table a tool writes', () => {
  it('guards text that a spreadsheet would run, in CSV and in TSV alike', () => {
    for (const text of ['=SUM(A1)', '+1', '-1+2', '@cmd', '\tx']) {
      expect(writeCsv(['h'], [[text]])).toBe(`\ufeffh\r\n"'${text}"\r\n`);
      expect(writeTsv([[text]])).toBe(`"'${text}"\n`);
    }
  });

  it('leaves negative numbers as numbers, whether given as numbers or as text', () => {
    expect(writeCsv(['gap'], [[-5], ['-5'], [-1234.5]])).toBe('\ufeffgap\r\n-5\r\n-5\r\n-1234.5\r\n');
    expect(writeTsv([[-5, '-5']])).toBe('-5\t-5\n');
  });

  it('writes a BOM and CRLF for CSV, LF and no BOM for TSV, and quotes cells that need it', () => {
    expect(writeCsv(['名称', '备注'], [['华东, 一区', 'say "hi"']])).toBe('\ufeff名称,备注\r\n"华东, 一区","say ""hi"""\r\n');
    expect(writeTsv([['a\tb', 1]])).toBe('"a\tb"\t1\n');
  });

  it('writes empty cells for null and for numbers that are not finite, and 0 for -0', () => {
    expect(writeTsv([[null, Number.NaN, Number.POSITIVE_INFINITY, -0]])).toBe('\t\t\t0\n');
  });
});
