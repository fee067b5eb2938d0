/**
 * Recognising the columns of an imported table from its header, in Chinese and English, with the
 * unit a header names ("销售额（万元）"), and the mapping a person confirms or corrects.
 *
 * Pure module: no DOM, no UI strings.
 */

export const importFields = ['name', 'sales', 'lastSales', 'potential', 'willingness', 'region'] as const;
export type ImportField = (typeof importFields)[number];
export type MoneyField = 'sales' | 'lastSales' | 'potential';
export const moneyFields: readonly MoneyField[] = ['sales', 'lastSales', 'potential'];

/** Field → 0-based column index. `name` and `sales` are required by applyMapping. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** A multiplier that numbers.ts understands as a suffix, so scaling stays exact in decimal. */
export type UnitMultiplier = '千' | '万' | '百万' | '亿';
export type ColumnUnits = Partial<Record<MoneyField, UnitMultiplier>>;

export interface ColumnRecognition {
  mapping: ColumnMapping;
  /** Units read from money headers, e.g. 万 from "销售额（万元）". */
  units: ColumnUnits;
  /** Column indexes that no field claimed (unknown names, blanks, and second claimants). */
  unrecognised: number[];
}

// Exact names, compared after normalizeHeader (lower case, no spaces or punctuation).
const EXACT_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  name: [
    '名称', '客户', '客户名称', '客户名', '经销商', '经销商名称', '代理商', '门店', '门店名称', '店名', '网点',
    '网点名称', '终端', '终端名称', '单位名称', '公司名称', 'name', 'customer', 'customername', 'dealer',
    'dealername', 'outlet', 'outletname', 'store', 'storename', 'account', 'client',
  ],
  sales: [
    '本期销售', '本期销售额', '本期', '销售额', '销售', '销售金额', '本月销售', '本月销售额', '本年销售',
    '今年销售', '本期业绩', '业绩', '金额', 'sales', 'thisperiod', 'salesthisperiod', 'currentsales', 'current',
    'revenue', 'salesamount',
  ],
  lastSales: [
    '上期销售', '上期销售额', '上期', '去年同期', '去年同期销售', '去年同期销售额', '上月销售', '上年销售',
    '去年销售', '同期', 'lastperiod', 'saleslastperiod', 'previous', 'previousperiod', 'previoussales',
    'priorperiod', 'lastyear', 'lastsales',
  ],
  potential: ['潜力', '潜在销售', '潜在销售额', '销售潜力', '市场潜力', '潜力值', 'potential', 'salespotential', 'marketpotential'],
  willingness: ['合作意愿', '意愿', '意愿度', '合作意向', '意向', 'willingness', 'willingnesstocooperate', 'cooperation'],
  region: ['区域', '渠道', '地区', '片区', '大区', '区域渠道', 'region', 'channel', 'area', 'territory', 'regionchannel'],
};

// Fallback keywords for longer names ("2024年销售额", "客户所在区域"). Checked in this order, so
// "去年同期销售额" is last period, not sales, and "客户区域" is a region, not a name. Names holding a
// NOT_A_FIELD word get no keyword match.
const KEYWORDS: readonly (readonly [ImportField, readonly string[]])[] = [
  ['lastSales', ['上期', '去年', '同期', '上月', '上年', 'last', 'previous', 'prior']],
  ['potential', ['潜力', '潜在', 'potential']],
  ['willingness', ['意愿', '意向', 'willing']],
  ['region', ['区域', '渠道', '地区', '片区', 'region', 'channel', 'area', 'territory']],
  ['name', ['名称', '客户', '经销商', '门店', '网点', '终端', 'name', 'customer', 'dealer', 'outlet', 'store']],
  ['sales', ['销售', '业绩', 'sales', 'revenue']],
];

// Names about something else that merely mention a keyword: "销售代表", "客户编号", "区域经理".
const NOT_A_FIELD = [
  '代表', '人员', '负责人', '经理', '业务员', '联系人', '编码', '编号', '代码', '电话', '手机', '地址', '日期', '时间',
  'rep', 'manager', 'code', 'phone', 'address', 'contact', 'date',
];

const UNIT_NAMES: Readonly<Record<string, UnitMultiplier | null>> = {
  元: null, rmb: null, cny: null, '¥': null, yuan: null,
  千: '千', 千元: '千', k: '千', '¥k': '千', thousand: '千', thousands: '千', '000': '千',
  万: '万', 万元: '万', w: '万', 万rmb: '万',
  百万: '百万', 百万元: '百万', m: '百万', mn: '百万', million: '百万', millions: '百万',
  亿: '亿', 亿元: '亿',
};

const BRACKETED = /[([【〔]([^)\]】〕]*)[)\]】〕]/gu;
const HEADER_NOISE = /[\s_\-.:：*#/、|]+/gu;

/** Lower case, half-width, brackets and punctuation removed: "本期 销售（万元）" → "本期销售". */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(BRACKETED, '').replace(HEADER_NOISE, '');
}

/** The unit named in a header's brackets, null when none or when it names no multiplier. */
function headerUnit(text: string): UnitMultiplier | null {
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(BRACKETED)) {
    const unit = UNIT_NAMES[(match[1] ?? '').replace(HEADER_NOISE, '')];
    if (unit !== undefined) return unit;
  }
  return null;
}

/**
 * Maps header cells to fields in either language. Exact names win over keywords; each field takes
 * the first column that claims it, each column serves one field. Never throws.
 */
export function recognizeColumns(header: readonly string[]): ColumnRecognition {
  const mapping: ColumnMapping = {};
  const names = header.map((cell) => (typeof cell === 'string' ? normalizeHeader(cell) : ''));
  const taken = new Set<number>();

  const claim = (field: ImportField, column: number): void => {
    if (mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  for (const field of importFields) {
    const column = names.findIndex((name, index) => !taken.has(index) && EXACT_NAMES[field].includes(name));
    if (column >= 0) claim(field, column);
  }
  names.forEach((name, column) => {
    if (name === '' || taken.has(column) || NOT_A_FIELD.some((word) => name.includes(word))) return;
    const found = KEYWORDS.find(([field, words]) => mapping[field] === undefined && words.some((word) => name.includes(word)));
    if (found) claim(found[0], column);
  });

  const units = unitsForMapping(header, mapping);
  const unrecognised = header.map((_, index) => index).filter((index) => !taken.has(index));
  return { mapping, units, unrecognised };
}

/** Units named in the headers of the columns a mapping gives to money fields. Never throws. */
export function unitsForMapping(header: readonly string[], mapping: ColumnMapping): ColumnUnits {
  const units: ColumnUnits = {};
  for (const field of moneyFields) {
    const column = mapping[field];
    const cell = column === undefined ? undefined : header[column];
    const unit = typeof cell === 'string' ? headerUnit(cell) : null;
    if (unit !== null) units[field] = unit;
  }
  return units;
}

/** What a person chose for each column in the mapping step: a field, or null to leave it out. */
export type ColumnChoice = ImportField | null;

/** The choices a recognition implies: each column's field, null for the unrecognised ones. */
export function choicesFromMapping(mapping: ColumnMapping, columnCount: number): ColumnChoice[] {
  const choices: ColumnChoice[] = Array.from({ length: Math.max(0, columnCount) }, () => null);
  for (const field of importFields) {
    const column = mapping[field];
    if (column !== undefined && column >= 0 && column < choices.length) choices[column] = field;
  }
  return choices;
}

/**
 * - 'missing-name-column' / 'missing-sales-column': no column was given the required field
 * - 'field-twice': two columns were given `field`
 */
export type ChoiceError =
  | { ok: false; error: 'missing-name-column' | 'missing-sales-column' }
  | { ok: false; error: 'field-twice'; field: ImportField };

/** Turns the per-column choices into a mapping; each field at most once, name and sales required. */
export function mappingFromChoices(choices: readonly ColumnChoice[]): { ok: true; mapping: ColumnMapping } | ChoiceError {
  const mapping: ColumnMapping = {};
  for (const [column, field] of choices.entries()) {
    if (field === null || !importFields.includes(field)) continue;
    if (mapping[field] !== undefined) return { ok: false, error: 'field-twice', field };
    mapping[field] = column;
  }
  if (mapping.name === undefined) return { ok: false, error: 'missing-name-column' };
  if (mapping.sales === undefined) return { ok: false, error: 'missing-sales-column' };
  return { ok: true, mapping };
}

