import type { ChapterSlug, ToolSlug } from './catalog';
import type { Translated } from './locale';

/**
 * The workshop day, block by block: the one definition that the overview's tables, the chapters'
 * class time and the trainer's run sheet are drawn from. Pure data and arithmetic.
 */

/** What happens in a block. */
export const blockKinds = ['opening', 'lecture', 'case', 'practice', 'break', 'closing'] as const;
export type BlockKind = (typeof blockKinds)[number];

/** The three shares of class time the course fixes at 40 % / 20 % / 40 %. */
export const shares = ['lecture', 'case', 'practice'] as const;
export type Share = (typeof shares)[number];

/** The course's proportions of class time, in percent. */
export const targetPercent: Record<Share, number> = { lecture: 40, case: 20, practice: 40 };

/**
 * Which share of class time a kind of block counts toward. The opening is the trainer framing the
 * day, so it counts as lecture; the closing has every participant present their plan and start the
 * homework, so it counts as practice. Breaks and lunch are not class time.
 */
export const shareOfKind: Record<BlockKind, Share | null> = {
  opening: 'lecture',
  lecture: 'lecture',
  case: 'case',
  practice: 'practice',
  closing: 'practice',
  break: null,
};

/** How participants work on an exercise. */
export const groupings = ['individual', 'pairs', 'threes', 'groups'] as const;
export type Grouping = (typeof groupings)[number];

/** The words every exercise uses for its grouping, the same in every chapter. */
export const groupingNames: Record<Grouping, Translated> = {
  individual: { 'zh-CN': '个人完成', en: 'on your own' },
  pairs: { 'zh-CN': '两人一组', en: 'in pairs' },
  threes: { 'zh-CN': '三人一组', en: 'in threes' },
  groups: { 'zh-CN': '4～6 人一组', en: 'in groups of 4–6' },
};

/** The names of the kinds of block, as the agenda shows them. */
export const kindNames: Record<BlockKind, Translated> = {
  opening: { 'zh-CN': '开场', en: 'Opening' },
  lecture: { 'zh-CN': '讲授', en: 'Lecture' },
  case: { 'zh-CN': '案例分析', en: 'Case analysis' },
  practice: { 'zh-CN': '练习·研讨·演练', en: 'Practice' },
  break: { 'zh-CN': '休息', en: 'Break' },
  closing: { 'zh-CN': '收尾', en: 'Closing' },
};

/** What the agenda calls each part: 0 is the opening, 1–6 the six parts of the course. */
export const partNames: readonly Translated[] = [
  { 'zh-CN': '开场', en: 'Opening' },
  { 'zh-CN': '第一部分', en: 'Part 1' },
  { 'zh-CN': '第二部分', en: 'Part 2' },
  { 'zh-CN': '第三部分', en: 'Part 3' },
  { 'zh-CN': '第四部分', en: 'Part 4' },
  { 'zh-CN': '第五部分', en: 'Part 5' },
  { 'zh-CN': '第六部分', en: 'Part 6' },
];

export interface AgendaBlock {
  /** Stable name of the block, for links and the trainer's saved day. */
  id: string;
  /** Part of the course: 0 is the opening (the overview chapter), 1–6 the six parts; a break carries the part it follows. */
  part: number;
  kind: BlockKind;
  minutes: number;
  title: Translated;
  /** The chapter the block teaches from (not for breaks). */
  chapter?: ChapterSlug;
  /** The heading anchor of the chapter section, in each language's page. */
  section?: Translated;
  /** The exercise the block runs: the `id` of an `<Exercise>` in the chapter. */
  exercise?: string;
  tool?: ToolSlug;
}

const opening: AgendaBlock[] = [
  {
    id: 'opening',
    part: 0,
    kind: 'opening',
    minutes: 10,
    title: { 'zh-CN': '开场：今天的目标、日程和一条公式', en: "Opening: the day's goal, the agenda and one formula" },
    chapter: 'course/overview',
    section: { 'zh-CN': '一天的日程', en: 'the-one-day-agenda' },
    tool: 'growth',
  },
];

const part1: AgendaBlock[] = [
  {
    id: 'growth-principle',
    part: 1,
    kind: 'lecture',
    minutes: 12,
    title: { 'zh-CN': '三个要素和 26% 的算术', en: 'The three factors and the arithmetic of 26%' },
    chapter: 'course/growth-principle',
    section: { 'zh-CN': '业绩翻倍增长原理', en: 'the-principle-of-doubling-sales-业绩翻倍增长原理' },
    tool: 'growth',
  },
  {
    id: 'growth-method',
    part: 1,
    kind: 'lecture',
    minutes: 8,
    title: { 'zh-CN': '翻倍的方法与落地', en: 'The method and the rollout' },
    chapter: 'course/growth-principle',
    section: { 'zh-CN': '业绩翻倍增长方法', en: 'the-method-业绩翻倍增长方法' },
  },
  {
    id: 'growth-case',
    part: 1,
    kind: 'case',
    minutes: 12,
    title: { 'zh-CN': '案例：A 公司怎样做到翻倍', en: 'Case: how company A doubled its sales' },
    chapter: 'course/growth-principle',
    section: { 'zh-CN': '应用案例', en: 'case-study' },
    tool: 'growth',
  },
  {
    id: 'growth-diagnose',
    part: 1,
    kind: 'practice',
    minutes: 8,
    title: { 'zh-CN': '练习：诊断三要素，反推第三个', en: 'Exercise: diagnose, then solve for the third factor' },
    chapter: 'course/growth-principle',
    exercise: 'growth-diagnose',
    tool: 'growth',
  },
  {
    id: 'growth-own-plan',
    part: 1,
    kind: 'practice',
    minutes: 12,
    title: { 'zh-CN': '练习：自己区域的翻倍方案', en: 'Exercise: a doubling plan for your own area' },
    chapter: 'course/growth-principle',
    exercise: 'growth-own-plan',
    tool: 'growth',
  },
];

const morningBreak: AgendaBlock = {
  id: 'morning-break',
  part: 1,
  kind: 'break',
  minutes: 15,
  title: { 'zh-CN': '茶歇', en: 'Coffee break' },
};

const part2: AgendaBlock[] = [
  {
    id: 'dealer-system',
    part: 2,
    kind: 'lecture',
    minutes: 15,
    title: { 'zh-CN': '经销商管理体系与两个增长维度', en: 'The dealer-management system and the two directions of growth' },
    chapter: 'course/dealer-growth',
    section: { 'zh-CN': '经销商管理体系', en: 'the-dealer-management-system-经销商管理体系' },
  },
  {
    id: 'dealer-five-steps',
    part: 2,
    kind: 'lecture',
    minutes: 15,
    title: { 'zh-CN': '生意提升五步骤与客户洞察工具', en: 'Five steps to grow a dealer, and the customer-insight tool' },
    chapter: 'course/dealer-growth',
    section: { 'zh-CN': '经销商生意提升五步骤', en: 'five-steps-to-grow-a-dealers-business-经销商生意提升五步骤' },
    tool: 'opportunities',
  },
  {
    id: 'dealer-case',
    part: 2,
    kind: 'case',
    minutes: 18,
    title: { 'zh-CN': '案例：B 经销商走完五步', en: 'Case: dealer B through the five steps' },
    chapter: 'course/dealer-growth',
    section: { 'zh-CN': '应用案例b-经销商的五个步骤', en: 'case-dealer-bs-five-steps' },
    tool: 'growth',
  },
  {
    id: 'dealer-own-dealer',
    part: 2,
    kind: 'practice',
    minutes: 20,
    title: { 'zh-CN': '现场练习：选一个经销商做生意提升', en: 'Exercise: choose a dealer and grow its business' },
    chapter: 'course/dealer-growth',
    exercise: 'dealer-own-dealer',
    tool: 'growth',
  },
  {
    id: 'dealer-classify-outlets',
    part: 2,
    kind: 'practice',
    minutes: 10,
    title: { 'zh-CN': '练习：给终端分类，选出重点', en: 'Exercise: classify outlets and pick where to focus' },
    chapter: 'course/dealer-growth',
    exercise: 'dealer-classify-outlets',
  },
];

const lunch: AgendaBlock = {
  id: 'lunch',
  part: 2,
  kind: 'break',
  minutes: 60,
  title: { 'zh-CN': '午餐', en: 'Lunch' },
};

const part3: AgendaBlock[] = [
  {
    id: 'channel-planning',
    part: 3,
    kind: 'lecture',
    minutes: 8,
    title: { 'zh-CN': '什么是渠道；面/线/点的市场规划', en: 'What a channel is; planning by area, line and point' },
    chapter: 'course/new-channels',
    section: { 'zh-CN': '市场规划面线点', en: 'market-planning-area-line-point-市场规划面线点' },
  },
  {
    id: 'channel-five-steps',
    part: 3,
    kind: 'lecture',
    minutes: 12,
    title: { 'zh-CN': '渠道开发五步骤', en: 'The five steps of channel development' },
    chapter: 'course/new-channels',
    section: { 'zh-CN': '渠道开发五步骤', en: 'five-steps-of-channel-development-渠道开发五步骤' },
  },
  {
    id: 'channel-role-play',
    part: 3,
    kind: 'practice',
    minutes: 36,
    title: { 'zh-CN': '现场演练：开发一个新渠道', en: 'Role-play: developing a new channel' },
    chapter: 'course/new-channels',
    section: { 'zh-CN': '渠道开发现场演练', en: 'live-role-play-developing-a-channel-渠道开发现场演练' },
    exercise: 'channel-role-play',
  },
  {
    id: 'channel-evaluation',
    part: 3,
    kind: 'lecture',
    minutes: 5,
    title: { 'zh-CN': '渠道分类、评估与优化', en: 'Classifying, evaluating and optimising channels' },
    chapter: 'course/new-channels',
    section: { 'zh-CN': '渠道分类与渠道生意提升', en: 'classifying-channels-and-lifting-their-business-渠道分类与渠道生意提升' },
    tool: 'channel-score',
  },
  {
    id: 'channel-case',
    part: 3,
    kind: 'case',
    minutes: 12,
    title: { 'zh-CN': '案例：一家经销商开通餐饮渠道', en: 'Case: a dealer opens the restaurant channel' },
    chapter: 'course/new-channels',
    section: { 'zh-CN': '应用案例', en: 'case-illustrative' },
    tool: 'growth',
  },
];

const afternoonBreak: AgendaBlock = {
  id: 'afternoon-break',
  part: 3,
  kind: 'break',
  minutes: 15,
  title: { 'zh-CN': '茶歇', en: 'Coffee break' },
};

const part4: AgendaBlock[] = [
  {
    id: 'promotion-elements',
    part: 4,
    kind: 'lecture',
    minutes: 17,
    title: { 'zh-CN': '市场推广十二要素与 FABE 话术', en: 'The twelve elements of a promotion and the FABE script' },
    chapter: 'course/promotion',
    section: { 'zh-CN': '市场推广十二要素', en: 'the-twelve-elements-of-a-promotion-市场推广十二要素' },
    tool: 'promotion',
  },
  {
    id: 'promotion-management',
    part: 4,
    kind: 'lecture',
    minutes: 8,
    title: { 'zh-CN': '推广的内部管理机制', en: 'Managing promotions inside the company' },
    chapter: 'course/promotion',
    section: { 'zh-CN': '市场推广内部管理机制', en: 'internal-management-mechanism-for-promotions-市场推广内部管理机制' },
  },
  {
    id: 'promotion-case',
    part: 4,
    kind: 'case',
    minutes: 12,
    title: { 'zh-CN': '案例：一场茶叶促销算不算得过来', en: 'Case: does a tea promotion pay for itself?' },
    chapter: 'course/promotion',
    section: { 'zh-CN': '应用案例', en: 'case-illustrative' },
    tool: 'promotion',
  },
  {
    id: 'promotion-group-design',
    part: 4,
    kind: 'practice',
    minutes: 22,
    title: { 'zh-CN': '小组共创：设计一场完整的促销', en: 'Group work: design a complete promotion' },
    chapter: 'course/promotion',
    exercise: 'promotion-group-design',
    tool: 'promotion',
  },
];

const lateBreak: AgendaBlock = {
  id: 'late-break',
  part: 4,
  kind: 'break',
  minutes: 15,
  title: { 'zh-CN': '茶歇', en: 'Coffee break' },
};

const part5: AgendaBlock[] = [
  {
    id: 'team-targets',
    part: 5,
    kind: 'lecture',
    minutes: 10,
    title: { 'zh-CN': '六个步骤；目标的制定与分解', en: 'The six steps; setting and breaking down the target' },
    chapter: 'course/team-performance',
    section: { 'zh-CN': '业绩目标制定与分解', en: 'setting-the-target-and-the-target-breakdown-业绩目标制定与分解' },
    tool: 'target-split',
  },
  {
    id: 'team-success-model',
    part: 5,
    kind: 'lecture',
    minutes: 8,
    title: { 'zh-CN': '成功模型与辅导落地', en: 'The success model and coaching in the field' },
    chapter: 'course/team-performance',
    section: { 'zh-CN': '目标完成策略成功模型', en: 'strategy-for-reaching-the-target-the-success-model-目标完成策略成功模型' },
  },
  {
    id: 'team-coaching',
    part: 5,
    kind: 'lecture',
    minutes: 6,
    title: { 'zh-CN': '一对一辅导的五个环节', en: 'The five stages of one-to-one coaching' },
    chapter: 'course/team-performance',
    section: { 'zh-CN': '一对一辅导', en: 'one-to-one-coaching-一对一辅导' },
  },
  {
    id: 'team-case',
    part: 5,
    kind: 'case',
    minutes: 12,
    title: { 'zh-CN': '案例：把省区的季度目标分到每人每月', en: "Case: a province's quarterly target, split to each rep and month" },
    chapter: 'course/team-performance',
    section: { 'zh-CN': '应用案例', en: 'case-illustrative' },
    tool: 'target-split',
  },
  {
    id: 'team-coaching-role-play',
    part: 5,
    kind: 'practice',
    minutes: 26,
    title: { 'zh-CN': '演练：一对一辅导', en: 'Role-play: one-to-one coaching' },
    chapter: 'course/team-performance',
    exercise: 'team-coaching-role-play',
  },
];

const part6: AgendaBlock[] = [
  {
    id: 'summary',
    part: 6,
    kind: 'lecture',
    minutes: 10,
    title: { 'zh-CN': '课程总结：一条公式串起五个部分', en: 'Summary: one formula ties the five parts together' },
    chapter: 'course/summary',
    section: { 'zh-CN': '课程总结', en: 'course-summary-课程总结' },
  },
  {
    id: 'summary-case',
    part: 6,
    kind: 'case',
    minutes: 6,
    title: { 'zh-CN': '样例：一份写好的月度生意提升计划', en: 'Example: a finished monthly business-improvement plan' },
    chapter: 'course/summary',
    section: { 'zh-CN': '应用案例', en: 'case' },
    tool: 'growth',
  },
  {
    id: 'closing',
    part: 6,
    kind: 'closing',
    minutes: 10,
    title: { 'zh-CN': '收尾：三分钟讲计划，布置课后作业', en: 'Closing: your plan in three minutes, and the homework' },
    chapter: 'course/summary',
    section: { 'zh-CN': '课后作业月度生意提升计划', en: 'homework-the-monthly-business-improvement-plan-课后作业月度生意提升计划' },
    exercise: 'summary-three-minutes',
  },
];

/** The day in order, breaks and lunch included. */
export const agenda: readonly AgendaBlock[] = [
  ...opening,
  ...part1,
  morningBreak,
  ...part2,
  lunch,
  ...part3,
  afternoonBreak,
  ...part4,
  lateBreak,
  ...part5,
  ...part6,
];

/** Whether a block is class time (everything but breaks and lunch). */
export function isClassTime(block: AgendaBlock): boolean {
  return shareOfKind[block.kind] !== null;
}

/** Minutes of class time in the blocks, breaks and lunch left out. */
export function classMinutes(blocks: readonly AgendaBlock[] = agenda): number {
  return blocks.filter(isClassTime).reduce((sum, block) => sum + block.minutes, 0);
}

/** Class minutes by share: lecture, case analysis, practice. */
export function minutesByShare(blocks: readonly AgendaBlock[] = agenda): Record<Share, number> {
  const totals: Record<Share, number> = { lecture: 0, case: 0, practice: 0 };
  for (const block of blocks) {
    const share = shareOfKind[block.kind];
    if (share) totals[share] += block.minutes;
  }
  return totals;
}

/** Class minutes of one part of the course (0 is the opening). */
export function partMinutes(part: number, blocks: readonly AgendaBlock[] = agenda): number {
  return classMinutes(blocks.filter((block) => block.part === part));
}

/** The parts in the order the day teaches them, each with its minutes by share. */
export function partShares(blocks: readonly AgendaBlock[] = agenda): { part: number; minutes: Record<Share, number> }[] {
  const parts = [...new Set(blocks.filter(isClassTime).map((block) => block.part))];
  return parts.map((part) => ({ part, minutes: minutesByShare(blocks.filter((block) => block.part === part)) }));
}

/** Minutes after midnight of a clock time written "9:00" or "09:00", or null when it is not one. */
export function parseClock(text: string): number | null {
  const match = /^\s*(\d{1,2})[:：](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** A time of day as "HH:MM", from minutes after midnight (wrapping past midnight). */
export function formatClock(minutesAfterMidnight: number): string {
  const wrapped = ((Math.round(minutesAfterMidnight) % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** The day starts at nine unless the trainer says otherwise. */
export const defaultStart = 9 * 60;

export interface TimedBlock {
  block: AgendaBlock;
  /** Minutes after midnight. */
  start: number;
  end: number;
}

/** Every block with its start and end, the day starting at `start` (minutes after midnight). */
export function timetable(start: number = defaultStart, blocks: readonly AgendaBlock[] = agenda): TimedBlock[] {
  let clock = start;
  return blocks.map((block) => {
    const timed = { block, start: clock, end: clock + block.minutes };
    clock = timed.end;
    return timed;
  });
}
