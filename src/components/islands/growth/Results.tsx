import { fill, toolStrings } from '../../../i18n/tools';
import type { GrowthScenario } from '../../../lib/growth/model';
import { ResultValue } from '../../ui/ResultValue';
import type { MessagesModule, View } from './view';

/** The four headline results, each shown and named (data-result) by its scenario key. */
const headlineKeys = ['sales', 'target', 'planned', 'multiple'] as const;

interface Props {
  view: View;
  scenario: GrowthScenario;
  /** The sentences for less common outcomes, once downloaded. */
  messages: MessagesModule | null;
  /** Some field cannot be used: these are the last valid state's results, dimmed. */
  stale: boolean;
  /** Inside a chapter the results sit under the chapter's own section heading. */
  embedded: boolean;
}

/** The results: the headline amounts, whether the plan reaches the goal, and each lever's plan. */
export function Results({ view, scenario, messages, stale, embedded }: Props) {
  const { locale, s, text, money, percent, signed, multiple, leverValue } = view;
  const Heading = embedded ? 'h3' : 'h2';
  // The results speak of the basis they were computed on.
  const words = text.bases[scenario.basis];
  const statusTemplate = scenario.status === 'ok' ? text.reachedStatus : (messages?.statusStrings[scenario.status][locale] ?? '');
  const statusText = fill(statusTemplate, {
    multiple: scenario.multiple === null ? '—' : multiple(scenario.multiple),
    planned: scenario.planned === null ? '—' : money(scenario.planned),
    shortfall: scenario.shortfall ? money(scenario.shortfall.amount) : '—',
    percent: scenario.shortfall ? percent(scenario.shortfall.percentOfTarget) : '—',
  });

  return (
    <div class={`tool-results${stale ? ' tool-results--stale' : ''}`} aria-live="polite">
      <Heading>{s('resultsHeading')}</Heading>
      {stale && <p class="tool-notice tool-notice--warning">{toolStrings.staleResult[locale]}</p>}
      <dl class="headline">
        {headlineKeys.map((key) => (
          <div key={key}>
            <dt>{s(key)}</dt>
            <dd>
              <ResultValue name={key} value={scenario[key]} format={key === 'multiple' ? multiple : money} />
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
        {scenario.attribution !== 'zero-factor' ? s('attributionNote') : messages?.growthMoreStrings.attributionUndefined[locale]}
      </p>
    </div>
  );
}
