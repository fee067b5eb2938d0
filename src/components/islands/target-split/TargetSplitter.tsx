import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../../i18n/tools';
import type { Locale } from '../../../lib/locale';
import type { SplitStringKey, SplitText } from '../../../i18n/target-split';
import type { PasteSummary } from '../../../lib/target-split/spreadsheet';
import { ToolFrame } from '../../ui/ToolFrame';
import type { BuiltExample } from './builtExample';
import { ExportPanel } from './ExportPanel';
import { MonthTable } from './MonthTable';
import { PastePanel } from './PastePanel';
import { Headline, QuotaTable, Reconciliation } from './QuotaResults';
import { SettingsPanel } from './SettingsPanel';
import { UnitsEditor } from './UnitsEditor';
import { useTargetSplitState } from './useTargetSplitState';

const loadPaste = () => import('./paste');
const loadMessages = () => import('./Messages');
type MessagesModule = Awaited<ReturnType<typeof loadMessages>>;
// Last year's monthly actuals are entered only for that seasonality, so their grid loads with it.
const loadMonthsEditor = () => import('./MonthsEditor');
type MonthsEditorModule = Awaited<ReturnType<typeof loadMonthsEditor>>;

interface Props {
  locale: Locale;
  /** The strings of the page's language (src/i18n/target-split/zh-CN.ts or en.ts). */
  text: SplitText;
  /** The example with its plan and link, computed when the page was built (see builtExample.ts). */
  built: BuiltExample;
  /** On the tool's own page the address bar follows edits; an embedded copy leaves it alone. */
  embedded?: boolean;
}

/** The Target splitter (业绩目标制定与分解): a view over src/lib/target-split/. */
export default function TargetSplitter({ locale, text: dictionary, built, embedded = false }: Props) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  const tool = useTargetSplitState(built, { syncUrl: !embedded });
  const { state, form, reading, actions, plan } = tool;
  const [pasteOutcome, setPasteOutcome] = useState<PasteSummary | 'failed' | null>(null);
  const [monthsDropped, setMonthsDropped] = useState(0);

  // Messages about a split come in their own module, loaded once there is one to show (a link or
  // an edit that needs one): a page that never needs a message never downloads them.
  const [messages, setMessages] = useState<MessagesModule | null>(null);
  const needMessages = !plan.ok || plan.notices.length > 0 || tool.ignored.length > 0 || pasteOutcome !== null || monthsDropped > 0;
  useEffect(() => {
    if (needMessages && messages === null) void loadMessages().then(setMessages, () => undefined);
  }, [needMessages, messages]);

  const [monthsEditor, setMonthsEditor] = useState<MonthsEditorModule | null>(null);
  const needMonthsEditor = form.seasonality === 'history';
  useEffect(() => {
    if (needMonthsEditor && monthsEditor === null) void loadMonthsEditor().then(setMonthsEditor, () => undefined);
  }, [needMonthsEditor, monthsEditor]);
  const toolPath = `${locale === 'en' ? '/en' : ''}/tools/target-split/`;

  // Focus moves to a field or button once the render that creates or moves it is done.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });
  const focusAfter = (id: string) => {
    pendingFocus.current = id;
  };

  const readPaste = (text: string, at: number, replace: boolean) => {
    loadPaste()
      .then((paste) => setPasteOutcome(paste.pasteUnits(text, at, replace, actions.changeRows)))
      .catch(() => setPasteOutcome('failed'));
  };
  const readMonthsPaste = (text: string, at: number, month: number) => {
    loadPaste()
      .then((paste) => {
        const dropped = paste.pasteMonths(text, at, month, actions.changeRows);
        setPasteOutcome(null);
        setMonthsDropped(dropped);
      })
      .catch(() => setPasteOutcome('failed'));
  };

  const stale = reading.errorCount > 0 || tool.waiting;
  const engineFailed = tool.engineFailed;

  return (
    <ToolFrame tool="target-split" locale={locale} title={s('title')} toolPath={toolPath} {...tool.frame}>
      <div class="target-splitter">
        <div class="tool-notices" aria-live="polite">
          {messages && tool.ignored.length > 0 && <messages.LinkNotices locale={locale} ignored={tool.ignored} />}
        </div>

        {/* Reaching for a field starts the computation's download, so the first keystroke rarely waits. */}
        <form class="tool-inputs" onSubmit={(event) => event.preventDefault()} onFocusIn={tool.prepare} onPointerDown={tool.prepare} noValidate>
          <SettingsPanel locale={locale} dictionary={dictionary} form={form} errors={reading.errors} customRounding={tool.customRounding} actions={actions} />
          <fieldset>
            <legend>{s('unitsHeading')}</legend>
            <p class="field-hint">{s('unitsHint')}</p>
            <UnitsEditor
              locale={locale} dictionary={dictionary}
              rows={form.rows}
              errors={reading.errors.rows}
              actions={actions}
              onAdd={() => {
                const id = actions.addRow((number) => fill(s('newUnitName'), { number: String(number) }));
                if (id !== null) focusAfter(`split-unit-${id}-name`);
              }}
              onBlockPaste={(text, index) => readPaste(text, index, false)}
              onFocusAfter={focusAfter}
            />
            <p class="split-paste-status" role="status" data-paste-status>
              {pasteOutcome !== null && messages ? messages.pasteText(pasteOutcome, locale) : ''}
            </p>
            <PastePanel dictionary={dictionary} onRead={(text, mode) => readPaste(text, form.rows.length, mode === 'replace')} />
          </fieldset>
          {form.seasonality === 'history' && (
            <section class="split-months-section" aria-label={s('historyMonthsHeading')}>
              {monthsEditor && (
                <monthsEditor.MonthsEditor
                  locale={locale} dictionary={dictionary}
                  rows={form.rows}
                  errors={reading.errors.rows}
                  setMonth={actions.setMonth}
                  onBlockPaste={readMonthsPaste}
                />
              )}
              <p role="status" class="split-paste-status">
                {monthsDropped > 0 && messages ? messages.monthsPasteText(monthsDropped, locale) : ''}
              </p>
            </section>
          )}
        </form>

        <div class={`tool-results${stale ? ' tool-results--stale' : ''}`}>
          <h2>{s('resultsHeading')}</h2>
          {/* Announced as they change: the totals and what to know, not the tables of numbers. */}
          <div aria-live="polite">
            {reading.errorCount > 0 && (
              <p class="tool-notice tool-notice--warning" data-notice="stale">
                {fill(s('staleFields'), { count: String(reading.errorCount) })}
              </p>
            )}
            {tool.waiting && !engineFailed && (
              <p class="tool-notice" data-notice="computing">
                {s('engineLoading')}
              </p>
            )}
            {engineFailed && (
              <div class="tool-notice tool-notice--warning" data-notice="engine-failed">
                <p>{s('engineFailed')}</p>
                <button type="button" onClick={tool.prepare}>
                  {s('engineRetry')}
                </button>
              </div>
            )}
            <Headline locale={locale} dictionary={dictionary} state={state} />
            {plan.ok && messages && <messages.NoticeList locale={locale} dictionary={dictionary} state={state} items={plan.notices} />}
            {!plan.ok && (
              <div class="split-issues" data-status="failed">
                <h3>{s('failedHeading')}</h3>
                {messages && <messages.IssueList locale={locale} dictionary={dictionary} state={state} items={plan.issues} />}
              </div>
            )}
          </div>
          {plan.ok && (
            <>
              <QuotaTable locale={locale} dictionary={dictionary} split={plan.split} />
              <Reconciliation locale={locale} dictionary={dictionary} split={plan.split} />
              <MonthTable locale={locale} dictionary={dictionary} split={plan.split} months={plan.months} />
              <ExportPanel locale={locale} dictionary={dictionary} split={plan.split} months={plan.months} />
            </>
          )}
        </div>
      </div>
    </ToolFrame>
  );
}
