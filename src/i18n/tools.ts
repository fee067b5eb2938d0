import type { IgnoredParam } from '../lib/share';
import type { Locale, Translated } from '../lib/locale';

/** Strings every tool page shares: sharing, present mode, saved state, notices. */
export const toolStrings = {
  copyLink: { 'zh-CN': '复制链接', en: 'Copy link' },
  linkCopied: { 'zh-CN': '链接已复制', en: 'Link copied' },
  copyFailed: {
    'zh-CN': '无法自动复制，请手动选中下面的链接复制。',
    en: 'Could not copy automatically; select the link below and copy it.',
  },
  shareLinkLabel: { 'zh-CN': '本方案的链接', en: 'Link to this scenario' },
  present: { 'zh-CN': '投屏模式', en: 'Present' },
  exitPresent: { 'zh-CN': '退出投屏', en: 'Exit present mode' },
  qrCaption: { 'zh-CN': '扫码在手机上打开同一方案', en: 'Scan to open this scenario on your phone' },
  qrLoading: { 'zh-CN': '正在生成二维码…', en: 'Making the QR code…' },
  qrFailed: { 'zh-CN': '二维码生成失败，请使用上面的链接。', en: 'The QR code could not be made; use the link above.' },
  privacy: {
    'zh-CN': '你输入的数字只保存在这个浏览器里，不会发送到任何服务器。',
    en: 'The numbers you enter stay in this browser; nothing is sent to any server.',
  },
  sharedScenario: {
    'zh-CN': '你打开的是一个分享的方案。你自己保存的方案仍然保留，在你选择之前不会被覆盖。',
    en: 'You opened a shared scenario. Your own saved scenario is kept and will not be overwritten unless you choose to.',
  },
  restoreSaved: { 'zh-CN': '打开我保存的方案', en: 'Open my saved scenario' },
  keepShared: { 'zh-CN': '保存这个方案', en: 'Save this scenario' },
  otherTabChanged: {
    'zh-CN': '这个工具在另一个标签页里改过了。两边的内容都还在：选择载入那边的修改，或保留这里的内容（会覆盖那边保存的版本）。',
    en: 'This tool was changed in another tab. Nothing is lost yet: load that tab’s version, or keep this one (it replaces the version the other tab saved).',
  },
  otherTabReload: { 'zh-CN': '载入另一个标签页的修改', en: 'Load the other tab’s version' },
  otherTabKeepMine: { 'zh-CN': '保留这里的内容', en: 'Keep this version' },
  restoredSaved: { 'zh-CN': '已恢复你上次保存的方案。', en: 'Your last saved scenario has been restored.' },
  setAside: {
    'zh-CN': '之前保存的数据无法读取，已另行保存（{key}），页面使用默认示例。',
    en: 'Previously saved data could not be read; it was set aside ({key}) and the default example is shown.',
  },
  storageUnavailable: {
    'zh-CN': '浏览器不允许保存数据，刷新后输入会丢失；可以用“复制链接”保存方案。',
    en: 'This browser does not allow saving; your entries will be lost on reload. Use “Copy link” to keep the scenario.',
  },
  ignoredParams: { 'zh-CN': '链接中有参数无效，已忽略：', en: 'Some link parameters were invalid and have been ignored:' },
  reset: { 'zh-CN': '恢复示例', en: 'Reset to example' },
  staleResult: {
    'zh-CN': '有输入需要修改，下面显示的是上一次有效的结果。',
    en: 'Some entries need fixing; the results below are from the last valid entries.',
  },
  chartLoading: { 'zh-CN': '图表加载中…', en: 'Loading chart…' },
  chartFailed: { 'zh-CN': '图表无法加载，数据见下表。', en: 'The chart could not load; the table has the same numbers.' },
  engineLoading: { 'zh-CN': '正在载入计算程序，结果马上更新…', en: 'Loading the calculation; the results will update in a moment…' },
  engineFailed: {
    'zh-CN': '计算程序没能下载，你的输入都还在。请检查网络后重试。',
    en: 'The calculation could not be downloaded; everything you typed is still here. Check the connection and try again.',
  },
  engineRetry: { 'zh-CN': '重试', en: 'Try again' },
} satisfies Record<string, Translated>;

/** Why a link parameter was ignored, said briefly after its name. */
export const ignoredReasonStrings = {
  unknown: { 'zh-CN': '未知参数', en: 'unknown parameter' },
  repeated: { 'zh-CN': '重复出现', en: 'given twice' },
  'too-long': { 'zh-CN': '内容过长', en: 'too long' },
  conflict: { 'zh-CN': '与其他参数冲突', en: 'conflicts with another parameter' },
  'not-a-flag': { 'zh-CN': '只能是 1 或 0', en: 'must be 1 or 0' },
  'not-an-option': { 'zh-CN': '不是可选的值', en: 'not one of the options' },
  empty: { 'zh-CN': '没有值', en: 'no value' },
  invalid: { 'zh-CN': '不是数字', en: 'not a number' },
  'two-numbers': { 'zh-CN': '含有两个数字', en: 'two numbers' },
  negative: { 'zh-CN': '不能为负数', en: 'negative' },
  'not-whole': { 'zh-CN': '必须是整数', en: 'not a whole number' },
  'too-large': { 'zh-CN': '数值过大', en: 'too large' },
  'too-small': { 'zh-CN': '低于允许范围', en: 'below the allowed range' },
  'too-big': { 'zh-CN': '超出允许范围', en: 'above the allowed range' },
  'out-of-range': { 'zh-CN': '超出允许范围', en: 'out of range' },
} satisfies Record<string, Translated>;

/** One ignored link parameter, as "name (reason)". The value itself is never shown. */
export function ignoredParamText(ignored: IgnoredParam, locale: Locale): string {
  const reason = ignoredReasonStrings[ignored.reason][locale];
  return locale === 'en' ? `${ignored.param} (${reason})` : `${ignored.param}（${reason}）`;
}

// Kept here too for the islands that import it with their tool strings; modules that need nothing
// else (the worksheets, field messages) import ./fill, so they do not carry the tool frame's strings.
export { fill } from './fill';
