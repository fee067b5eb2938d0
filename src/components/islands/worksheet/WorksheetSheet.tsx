import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../../i18n/fill';
import type { WorksheetText } from '../../../i18n/worksheets';
import type { Locale } from '../../../lib/locale';
import type { Worksheet } from '../../../lib/worksheets/schema';
import { Paper } from './Paper';
import { ScreenForm } from './ScreenForm';
import { TextContext } from './text';
import { useWorksheetState } from './useWorksheetState';

interface Props {
  locale: Locale;
  /** A parsed definition from src/lib/worksheets (plain data: the page passes it in). */
  sheet: Worksheet;
  /** The names of the tools this sheet can be filled from, in the page's language (from the page, so the island carries no catalog). */
  toolNames: Partial<Record<string, string>>;
  /** The engine's strings in the page's language, from the page: the island carries no dictionary. */
  text: WorksheetText;
}

/**
 * Any worksheet: a form on screen, autosaved in the browser, and a sheet on paper, blank or
 * filled. A view over useWorksheetState and src/lib/worksheets: the definition says what to draw,
 * values.ts reads and adds up what was typed, fill.ts brings numbers in from the tools.
 */
export default function WorksheetSheet({ locale, sheet, toolNames, text }: Props) {
  const s = (key: keyof WorksheetText) => text[key];
  const state = useWorksheetState({ sheet, locale, text, toolNames });
  const { values, otherTab } = state;
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const closeQuestion = () => {
    setConfirming(false);
    clearButton.current?.focus();
  };
  const pageWord = sheet.pages === 1 ? s('pageSingular') : s('pagePlural');

  return (
    <TextContext.Provider value={text}>
      <div class="worksheet not-content" data-sheet={sheet.slug} data-ready={state.ready ? 'true' : undefined} data-pagefind-ignore>
        <div class="worksheet-screen" data-print="hide">
          <div class="worksheet-bar">
            <button type="button" onClick={() => state.print('filled')}>
              {s('printFilled')}
            </button>
            <button type="button" onClick={() => state.print('blank')}>
              {s('printBlank')}
            </button>
            {sheet.fills.map((source) => (
              <button type="button" key={source.source} onClick={() => state.fillFromTool(source)}>
                {fill(s('fillFrom'), { tool: toolNames[source.source] ?? source.source })}
              </button>
            ))}
            <button type="button" class="worksheet-clear" ref={clearButton} onClick={() => setConfirming(true)} aria-expanded={confirming}>
              {s('clear')}
            </button>
          </div>
          <p class="field-hint">{fill(s('printHint'), { pages: String(sheet.pages), pageWord })}</p>
          {confirming && (
            <div
              class="worksheet-confirm tool-notice tool-notice--warning"
              role="alertdialog"
              aria-labelledby={`ws-${sheet.slug}-clear-question`}
              onKeyDown={(event) => {
                if (event.key === 'Escape') closeQuestion();
              }}
            >
              <p id={`ws-${sheet.slug}-clear-question`}>{s('clearQuestion')}</p>
              <div class="tool-buttons">
                <button
                  type="button"
                  onClick={() => {
                    state.clear();
                    closeQuestion();
                  }}
                >
                  {s('clearConfirm')}
                </button>
                <button type="button" ref={cancelButton} onClick={closeQuestion}>
                  {s('clearCancel')}
                </button>
              </div>
            </div>
          )}
          <div class="worksheet-notices" aria-live="polite">
            {state.notices.map((item, index) => (
              <p class={`tool-notice${item.kind === 'warning' ? ' tool-notice--warning' : ''}`} key={index} data-notice>
                {item.text}
                {item.link && (
                  <>
                    {' '}
                    <a href={item.link.href}>{item.link.text}</a>
                  </>
                )}
              </p>
            ))}
            {otherTab && (
              <div class="tool-notice tool-notice--warning" data-notice="other-tab">
                <p>{s('otherTabChanged')}</p>
                <div class="tool-buttons">
                  <button type="button" onClick={otherTab.onReload}>
                    {s('otherTabReload')}
                  </button>
                  <button type="button" onClick={otherTab.onKeepMine}>
                    {s('otherTabKeepMine')}
                  </button>
                </div>
              </div>
            )}
          </div>

          <ScreenForm sheet={sheet} values={values} locale={locale} setHeader={state.setHeader} setField={state.setField} />
          <p class="tool-privacy">{s('autosave')}</p>
        </div>

        <Paper sheet={sheet} values={state.printMode === 'blank' ? null : values} locale={locale} mode={state.printMode} />
      </div>
    </TextContext.Provider>
  );
}
