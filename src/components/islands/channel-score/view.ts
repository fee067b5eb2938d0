import type { Locale } from '../../../lib/locale';
import type { ChannelScoreStringKey, ChannelScoreText } from '../../../i18n/channel-score/zh-CN';
import { fill } from '../../../i18n/tools';
import { defaultCriterionKeys, type CriterionKey } from '../../../lib/channel-score/model';
import type { Channel, Criterion } from '../../../lib/channel-score/schema';
import { formatPercent, roundTo } from '../../../lib/numbers';

// Messages for rare states (a broken link, all weights 0, a full list…) download only when one arises.
export const loadMessages = () => import('../../../i18n/channel-score/more');
export type MessagesModule = Awaited<ReturnType<typeof loadMessages>>;
export type MessageKey = keyof MessagesModule['scorecardMessages'];

const builtInKeys: readonly string[] = defaultCriterionKeys;

/** How the scorecard's sections write things in the page's language. */
export interface View {
  locale: Locale;
  text: ChannelScoreText;
  s: (key: ChannelScoreStringKey) => string;
  /** A rare message ('' until its module has downloaded; `messages` says when it has). */
  message: (key: MessageKey) => string;
  messages: MessagesModule | null;
  builtInName: (key: string) => string | undefined;
  criterionName: (criterion: Criterion, index: number) => string;
  channelName: (channel: Pick<Channel, 'name'>, index: number) => string;
  sharePercent: (share: number) => string;
  decimal: (value: number, digits: number) => string;
}

export function makeView(locale: Locale, text: ChannelScoreText, messages: MessagesModule | null): View {
  const s = (key: ChannelScoreStringKey) => text.strings[key];
  const builtInName = (key: string) => (builtInKeys.includes(key) ? text.criterionNames[key as CriterionKey] : undefined);
  return {
    locale,
    text,
    s,
    message: (key) => messages?.scorecardMessages[key][locale] ?? '',
    messages,
    builtInName,
    criterionName: (criterion, index) =>
      criterion.name || builtInName(criterion.key) || fill(s('criterionFallback'), { n: String(index + 1) }),
    channelName: (channel, index) => channel.name || fill(s('channelFallback'), { n: String(index + 1) }),
    sharePercent: (share) => {
      const percent = share * 100;
      return formatPercent(percent, locale, { decimals: Number.isInteger(roundTo(percent, 1)) ? 0 : 1 });
    },
    decimal: (value, digits) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
  };
}
