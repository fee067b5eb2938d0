/**
 * Recognising a transaction export's columns from its header, with the names ERPs give them in
 * Chinese and English (用友, 金蝶, SAP, distributor systems), and the key a confirmed mapping is
 * remembered under for the next import of the same layout.
 *
 * Pure module. Header names are compared the way the opportunity finder compares them
 * (normalizeHeader: half-width, lower case, brackets and punctuation removed), and the unit in a
 * header's brackets ("价税合计（万元）") is read by the same code.
 */

import { normalizeHeader, unitsForMapping } from '../opportunities/columns.ts';
import type { AmountUnit } from './cells.ts';
import { diagnosisFields, type DiagnosisField, type DiagnosisMapping } from './ledger.ts';

export const requiredFields: readonly DiagnosisField[] = ['customer', 'date', 'amount'];

// Exact names, after normalizeHeader.
const EXACT_NAMES: Readonly<Record<DiagnosisField, readonly string[]>> = {
  customer: [
    '客户', '客户名称', '客户名', '客户编码', '客户代码', '客户编号', '客户简称', '购货单位', '往来单位', '购买方', '售达方',
    'customer', 'customername', 'customerid', 'customercode', 'customerno', 'client', 'account', 'soldto', 'soldtoparty', 'buyer',
  ],
  date: [
    '日期', '单据日期', '开票日期', '下单日期', '订单日期', '业务日期', '发货日期', '交易日期', '销售日期', '记账日期',
    'date', 'orderdate', 'invoicedate', 'documentdate', 'transactiondate', 'postingdate', 'billingdate',
  ],
  amount: [
    '金额', '销售额', '含税金额', '价税合计', '本币金额', '本币价税合计', '销售金额', '无税金额', '不含税金额', '实收金额',
    'amount', 'sales', 'salesamount', 'netamount', 'grossamount', 'revenue', 'linetotal', 'invoiceamount', 'netvalue',
  ],
  order: [
    '单号', '订单号', '单据编号', '单据号', '订单编号', '销售订单号', '发票号', '发票号码', '出库单号',
    'order', 'orderno', 'ordernumber', 'orderid', 'documentno', 'documentnumber', 'invoiceno', 'invoicenumber', 'billingdocument',
  ],
  region: ['区域', '大区', '片区', '地区', '销售区域', '省区', 'region', 'area', 'territory', 'salesregion'],
  rep: [
    '业务员', '销售代表', '销售员', '业务代表', '销售人员', '客户经理',
    'rep', 'salesrep', 'salesperson', 'salesman', 'accountmanager', 'seller',
  ],
  dealer: ['经销商', '经销商名称', '代理商', '分销商', '渠道', '渠道商', 'dealer', 'distributor', 'channel', 'reseller', 'partner'],
  product: [
    '产品', '产品名称', '商品', '商品名称', '存货名称', '物料名称', '品名', '物料', '存货',
    'product', 'productname', 'item', 'itemname', 'sku', 'material',
  ],
};

// Fallback words for longer names, checked in this order: "订单金额" is an amount, "单据日期" a
// date, "客户订单号" an order number, "经销商编码" a dealer, and only then "客户…" a customer.
const KEYWORDS: readonly (readonly [DiagnosisField, readonly string[]])[] = [
  ['date', ['日期', 'date']],
  ['amount', ['金额', '价税', '销售额', 'amount', 'revenue']],
  ['order', ['单号', '订单', '单据', '发票', 'order', 'invoice', 'document']],
  ['rep', ['业务员', '销售代表', '销售员', 'salesrep', 'salesperson']],
  ['dealer', ['经销商', '代理商', '分销', '渠道', 'dealer', 'distributor', 'channel']],
  ['region', ['区域', '大区', '片区', '地区', 'region', 'territory']],
  ['customer', ['客户', '购货', 'customer', 'client']],
  ['product', ['产品', '商品', '存货', '物料', 'product', 'item', 'sku']],
];

export interface DiagnosisRecognition {
  mapping: DiagnosisMapping;
  /** The unit the amount header names, null when none. */
  amountUnit: AmountUnit | null;
  /** Required fields no column claimed: the mapping step must be shown. */
  missing: DiagnosisField[];
  /** Columns no field claimed. */
  unrecognised: number[];
}

/**
 * Maps header cells to fields. Exact names win over keywords; each field takes the first column
 * that claims it and each column serves one field. Never throws.
 */
export function recognizeColumns(header: readonly string[]): DiagnosisRecognition {
  const names = header.map((cell) => (typeof cell === 'string' ? normalizeHeader(cell) : ''));
  const mapping: DiagnosisMapping = {};
  const taken = new Set<number>();
  const claim = (field: DiagnosisField, column: number): void => {
    if (mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  for (const field of diagnosisFields) {
    const column = names.findIndex((name, index) => !taken.has(index) && EXACT_NAMES[field].includes(name));
    if (column >= 0) claim(field, column);
  }
  names.forEach((name, column) => {
    if (name === '' || taken.has(column)) return;
    const found = KEYWORDS.find(([field, words]) => mapping[field] === undefined && words.some((word) => name.includes(word)));
    if (found !== undefined) claim(found[0], column);
  });
  return {
    mapping,
    amountUnit: amountUnitOf(header, mapping),
    missing: requiredFields.filter((field) => mapping[field] === undefined),
    unrecognised: header.map((_, index) => index).filter((index) => !taken.has(index)),
  };
}

/** The unit named in the amount column's header ("金额（万元）" gives 万), null when none. */
export function amountUnitOf(header: readonly string[], mapping: DiagnosisMapping): AmountUnit | null {
  if (mapping.amount === undefined) return null;
  return unitsForMapping(header, { sales: mapping.amount }).sales ?? null;
}

/**
 * The key a confirmed mapping is remembered under: the normalised header names in order, so the
 * next export with the same layout opens with the same mapping, whatever its spacing or case.
 */
export function headerSignature(header: readonly string[]): string {
  return header.map((cell) => (typeof cell === 'string' ? normalizeHeader(cell) : '')).join('\u001f');
}
