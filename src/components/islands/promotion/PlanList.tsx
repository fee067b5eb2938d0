import { useEffect, useRef, useState } from 'preact/hooks';
import { SHORT_TEXT_MAX } from '../../../lib/promotion/planShape';
import { exampleKeys, type ExampleKey } from '../../../lib/promotion/plans';
import { fieldId, type CoreView } from './editor';

export interface PlanChoice {
  id: string;
  label: string;
}

interface Props {
  view: CoreView;
  choices: PlanChoice[];
  currentId: string;
  /** While a shared plan is open the list is for switching away from it only. */
  shared: boolean;
  onSwitch: (id: string) => void;
  onNew: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** Loads one of the built-in examples. */
  onLoadExample: (key: ExampleKey) => void;
  /** Renaming is typing a new name. */
  onRename: (name: string) => void;
}

/** The saved plans: switch, rename, new, duplicate, delete (after an in-page confirmation). */
export function PlanList({
  view,
  choices,
  currentId,
  shared,
  onSwitch,
  onNew,
  onDuplicate,
  onDelete,
  onLoadExample,
  onRename,
}: Props) {
  const { t, plan, dictionary } = view;
  const nameId = fieldId('name');
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const current = choices.find((choice) => choice.id === currentId);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => setConfirming(false), [currentId]);

  return (
    <section class="promotion-plans" aria-labelledby="promotion-plans-heading" data-print="hide">
      <h2 id="promotion-plans-heading">{t('plansHeading')}</h2>
      <div class="promotion-plan-bar">
        {!shared && choices.length > 0 && (
          <div class="field">
            <label for="promotion-current-plan">{t('currentPlan')}</label>
            <select
              id="promotion-current-plan"
              value={currentId}
              onChange={(event) => onSwitch(event.currentTarget.value)}
            >
              {choices.map((choice) => (
                <option value={choice.id} key={choice.id}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field promotion-field">
          <label for={nameId}>{t('planName')}</label>
          <input
            type="text"
            autoComplete="off"
            id={nameId}
            name={nameId}
            value={plan.name}
            maxLength={SHORT_TEXT_MAX}
            aria-describedby={`${nameId}-hint`}
            onInput={(event) => onRename(event.currentTarget.value)}
          />
          <p id={`${nameId}-hint`} class="field-hint">
            {t('planNameHint')}
          </p>
        </div>
      </div>
      <div class="tool-buttons">
        <button type="button" onClick={onNew}>
          {t('newPlan')}
        </button>
        <button type="button" onClick={onDuplicate}>
          {t('duplicatePlan')}
        </button>
        {!shared && (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            aria-expanded={confirming}
            aria-controls="promotion-confirm-delete"
          >
            {t('deletePlan')}
          </button>
        )}
        {exampleKeys.map((key) => (
          <button type="button" class="promotion-example-button" key={key} onClick={() => onLoadExample(key)}>
            {t('loadExample', { name: dictionary.exampleNames[key] })}
          </button>
        ))}
      </div>
      {confirming && (
        <div
          class="tool-notice tool-notice--warning promotion-confirm"
          id="promotion-confirm-delete"
          role="group"
          aria-labelledby="promotion-confirm-delete-text"
        >
          <p id="promotion-confirm-delete-text">{t('confirmDelete', { name: current?.label ?? '' })}</p>
          <div class="tool-buttons">
            <button
              type="button"
              ref={confirmButton}
              onClick={() => {
                setConfirming(false);
                onDelete();
              }}
            >
              {t('confirmDeleteButton')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p class="field-hint">{t('exampleHint')}</p>
    </section>
  );
}
