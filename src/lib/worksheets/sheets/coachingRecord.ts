/** 9 一对一辅导记录: one coaching conversation: goal, reality, options, agreed actions, follow-up (Part 5). */

import { worksheetNames } from '../../catalog';
import { both, defineWorksheet } from '../schema';
import { achieved, checkboxes, column, leverTable, longText, table } from './common';

export const coachingRecord = defineWorksheet({
  slug: 'coaching-record',
  title: worksheetNames['coaching-record'],
  instructions: both(
    '每月至少一次，每次 20–30 分钟，围绕一个具体问题谈透。管理者多问少说，请下属先讲原因和办法；约定只选一两件事，写清做什么、做到什么程度、何时完成。谈完当场填写，下次辅导先看这张记录。',
    'At least once a month, 20–30 minutes on one concrete problem. Ask more than you tell and let your report speak first about causes and options; agree on one or two things with what, how much and by when. Fill it in straight after the session, and start the next one from it.',
  ),
  orientation: 'portrait',
  pages: 1,
  chapter: 'course/team-performance',
  sections: [
    {
      id: 'session',
      title: both('辅导信息', 'The session'),
      fields: [
        { type: 'text', id: 'report', label: both('辅导对象', 'Report'), width: 'half' },
        { type: 'text', id: 'coach', label: both('辅导人', 'Coach'), width: 'half' },
        checkboxes('topic', both('主题', 'Topic'), 4, {
          dealer: both('经销商生意提升', 'Dealer business'),
          channel: both('新渠道开发', 'New channel'),
          promotion: both('推广活动', 'Promotion'),
          other: both('其他', 'Other'),
        }),
        { type: 'text', id: 'last-agreement', label: both('上次约定完成了吗', 'Was the last agreement kept?') },
      ],
    },
    {
      id: 'goal',
      title: both('1. 目标', '1. Goal'),
      fields: [{ type: 'text', id: 'goal', label: both('这次谈话要解决什么', 'What this conversation should settle') }],
    },
    {
      id: 'reality',
      title: both('2. 现状', '2. Reality'),
      fields: [
        leverTable('numbers', both('用数据说话', 'The numbers'), [
          column('plan', both('目标', 'Target'), 2, 'row'),
          column('actual', both('实际', 'Actual'), 2, 'row'),
          achieved('actual', 'plan', 1.5),
        ]),
        longText('causes', both('下属自己讲的经过和原因', 'What happened and why, in the report’s words'), 2),
      ],
    },
    {
      id: 'options',
      title: both('3. 选择', '3. Options'),
      fields: [
        longText('options', both('下属提出的做法、管理者的补充、最可行的一个', 'Options the report proposed, what the coach added, the most workable one'), 3),
      ],
    },
    {
      id: 'actions',
      title: both('4. 约定行动', '4. Agreed actions'),
      fields: [
        table('actions', both('只选一两件事', 'One or two things only'), [
          column('what', both('做什么', 'What'), 5),
          column('measure', both('做到什么程度', 'How much'), 3),
          column('due', both('完成日期', 'By'), 1.8, 'date'),
        ], { rows: 2 }),
      ],
    },
    {
      id: 'follow-up',
      title: both('5. 跟进', '5. Follow-up'),
      fields: [
        { type: 'date', id: 'follow-up-date', label: both('检查日期', 'Check on'), width: 'half' },
        { type: 'text', id: 'follow-up-how', label: both('检查方式（陪同、电话、下次辅导）', 'How (joint visit, call, next session)'), width: 'half' },
      ],
    },
  ],
});
