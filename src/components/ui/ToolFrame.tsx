import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../lib/locale';
import { fill, ignoredParamText, toolStrings } from '../../i18n/tools';
import type { ToolSlug } from '../../lib/catalog';
import type { OpeningState } from '../../lib/savedTool';
import { QrCode } from './QrCode';

interface Props {
  /** The tool's route slug: its styles are scoped under `[data-tool='<tool>']`. */
  tool: ToolSlug;
  locale: Locale;
  title: string;
  /** The scenario's query string (`?customers=…`), without the present flag. */
  search: string;
  /** The tool's own page, for the link and QR code (an embedded copy links to the tool). */
  toolPath: string;
  opening: OpeningState<unknown> | null;
  savePaused: boolean;
  onRestoreSaved: () => void;
  onKeepShared: () => void;
  onReset: () => void;
  present: boolean;
  onPresentChange: (present: boolean) => void;
  /**
   * For a tool whose reading and computing code loads on first use (see useEngine): called when a
   * person reaches for the tool, and whether an edit waits for that code or it failed to load.
   */
  engine?: { prepare: () => void; waiting: boolean; failed: boolean };
  /** Another tab changed this tool's saved copy: offer theirs, or keep this tab's (see useSavedTool). */
  otherTab?: { onReload: () => void; onKeepMine: () => void } | null;
  children: ComponentChildren;
}

/**
 * What every tool has around its fields and results: notices about the link and the saved copy,
 * "copy link", present mode with a QR code of the link, and the privacy promise.
 */
export function ToolFrame(props: Props) {
  const { locale, title, search, toolPath, opening, present, onPresentChange, engine } = props;
  const t = (key: keyof typeof toolStrings) => toolStrings[key][locale];
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [restored, setRestored] = useState(false);
  const exitButton = useRef<HTMLButtonElement>(null);
  const shareUrl = typeof window === 'undefined' ? `${toolPath}${search}` : `${window.location.origin}${toolPath}${search}`;

  useEffect(() => {
    if (!present) return;
    exitButton.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onPresentChange(false);
    window.addEventListener('keydown', onKey);
    document.documentElement.classList.add('tool-presenting');
    return () => {
      window.removeEventListener('keydown', onKey);
      document.documentElement.classList.remove('tool-presenting');
    };
  }, [present]);

  const copy = () => {
    const done = () => setCopyState('copied');
    const fail = () => setCopyState('failed');
    if (navigator.clipboard) navigator.clipboard.writeText(shareUrl).then(done, fail);
    else fail();
  };

  return (
    <section
      class={`tool-frame not-content${present ? ' tool-frame--present' : ''}`}
      aria-label={title}
      data-tool={props.tool}
      data-pagefind-ignore
      data-ready={opening ? 'true' : undefined}
      onFocusIn={engine?.prepare}
      onPointerDown={engine?.prepare}
    >
      <div class="tool-notices" aria-live="polite">
        {engine?.failed && (
          <div class="tool-notice tool-notice--warning" data-notice="engine-failed">
            <p>{t('engineFailed')}</p>
            <button type="button" onClick={engine.prepare}>
              {t('engineRetry')}
            </button>
          </div>
        )}
        {engine?.waiting && !engine.failed && (
          <p class="tool-notice" data-notice="computing">
            {t('engineLoading')}
          </p>
        )}
        {opening && opening.ignored.length > 0 && (
          <p class="tool-notice tool-notice--warning" data-notice="ignored-params">
            {t('ignoredParams')} {opening.ignored.map((item) => ignoredParamText(item, locale)).join(locale === 'en' ? ', ' : '；')}
          </p>
        )}
        {opening?.setAsideKey && (
          <p class="tool-notice tool-notice--warning" data-notice="set-aside">
            {fill(t('setAside'), { key: opening.setAsideKey })}
          </p>
        )}
        {opening?.storageUnavailable && (
          <p class="tool-notice" data-notice="storage-unavailable">
            {t('storageUnavailable')}
          </p>
        )}
        {props.savePaused && (
          <div class="tool-notice" data-notice="shared">
            <p>{t('sharedScenario')}</p>
            <div class="tool-buttons">
              <button
                type="button"
                onClick={() => {
                  props.onRestoreSaved();
                  setRestored(true);
                }}
              >
                {t('restoreSaved')}
              </button>
              <button type="button" onClick={props.onKeepShared}>
                {t('keepShared')}
              </button>
            </div>
          </div>
        )}
        {props.otherTab && (
          <div class="tool-notice tool-notice--warning" data-notice="other-tab">
            <p>{t('otherTabChanged')}</p>
            <div class="tool-buttons">
              <button type="button" onClick={props.otherTab.onReload}>
                {t('otherTabReload')}
              </button>
              <button type="button" onClick={props.otherTab.onKeepMine}>
                {t('otherTabKeepMine')}
              </button>
            </div>
          </div>
        )}
        {restored && !props.savePaused && <p class="tool-notice">{t('restoredSaved')}</p>}
      </div>

      <div class="tool-bar" data-print="hide">
        <button type="button" onClick={copy}>
          {t('copyLink')}
        </button>
        <button type="button" aria-pressed={present} onClick={() => onPresentChange(!present)} ref={exitButton}>
          {present ? t('exitPresent') : t('present')}
        </button>
        <button type="button" onClick={props.onReset}>
          {t('reset')}
        </button>
        <span class="tool-bar-status" role="status">
          {copyState === 'copied' ? t('linkCopied') : copyState === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
      {copyState === 'failed' && (
        <p>
          <label>
            {t('shareLinkLabel')}
            <input type="text" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} />
          </label>
        </p>
      )}

      <div class="tool-body">
        <div class="tool-main">{props.children}</div>
        {present && (
          <aside class="tool-qr">
            <QrCode text={shareUrl} label={t('qrCaption')} loadingText={t('qrLoading')} failedText={t('qrFailed')} />
            <p>{t('qrCaption')}</p>
            <p class="tool-qr-url">{shareUrl}</p>
          </aside>
        )}
      </div>

      <p class="tool-privacy">{t('privacy')}</p>
    </section>
  );
}
