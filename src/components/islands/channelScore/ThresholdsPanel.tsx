import type { Locale } from '../../../i18n/locales';
import { scorecardMessages, thresholdLabels } from '../../../i18n/channelScoreMore';
import { numberErrorMessage } from '../../../i18n/numbers';
import { thresholdKeys, type readThresholdTexts, type ThresholdKey } from '../../../lib/channelScore';
import type { FieldError } from '../../../lib/fields';
import { NumberField } from '../../ui/NumberField';

export interface ThresholdsPanelProps {
  locale: Locale;
  /** The three lines as typed (or as saved, before anyone types). */
  texts: Readonly<Record<ThresholdKey, string>>;
  reading: ReturnType<typeof readThresholdTexts>;
  onInput: (key: ThresholdKey, text: string) => void;
}

/**
 * The fields of the three band lines, with their messages. Band lines are set once and rarely
 * changed, so their section is closed at first and this code loads when it opens.
 */
export default function ThresholdsPanel({ locale, texts, reading, onInput }: ThresholdsPanelProps) {
  const s = (key: 'thresholdsHint' | 'thresholdsOrder' | 'thresholdBounds') => scorecardMessages[key][locale];
  const message = (error: FieldError) => (error.code === 'empty' ? numberErrorMessage('empty', locale) : s('thresholdBounds'));
  const order = !reading.ok && reading.order;
  return (
    <>
      <p class="field-hint" data-print="hide">
        {s('thresholdsHint')}
      </p>
      <div class="field-grid">
        {thresholdKeys.map((key) => {
          const error = reading.ok ? undefined : reading.errors[key];
          return (
            <NumberField
              key={key}
              id={`channel-threshold-${key}`}
              label={thresholdLabels[key][locale]}
              value={texts[key]}
              onInput={(text) => onInput(key, text)}
              error={error ? message(error) : undefined}
            />
          );
        })}
      </div>
      <p class="field-error" role="alert" data-error="thresholds-order" hidden={!order}>
        {order ? s('thresholdsOrder') : ''}
      </p>
    </>
  );
}
