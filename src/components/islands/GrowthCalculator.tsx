import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../lib/locale';
import { fieldErrorMessage } from '../../i18n/fieldMessages';
import type { GrowthStringKey, GrowthText } from '../../i18n/growth';
import { fill, toolStrings } from '../../i18n/tools';
import {
  computeGrowthScenario,
  growthBases,
  growthDefaults,
  growthFields,
  growthFlags,
  leverKeys,
  type GrowthBasis,
  type GrowthChoiceKey,
  type GrowthKey,
  type LeverKey,
} from '../../lib/growthTool';
import { formatCount, formatMoney, formatPercent, roundTo } from '../../lib/numbers';
import { LazyPanel } from '../ui/LazyPanel';
import { LazyChart } from '../ui/LazyChart';
import { NumberField } from '../ui/NumberField';
import { ResultValue } from '../ui/ResultValue';
import { ToolFrame } from '../ui/ToolFrame';
import { useToolState } from '../ui/useToolState';
import type { WaterfallData } from '../charts/waterfall';

const loadWaterfall = () => import('../charts/waterfall').then((module) => module.waterfall);
// The sensitivity section is closed at first; its field, table and math load when it opens.
const loadSensitivityPanel = () => import('./growth/SensitivityPanel').then((module) => module.default);
// Sentences for less common outcomes download only when one is shown.
const loadMessages = () => import('../../i18n/growthMore');
type MessagesModule = Awaited<ReturnType<typeof loadMessages>>;
const fieldKinds = Object.fromEntries(growthFields.map((field) => [field.key, field.kind])) as Record<
  GrowthKey,
  (typeof growthFields)[number]['kind']
>;
const growthKeys = growthFields.map((field) => field.key);
const choiceKeys: readonly GrowthChoiceKey[] = ['basis'];
const isBasis = (value: string): value is GrowthBasis => (growthBases as readonly string[]).includes(value);
// The schema and link reading (with zod) download on first use; the example shows without them.
const loadDefinition = () => import('../../lib/growthSchema').then((module) => module.growthDefinition);
const upliftKeys = { customers: 'upCustomers', active: 'upActive', aov: 'upAov' } as const;
/** The four headline results, each shown and named (data-result) by its scenario key. */
const headlineKeys = ['sales', 'target', 'planned', 'multiple'] as const;

interface Props {
  locale: Locale;
  /** The calculator's strings in the page's language (see GrowthCalculator.zh-CN.tsx / .en.tsx). */
  text: GrowthText;
  /** On the tool's own page the address bar follows edits; an embedded copy leaves it alone. */
  embedded?: boolean;
}

/** The growth formula calculator: a view over src/lib/growthTool.ts. */
export default function GrowthCalculator({ locale, text, embedded = false }: Props) {
  const s = (key: GrowthStringKey) => text.strings[key];
  const toolPath = `${locale === 'en' ? '/en' : ''}/tools/growth/`;
  const [mode, setMode] = useState<'multiple' | 'target'>('multiple');
  const tool = useToolState({
    name: 'growth',
    version: 1,
    defaults: growthDefaults,
    keys: growthKeys,
    choiceKeys,
    flags: growthFlags,
    loadDefinition,
    syncUrl: !embedded,
    excluded: mode === 'multiple' ? ['target'] : ['goal'],
    required: mode === 'target' ? ['target'] : [],
  });
  // A link or saved scenario with a target amount opens in target mode.
  useEffect(() => {
    if (tool.opening) setMode(tool.opening.state.target !== undefined ? 'target' : 'multiple');
  }, [tool.opening]);
  // Inside a chapter the calculator sits under the chapter's own section heading.
  const ResultsHeading = embedded ? 'h3' : 'h2';
  const scenario = useMemo(() => computeGrowthScenario(tool.state), [tool.state]);
  // The form speaks of the basis chosen; the results, of the basis they were computed on (the two
  // differ only while an entry is invalid under a newly chosen basis).
  const chosenBasis = tool.choices.basis;
  const formWords = text.bases[isBasis(chosenBasis) ? chosenBasis : scenario.basis];
  const words = text.bases[scenario.basis];
  const idPrefix = `growth-${embedded ? 'embed-' : ''}`;
  const [sensitivityOpened, setSensitivityOpened] = useState(false);
  const [messages, setMessages] = useState<MessagesModule | null>(null);
  const needMessages = scenario.status !== 'ok' || scenario.notices.length > 0 || scenario.attribution === 'zero-factor';
  useEffect(() => {
    if (needMessages && messages === null) void loadMessages().then(setMessages, () => undefined);
  }, [needMessages, messages]);

  // Cents only where there are any, so ¥600,000 does not read ¥600,000.00.
  const money = (value: number) => formatMoney(value, locale, { decimals: Number.isInteger(roundTo(value, 2)) ? 0 : 2 });
  const percent = (value: number) => formatPercent(value, locale, { decimals: 2 });
  const signed = (value: number) => formatPercent(value, locale, { decimals: 2, signed: true });
  const multipleText = (value: number) =>
    locale === 'en' ? `${roundTo(value, 2)}×` : `${roundTo(value, 2)} 倍`;
  const leverValue = (key: LeverKey, value: number) =>
    key === 'active' ? percent(value) : key === 'aov' ? money(value) : formatCount(value, locale);

  const field = (key: GrowthKey, label: string, hint?: string) => {
    const error = tool.errors[key];
    return (
      <NumberField
        id={`${idPrefix}${key}`}
        label={label}
        hint={hint}
        value={tool.texts[key]}
        onInput={(text) => tool.setText(key, text)}
        error={error ? fieldErrorMessage(error, fieldKinds[key], locale) : undefined}
      />
    );
  };

  const chartData: WaterfallData = useMemo(() => {
    const sales = scenario.sales ?? 0;
    let running = sales;
    const steps = scenario.levers.map((lever): [number, number] => {
      const from = running;
      running += lever.contribution ?? 0;
      return [from, running];
    });
    return {
      labels: [s('sales'), ...leverKeys.map((key) => words.leverNames[key]), s('planned')],
      bars: [[0, sales], ...steps, [0, scenario.planned ?? 0]],
      format: (value: number) => formatMoney(value, locale, { compact: true }),
    };
  }, [scenario, words]);

  const statusTemplate =
    scenario.status === 'ok' ? text.reachedStatus : (messages?.statusStrings[scenario.status][locale] ?? '');
  const statusText = fill(statusTemplate, {
    multiple: scenario.multiple === null ? '—' : multipleText(scenario.multiple),
    planned: scenario.planned === null ? '—' : money(scenario.planned),
    shortfall: scenario.shortfall ? money(scenario.shortfall.amount) : '—',
    percent: scenario.shortfall ? percent(scenario.shortfall.percentOfTarget) : '—',
  });

  return (
    <ToolFrame
      tool="growth"
      locale={locale}
      title={s('formula')}
      search={tool.search}
      toolPath={toolPath}
      opening={tool.opening}
      savePaused={tool.savePaused}
      onRestoreSaved={tool.restoreSaved}
      onKeepShared={tool.keepShared}
      onReset={() => {
        setMode('multiple');
        tool.reset();
      }}
      present={tool.present}
      onPresentChange={tool.setPresent}
      engine={{ prepare: tool.prepare, waiting: tool.waiting, failed: tool.engineFailed }}
    >
      <p class="tool-formula">{formWords.formula}</p>
      <div class="tool-columns">
        <form class="tool-inputs" onSubmit={(event) => event.preventDefault()} noValidate>
          <fieldset aria-describedby={`${idPrefix}basis-note`}>
            <legend>{s('basisHeading')}</legend>
            <div class="choice">
              {growthBases.map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={`${idPrefix}basis`}
                    value={option}
                    checked={chosenBasis === option}
                    onChange={() => tool.setChoice('basis', option)}
                  />
                  {text.bases[option].option}
                </label>
              ))}
            </div>
            <p class="field-hint" id={`${idPrefix}basis-note`}>
              {formWords.note}
            </p>
          </fieldset>
          <fieldset>
            <legend>{s('currentHeading')}</legend>
            <div class="field-grid">
              {leverKeys.map((key) => field(key, formWords.leverFieldLabels[key], formWords.leverHints[key]))}
            </div>
          </fieldset>
          <fieldset>
            <legend>{s('goalHeading')}</legend>
            <div class="choice" role="radiogroup" aria-label={s('goalKind')}>
              {(['multiple', 'target'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={`growth-goal-mode${embedded ? '-embed' : ''}`}
                    checked={mode === option}
                    onChange={() => setMode(option)}
                  />
                  {option === 'multiple' ? s('goalAsMultiple') : s('goalAsTarget')}
                </label>
              ))}
            </div>
            {mode === 'multiple' ? field('goal', s('goalMultiple')) : field('target', s('goalTarget'))}
          </fieldset>
          <fieldset>
            <legend>{s('fixedHeading')}</legend>
            <p class="field-hint">{s('fixedHint')}</p>
            <div class="field-grid">{leverKeys.map((key) => field(upliftKeys[key], formWords.upliftFieldLabels[key]))}</div>
          </fieldset>
        </form>

        <div class={`tool-results${tool.stale ? ' tool-results--stale' : ''}`} aria-live="polite">
          <ResultsHeading>{s('resultsHeading')}</ResultsHeading>
          {tool.stale && <p class="tool-notice tool-notice--warning">{toolStrings.staleResult[locale]}</p>}
          <dl class="headline">
            {headlineKeys.map((key) => (
              <div key={key}>
                <dt>{s(key)}</dt>
                <dd>
                  <ResultValue name={key} value={scenario[key]} format={key === 'multiple' ? multipleText : money} />
                </dd>
              </div>
            ))}
          </dl>
          <p class="tool-status" data-status={scenario.status}>
            {statusText}
          </p>
          {messages &&
            scenario.notices.map((notice) => (
              <p class="tool-notice" data-notice={notice.code} key={notice.code}>
                {fill(messages.noticeStrings[notice.code][locale], {
                  levers: notice.keys.map((key) => words.leverNames[key]).join(locale === 'en' ? ', ' : '、'),
                })}
              </p>
            ))}

          <table class="plan-table">
            <caption>{s('planHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{s('lever')}</th>
                <th scope="col">{s('current')}</th>
                <th scope="col">{s('plan')}</th>
                <th scope="col">{s('uplift')}</th>
                <th scope="col">{s('contribution')}</th>
              </tr>
            </thead>
            <tbody>
              {scenario.levers.map((lever) => (
                <tr key={lever.key}>
                  <th scope="row">
                    {words.leverNames[lever.key]}
                    {lever.fixed ? s('fixedMark') : ''}
                    {lever.capped ? s('cappedMark') : ''}
                  </th>
                  <td>{leverValue(lever.key, lever.current)}</td>
                  <td>
                    <ResultValue name={`plan-${lever.key}`} value={lever.planned} format={(v) => leverValue(lever.key, v)} />
                  </td>
                  <td>
                    <ResultValue name={`uplift-${lever.key}`} value={lever.upliftPercent} format={signed} />
                  </td>
                  <td>
                    <ResultValue name={`contrib-${lever.key}`} value={lever.contribution} format={money} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="field-hint" data-basis={scenario.basis}>
            {words.inUse}
          </p>
          <p class="field-hint">
            {scenario.attribution !== 'zero-factor'
              ? s('attributionNote')
              : messages?.growthMoreStrings.attributionUndefined[locale]}
          </p>
        </div>
      </div>

      <details class="tool-more" onToggle={(event) => event.currentTarget.open && setSensitivityOpened(true)}>
        <summary>{s('sensitivityHeading')}</summary>
        {sensitivityOpened && (
          <LazyPanel
            load={loadSensitivityPanel}
            props={{ locale, text, leverNames: words.leverNames, state: tool.state, field, money, signed }}
            loadingText={s('panelLoading')}
            failedText={s('panelFailed')}
            retryText={s('retry')}
          />
        )}
      </details>

      <figure class="tool-chart">
        <figcaption>{s('chartHeading')}</figcaption>
        <LazyChart
          load={loadWaterfall}
          data={chartData}
          label={s('chartLabel')}
          loadingText={toolStrings.chartLoading[locale]}
          failedText={toolStrings.chartFailed[locale]}
        />
        <table class="chart-table">
          <caption>{s('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{s('step')}</th>
              <th scope="col">{s('amount')}</th>
            </tr>
          </thead>
          <tbody>
            {chartData.labels.map((label, index) => {
              const [from, to] = chartData.bars[index] ?? [0, 0];
              return (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{money(index === 0 || index === chartData.labels.length - 1 ? to : to - from)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </figure>

      {embedded && (
        <p>
          <a href={`${toolPath}${tool.search}`}>{s('openTool')}</a>
        </p>
      )}
    </ToolFrame>
  );
}
