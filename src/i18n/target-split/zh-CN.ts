/**
 * The Target splitter's strings in Chinese (简体中文); the same tables, with the same keys, are in
 * en.ts. This file's keys are SplitText (index.ts), which the English strings must match, and each
 * table is a Record over the lib's own union, so a string missing in either language is a compile
 * error. One module per language: a page passes its own to the island.
 * `{name}` placeholders are filled as plain text.
 */

import type { SeasonalityKind, SplitMethod } from '../../lib/target-split/model';
import type { UnitColumn } from '../../lib/target-split/form';
import type { NameError } from '../../lib/target-split/schema';

export const chineseText = {
  strings: {
    title: '业绩目标分解',
    targetHeading: '总目标',
    total: '总目标（元）',
    totalHint: '可以写 100万、1.2亿。',
    over: '超额分配（%）',
    overHint: '各单位指标之和 = 总目标 × (1 + 超额比例)，为可能完不成的单位留出余量。留空为 0。',
    rounding: '取整单位（元）',
    roundingCustom: '自定义…',
    roundingCustomField: '自定义取整单位（元）',
    roundingHint: '每个单位的指标都是这个数的整数倍，加起来正好等于总数。',
    methodHeading: '分解方法',
    alpha: '历史占比的权重 α（%）',
    alphaHint: 'α = 100 只看历史，α = 0 只看潜力。',
    seasonHeading: '分到各月',
    seasonality: '季节性',
    monthWeightsHint: '任意比例，例如 6、5、8…；只看相对大小。',
    monthWeightField: '{month}权重',
    historyMonthsHeading: '去年各月实际（元）',
    unitsHeading: '分解到哪些单位',
    unitsHint: '区域、团队、个人或经销商。金额可以写 30万；不适用的格子留空。',
    unitsCaption: '单位（可编辑）',
    rowNumber: '第 {row} 行',
    cellField: '{unit} · {column}',
    actions: '操作',
    remove: '删除',
    moveUpLabel: '把 {unit} 上移一行',
    moveDownLabel: '把 {unit} 下移一行',
    removeLabel: '删除 {unit}',
    addUnit: '添加单位',
    newUnitName: '单位 {number}',
    unitsFull: '最多 {count} 个单位。',
    pasteHeading: '从表格粘贴',
    pasteLabel: '从 Excel / WPS 复制的单元格',
    pasteHint: '列的顺序与上表前六列相同：名称、历史、潜力、最低、最高、承诺；标题行会自动跳过。也可以直接粘贴到上表任一格，从那一行往下填。',
    pasteReplace: '替换整个表格',
    pasteAppend: '加到表格末尾',
    staleFields: '有 {count} 处输入需要修改，下面显示的是上一次有效的结果。',
    resultsHeading: '分解结果',
    target: '总目标',
    assigned: '分配总额',
    overAmount: '超额部分',
    roundingUnit: '取整单位',
    failedHeading: '暂时无法分解',
    quotasCaption: '各单位指标',
    unit: '单位',
    quota: '指标',
    share: '占比',
    growth: '比历史增长',
    bound: '上下限',
    atMin: '已到最低',
    atMax: '已到最高',
    gap: '承诺 − 指标',
    totalRow: '合计',
    reconcileHeading: '上下对齐：自下而上的承诺与指标',
    reconcileSummary: '{units} 个单位给出了承诺，共 {commitments}；它们的指标共 {quotas}，差额 {gap}。',
    gapToAssigned: '承诺与分配总额之差',
    gapToTarget: '承诺与总目标之差',
    monthsCaption: '各单位各月指标（元）',
    year: '全年',
    chartHeading: '各单位指标，按月堆叠',
    chartLabel: '横向堆叠条形图：每个单位一条，按 12 个月分段；数据与上方“各单位各月指标”表相同。',
    exportHeading: '导出',
    downloadCsv: '下载 CSV（Excel 可直接打开）',
    copyTsv: '复制为表格文本',
    exportFailed: '导出失败，请重试。',
    engineLoading: '正在载入计算…',
    engineFailed: '计算程序没有载入，结果暂未更新。请检查网络后重试。',
    engineRetry: '重试',
    more: '等 {count} 个',
  },
  /** Column headers of the units table, the export and the messages that name a field. */
  columnNames: {
    name: '名称',
    history: '历史（上期实际）',
    potential: '潜力',
    min: '最低',
    max: '最高',
    commitment: '承诺',
    weight: '权重',
  } satisfies Record<UnitColumn, string>,
  /** What a name cell says when its text cannot be a name. */
  nameErrors: {
    empty: '请填写名称。',
    'too-long': '名称最多 60 个字。',
    invalid: '名称里不能有换行或制表符。',
  } satisfies Record<NameError, string>,
  /** The methods, each with a one-line explanation shown beside its choice. */
  methodNames: {
    equal: {
      name: '平均分',
      explanation: '每个单位分到一样多。',
    },
    weights: {
      name: '按权重',
      explanation: '按你填的权重比例分，3:2:1 和 30:20:10 一样。',
    },
    history: {
      name: '按历史',
      explanation: '按各单位上期实际业绩的比例分。',
    },
    increment: {
      name: '增量法',
      explanation: '每个单位先保住上期业绩，增长部分按潜力空间（潜力 − 历史）分。',
    },
    blend: {
      name: '组合法',
      explanation: '按 α × 历史占比 + (1 − α) × 潜力占比分。',
    },
  } satisfies Record<SplitMethod, { name: string; explanation: string }>,
  seasonalityNames: {
    flat: '平均（每月相同）',
    'spring-festival': '春节淡季（1–2 月低）',
    'year-end': '年底冲刺（11–12 月高）',
    'retail-peaks': '电商大促（618、双11）',
    custom: '自定义各月权重',
    history: '按去年各月实际',
  } satisfies Record<SeasonalityKind, string>,
  monthNames: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  quarterNames: ['一季度', '二季度', '三季度', '四季度'],
};
