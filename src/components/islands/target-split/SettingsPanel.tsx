import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import type { Locale } from '../../../lib/locale';
import type { SplitStringKey, SplitText } from '../../../i18n/target-split';
import { fill } from '../../../i18n/tools';
import type { FieldError, FieldKind } from '../../../lib/fields';
import { seasonalityKinds, splitMethods, type SeasonalityKind, type SplitMethod } from '../../../lib/target-split/model';
import { roundingChoices, type SplitForm, type SplitFormErrors } from '../../../lib/target-split/form';
import { NumberField } from '../../ui/NumberField';

export interface SettingsActions {
  setText: (field: 'total' | 'alpha' | 'over' | 'rounding', text: string) => void;
  setMethod: (method: SplitMethod) => void;
  setSeasonality: (seasonality: SeasonalityKind) => void;
  setMonthWeight: (month: number, text: string) => void;
  setRoundingChoice: (choice: string) => void;
}

interface Props {
  locale: Locale;
  dictionary: SplitText;
  form: SplitForm;
  errors: SplitFormErrors;
  customRounding: boolean;
  actions: SettingsActions;
}

/** The target, over-assignment, rounding, method and seasonality. */
export function SettingsPanel({ locale, dictionary, form, errors, customRounding, actions }: Props) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  const message = (error: FieldError | null | undefined, kind: FieldKind) => (error ? fieldErrorMessage(error, kind, locale) : undefined);
  const roundingValue = customRounding ? 'custom' : form.rounding;
  return (
    <div class="split-settings">
      <fieldset>
        <legend>{s('targetHeading')}</legend>
        <div class="field-grid">
          <NumberField
            id="split-total"
            label={s('total')}
            hint={s('totalHint')}
            value={form.total}
            onInput={(text) => actions.setText('total', text)}
            error={message(errors.total, 'money')}
          />
          <NumberField
            id="split-over"
            label={s('over')}
            hint={s('overHint')}
            value={form.over}
            onInput={(text) => actions.setText('over', text)}
            error={message(errors.over, 'percent')}
          />
          <div class="field">
            <label for="split-rounding">{s('rounding')}</label>
            <select id="split-rounding" value={roundingValue} onChange={(event) => actions.setRoundingChoice(event.currentTarget.value)}>
              {roundingChoices.map((choice) => (
                <option key={choice} value={choice}>
                  {Number(choice).toLocaleString(locale)}
                </option>
              ))}
              <option value="custom">{s('roundingCustom')}</option>
            </select>
            <p class="field-hint">{s('roundingHint')}</p>
          </div>
          {customRounding && (
            <NumberField
              id="split-rounding-custom"
              label={s('roundingCustomField')}
              value={form.rounding}
              onInput={(text) => actions.setText('rounding', text)}
              error={message(errors.rounding, 'count')}
            />
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{s('methodHeading')}</legend>
        <ul class="split-methods">
          {splitMethods.map((method) => (
            <li key={method}>
              <label>
                <input type="radio" name="split-method" value={method} checked={form.method === method} onChange={() => actions.setMethod(method)} />
                <span>
                  <strong>{dictionary.methodNames[method].name}</strong>
                  <span class="field-hint">{dictionary.methodNames[method].explanation}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {form.method === 'blend' && (
          <NumberField
            id="split-alpha"
            label={s('alpha')}
            hint={s('alphaHint')}
            value={form.alpha}
            onInput={(text) => actions.setText('alpha', text)}
            error={message(errors.alpha, 'percent')}
          />
        )}
      </fieldset>

      <fieldset>
        <legend>{s('seasonHeading')}</legend>
        <div class="field">
          <label for="split-seasonality">{s('seasonality')}</label>
          <select
            id="split-seasonality"
            value={form.seasonality}
            onChange={(event) => actions.setSeasonality(event.currentTarget.value as SeasonalityKind)}
          >
            {seasonalityKinds.map((kind) => (
              <option key={kind} value={kind}>
                {dictionary.seasonalityNames[kind]}
              </option>
            ))}
          </select>
        </div>
        {form.seasonality === 'custom' && (
          <div class="split-month-weights">
            <p class="field-hint">{s('monthWeightsHint')}</p>
            <div class="field-grid">
              {dictionary.monthNames.map((month, index) => (
                <NumberField
                  key={month}
                  id={`split-month-weight-${index + 1}`}
                  label={fill(s('monthWeightField'), { month })}
                  value={form.monthWeights[index] ?? ''}
                  onInput={(text) => actions.setMonthWeight(index, text)}
                  error={message(errors.monthWeights[index], 'money')}
                />
              ))}
            </div>
          </div>
        )}
      </fieldset>
    </div>
  );
}
