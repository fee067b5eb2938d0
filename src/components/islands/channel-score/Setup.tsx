import { fill } from '../../../i18n/tools';
import { channelNameId, criterionNameId } from '../../../lib/channel-score/fields';
import { MAX_CHANNELS, MAX_CRITERIA, MAX_LABEL_LENGTH, type ScorecardResult } from '../../../lib/channel-score/model';
import type { ChannelState, Criterion } from '../../../lib/channel-score/schema';
import { plainNumber } from '../../../lib/numbers';
import { CellInput } from '../../ui/CellInput';
import { ResultValue } from '../../ui/ResultValue';
import type { View } from './view';

interface Props {
  view: View;
  state: ChannelState;
  result: ScorecardResult;
  texts: Readonly<Record<string, string>>;
  weightTexts: Record<string, string>;
  weightErrors: Map<string, string>;
  zeroWeights: boolean;
  onCriterionName: (criterion: Criterion, text: string) => void;
  onWeight: (key: string, text: string) => void;
  onRemoveCriterion: (key: string) => void;
  onAddCriterion: () => void;
  onChannelName: (key: string, text: string) => void;
  onRemoveChannel: (key: string) => void;
  onAddChannel: () => void;
}

/** The criteria with their weights, and the list of channels: what the scorecard scores. */
export function Setup({ view, state, result, texts, weightTexts, weightErrors, zeroWeights, ...on }: Props) {
  const { s, message, criterionName, channelName, sharePercent } = view;
  return (
    <div class="channel-setup">
      <fieldset class="channel-criteria">
        <legend>{s('criteriaHeading')}</legend>
        <p class="field-hint" data-print="hide">
          {s('criteriaHint')}
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">{s('criterion')}</th>
              <th scope="col">{s('weight')}</th>
              <th scope="col">{s('share')}</th>
              <th scope="col" data-print="hide">
                <span class="sr-only">{s('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.criteria.map((criterion, index) => {
              const name = criterionName(criterion, index);
              const share = result.ok ? (result.weights[index]?.share ?? null) : null;
              return (
                <tr key={criterion.key} data-criterion={criterion.key}>
                  <td>
                    <CellInput
                      id={`channel-criterion-${criterion.key}`}
                      label={fill(s('criterionNameLabel'), { n: String(index + 1) })}
                      value={texts[criterionNameId(criterion.key)] ?? name}
                      onInput={(text) => on.onCriterionName(criterion, text)}
                      kind="text"
                      maxLength={MAX_LABEL_LENGTH}
                    />
                  </td>
                  <td>
                    <CellInput
                      id={`channel-weight-${criterion.key}`}
                      label={fill(s('weightLabel'), { criterion: name })}
                      value={weightTexts[criterion.key] ?? ''}
                      onInput={(text) => on.onWeight(criterion.key, text)}
                      error={weightErrors.get(criterion.key)}
                    />
                  </td>
                  <td>
                    <ResultValue name="share" value={share} format={sharePercent} />
                  </td>
                  <td data-print="hide">
                    <button
                      type="button"
                      class="channel-remove"
                      disabled={state.criteria.length <= 1}
                      onClick={() => on.onRemoveCriterion(criterion.key)}
                    >
                      {s('remove')}
                      <span class="sr-only"> {name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{s('totalWeight')}</th>
              <td>
                <ResultValue
                  name="weight-total"
                  value={state.criteria.reduce((sum, criterion) => sum + criterion.weight, 0)}
                  format={(value) => plainNumber(value)}
                />
              </td>
              <td>{result.ok ? sharePercent(1) : '—'}</td>
              <td data-print="hide" />
            </tr>
          </tfoot>
        </table>
        <p class="field-error" role="alert" data-error="zero-weights" hidden={!zeroWeights || !view.messages}>
          {zeroWeights ? message('zeroWeights') : ''}
        </p>
        <div class="tool-buttons" data-print="hide">
          <button type="button" onClick={on.onAddCriterion} disabled={state.criteria.length >= MAX_CRITERIA}>
            {s('addCriterion')}
          </button>
          {state.criteria.length >= MAX_CRITERIA && (
            <span class="field-hint">{fill(message('maxCriteria'), { n: String(MAX_CRITERIA) })}</span>
          )}
        </div>
      </fieldset>

      <fieldset class="channel-list" data-print="hide">
        <legend>{s('channelsHeading')}</legend>
        {state.channels.length === 0 && <p class="field-hint">{s('noChannels')}</p>}
        <ol>
          {state.channels.map((channel, index) => (
            <li key={channel.key}>
              <label for={`channel-name-${channel.key}`}>{fill(s('channelNameLabel'), { n: String(index + 1) })}</label>
              <input
                id={`channel-name-${channel.key}`}
                name={`channel-name-${channel.key}`}
                type="text"
                autoComplete="off"
                maxLength={MAX_LABEL_LENGTH}
                value={texts[channelNameId(channel.key)] ?? channel.name}
                onInput={(event) => on.onChannelName(channel.key, event.currentTarget.value)}
              />
              <button type="button" class="channel-remove" onClick={() => on.onRemoveChannel(channel.key)}>
                {s('remove')}
                <span class="sr-only"> {channelName(channel, index)}</span>
              </button>
            </li>
          ))}
        </ol>
        <div class="tool-buttons">
          <button type="button" onClick={on.onAddChannel} disabled={state.channels.length >= MAX_CHANNELS}>
            {s('addChannel')}
          </button>
          {state.channels.length >= MAX_CHANNELS && (
            <span class="field-hint">{fill(message('maxChannels'), { n: String(MAX_CHANNELS) })}</span>
          )}
        </div>
      </fieldset>
    </div>
  );
}
