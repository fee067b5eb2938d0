import { useState } from 'preact/hooks';
import type { CoreStringKey } from '../../../i18n/promotion/index';
import type { PlanLibrary } from './usePlanLibrary';
import { download } from './usePromotionState';

interface Props {
  t: (key: CoreStringKey, values?: Record<string, string>) => string;
  library: PlanLibrary;
}

/**
 * The builder's own notices above the plan list: the plan store on its way or not loaded, a
 * shared plan or example waiting to be saved, a broken link, saved plans set aside as unreadable,
 * and a save that failed.
 */
export function Notices({ t, library }: Props) {
  const [confirmingAside, setConfirmingAside] = useState<string | null>(null);
  const { shared, plan } = library;
  return (
    <div class="promotion-notices" aria-live="polite">
      {library.engineFailed ? (
        <div class="tool-notice tool-notice--warning" data-notice="engine-failed">
          <p>{t('storeFailed')}</p>
          <button type="button" onClick={library.prepare}>
            {t('retry')}
          </button>
        </div>
      ) : (
        library.storeLoading && (
          <p class="tool-notice" data-notice="store-loading">
            {t('storeLoading')}
          </p>
        )
      )}
      {shared && (
        <div class="tool-notice" data-notice="shared-plan">
          <p>{shared === 'example' ? t('exampleOpened', { name: plan.name }) : t('sharedPlan')}</p>
          <div class="tool-buttons">
            <button type="button" onClick={library.saveShared}>
              {t('saveShared')}
            </button>
            <button type="button" onClick={library.openSaved}>
              {t('openSaved')}
            </button>
          </div>
        </div>
      )}
      {library.linkBroken && (
        <div class="tool-notice tool-notice--warning" data-notice="link-broken">
          <p>{t('linkBroken')}</p>
          <ul>
            {library.linkProblems.slice(0, 12).map((problem, index) => (
              <li key={index}>{problem.text}</li>
            ))}
          </ul>
        </div>
      )}
      {library.setAside.map((entry, index) => (
        <div class="tool-notice tool-notice--warning" data-notice="plan-set-aside" key={entry.key}>
          <p>{t('setAside', { key: entry.key })}</p>
          <div class="tool-buttons">
            <button type="button" onClick={() => download(`promotion-plan-unreadable-${index + 1}.json`, entry.raw)}>
              {t('downloadRaw')}
            </button>
            {confirmingAside === entry.key ? (
              <>
                <span>{t('confirmRemoveSetAside')}</span>
                <button
                  type="button"
                  onClick={() => {
                    library.removeSetAside(entry.key);
                    setConfirmingAside(null);
                  }}
                >
                  {t('confirmDeleteButton')}
                </button>
                <button type="button" onClick={() => setConfirmingAside(null)}>
                  {t('cancel')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmingAside(entry.key)}>
                {t('removeSetAside')}
              </button>
            )}
          </div>
        </div>
      ))}
      {library.saveFailed && (
        <p class="tool-notice tool-notice--warning" data-notice="save-failed">
          {t('saveFailed')}
        </p>
      )}
    </div>
  );
}
