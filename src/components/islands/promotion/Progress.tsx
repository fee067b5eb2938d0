import { missingFieldsText } from '../../../i18n/promotion/index';
import type { PlanCompleteness } from '../../../lib/promotion/completeness';
import { elementKeys, type ElementKey } from '../../../lib/promotion/planShape';
import { ResultValue } from '../../ui/ResultValue';
import { elementAnchor, type CoreView } from './editor';

/** How many of the twelve elements are complete, with a link to each one that is not (following it opens that element). */
export function Progress({
  view,
  completeness,
  onOpen,
}: {
  view: CoreView;
  completeness: PlanCompleteness;
  onOpen: (element: ElementKey) => void;
}) {
  const { t, locale, dictionary } = view;
  const open = completeness.elements.filter((entry) => entry.status !== 'complete');
  return (
    <section class="promotion-progress" aria-labelledby="promotion-progress-heading">
      <h2 id="promotion-progress-heading">{t('progressHeading')}</h2>
      <p class="promotion-progress-value">
        <span>{t('progressLabel')}</span>{' '}
        <ResultValue
          name="completeness"
          value={completeness.completed}
          format={(value) => `${value}/${completeness.total}`}
        />
      </p>
      <div class="promotion-progress-bar" aria-hidden="true">
        <span style={{ width: `${(completeness.completed / completeness.total) * 100}%` }} />
      </div>
      {open.length === 0 ? (
        <p class="promotion-progress-done">{t('allComplete')}</p>
      ) : (
        <>
          <p>{t('missingHeading')}</p>
          <ul class="promotion-missing">
            {open.map((entry) => (
              <li key={entry.element} data-missing={entry.element}>
                <a href={`#${elementAnchor(entry.element)}`} onClick={() => onOpen(entry.element)}>
                  {`${elementKeys.indexOf(entry.element) + 1}. ${dictionary.elementNames[entry.element]}`}
                </a>
                {`${locale === 'en' ? ': ' : '：'}${
                  entry.status === 'empty'
                    ? dictionary.elementStatusNames.empty
                    : missingFieldsText(dictionary, entry.element, entry.missing, locale)
                }`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
