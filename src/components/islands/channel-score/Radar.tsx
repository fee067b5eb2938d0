import { useMemo } from 'preact/hooks';
import { fill } from '../../../i18n/tools';
import { MAX_RADAR_CHANNELS, radarChannelKeys } from '../../../lib/channel-score/model';
import type { Channel, ChannelState } from '../../../lib/channel-score/schema';
import { plainNumber } from '../../../lib/numbers';
import type { RadarData } from '../../charts/radar';
import { LazyChart } from '../../ui/LazyChart';
import { ScrollingTable } from '../../ui/ScrollingTable';
import type { View } from './view';

const loadRadar = () => import('../../charts/radar').then((module) => module.radar);

interface Props {
  view: View;
  state: ChannelState;
  /** Which channels the radar compares: null until someone ticks a box (then the first five). */
  chosen: string[] | null;
  onChoose: (chosen: string[]) => void;
}

/** The radar chart of up to five chosen channels, with the same scores in a table. */
export function Radar({ view, state, chosen, onChoose }: Props) {
  const { s, locale, criterionName, channelName } = view;
  const radarKeys = radarChannelKeys(state.channels, chosen);
  const nameOfChannel = (channel: Channel) => channelName(channel, state.channels.indexOf(channel));
  const radarChannels = radarKeys
    .map((key) => state.channels.find((channel) => channel.key === key))
    .filter((c): c is Channel => c !== undefined);
  const radarData: RadarData = useMemo(
    () => ({
      labels: state.criteria.map(criterionName),
      series: radarChannels.map((channel) => ({
        label: nameOfChannel(channel),
        values: state.criteria.map((criterion) => channel.scores[criterion.key] ?? null),
      })),
      min: 0,
      max: 5,
    }),
    [state, radarKeys.join(' '), locale],
  );
  const toggle = (key: string, on: boolean) => onChoose(on ? [...radarKeys, key] : radarKeys.filter((other) => other !== key));

  return (
    <figure class="tool-chart channel-radar" data-print="hide">
      <figcaption>{s('radarHeading')}</figcaption>
      <fieldset>
        <legend>{fill(s('radarChoose'), { n: String(MAX_RADAR_CHANNELS) })}</legend>
        <div class="choice">
          {state.channels.map((channel, index) => {
            const on = radarKeys.includes(channel.key);
            return (
              <label key={channel.key}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && radarKeys.length >= MAX_RADAR_CHANNELS}
                  onChange={(event) => toggle(channel.key, event.currentTarget.checked)}
                />
                {channelName(channel, index)}
              </label>
            );
          })}
        </div>
        {radarKeys.length >= MAX_RADAR_CHANNELS && state.channels.length > MAX_RADAR_CHANNELS && (
          <p class="field-hint">{fill(s('radarFull'), { n: String(MAX_RADAR_CHANNELS) })}</p>
        )}
        {radarKeys.length === 0 && <p class="field-hint">{s('radarEmpty')}</p>}
      </fieldset>
      <LazyChart
        load={loadRadar}
        data={radarData}
        label={s('radarLabel')}
        locale={locale}
      />
      <ScrollingTable label={s('radarTable')} scrollClass="channel-scroll" tableClass="chart-table">
        <thead>
          <tr>
            <th scope="col">{s('criterion')}</th>
            {radarChannels.map((channel) => (
              <th scope="col" key={channel.key}>
                {nameOfChannel(channel)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {state.criteria.map((criterion, row) => (
            <tr key={criterion.key}>
              <th scope="row">{criterionName(criterion, row)}</th>
              {radarChannels.map((channel) => {
                const score = channel.scores[criterion.key];
                return <td key={channel.key}>{score === undefined ? '—' : plainNumber(score)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
    </figure>
  );
}
