import { fill, toolStrings } from '../../../i18n/tools';
import type { ScorecardResult } from '../../../lib/channel-score/model';
import type { ChannelState } from '../../../lib/channel-score/schema';
import { ResultValue } from '../../ui/ResultValue';
import { ScrollingTable } from '../../ui/ScrollingTable';
import type { View } from './view';

interface Props {
  view: View;
  state: ChannelState;
  result: ScorecardResult;
  /** A field cannot be used: the results are the last valid ones. */
  stale: boolean;
}

/** The ranking with each channel's band, total and score out of 100, and what unranked channels lack. */
export function Results({ view, state, result, stale }: Props) {
  const { s, locale, text, messages, channelName, criterionName, decimal } = view;
  const separator = locale === 'en' ? ', ' : '、';
  const ranked = result.ok ? result.channels.filter((channel) => channel.status === 'complete') : [];
  const incomplete = result.ok ? result.channels.filter((channel) => channel.status === 'incomplete') : [];
  return (
    <div class={`tool-results${stale ? ' tool-results--stale' : ''}`} aria-live="polite">
      <h2>{s('resultsHeading')}</h2>
      {stale && (
        <p class="tool-notice tool-notice--warning" data-print="hide">
          {toolStrings.staleResult[locale]}
        </p>
      )}
      {!result.ok ? (
        <p class="tool-status" data-status={result.error}>
          {messages && fill(view.message('scoreError'), { reason: messages.scoreErrorReasons[result.error][locale] })}
        </p>
      ) : (
        <>
          {ranked.length === 0 ? (
            <p class="tool-status" data-status="none-ranked">
              {s('noneRanked')}
            </p>
          ) : (
            <ScrollingTable label={s('rankingCaption')} scrollClass="channel-scroll" tableClass="channel-ranking">
              <thead>
                <tr>
                  <th scope="col">{s('rank')}</th>
                  <th scope="col">{s('channel')}</th>
                  <th scope="col">{s('band')}</th>
                  <th scope="col">{s('total')}</th>
                  <th scope="col">{s('percent')}</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((channel) => {
                  const name = channelName(channel, channel.index);
                  return (
                    <tr key={channel.key} data-channel={name}>
                      <td>
                        <ResultValue name="rank" value={channel.rank} format={(value) => String(value)} />
                      </td>
                      <th scope="row">{name}</th>
                      <td>
                        {channel.band && (
                          <span data-result="band" data-value={channel.band} class={`channel-band channel-band--${channel.band}`}>
                            {text.bandNames[channel.band]}
                          </span>
                        )}
                      </td>
                      <td>
                        <ResultValue name="total" value={channel.total} format={(value) => decimal(value, 2)} />
                      </td>
                      <td>
                        <ResultValue name="percent" value={channel.percent} format={(value) => decimal(value, 1)} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </ScrollingTable>
          )}
          <p class="field-hint">{s('percentNote')}</p>
          {incomplete.length > 0 && (
            <div class="channel-incomplete">
              <h3>{s('incompleteHeading')}</h3>
              <ul>
                {incomplete.map((channel) => {
                  const name = channelName(channel, channel.index);
                  // Only weighted criteria hold a channel back from a rank.
                  const missing = state.criteria.flatMap((criterion, position) =>
                    channel.cells[position]?.code != null && criterion.weight > 0 ? [criterionName(criterion, position)] : [],
                  );
                  return (
                    <li key={channel.key} data-channel={name} data-status="incomplete">
                      {fill(s('missing'), { channel: name, criteria: missing.join(separator) })}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}
