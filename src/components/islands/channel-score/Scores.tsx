import { fill } from '../../../i18n/tools';
import { scoreId } from '../../../lib/channel-score/fields';
import type { ScorecardResult } from '../../../lib/channel-score/model';
import type { ChannelState } from '../../../lib/channel-score/schema';
import { plainNumber } from '../../../lib/numbers';
import { CellInput } from '../../ui/CellInput';
import { ScrollingTable } from '../../ui/ScrollingTable';
import type { View } from './view';

interface Props {
  view: View;
  state: ChannelState;
  result: ScorecardResult;
  texts: Readonly<Record<string, string>>;
  scoreErrors: Map<string, string>;
  onScore: (channel: string, criterion: string, text: string) => void;
}

/** The score table: one row per criterion, one column per channel, a 1–5 score in each cell. */
export function Scores({ view, state, result, texts, scoreErrors, onScore }: Props) {
  const { s, criterionName, channelName, sharePercent } = view;
  return (
    <fieldset class="channel-scores">
      <legend>{s('scoresHeading')}</legend>
      <p class="field-hint" data-print="hide">
        {s('scoresHint')}
      </p>
      <ScrollingTable label={s('scoresRegion')} caption={false} scrollClass="channel-scroll">
        <thead>
          <tr>
            <th scope="col">{s('criterion')}</th>
            <th scope="col">{s('share')}</th>
            {state.channels.map((channel, index) => (
              <th scope="col" key={channel.key}>
                {channelName(channel, index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {state.criteria.map((criterion, row) => {
            const name = criterionName(criterion, row);
            const share = result.ok ? result.weights[row]?.share : undefined;
            return (
              <tr key={criterion.key}>
                <th scope="row">{name}</th>
                <td>{share === undefined ? '—' : sharePercent(share)}</td>
                {state.channels.map((channel, column) => {
                  const id = scoreId(channel.key, criterion.key);
                  const score = channel.scores[criterion.key];
                  return (
                    <td key={channel.key}>
                      <CellInput
                        id={`channel-${id.replace(/:/g, '-')}`}
                        label={fill(s('scoreLabel'), { channel: channelName(channel, column), criterion: name })}
                        value={texts[id] ?? (score === undefined ? '' : plainNumber(score))}
                        onInput={(text) => onScore(channel.key, criterion.key, text)}
                        error={scoreErrors.get(id)}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </ScrollingTable>
    </fieldset>
  );
}
