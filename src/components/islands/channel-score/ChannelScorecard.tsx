import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChannelScoreText } from '../../../i18n/channel-score/zh-CN';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import { numberErrorMessage } from '../../../i18n/numbers';
import type { Locale } from '../../../lib/locale';
import { fill } from '../../../i18n/tools';
import {
  channelExample,
  MAX_CHANNELS,
  MAX_CRITERIA,
  removeChannel,
  removeCriterion,
  renameChannel,
  addChannel,
  addCriterion,
  scoreChannels,
  type ThresholdKey,
} from '../../../lib/channel-score/model';
import {
  channelNameId,
  criterionNameId,
  renameCriterion,
  scoreId,
  thresholdId,
  thresholdTexts as thresholdTextsOf,
  weightId,
  weightTexts as weightTextsOf,
} from '../../../lib/channel-score/fields';
import type { Criterion } from '../../../lib/channel-score/schema';
import type { FieldError } from '../../../lib/fields';
import { ToolFrame } from '../../ui/ToolFrame';
import { Radar } from './Radar';
import { Results } from './Results';
import { Scores } from './Scores';
import { Setup } from './Setup';
import { Thresholds } from './Thresholds';
import { useChannelScoreState } from './useChannelScoreState';
import { loadMessages, makeView, type MessagesModule } from './view';

interface Props {
  locale: Locale;
  /** The scorecard's strings in the page's language (i18n/channel-score/zh-CN.ts or en.ts). */
  text: ChannelScoreText;
  /** On the tool's own page the address bar follows edits; an embedded copy leaves it alone. */
  embedded?: boolean;
}

/** The channel scorecard: a view over src/lib/channel-score/. */
export default function ChannelScorecard({ locale, text, embedded = false }: Props) {
  const [messages, setMessages] = useState<MessagesModule | null>(null);
  const view = makeView(locale, text, messages);
  const { s } = view;
  const example = useMemo(() => channelExample(text.exampleChannelNames), [text]);
  const tool = useChannelScoreState(example, { syncUrl: !embedded, builtInName: view.builtInName });
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

  // ---- what is typed, and what it says

  const weightTexts = weightTextsOf(state, texts);
  const thresholdTexts = thresholdTextsOf(state, texts);
  const thresholdReading = reader?.readThresholdTexts(thresholdTexts);
  const weightReading = reader?.readWeightTexts(weightTexts);
  const weightErrors = new Map<string, string>(
    weightReading?.ok === false
      ? Object.entries(weightReading.errors).map(([key, error]) => [key, fieldErrorMessage(error, 'count', locale)])
      : [],
  );
  const zeroWeights = weightReading?.ok === false && weightReading.zero;
  const scoreMessage = (error: FieldError) =>
    error.code === 'too-small' || error.code === 'too-big' || error.code === 'out-of-range' || error.code === 'invalid'
      ? s('scoreBounds')
      : numberErrorMessage(error.code, locale);
  const scoreErrors = new Map<string, string>();
  for (const channel of state.channels) {
    for (const criterion of state.criteria) {
      const id = scoreId(channel.key, criterion.key);
      const typed = texts[id];
      if (typed === undefined || !reader) continue;
      const read = reader.readScoreText(typed);
      if (!read.ok) scoreErrors.set(id, scoreMessage(read.error));
    }
  }
  // Results shown while a field cannot be used are the last valid ones: say so.
  const stale = weightReading?.ok === false || scoreErrors.size > 0 || thresholdReading?.ok === false;
  const thresholdsOrder = thresholdReading?.ok === false && thresholdReading.order;

  const needMessages =
    tool.linkError !== null ||
    tool.linkTooLong ||
    zeroWeights ||
    thresholdsOrder ||
    !result.ok ||
    state.criteria.length >= MAX_CRITERIA ||
    state.channels.length >= MAX_CHANNELS;
  useEffect(() => {
    if (needMessages && messages === null) void loadMessages().then(setMessages, () => undefined);
  }, [needMessages, messages]);

  // ---- edits: names apply at once; numbers are read by the engine (see useChannelScoreState)

  const onCriterionName = (criterion: Criterion, typed: string) =>
    tool.type(criterionNameId(criterion.key), typed, (previous) =>
      renameCriterion(previous, criterion.key, typed, view.builtInName(criterion.key)),
    );
  const onAddCriterion = () => {
    const next = addCriterion(state, fill(s('newCriterion'), { n: String(state.criteria.length + 1) }));
    tool.setState(() => next);
    setFocusId(`channel-criterion-${next.criteria.at(-1)?.key}`);
  };
  const onAddChannel = () => {
    const next = addChannel(state, fill(s('channelFallback'), { n: String(state.channels.length + 1) }));
    tool.setState(() => next);
    setFocusId(`channel-name-${next.channels.at(-1)?.key}`);
  };

  return (
    <ToolFrame
      {...tool.frame}
      tool="channel-score"
      locale={locale}
      title={s('title')}
      toolPath={`${locale === 'en' ? '/en' : ''}/tools/channel-score/`}
      onReset={() => {
        setChosen(null);
        tool.frame.onReset();
      }}
    >
      <div class="channel-scorecard">
        {tool.linkError && messages && (
          <p class="tool-notice tool-notice--warning" data-notice="link-unreadable" role="status">
            {view.message('linkUnreadable')}
          </p>
        )}
        {tool.linkTooLong && messages && (
          <p class="tool-notice tool-notice--warning" data-notice="link-too-long">
            {view.message('linkTooLong')}
          </p>
        )}
        <p class="tool-formula">{s('formula')}</p>
        <div class="tool-buttons" data-print="hide">
          <button type="button" onClick={() => window.print()}>
            {s('print')}
          </button>
        </div>

        <Setup
          view={view}
          state={state}
          result={result}
          texts={texts}
          weightTexts={weightTexts}
          weightErrors={weightErrors}
          zeroWeights={zeroWeights}
          onCriterionName={onCriterionName}
          onWeight={(key, typed) => tool.type(weightId(key), typed)}
          onRemoveCriterion={(key) => tool.setState((previous) => removeCriterion(previous, key))}
          onAddCriterion={onAddCriterion}
          onChannelName={(key, typed) => tool.type(channelNameId(key), typed, (previous) => renameChannel(previous, key, typed))}
          onRemoveChannel={(key) => tool.setState((previous) => removeChannel(previous, key))}
          onAddChannel={onAddChannel}
        />

        {state.channels.length > 0 && (
          <Scores
            view={view}
            state={state}
            result={result}
            texts={texts}
            scoreErrors={scoreErrors}
            onScore={(channel, criterion, typed) => tool.type(scoreId(channel, criterion), typed)}
          />
        )}

        <Results view={view} state={state} result={result} stale={stale} />

        <Thresholds
          view={view}
          texts={thresholdTexts}
          errors={thresholdReading?.ok === false ? thresholdReading.errors : {}}
          order={thresholdsOrder}
          onThreshold={(key: ThresholdKey, typed) => tool.type(thresholdId(key), typed)}
        />

        {state.channels.length > 0 && <Radar view={view} state={state} chosen={chosen} onChoose={setChosen} />}
      </div>
    </ToolFrame>
  );
}
