/**
 * The promotion plan builder's strings in Chinese (简体中文) that its first paint needs: the twelve
 * elements' names, their status and what each still lacks (the progress list), and the plan list,
 * notices and export/import. The strings of the editors, the printed plan and present mode are in
 * form.zh-CN.ts, fetched when a person first opens an element, prints or presents. The
 * same tables, with the same keys, are in en.ts; a string missing in either language
 * is a compile error, and a unit test compares keys and {slots}.
 */

import type { ElementKey } from '../../lib/promotion/schema';
import type { ExampleKey } from '../../lib/promotion/plans';
import type { ElementStatus, MissingField } from '../../lib/promotion/completeness';

/** The twelve elements, named as the course names them (Part 4). */
export const elementNames: Record<ElementKey, string> = {
  goal: '促销目的/目标',
  audience: '促销对象',
  products: '促销产品',
  period: '促销时间',
  area: '促销范围',
  offer: '优惠设计',
  theme: '促销主题',
  budget: '促销预算',
  script: '促销话术（FABE）',
  communication: '促销沟通与邀约',
  timetable: '促销时间表',
  evaluation: '促销执行与评估',
};

export const elementStatusNames: Record<ElementStatus, string> = {
  empty: '未填写',
  partial: '部分完成',
  complete: '已完成',
};

/** What each element can lack, as a short noun phrase after "still missing:". */
export const missingFieldNames: { [Element in ElementKey]: Record<MissingField<Element>, string> } = {
  goal: {
    purpose: '促销目的',
    metric: '衡量指标',
    baseline: '基准值',
    target: '目标值',
  },
  audience: { description: '促销对象的描述' },
  products: {
    products: '至少一个有名称的产品',
    name: '有产品填了单价但没有名称',
  },
  period: {
    start: '开始日期',
    end: '结束日期',
    order: '开始日期要早于结束日期',
  },
  area: { description: '促销范围的描述' },
  offer: {
    type: '优惠形式',
    terms: '优惠条件',
    'discount-percent': '让利比例 D（折扣须大于 0）',
  },
  theme: { title: '促销主题' },
  budget: {
    total: '预算总额',
    lines: '至少一个费用项目',
    'line-label': '费用项目的名称',
    'line-amount': '费用项目的金额',
  },
  script: {
    products: '有名称的产品（第 3 项）',
    feature: '特点 F',
    advantage: '优势 A',
    benefit: '利益 B',
    evidence: '证据 E',
  },
  communication: {
    channels: '沟通渠道',
    invitations: '邀约对象',
    'invitation-who': '每个邀约的对象',
    'invitation-count': '每个邀约的人数（至少 1）',
  },
  timetable: {
    period: '有效的促销时间（第 4 项）',
    phases: '生成时间表',
    preparation: '准备阶段',
    communication: '沟通与邀约阶段',
    execution: '执行阶段',
    evaluation: '评估阶段',
    'phase-dates': '每个阶段的日期（结束不早于开始）',
    'phase-placement': '各阶段与促销时间对齐',
  },
  evaluation: {
    owners: '负责人',
    'owner-role': '每位负责人的负责事项',
    'owner-name': '每项事项的负责人',
    checkpoints: '检查点',
    'checkpoint-date': '每个检查点的日期',
    'checkpoint-what': '每个检查点的内容',
    metrics: '评估指标',
  },
};

/** The strings shown before anyone opens an element: the plan list, progress, notices, moving plans. */
export const promotionStrings = {
  title: '市场推广方案生成器',
  plansHeading: '我的方案',
  currentPlan: '当前方案',
  planName: '方案名称',
  planNameHint: '改名即重命名，只用于区分你的方案。',
  untitled: '未命名方案 {n}',
  newPlan: '新建方案',
  duplicatePlan: '复制此方案',
  copyName: '{name}（副本）',
  deletePlan: '删除此方案',
  confirmDelete: '确定删除“{name}”？删除后无法恢复；如需保留，请先导出 JSON。',
  confirmDeleteButton: '确定删除',
  cancel: '取消',
  deleted: '已删除“{name}”。',
  created: '已新建一个空白方案。',
  duplicated: '已复制为“{name}”。',
  loadExample: '载入示例：{name}',
  exampleHint: '两个示例都是十二要素齐全的方案（企业和数字均为虚构）：空气净化器示例的赠品按让利比例 D 计算；无糖茶示例是第四部分的应用案例。当前方案是空白时直接填入，否则作为新方案加入，不会覆盖你已写的内容。',
  exampleLoaded: '已载入示例方案“{name}”。',
  /** While the example's module loads (it is fetched on the first click). */
  loadingExample: '正在载入示例方案……',
  /** While the file reader's module loads (it is fetched when a file is chosen). */
  readingFile: '正在读取“{file}”……',
  /** A part of the builder fetched on demand could not be loaded (usually the connection). */
  partNotLoaded: '这部分功能没能载入，请检查网络连接后再试一次。现有方案没有任何改动。',
  autosaved: '每次修改都会自动保存在这个浏览器里。',
  saveFailed: '无法保存到浏览器（存储已满或被禁用）。请导出 JSON 备份。',
  /** After a first change, while the code that saves plans loads (fetched on first use). */
  storeLoading: '正在载入保存功能，载入后马上保存……',
  /** That code could not be downloaded; the plan on screen is kept. */
  storeFailed: '保存功能没能下载，你写的内容都还在页面上，但还没有保存。请检查网络后重试。',
  progressHeading: '完成度',
  progressLabel: '已完成的要素',
  missingHeading: '还需要补充：',
  allComplete: '十二要素全部完成。',
  formHeading: '十二要素',
  transferHeading: '导出、导入、分享与打印',
  exportJson: '导出 JSON',
  importJson: '导入 JSON 文件',
  importHint: '导入的方案作为新方案加入列表，不会覆盖现有方案。',
  imported: '已导入“{name}”。',
  importFailed: '无法导入“{file}”，现有方案没有任何改动。问题：',
  moreErrors: '……另有 {n} 处问题。',
  draftsNotExported: '有数字需要修改；导出和分享时，这些字段为空。',
  shareHint: '“复制链接”会把整个方案写进链接：对方打开即可看到，不会覆盖他自己的方案。',
  print: '打印 / 存为 PDF',
  printHint: '打印的是一份干净的 A4 方案文件，不含表单和网站导航。',
  sharedPlan: '你打开的是链接中分享的方案，它还没有保存。你自己保存的方案都还在，不会被覆盖。',
  saveShared: '另存为新方案',
  openSaved: '打开我保存的方案',
  sharedSaved: '分享的方案已另存为新方案“{name}”。',
  /** A link opened an example (`?example=`) while plans are saved here: it waits, like a shared plan. */
  exampleOpened: '你打开的是示例方案“{name}”，它还没有保存。你自己保存的方案都还在，不会被覆盖。',
  exampleSaved: '示例方案已另存为新方案“{name}”。',
  linkBroken: '链接中的方案无法读取，已忽略：',
  setAside: '有一份保存的方案已无法读取，已原样另存（{key}），没有删除。可以下载原始数据，修正后再导入。',
  downloadRaw: '下载原始数据',
  removeSetAside: '删除这份数据',
  confirmRemoveSetAside: '确定删除这份无法读取的数据？删除后无法恢复。',
  /** While an element's editor (or the print document) loads: it is fetched when first opened. */
  loadingPart: '正在载入……',
  retry: '重试',
  openAll: '展开全部要素',
  closeAll: '全部收起',
  /** Printed instead of the plan when the browser's own print command comes before the plan document has loaded. */
  printPending: '方案文件还没有载入。请用本页的“{print}”按钮打印。',
} satisfies Record<string, string>;

/** The built-in examples' names, for the buttons that load them (their texts load on demand). */
export const exampleNames: Record<ExampleKey, string> = {
  purifier: '国庆空气净化器促销',
  tea: '夏日无糖茶终端进货促销',
};

/** Every table above in one object, for the island of a Chinese page. */
export const chineseText = {
  elementNames,
  exampleNames,
  elementStatusNames,
  missingFieldNames,
  promotionStrings,
};
