/**
 * The strings every tool page shares (sharing, present mode, saved state, notices), in Chinese.
 * The English table is tools.en.ts, typed by this one, so a string missing there is a compile
 * error; each tool's per-language entry passes its table down (src/components/ui/toolText.ts), so
 * a page downloads only its own language.
 */
export const chineseToolText = {
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyFailed: '无法自动复制，请手动选中下面的链接复制。',
  shareLinkLabel: '本方案的链接',
  present: '投屏模式',
  exitPresent: '退出投屏',
  qrCaption: '扫码在手机上打开同一方案',
  qrLoading: '正在生成二维码…',
  qrFailed: '二维码生成失败，请使用上面的链接。',
  privacy: '你输入的数字只保存在这个浏览器里，不会发送到任何服务器。',
  sharedScenario: '你打开的是一个分享的方案。你自己保存的方案仍然保留，在你选择之前不会被覆盖。',
  restoreSaved: '打开我保存的方案',
  keepShared: '保存这个方案',
  restoredSaved: '已恢复你上次保存的方案。',
  setAside: '之前保存的数据无法读取，已另行保存（{key}），页面使用默认示例。',
  storageUnavailable: '浏览器不允许保存数据，刷新后输入会丢失；可以用“复制链接”保存方案。',
  ignoredParams: '链接中有参数无效，已忽略：',
  reset: '恢复示例',
  staleResult: '有输入需要修改，下面显示的是上一次有效的结果。',
  chartLoading: '图表加载中…',
  chartFailed: '图表无法加载，数据见下表。',
  engineLoading: '正在载入计算程序，结果马上更新…',
  engineFailed: '计算程序没能下载，你的输入都还在。请检查网络后重试。',
  engineRetry: '重试',
  /** Why a link parameter was ignored, said briefly after its name. */
  ignoredReasons: {
    unknown: '未知参数',
    repeated: '重复出现',
    'too-long': '内容过长',
    conflict: '与其他参数冲突',
    'not-a-flag': '只能是 1 或 0',
    empty: '没有值',
    invalid: '不是数字',
    'two-numbers': '含有两个数字',
    negative: '不能为负数',
    'not-whole': '必须是整数',
    'too-large': '数值过大',
    'too-small': '低于允许范围',
    'too-big': '超出允许范围',
    'out-of-range': '超出允许范围',
  },
};
