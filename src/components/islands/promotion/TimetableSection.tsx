import { useMemo, useState } from 'preact/hooks';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import { warningMessage } from '../../../i18n/promotion/messages';
import { dateOfDayNumber, isIsoDate } from '../../../lib/promotion/dates';
import { parsePhaseDays, timelineBars } from '../../../lib/promotion/form';
import { defaultPhaseDurations, durationsFromPhases, type PhaseDurations } from '../../../lib/promotion/timetable';
import type { TimelineData } from '../../charts/timeline';
import { LazyChart } from '../../ui/LazyChart';
import { NumberField } from '../../ui/NumberField';
import { fieldId, type Editor } from './editor';
import { ElementFieldset } from './fields';

const loadTimeline = () => import('../../charts/timeline').then((module) => module.timeline);
const durationKeys = [
  'preparationDays',
  'communicationDays',
  'evaluationDays',
] as const satisfies readonly (keyof PhaseDurations)[];

/** A day number as `yyyy-mm-dd`, for the chart's axis and tooltips. */
function dateText(day: number): string {
  return dateOfDayNumber(Math.round(day)) ?? '';
}

/**
 * Element 11: the timetable as an editable table, generated from the promotion dates with
 * phase lengths the person can change, and drawn as a timeline. The lengths start from what the
 * saved timetable implies, so regenerating after moving the dates keeps them.
 */
export function TimetableEditor({ editor }: { editor: Editor }) {
  const { plan, t, locale, dictionary } = editor;
  const { phases } = plan.timetable;
  const [durationTexts, setDurationTexts] = useState<Record<(typeof durationKeys)[number], string>>(() => {
    const implied = durationsFromPhases(phases, plan.period);
    return Object.fromEntries(
      durationKeys.map((key) => [key, String(implied[key] ?? defaultPhaseDurations[key])]),
    ) as Record<(typeof durationKeys)[number], string>;
  });
  const [outcome, setOutcome] = useState<string>('');
  const durations = durationKeys.map((key) => ({ key, result: parsePhaseDays(durationTexts[key]) }));
  const durationsValid = durations.every(({ result }) => result.ok);

  const generate = async () => {
    const choices = Object.fromEntries(durations.map(({ key, result }) => [key, result.ok ? result.value : undefined]));
    const { period } = plan;
    // The generator is fetched on the first click, not with the page.
    let generator: typeof import('../../../lib/promotion/timetableGenerator');
    try {
      generator = await import('../../../lib/promotion/timetableGenerator');
    } catch {
      setOutcome(t('partNotLoaded'));
      return;
    }
    const generated = generator.generateTimetable(period, choices);
    if (generated.ok) {
      editor.setValue('timetable.phases', generated.phases);
      setOutcome(t('generated'));
    } else setOutcome(dictionary.timetableErrorMessages[generated.error]);
  };

  const chartData: TimelineData = useMemo(() => {
    const bars = timelineBars(phases);
    return {
      labels: bars.map((bar) => dictionary.phaseShortNames[bar.key]),
      bars: bars.map((bar): [number, number] => [bar.from, bar.to]),
      formatDay: (day) => dateText(day).slice(5),
      formatSpan: (from, to) => `${dateText(from)} – ${dateText(to - 1)}`,
    };
  }, [phases, locale]);

  const setPhaseDate = (index: number, end: 'start' | 'end', text: string) =>
    editor.setValue(`timetable.phases.${index}.${end}`, text === '' || isIsoDate(text) ? text : '');

  return (
    <ElementFieldset editor={editor} element="timetable">
      <fieldset class="promotion-group">
        <legend>{t('durationsHeading')}</legend>
        <div class="field-grid">
          {durations.map(({ key, result }) => (
            <NumberField
              key={key}
              id={fieldId(`timetable.${key}`)}
              label={t(key)}
              value={durationTexts[key]}
              onInput={(text) => setDurationTexts((previous) => ({ ...previous, [key]: text }))}
              error={result.ok ? undefined : fieldErrorMessage(result.error, 'count', locale)}
            />
          ))}
        </div>
        <div class="tool-buttons">
          <button type="button" onClick={() => void generate()} disabled={!durationsValid}>
            {phases.length === 0 ? t('generate') : t('regenerate')}
          </button>
          {phases.length > 0 && <span class="field-hint">{t('regenerateHint')}</span>}
        </div>
        <p class="tool-bar-status" role="status">
          {outcome}
        </p>
      </fieldset>

      {phases.length === 0 ? (
        <p class="field-hint">{t('noPhases')}</p>
      ) : (
        <div class="promotion-table-scroll">
          <table class="promotion-timetable">
            <caption>{t('timetableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" id="promotion-phase-col-name">
                  {t('phase')}
                </th>
                <th scope="col" id="promotion-phase-col-start">
                  {t('phaseStart')}
                </th>
                <th scope="col" id="promotion-phase-col-end">
                  {t('phaseEnd')}
                </th>
                <th scope="col">{t('phaseNotes')}</th>
              </tr>
            </thead>
            <tbody>
              {phases.map((phase, index) => {
                const rowId = `promotion-phase-${index}`;
                const notes = editor.warnings.filter((warning) => warning.path === `timetable.phases.${index}`);
                return (
                  <tr key={index} data-phase={phase.key}>
                    <th scope="row" id={rowId}>
                      {dictionary.phaseNames[phase.key]}
                    </th>
                    {(['start', 'end'] as const).map((end) => (
                      <td key={end}>
                        <input
                          type="date"
                          id={fieldId(`timetable.phases.${index}.${end}`)}
                          min="1000-01-01"
                          max="9999-12-31"
                          value={phase[end]}
                          aria-labelledby={`${rowId} promotion-phase-col-${end}`}
                          onInput={(event) => setPhaseDate(index, end, event.currentTarget.value)}
                        />
                      </td>
                    ))}
                    <td>
                      {notes.map((warning) => (
                        <p class="promotion-cell-warning" data-warning={warning.code} key={warning.code}>
                          {warningMessage(dictionary, warning, locale)}
                        </p>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {chartData.bars.length > 0 && (
        <figure class="tool-chart promotion-timeline">
          <figcaption>{t('timelineCaption')}</figcaption>
          <LazyChart
            load={loadTimeline}
            data={chartData}
            label={t('timelineLabel')}
            locale={locale}
          />
        </figure>
      )}
    </ElementFieldset>
  );
}
