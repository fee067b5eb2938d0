import { useMemo } from 'preact/hooks';
import type { Locale } from '../../../i18n/locales';
import type { ScorecardText } from '../../../i18n/channelScore';
import { scorecardMessages } from '../../../i18n/channelScoreMore';
import { fill, toolStrings } from '../../../i18n/tools';
import { MAX_RADAR_CHANNELS, radarChannelKeys, type Channel } from '../../../lib/channelScore';
import { plainNumber } from '../../../lib/share';
import type { RadarData } from '../../charts/radar';
import { LazyChart } from '../../ui/LazyChart';

const loadRadar = () => import('../../charts/radar').then((module) => module.radar);

export interface RadarPanelProps {
  locale: Locale;
  text: ScorecardText;
  /** The criteria, each with its name as the page shows it, in order. */
  criteria: readonly { key: string; name: string }[];
  /** The channels, each with its name as the page shows it, in order. */
  channels: readonly { key: string; name: string; scores: Channel['scores'] }[];
  /** The channels someone chose, or null before anyone has (then the first five). */
  chosen: readonly string[] | null;
  onChoose: (keys: string[]) => void;
}

/**
 * The radar chart comparing up to five channels' scores, with the boxes that choose them and a
 * table of the same scores. Its code loads when someone opens the radar section.
 */
export default function RadarPanel({ locale, text, criteria, channels, chosen, onChoose }: RadarPanelProps) {
  const s = (key: 'radarChoose' | 'radarFull' | 'radarEmpty' | 'radarLabel' | 'radarTable') => scorecardMessages[key][locale];
  const keys = radarChannelKeys(channels, chosen);
  const shown = channels.filter((channel) => keys.includes(channel.key));
  const data: RadarData = useMemo(
    () => ({
      labels: criteria.map((criterion) => criterion.name),
      series: shown.map((channel) => ({
        label: channel.name,
        values: criteria.map((criterion) => channel.scores[criterion.key] ?? null),
      })),
      min: 0,
      max: 5,
    }),
    [criteria, channels, keys.join(' ')],
  );
  return (
    <>
      <fieldset>
        <legend>{fill(s('radarChoose'), { n: String(MAX_RADAR_CHANNELS) })}</legend>
        <div class="choice">
          {channels.map((channel) => {
            const on = keys.includes(channel.key);
            return (
              <label key={channel.key}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && keys.length >= MAX_RADAR_CHANNELS}
                  onChange={(event) =>
                    onChoose(event.currentTarget.checked ? [...keys, channel.key] : keys.filter((other) => other !== channel.key))
                  }
                />
                {channel.name}
              </label>
            );
          })}
        </div>
        {keys.length >= MAX_RADAR_CHANNELS && channels.length > MAX_RADAR_CHANNELS && (
          <p class="field-hint">{fill(s('radarFull'), { n: String(MAX_RADAR_CHANNELS) })}</p>
        )}
        {keys.length === 0 && <p class="field-hint">{s('radarEmpty')}</p>}
      </fieldset>
      <LazyChart
        load={loadRadar}
        data={data}
        label={s('radarLabel')}
        loadingText={toolStrings.chartLoading[locale]}
        failedText={toolStrings.chartFailed[locale]}
      />
      <div class="channel-scroll" role="region" aria-label={s('radarTable')} tabIndex={0}>
        <table class="chart-table">
          <caption>{s('radarTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{text.strings.criterion}</th>
              {shown.map((channel) => (
                <th scope="col" key={channel.key}>
                  {channel.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((criterion) => (
              <tr key={criterion.key}>
                <th scope="row">{criterion.name}</th>
                {shown.map((channel) => {
                  const score = channel.scores[criterion.key];
                  return <td key={channel.key}>{score === undefined ? '—' : plainNumber(score)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
