import type { Locale } from '../../../lib/locale';
import type { SplitText } from '../../../i18n/target-split';
import { eventStrings, issueMessages, linkReasonStrings, noticeMessages } from '../../../i18n/target-split/messages';
import { fill, ignoredReasonStrings, toolStrings } from '../../../i18n/tools';
import { formatCount } from '../../../lib/numbers';
import type { SplitIssue, SplitNotice, UnitField } from '../../../lib/target-split/model';
import { assignedTotalOf } from '../../../lib/target-split/model';
import { MAX_UNITS } from '../../../lib/target-split/form';
import type { SplitIgnoredParam } from '../../../lib/target-split/link';
import type { SplitState } from '../../../lib/target-split/schema';
import { money, nameList } from './format';
import type { PasteSummary } from '../../../lib/target-split/spreadsheet';

/*
 * Messages about a split, a paste and a link. The page loads this module (and its dictionary) once
 * it has a message to show, so a page that never needs one never downloads it.
 */

function fieldName(field: UnitField | null, dictionary: SplitText): string {
  if (field === null) return '';
  return field === 'months' ? dictionary.strings.historyMonthsHeading : dictionary.columnNames[field];
}

/** Why there is no split, in the page's language, with the unit, field and amount filled in. */
function issueText(issue: SplitIssue, state: SplitState, locale: Locale, dictionary: SplitText): string {
  const amount = issue.amount === null ? '' : issue.code === 'too-many-units' ? formatCount(issue.amount, locale) : money(issue.amount, locale);
  return fill(issueMessages[issue.code][locale], {
    unit: issue.unit === null ? '' : (state.units[issue.unit]?.name ?? ''),
    field: fieldName(issue.field, dictionary),
    amount,
    total: money(assignedTotalOf(state.total, state.overPercent), locale),
  });
}

/** A notice about a split, naming its units. */
function noticeText(notice: SplitNotice, state: SplitState, locale: Locale, dictionary: SplitText): string {
  return fill(noticeMessages[notice.code][locale], {
    units: nameList(
      notice.units.map((index) => state.units[index]?.name ?? ''),
      locale,
      dictionary,
    ),
    field: fieldName(notice.field, dictionary),
    amount: notice.amount === null ? '' : money(notice.amount, locale),
  });
}

interface Props<Item> {
  locale: Locale;
  dictionary: SplitText;
  state: SplitState;
  items: readonly Item[];
}

export function IssueList({ locale, dictionary, state, items }: Props<SplitIssue>) {
  return (
    <>
      {items.map((issue, index) => (
        <p class="tool-notice tool-notice--warning" data-issue={issue.code} key={`${issue.code}-${index}`}>
          {issueText(issue, state, locale, dictionary)}
        </p>
      ))}
    </>
  );
}

export function NoticeList({ locale, dictionary, state, items }: Props<SplitNotice>) {
  return (
    <>
      {items.map((notice, index) => (
        <p class="tool-notice" data-notice={notice.code} key={`${notice.code}-${index}`}>
          {noticeText(notice, state, locale, dictionary)}
        </p>
      ))}
    </>
  );
}

/** What a paste into the units table did, in one or two sentences. */
export function pasteText(outcome: PasteSummary | 'failed', locale: Locale): string {
  const s = (key: keyof typeof eventStrings) => eventStrings[key][locale];
  if (outcome === 'failed') return s('pasteFailed');
  if (outcome.rows === 0) return s('pasteEmpty');
  const parts = [fill(s('pasteRead'), { rows: String(outcome.rows) })];
  if (outcome.headerSkipped) parts.push(s('pasteHeader'));
  if (outcome.badCells > 0) parts.push(fill(s('pasteBad'), { cells: String(outcome.badCells) }));
  if (outcome.extraCells) parts.push(s('pasteExtra'));
  if (outcome.truncated) parts.push(fill(s('pasteDropped'), { count: String(MAX_UNITS) }));
  return parts.join(locale === 'en' ? ' ' : '');
}

/** What a paste into the months grid left out. */
export function monthsPasteText(cells: number, locale: Locale): string {
  return fill(eventStrings.monthsPasteDropped[locale], { cells: String(cells) });
}

/** One ignored link parameter as "name (reason)"; the value itself is never shown. */
function ignoredText(ignored: SplitIgnoredParam, locale: Locale): string {
  const reasons: Record<string, Record<Locale, string>> = { ...ignoredReasonStrings, ...linkReasonStrings };
  const reason = reasons[ignored.reason]?.[locale] ?? ignoredReasonStrings.invalid[locale];
  const name = ignored.item === null ? ignored.param : fill(eventStrings.unitsItem[locale], { item: String(ignored.item) });
  return locale === 'en' ? `${name} (${reason})` : `${name}（${reason}）`;
}

/** What the link could not give: a broken full state, and parameters left out. */
export function LinkNotices({ locale, ignored }: { locale: Locale; ignored: readonly SplitIgnoredParam[] }) {
  const params = ignored.filter((item) => item.param !== 's');
  const broken = params.length < ignored.length;
  return (
    <>
      {broken && (
        <p class="tool-notice tool-notice--warning" data-notice="broken-link">
          {eventStrings.brokenLink[locale]}
        </p>
      )}
      {params.length > 0 && (
        <p class="tool-notice tool-notice--warning" data-notice="ignored-params">
          {toolStrings.ignoredParams[locale]} {params.map((item) => ignoredText(item, locale)).join(locale === 'en' ? ', ' : '；')}
        </p>
      )}
    </>
  );
}
