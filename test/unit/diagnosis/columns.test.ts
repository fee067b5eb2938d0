import { describe, expect, it } from 'vitest';
import { readAmount } from '../../../src/lib/diagnosis/cells';
import { headerSignature, recognizeColumns } from '../../../src/lib/diagnosis/columns';
import { buildLedger } from '../../../src/lib/diagnosis/ledger';

describe('recognizeColumns', () => {
  it('reads a 用友-style header in Chinese', () => {
    const header = ['单据编号', '单据日期', '客户编码', '客户名称', '存货名称', '数量', '价税合计', '业务员', '大区'];
    const result = recognizeColumns(header);
    expect(result.mapping).toEqual({ order: 0, date: 1, customer: 2, product: 4, amount: 6, rep: 7, region: 8 });
    expect(result.missing).toEqual([]);
    // 客户名称 loses to 客户编码 (the first claimant), and 数量 is nothing the diagnosis reads.
    expect(result.unrecognised).toEqual([3, 5]);
  });

  it('reads an English export with longer names through keywords', () => {
    const header = ['Invoice Date', 'Customer Name', 'Sales Order No.', 'Net Amount', 'Sales Rep', 'Distributor', 'Sales Region'];
    expect(recognizeColumns(header).mapping).toEqual({ date: 0, customer: 1, order: 2, amount: 3, rep: 4, dealer: 5, region: 6 });
  });

  it('tells an order amount from an order number, and an order date from both', () => {
    const header = ['订单日期', '客户订单号', '订单金额', '购货单位'];
    expect(recognizeColumns(header).mapping).toEqual({ date: 0, order: 1, amount: 2, customer: 3 });
  });

  it('reads the unit from the amount header and says which required fields are missing', () => {
    const result = recognizeColumns(['客户', '金额（万元）']);
    expect(result.amountUnit).toBe('万');
    expect(result.missing).toEqual(['date']);
  });

  it('keys a layout by its normalised names, so spacing and case do not matter', () => {
    expect(headerSignature(['客户 ', 'Date', '金额（元）'])).toBe(headerSignature(['客户', 'date', '金额']));
    expect(headerSignature(['客户', '日期'])).not.toBe(headerSignature(['日期', '客户']));
  });
});

describe('amounts in a column whose header names a unit', () => {
  it('scales plain numbers exactly and leaves cells that name their own unit', () => {
    expect(readAmount('1.1', '万')).toEqual({ ok: true, value: 1_100_000 });
    expect(readAmount('(0.5)', '万')).toEqual({ ok: true, value: -500_000 });
    expect(readAmount('-2', '千')).toEqual({ ok: true, value: -200_000 });
    expect(readAmount('8千', '万')).toEqual({ ok: true, value: 800_000 });
    expect(readAmount('-', '万')).toEqual({ ok: true, value: 0 });
  });

  it('is applied by the ledger when the recognition found a unit', () => {
    const built = buildLedger([{ row: 2, cells: ['甲', '2026-03-01', '1.25'] }], { customer: 0, date: 1, amount: 2 }, { amountUnit: '万' });
    if (!built.ok) throw new Error(built.error);
    expect(built.ledger.entries.net).toEqual([1_250_000]);
  });
});
