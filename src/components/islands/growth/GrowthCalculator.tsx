import { useEffect, useMemo, useState } from 'preact/hooks';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import type { GrowthText } from '../../../i18n/growth/zh-CN';
import { computeGrowthScenario, growthFields, type GrowthKey } from '../../../lib/growth/model';
import type { Locale } from '../../../lib/locale';
import { LazyPanel } from '../../ui/LazyPanel';
import { NumberField } from '../../ui/NumberField';
import { ToolFrame } from '../../ui/ToolFrame';
import { Chart } from './Chart';
import { Inputs } from './Inputs';
import { Results } from './Results';
import { useGrowthState } from './useGrowthState';
import { loadMessages, makeView, type MessagesModule } from './view';

// The sensitivity section is closed at first; its field, table and math load when it opens.
const loadSensitivityPanel = () => import('./SensitivityPanel').then((module) => module.default);
const fieldKinds = Object.fromEntries(growthFields.map((field) => [field.key, field.kind])) as Record<
  GrowthKey,
  (typeof growthFields)[number]['kind']
>;

interface Props {
  locale: Locale;
  /** The calculator's strings in the page's language (i18n/growth/zh-CN.ts or en.ts). */
  text: GrowthText;
  /** On the tool's own page the address bar follows edits; an embedded copy leaves it alone. */
  embedded?: boolean;
}

/** The growth formula calculator: a view over src/lib/growth/model.ts. */
export default function GrowthCalculator({ locale, text, embedded = false }: Props) {
  const toolPath = `${locale === 'en' ? '/en' : ''}/tools/growth/`;
  const tool = useGrowthState({ syncUrl: !embedded });
  const scenario = useMemo(() => computeGrowthScenario(tool.state), [tool.state]);
  const idPrefix = `growth-${embedded ? 'embed-' : ''}`;
  const [sensitivityOpened, setSensitivityOpened] = useState(false);
  const [messages, setMessages] = useState<MessagesModule | null>(null);
  const needMessages = scenario.status !== 'ok' || scenario.notices.length > 0 || scenario.attribution === 'zero-factor';
  useEffect(() => {
    if (needMessages && messages === null) void loadMessages().then(setMessages, () => undefined);
  }, [needMessages, messages]);

  const view = makeView(locale, text, (key, label, hint) => {
    const error = tool.errors[key];
    return (
      <NumberField
        id={`${idPrefix}${key}`}
        label={label}
        hint={hint}
        value={tool.texts[key] ?? ''}
        onInput={(typed) => tool.setText(key, typed)}
        error={error ? fieldErrorMessage(error, fieldKinds[key], locale) : undefined}
      />
    );
  });
  const { s } = view;

  return (
    <ToolFrame {...tool.frame} tool="growth" locale={locale} title={s('formula')} toolPath={toolPath}>
      <p class="tool-formula">{text.bases[tool.basis].formula}</p>
      <div class="tool-columns">
        <Inputs
          view={view}
          idPrefix={idPrefix}
          embedded={embedded}
          basis={tool.basis}
          onBasis={tool.setBasis}
          mode={tool.mode}
          onMode={tool.setMode}
        />
        <Results view={view} scenario={scenario} messages={messages} stale={tool.stale} embedded={embedded} />
      </div>

      <details class="tool-more" onToggle={(event) => event.currentTarget.open && setSensitivityOpened(true)}>
        <summary>{s('sensitivityHeading')}</summary>
        {sensitivityOpened && (
          <LazyPanel
            load={loadSensitivityPanel}
            props={{
              locale,
              text,
              leverNames: text.bases[scenario.basis].leverNames,
              state: tool.state,
              field: view.field,
              money: view.money,
              signed: view.signed,
            }}
            loadingText={s('panelLoading')}
            failedText={s('panelFailed')}
            retryText={s('retry')}
          />
        )}
      </details>

      <Chart view={view} scenario={scenario} />

      {embedded && (
        <p>
          <a href={`${toolPath}${tool.link}`}>{s('openTool')}</a>
        </p>
      )}
    </ToolFrame>
  );
}
