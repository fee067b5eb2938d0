import type { Locale } from '../../../lib/locale';
import type { PromotionText } from '../../../i18n/promotion/index';
import { ToolFrame } from '../../ui/ToolFrame';
import { ElementPanel } from './ElementPanel';
import { Notices } from './Notices';
import { PlanList } from './PlanList';
import { Progress } from './Progress';
import { Transfer } from './Transfer';
import { usePromotionState } from './usePromotionState';

interface Props {
  locale: Locale;
  /** The first paint's strings in `locale`: the page passes its language's dictionary (i18n/promotion/<locale>.ts). */
  text: PromotionText;
}

/**
 * The promotion plan builder: a view over its state (usePromotionState, with the several-plans
 * library in usePlanLibrary) and its sections. The editors' strings and code follow on first use.
 */
export default function PromotionBuilder({ locale, text }: Props) {
  const state = usePromotionState(locale, text);
  const { t, view, editor, library, completeness, documents } = state;
  const { plan, shared, opening } = library;

  return (
    <ToolFrame
      tool="promotion"
      locale={locale}
      title={t('title')}
      search={state.search}
      toolPath={`${locale === 'en' ? '/en' : ''}/tools/promotion/`}
      opening={opening}
      savePaused={false}
      onRestoreSaved={library.openSaved}
      onKeepShared={library.saveShared}
      onReset={() => void library.loadExample('purifier')}
      present={library.present}
      onPresentChange={library.setPresent}
      engine={{ prepare: library.prepare, waiting: false, failed: false }}
    >
      {library.present ? (
        documents && editor ? (
          <documents.PlanSummary editor={editor} />
        ) : state.documentsFailed ? (
          <div class="tool-notice tool-notice--warning" role="alert">
            <p>{t('partNotLoaded')}</p>
            <button type="button" onClick={state.retryDocuments}>
              {t('retry')}
            </button>
          </div>
        ) : (
          <p role="status">{t('loadingPart')}</p>
        )
      ) : (
        <>
          <div
            class="promotion-screen"
            onPointerDown={state.preloadDocuments}
            onKeyDown={state.preloadDocuments}
            onFocusIn={state.preloadDocuments}
          >
            <Notices t={t} library={library} />
            <PlanList
              view={view}
              choices={library.choices}
              currentId={plan.id}
              shared={shared !== false}
              onSwitch={library.switchTo}
              onNew={library.createPlan}
              onDuplicate={library.duplicatePlan}
              onDelete={library.deletePlan}
              onLoadExample={(key) => void library.loadExample(key)}
              onRename={(name) => library.edit((previous) => ({ ...previous, name }))}
            />
            <p class="tool-bar-status promotion-status-line" role="status">
              {state.status}
            </p>
            {!shared && !opening?.storageUnavailable && <p class="field-hint">{t('autosaved')}</p>}

            <Progress view={view} completeness={completeness} onOpen={state.openElement} />

            <form
              class="promotion-form"
              key={state.formKey}
              onSubmit={(event) => event.preventDefault()}
              noValidate
              aria-labelledby="promotion-form-heading"
            >
              <div class="promotion-form-head">
                <h2 id="promotion-form-heading">{t('formHeading')}</h2>
                <button type="button" onClick={state.toggleAll}>
                  {state.allOpen ? t('closeAll') : t('openAll')}
                </button>
              </div>
              {completeness.elements.map(({ element, status }) => (
                <ElementPanel
                  key={element}
                  view={view}
                  element={element}
                  status={status}
                  open={state.openElements.has(element)}
                  onToggle={() => state.toggleElement(element)}
                  editor={editor}
                  loadShared={state.loadKit}
                />
              ))}
            </form>

            <Transfer
              view={view}
              onPrint={state.printPlan}
              onExport={state.exportPlan}
              onImport={(file) => void library.importFile(file)}
              failure={state.importFailure}
              draftsPending={state.draftsPending}
            />
          </div>
          {documents && editor ? (
            <documents.PlanDocument editor={editor} />
          ) : (
            <p class="print-only promotion-print-pending">{t('printPending', { print: t('print') })}</p>
          )}
        </>
      )}
    </ToolFrame>
  );
}
