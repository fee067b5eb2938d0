import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import type { Locale } from '../../../lib/locale';
import type { OpportunityStringKey, OpportunityText } from '../../../i18n/opportunities/text';
import { fill, toolStrings } from '../../../i18n/tools';
import {
  defaultOpportunityState,
  medianOf,
  settingKinds,
  type AnalysedRow,
  type AnalysisSettings,
  type CompactAnalysis,
  type OpportunityState,
  type OpportunityStateRow,
  type Quadrant,
  type SettingKey,
} from '../../../lib/opportunities/model';
import { allRows, pickedTotals, regionsOf, setPicked } from '../../../lib/opportunities/list';
import { NumberField } from '../../ui/NumberField';
import { ResultValue } from '../../ui/ResultValue';
import { ToolFrame } from '../../ui/ToolFrame';
import { formatsFor } from './format';
import { ImportPanel, type ImportView } from './ImportPanel';
import { OnDemandSection } from './OnDemandSection';
import { MatrixSection } from './MatrixSection';
import { RankedList } from './RankedList';
import type { Importer } from './importer';
import { useOpportunitiesState } from './useOpportunitiesState';
import { useEngine } from '../../ui/useEngine';

/** Tables above this many rows are analysed in a Web Worker, so the page never freezes. */
const ANALYSE_OFF_PAGE_ROWS = 2_000;

// Importing and exporting are fetched when someone first does them: papaparse, the column reading
// and their messages are more than half of the finder's code, and a first visit needs none of it.
type Importing = typeof import('./importing');
const loadImporting = () => import('./importing');
const loadExport = () => import('./exportList');
// The ABC classes (with the Pareto chart) and the growth split (with adding outlets) are panels
// opened on demand: each row's class is in the ranked list and the two growth totals are in the
// headline, so a first look needs neither panel's code.
const loadAbcPanel = () => import('./ParetoSection');
const loadSplitPanel = () => import('./GrowthSplitSection');
// The Web Worker's client, fetched when first needed (an import, or a table too large to analyse
// or save on the page) and kept; a failed fetch is forgotten, so the next need tries again.
const loadTaskClient = () => import('./taskClient').then((module) => module.createTaskClient());

interface Props {
  locale: Locale;
  /** The finder's strings in the page's language (i18n/opportunities/zh-CN.ts or en.ts), passed by the page or the chapter's embed. */
  text: OpportunityText;
  /** On the tool's own page the address bar follows edits; an embedded copy leaves it alone. */
  embedded?: boolean;
  /**
   * The example's results, worked out when the page is built (example.ts), so a
   * plain visit shows them without the analysis code. A chapter's copy has none: it downloads the
   * analysis when it opens.
   */
  example?: CompactAnalysis | undefined;
}

/** Whether these are the settings a first visit opens with (the ones the example was analysed with). */
function defaultSettings(settings: AnalysisSettings): boolean {
  const defaults = defaultOpportunityState;
  return (
    settings.cutoffs?.a === defaults.cutoffs.a &&
    settings.cutoffs.b === defaults.cutoffs.b &&
    settings.potentialThreshold === defaults.potentialThreshold &&
    settings.willingnessThreshold === defaults.willingnessThreshold
  );
}

/** The opportunity finder: a view over src/lib/opportunities/model.ts and src/lib/opportunities/import.ts. */
export default function OpportunityFinder({ locale, text, embedded = false, example }: Props) {
  const s = (key: OpportunityStringKey) => text.strings[key];
  const idPrefix = embedded ? 'opportunities-embed' : 'opportunities';
  // Inside a chapter the tool sits under the chapter's own section heading.
  const SectionHeading = embedded ? 'h3' : 'h2';
  const subHeading = embedded ? 'h4' : 'h3';
  const toolPath = `${locale === 'en' ? '/en' : ''}/tools/opportunities/`;
  const formats = useMemo(() => formatsFor(locale), [locale]);
  const taskClient = useEngine(loadTaskClient);
  useEffect(() => () => taskClient.engine?.dispose(), [taskClient.engine]);
  const tasks = useMemo(
    () => ({ get: () => taskClient.prepare().then((client) => client ?? Promise.reject(new Error('the worker client did not load'))) }),
    [],
  );
  const saveOffPage = useMemo(() => (state: OpportunityState) => tasks.get().then((client) => client.saveText(state)), [tasks]);
  const tool = useOpportunitiesState({
    exampleRows: text.exampleRows,
    engineAtOnce: example === undefined,
    syncUrl: !embedded,
    saveOffPage,
    offPageRows: ANALYSE_OFF_PAGE_ROWS,
  });
  const { state } = tool;
  const latestState = useRef(state);
  latestState.current = state;

  // Analysis: small tables on the page, large ones in the worker (the last result stays meanwhile).
  // The example's results come with the page; anything else waits for the engine's analysis code.
  const settings = useMemo<AnalysisSettings>(
    () => ({ cutoffs: state.cutoffs, potentialThreshold: state.potentialThreshold, willingnessThreshold: state.willingnessThreshold }),
    [state.cutoffs, state.potentialThreshold, state.willingnessThreshold],
  );
  const offPage = state.rows.length > ANALYSE_OFF_PAGE_ROWS;
  const onPage = useMemo((): CompactAnalysis | null | 'waiting' => {
    if (offPage) return null;
    if (example && state.rows === text.exampleRows && defaultSettings(settings)) return example;
    return tool.analyse ? tool.analyse(state.rows, settings) : 'waiting';
  }, [state.rows, settings, offPage, tool.analyse]);
  const [remote, setRemote] = useState<{ rows: readonly OpportunityStateRow[]; settings: AnalysisSettings; view: CompactAnalysis | null } | null>(
    null,
  );
  useEffect(() => {
    if (!offPage) return;
    let current = true;
    const rows = state.rows;
    tasks.get().then((client) => client.analyse(rows, settings)).then(
      (view) => {
        if (current) setRemote({ rows, settings, view });
      },
      () => {
        // No worker could run it (an old browser, a blocked or failed worker): analyse here instead.
        tool.prepare().then((engine) => current && setRemote({ rows, settings, view: engine ? engine.analyse(rows, settings) : null }));
      },
    );
    return () => {
      current = false;
    };
  }, [state.rows, settings, offPage, tasks]);
  const calculating = offPage ? remote === null || remote.rows !== state.rows || remote.settings !== settings : onPage === 'waiting';
  const analysis = offPage ? (remote?.view ?? null) : onPage === 'waiting' ? null : onPage;
  const failed = offPage ? remote !== null && remote.view === null : onPage === null;

  const pickedNames = useMemo(() => new Set(state.picked), [state.picked]);
  const picked = useMemo(() => (analysis ? pickedTotals(analysis.rows, state.picked) : null), [analysis, state.picked]);
  const regions = useMemo(() => regionsOf(analysis?.rows ?? []), [analysis]);
  const medianPotential = useMemo(
    () => medianOf(state.rows.flatMap((row) => (row.potential === null ? [] : [row.potential]))),
    [state.rows],
  );

  // Importing: the steps come with the import code, fetched on the first import.
  const [importing, setImporting] = useState<Importing | null>(null);
  const [importView, setImportView] = useState<ImportView | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const startImport = (step: (importer: Importer) => Promise<void>) => {
    setBusy(true);
    setImportError(null);
    loadImporting().then(
      (module) => {
        setImporting(() => module);
        return step(
          module.createImporter({
            locale,
            client: tasks.get,
            current: () => latestState.current,
            replace: (next) => tool.update(() => next),
            show: setImportView,
            fail: setImportError,
            setBusy,
            loadFailed: s('loadFailed'),
          }),
        );
      },
      () => {
        setBusy(false);
        setImportError(s('loadFailed'));
      },
    );
  };

  // Exporting
  const [exportFailed, setExportFailed] = useState(false);
  const exportList = (rows: readonly AnalysedRow[]) => {
    loadExport().then(
      (module) => {
        setExportFailed(false);
        module.downloadRankedList(rows, locale, { quadrants: text.quadrantNames, newMark: s('newMark') });
      },
      () => setExportFailed(true),
    );
  };

  const field = (key: SettingKey, label: string, hint?: string) => {
    const error = tool.errors[key];
    const message =
      error === undefined
        ? undefined
        : error.code === 'cutoffs-not-ascending'
          ? s('cutoffsNotAscending')
          : fieldErrorMessage(error, settingKinds[key], locale);
    return (
      <NumberField
        id={`${idPrefix}-${key}`}
        label={label}
        hint={hint}
        value={tool.texts[key]}
        onInput={(text) => tool.setText(key, text)}
        error={message}
      />
    );
  };

  const panelTexts = { loadingText: s('panelLoading'), failedText: s('loadFailed'), retryText: s('retry') };

  const showQuadrant = (quadrant: Quadrant) => {
    tool.setFilter({ ...allRows, quadrant });
    document.getElementById(`${idPrefix}-list-heading`)?.scrollIntoView({ block: 'start' });
  };

  return (
    <ToolFrame
      tool="opportunities"
      locale={locale}
      title={s('title')}
      toolPath={toolPath}
      {...tool.frame}
      onReset={() => {
        setImportView(null);
        setImportError(null);
        tool.frame.onReset();
      }}
    >
      <p class="tool-formula">{s('formula')}</p>
      {tool.saveFailed && (
        <p class="tool-notice tool-notice--warning" data-notice="save-failed" role="status">
          {s('savedFailed')}
        </p>
      )}

      <ImportPanel
        text={text}
        idPrefix={idPrefix}
        busy={busy}
        error={importError}
        onFile={(file) => startImport((importer) => importer.file(file))}
        onPaste={(pasted) => startImport((importer) => importer.text(pasted))}
      >
        {importing && importView && (
          <importing.ImportResult
            locale={locale}
            idPrefix={idPrefix}
            formats={formats}
            headingLevel={SectionHeading}
            busy={busy}
            view={importView}
            onChoice={(column, choice) =>
              setImportView((view) => view && { ...view, choices: view.choices.map((old, index) => (index === column ? choice : old)), choiceError: null })
            }
            onApplyMapping={() => startImport((importer) => importer.remap(importView))}
          />
        )}
      </ImportPanel>

      <form class="tool-inputs opportunity-settings" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset>
          <legend>{s('settingsHeading')}</legend>
          <div class="field-grid">
            {field('cutA', s('cutA'), s('cutHint'))}
            {field('cutB', s('cutB'))}
            {field(
              'potentialThreshold',
              s('potentialThreshold'),
              fill(s('potentialThresholdHint'), { value: medianPotential === null ? '—' : formats.money(medianPotential) }),
            )}
            {field('willingnessThreshold', s('willingnessThreshold'), s('willingnessThresholdHint'))}
          </div>
          <p class="field-hint">{s('linkNote')}</p>
        </fieldset>
      </form>

      <div class={`tool-results opportunity-results${tool.stale ? ' tool-results--stale' : ''}`}>
        <section aria-labelledby={`${idPrefix}-results-heading`}>
          <SectionHeading id={`${idPrefix}-results-heading`}>{s('resultsHeading')}</SectionHeading>
          {tool.stale && <p class="tool-notice tool-notice--warning">{toolStrings.staleResult[locale]}</p>}
          <p class="opportunity-status" role="status">
            {calculating ? s('calculating') : ''}
          </p>
          {failed && <p class="tool-notice tool-notice--warning">{s('analysisFailed')}</p>}
          {analysis && analysis.rows.length === 0 && <p class="tool-notice">{s('noRows')}</p>}
          {analysis && (
            <>
              <dl class="headline">
                {(
                  [
                    ['total-rows', 'rows', analysis.totals.rows, formats.count],
                    ['total-sales', 'totalSales', analysis.totals.sales, formats.compactMoney],
                    ['total-growth', 'totalGrowth', analysis.totals.growthPercent, formats.signedPercent],
                    ['total-opportunity', 'totalOpportunity', analysis.totals.opportunity, formats.compactMoney],
                    ['vertical', 'vertical', analysis.split.vertical.opportunity, formats.compactMoney],
                    ['horizontal', 'horizontal', analysis.split.horizontal.opportunity, formats.compactMoney],
                  ] as const
                ).map(([name, label, value, format]) => (
                  <div key={name}>
                    <dt>{s(label)}</dt>
                    <dd>
                      <ResultValue name={name} value={value} format={format} />
                    </dd>
                  </div>
                ))}
              </dl>
              {analysis.totals.rowsWithoutPotential > 0 && (
                <p class="field-hint">{fill(s('withoutPotential'), { count: formats.count(analysis.totals.rowsWithoutPotential) })}</p>
              )}
              {analysis.totals.rowsSalesExceedPotential > 0 && (
                <p class="field-hint">{fill(s('exceedPotential'), { count: formats.count(analysis.totals.rowsSalesExceedPotential) })}</p>
              )}
              <div class="opportunity-picked">
                <p>
                  <strong>{s('pickedHeading')}</strong>
                  {' · '}
                  {s('pickedCount')} <ResultValue name="picked-count" value={state.picked.length} format={formats.count} />
                  {' · '}
                  {s('pickedOpportunity')} <ResultValue name="picked-opportunity" value={picked?.opportunity ?? 0} format={formats.money} />
                </p>
                <p class="field-hint">{state.picked.length === 0 ? s('pickedNone') : s('pickedSummary')}</p>
              </div>
            </>
          )}
        </section>

        {analysis && analysis.rows.length > 0 && (
          <>
            <section aria-labelledby={`${idPrefix}-abc-heading`}>
              <OnDemandSection {...panelTexts} headingId={`${idPrefix}-abc-heading`} headingLevel={SectionHeading} title={s('abcHeading')} load={loadAbcPanel}>
                {(module) => (
                  <module.ParetoSection
                    locale={locale}
                    text={text}
                    formats={formats}
                    pareto={analysis.pareto}
                    totals={analysis.totals}
                    noSales={analysis.status === 'no-sales'}
                  />
                )}
              </OnDemandSection>
            </section>

            <section aria-labelledby={`${idPrefix}-matrix-heading`}>
              <SectionHeading id={`${idPrefix}-matrix-heading`}>{s('matrixHeading')}</SectionHeading>
              <MatrixSection
                locale={locale}
                text={text}
                idPrefix={idPrefix}
                formats={formats}
                headingLevel={subHeading}
                rows={analysis.rows}
                potentialThreshold={analysis.potentialThreshold?.value ?? null}
                willingnessThreshold={analysis.willingnessThreshold}
                unplaced={analysis.totals.unplaced}
                onShowQuadrant={showQuadrant}
              />
            </section>

            <section aria-labelledby={`${idPrefix}-split-heading`}>
              <OnDemandSection {...panelTexts} headingId={`${idPrefix}-split-heading`} headingLevel={SectionHeading} title={s('splitHeading')} load={loadSplitPanel}>
                {(module) => (
                  <module.GrowthSplitSection
                    locale={locale}
                    text={text}
                    idPrefix={idPrefix}
                    formats={formats}
                    headingLevel={subHeading}
                    split={analysis.split}
                    regions={regions.regions}
                    rows={state.rows}
                    current={() => latestState.current}
                    update={tool.update}
                  />
                )}
              </OnDemandSection>
            </section>

            <section aria-labelledby={`${idPrefix}-list-heading`}>
              <SectionHeading id={`${idPrefix}-list-heading`}>{s('listHeading')}</SectionHeading>
              <RankedList
                text={text}
                idPrefix={idPrefix}
                formats={formats}
                rows={analysis.rows}
                filter={tool.filter}
                onFilter={tool.setFilter}
                regions={regions}
                picked={pickedNames}
                onPick={(name, checked) => tool.update((previous) => setPicked(previous, name, checked))}
                onExport={exportList}
                exportError={exportFailed ? s('loadFailed') : null}
              />
            </section>
          </>
        )}
      </div>

      {embedded && (
        <p>
          <a href={`${toolPath}${tool.search}`}>{s('openTool')}</a>
        </p>
      )}
    </ToolFrame>
  );
}
