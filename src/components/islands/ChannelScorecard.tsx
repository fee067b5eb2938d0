import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { CriterionKey, ScorecardStringKey, ScorecardText } from '../../i18n/channelScore';
import { fieldErrorMessage } from '../../i18n/fieldMessages';
import { numberErrorMessage } from '../../i18n/numbers';
import { fill, toolStrings } from '../../i18n/tools';
import {
  addChannel,
  addCriterion,
  channelExample,
  defaultCriterionKeys,
  MAX_CHANNELS,
  MAX_CRITERIA,
  MAX_LABEL_LENGTH,
  MAX_RADAR_CHANNELS,
  radarChannelKeys,
  removeChannel,
  removeCriterion,
  renameChannel,
  scoreChannels,
  thresholdKeys,
  updateCriterion,
  type Channel,
  type Criterion,
  type ThresholdKey,
} from '../../lib/channelScore';
import type { FieldError } from '../../lib/fields';
import { formatPercent, plainNumber, roundTo } from '../../lib/numbers';
import type { RadarData } from '../charts/radar';
import { LazyChart } from '../ui/LazyChart';
import { NumberField } from '../ui/NumberField';
import { ResultValue } from '../ui/ResultValue';
import { ToolFrame } from '../ui/ToolFrame';
import { CellInput } from './channelScore/CellInput';
import { scoreId, thresholdTexts as thresholdTextsOf, weightTexts as weightTextsOf } from './channelScore/fieldTexts';
import { useScorecardState } from './channelScore/useScorecardState';

const loadRadar = () => import('../charts/radar').then((module) => module.radar);
// Messages for rare states (a broken link, all weights 0, a full list…) download only when one arises.
const loadMessages = () => import('../../i18n/channelScoreMore');
type MessagesModule = Awaited<ReturnType<typeof loadMessages>>;
const builtInKeys: readonly string[] = defaultCriterionKeys;

interface Props {
  locale: Locale;
  /** The scorecard's strings in the page's language (see ChannelScorecard.zh-CN.tsx / .en.tsx). */
  text: ScorecardText;
  /** On the tool's own page the address bar follows edits; an embedded copy leaves it alone. */
  embedded?: boolean;
}

/** The channel scorecard: a view over src/lib/channelScore.ts. */
export default function ChannelScorecard({ locale, text, embedded = false }: Props) {
  const s = (key: ScorecardStringKey) => text.strings[key];
  const toolPath = `${locale === 'en' ? '/en' : ''}/tools/channel-score/`;
  const example = useMemo(() => channelExample(text.exampleChannelNames), [text]);
  const tool = useScorecardState(example, { syncUrl: !embedded });
  // `reader` reads typed numbers (zod) and is null until the scorecard is first used. Until then the
  // fields hold the state's own values (valid, nothing to read) or numbers typed meanwhile, which
  // are read when it arrives.
  const { state, texts, reader } = tool;
  const result = useMemo(() => scoreChannels(state), [state]);
  // Which channels the radar compares: null until someone ticks a box (then the first five).
  const [chosen, setChosen] = useState<string[] | null>(null);
  // The field to focus after an add, once it exists.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const separator = locale === 'en' ? ', ' : '、';
  const decimal = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const sharePercent = (share: number) => {
    const percent = share * 100;
    return formatPercent(percent, locale, { decimals: Number.isInteger(roundTo(percent, 1)) ? 0 : 1 });
  };

  const builtInName = (key: string) =>
    builtInKeys.includes(key) ? text.criterionNames[key as CriterionKey] : undefined;
  const criterionName = (criterion: Criterion, index: number) =>
    criterion.name || builtInName(criterion.key) || fill(s('criterionFallback'), { n: String(index + 1) });
  const channelName = (channel: Pick<Channel, 'name'>, index: number) =>
    channel.name || fill(s('channelFallback'), { n: String(index + 1) });
  const channelIndex = new Map(state.channels.map((channel, index) => [channel.key, index]));
  const nameOfChannel = (key: string) => {
    const index = channelIndex.get(key) ?? 0;
    return channelName(state.channels[index] ?? { name: '' }, index);
  };

  // ---- what is typed, and what it says

  const scoreText = (channel: Channel, criterion: string) => {
    const score = channel.scores[criterion];
    return texts[scoreId(channel.key, criterion)] ?? (score === undefined ? '' : plainNumber(score));
  };
  const weightTexts = weightTextsOf(state, texts);
  const thresholdTexts = thresholdTextsOf(state, texts);
  const thresholdReading = reader?.readThresholdTexts(thresholdTexts);

  const scoreMessage = (error: FieldError) =>
    error.code === 'too-small' || error.code === 'too-big' || error.code === 'out-of-range' || error.code === 'invalid'
      ? s('scoreBounds')
      : numberErrorMessage(error.code, locale);
  const thresholdMessage = (error: FieldError) =>
    error.code === 'empty' ? numberErrorMessage('empty', locale) : s('thresholdBounds');
  const weightReading = reader?.readWeightTexts(weightTexts);
  const weightErrors = new Map<string, string>(
    weightReading?.ok === false
      ? Object.entries(weightReading.errors).map(([key, error]) => [key, fieldErrorMessage(error, 'count', locale)])
      : [],
  );
  const zeroWeights = weightReading?.ok === false && weightReading.zero;
  const scoreErrors = new Map<string, string>();
  for (const channel of state.channels) {
    for (const criterion of state.criteria) {
      const id = scoreId(channel.key, criterion.key);
      const text = texts[id];
      if (text === undefined || !reader) continue;
      const read = reader.readScoreText(text);
      if (!read.ok) scoreErrors.set(id, scoreMessage(read.error));
    }
  }
  // Results shown while a field cannot be used are the last valid ones: say so.
  const stale = weightReading?.ok === false || scoreErrors.size > 0 || thresholdReading?.ok === false;
  const thresholdsOrder = thresholdReading?.ok === false && thresholdReading.order;

  const [messages, setMessages] = useState<MessagesModule | null>(null);
  const needMessages =
    tool.linkError !== null ||
    !tool.link.fits ||
    zeroWeights ||
    thresholdsOrder ||
    !result.ok ||
    state.criteria.length >= MAX_CRITERIA ||
    state.channels.length >= MAX_CHANNELS;
  useEffect(() => {
    if (needMessages && messages === null) void loadMessages().then(setMessages, () => undefined);
  }, [needMessages, messages]);
  const message = (key: keyof MessagesModule['scorecardMessages']) => messages?.scorecardMessages[key][locale] ?? '';

  // ---- edits

  // Numbers are read (and applied when usable) by the state hook: see scorecardEngine.applyTexts.
  const onScore = (channel: string, criterion: string, text: string) => tool.type(scoreId(channel, criterion), text);
  const onWeight = (key: string, text: string) => tool.type(`weight:${key}`, text);
  const onCriterionName = (criterion: Criterion, text: string) => {
    // Typing the built-in name back keeps the built-in, so it is still translated in the other language.
    const name = text.trim() === builtInName(criterion.key) ? '' : text;
    tool.type(`criterion:${criterion.key}`, text, (previous) => updateCriterion(previous, criterion.key, { name }));
  };
  const onChannelName = (key: string, text: string) =>
    tool.type(`channel:${key}`, text, (previous) => renameChannel(previous, key, text));
  const onThreshold = (key: ThresholdKey, text: string) => tool.type(`threshold:${key}`, text);
  const onAddCriterion = () => {
    const next = addCriterion(state, fill(s('newCriterion'), { n: String(state.criteria.length + 1) }));
    tool.update(() => next);
    setFocusId(`channel-criterion-${next.criteria.at(-1)?.key}`);
  };
  const onAddChannel = () => {
    const next = addChannel(state, fill(s('channelFallback'), { n: String(state.channels.length + 1) }));
    tool.update(() => next);
    setFocusId(`channel-name-${next.channels.at(-1)?.key}`);
  };

  // ---- radar

  const radarKeys = radarChannelKeys(state.channels, chosen);
  const radarChannels = radarKeys
    .map((key) => state.channels.find((channel) => channel.key === key))
    .filter((c): c is Channel => c !== undefined);
  const radarData: RadarData = useMemo(
    () => ({
      labels: state.criteria.map(criterionName),
      series: radarChannels.map((channel) => ({
        label: nameOfChannel(channel.key),
        values: state.criteria.map((criterion) => channel.scores[criterion.key] ?? null),
      })),
      min: 0,
      max: 5,
    }),
    [state, radarKeys.join(' '), locale],
  );
  const toggleRadar = (key: string, on: boolean) => {
    const current = radarChannelKeys(state.channels, chosen);
    setChosen(on ? [...current, key] : current.filter((other) => other !== key));
  };

  const ranked = result.ok ? result.channels.filter((channel) => channel.status === 'complete') : [];
  const incomplete = result.ok ? result.channels.filter((channel) => channel.status === 'incomplete') : [];

  return (
    <ToolFrame
      tool="channel-score"
      locale={locale}
      title={s('title')}
      search={tool.link.search}
      toolPath={toolPath}
      opening={tool.opening}
      savePaused={tool.savePaused}
      onRestoreSaved={tool.restoreSaved}
      onKeepShared={tool.keepShared}
      onReset={() => {
        setChosen(null);
        tool.reset();
      }}
      present={tool.present}
      onPresentChange={tool.setPresent}
      engine={{ prepare: tool.prepare, waiting: tool.waiting, failed: tool.engineFailed }}
    >
      <div class="channel-scorecard">
        {tool.linkError && messages && (
          <p class="tool-notice tool-notice--warning" data-notice="link-unreadable" role="status">
            {message('linkUnreadable')}
          </p>
        )}
        {!tool.link.fits && messages && (
          <p class="tool-notice tool-notice--warning" data-notice="link-too-long">
            {message('linkTooLong')}
          </p>
        )}
        <p class="tool-formula">{s('formula')}</p>
        <div class="tool-buttons" data-print="hide">
          <button type="button" onClick={() => window.print()}>
            {s('print')}
          </button>
        </div>

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
                    <span class="channel-visually-hidden">{s('actions')}</span>
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
                          value={texts[`criterion:${criterion.key}`] ?? name}
                          onInput={(text) => onCriterionName(criterion, text)}
                          kind="text"
                          maxLength={MAX_LABEL_LENGTH}
                        />
                      </td>
                      <td>
                        <CellInput
                          id={`channel-weight-${criterion.key}`}
                          label={fill(s('weightLabel'), { criterion: name })}
                          value={weightTexts[criterion.key] ?? ''}
                          onInput={(text) => onWeight(criterion.key, text)}
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
                          onClick={() => tool.update((previous) => removeCriterion(previous, criterion.key))}
                        >
                          {s('remove')}
                          <span class="channel-visually-hidden"> {name}</span>
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
            <p class="field-error" role="alert" data-error="zero-weights" hidden={!zeroWeights || !messages}>
              {zeroWeights ? message('zeroWeights') : ''}
            </p>
            <div class="tool-buttons" data-print="hide">
              <button type="button" onClick={onAddCriterion} disabled={state.criteria.length >= MAX_CRITERIA}>
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
                    value={texts[`channel:${channel.key}`] ?? channel.name}
                    onInput={(event) => onChannelName(channel.key, event.currentTarget.value)}
                  />
                  <button
                    type="button"
                    class="channel-remove"
                    onClick={() => tool.update((previous) => removeChannel(previous, channel.key))}
                  >
                    {s('remove')}
                    <span class="channel-visually-hidden"> {channelName(channel, index)}</span>
                  </button>
                </li>
              ))}
            </ol>
            <div class="tool-buttons">
              <button type="button" onClick={onAddChannel} disabled={state.channels.length >= MAX_CHANNELS}>
                {s('addChannel')}
              </button>
              {state.channels.length >= MAX_CHANNELS && (
                <span class="field-hint">{fill(message('maxChannels'), { n: String(MAX_CHANNELS) })}</span>
              )}
            </div>
          </fieldset>
        </div>

        {state.channels.length > 0 && (
          <fieldset class="channel-scores">
            <legend>{s('scoresHeading')}</legend>
            <p class="field-hint" data-print="hide">
              {s('scoresHint')}
            </p>
            <div class="channel-scroll" role="region" aria-label={s('scoresRegion')} tabIndex={0}>
              <table>
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
                          return (
                            <td key={channel.key}>
                              <CellInput
                                id={`channel-${id.replace(/:/g, '-')}`}
                                label={fill(s('scoreLabel'), { channel: channelName(channel, column), criterion: name })}
                                value={scoreText(channel, criterion.key)}
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
              </table>
            </div>
          </fieldset>
        )}

        <div class={`tool-results${stale ? ' tool-results--stale' : ''}`} aria-live="polite">
          <h2>{s('resultsHeading')}</h2>
          {stale && (
            <p class="tool-notice tool-notice--warning" data-print="hide">
              {toolStrings.staleResult[locale]}
            </p>
          )}
          {!result.ok ? (
            <p class="tool-status" data-status={result.error}>
              {messages && fill(message('scoreError'), { reason: messages.scoreErrorReasons[result.error][locale] })}
            </p>
          ) : (
            <>
              {ranked.length === 0 ? (
                <p class="tool-status" data-status="none-ranked">
                  {s('noneRanked')}
                </p>
              ) : (
                <div class="channel-scroll" role="region" aria-label={s('rankingCaption')} tabIndex={0}>
                  <table class="channel-ranking">
                    <caption>{s('rankingCaption')}</caption>
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
                                <span
                                  data-result="band"
                                  data-value={channel.band}
                                  class={`channel-band channel-band--${channel.band}`}
                                >
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
                  </table>
                </div>
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

        <fieldset class="channel-thresholds">
          <legend>{s('thresholdsHeading')}</legend>
          <p class="field-hint" data-print="hide">
            {s('thresholdsHint')}
          </p>
          <div class="field-grid">
            {thresholdKeys.map((key) => {
              const error = thresholdReading?.ok === false ? thresholdReading.errors[key] : undefined;
              return (
                <NumberField
                  key={key}
                  id={`channel-threshold-${key}`}
                  label={text.thresholdLabels[key]}
                  value={thresholdTexts[key]}
                  onInput={(text) => onThreshold(key, text)}
                  error={error ? thresholdMessage(error) : undefined}
                />
              );
            })}
          </div>
          <p class="field-error" role="alert" data-error="thresholds-order" hidden={!thresholdsOrder || !messages}>
            {thresholdsOrder ? message('thresholdsOrder') : ''}
          </p>
        </fieldset>

        {state.channels.length > 0 && (
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
                        onChange={(event) => toggleRadar(channel.key, event.currentTarget.checked)}
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
              loadingText={toolStrings.chartLoading[locale]}
              failedText={toolStrings.chartFailed[locale]}
            />
            <div class="channel-scroll" role="region" aria-label={s('radarTable')} tabIndex={0}>
              <table class="chart-table">
                <caption>{s('radarTable')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s('criterion')}</th>
                    {radarChannels.map((channel) => (
                      <th scope="col" key={channel.key}>
                        {nameOfChannel(channel.key)}
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
              </table>
            </div>
          </figure>
        )}
      </div>
    </ToolFrame>
  );
}
