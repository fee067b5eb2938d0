import { numberErrorMessage } from '../../../i18n/numbers';
import type { FieldError } from '../../../lib/fields';
import { thresholdKeys, type ThresholdKey } from '../../../lib/channel-score/model';
import { NumberField } from '../../ui/NumberField';
import type { View } from './view';

interface Props {
  view: View;
  texts: Record<ThresholdKey, string>;
  errors: Partial<Record<ThresholdKey, FieldError>>;
  /** Valid one by one, but not from high to low. */
  order: boolean;
  onThreshold: (key: ThresholdKey, text: string) => void;
}

/** The three band lines: the score a channel needs for each recommendation. */
export function Thresholds({ view, texts, errors, order, onThreshold }: Props) {
  const { s, locale, text } = view;
  const messageOf = (error: FieldError) => (error.code === 'empty' ? numberErrorMessage('empty', locale) : s('thresholdBounds'));
  return (
    <fieldset class="channel-thresholds">
      <legend>{s('thresholdsHeading')}</legend>
      <p class="field-hint" data-print="hide">
        {s('thresholdsHint')}
      </p>
      <div class="field-grid">
        {thresholdKeys.map((key) => {
          const error = errors[key];
          return (
            <NumberField
              key={key}
              id={`channel-threshold-${key}`}
              label={text.thresholdLabels[key]}
              value={texts[key]}
              onInput={(typed) => onThreshold(key, typed)}
              error={error ? messageOf(error) : undefined}
            />
          );
        })}
      </div>
      <p class="field-error" role="alert" data-error="thresholds-order" hidden={!order || !view.messages}>
        {order ? view.message('thresholdsOrder') : ''}
      </p>
    </fieldset>
  );
}
