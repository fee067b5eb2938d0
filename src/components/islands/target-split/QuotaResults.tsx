import type { Locale } from '../../../lib/locale';
import type { SplitStringKey, SplitText } from '../../../i18n/target-split';
import { fill } from '../../../i18n/tools';
import { formatCount } from '../../../lib/numbers';
import type { SplitSuccess } from '../../../lib/target-split/model';
import { assignedTotalOf } from '../../../lib/target-split/model';
import type { SplitState } from '../../../lib/target-split/schema';
import { ResultValue } from '../../ui/ResultValue';
import { ScrollingTable } from '../../ui/ScrollingTable';
import { growthText, money, shareText, signedMoney } from './format';
import { UnitValue } from './UnitValue';

interface HeadlineProps {
  locale: Locale;
  dictionary: SplitText;
  state: SplitState;
}

/** The target and what the quotas add up to, shown whether or not a split exists. */
export function Headline({ locale, dictionary, state }: HeadlineProps) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  const assigned = assignedTotalOf(state.total, state.overPercent);
  const format = (value: number) => money(value, locale);
  return (
    <dl class="headline">
      <div>
        <dt>{s('target')}</dt>
        <dd>
          <ResultValue name="target" value={state.total} format={format} />
        </dd>
      </div>
      <div>
        <dt>{s('assigned')}</dt>
        <dd>
          <ResultValue name="total" value={assigned} format={format} />
        </dd>
      </div>
      {assigned !== state.total && (
        <div>
          <dt>{s('overAmount')}</dt>
          <dd>
            <ResultValue name="over-amount" value={assigned - state.total} format={format} />
          </dd>
        </div>
      )}
      <div>
        <dt>{s('roundingUnit')}</dt>
        <dd>
          <ResultValue name="rounding-unit" value={state.roundingUnit} format={format} />
        </dd>
      </div>
    </dl>
  );
}

interface TableProps {
  locale: Locale;
  dictionary: SplitText;
  split: SplitSuccess;
}

/** Each unit's quota with its share, growth on history, cap and gap to its commitment. */
export function QuotaTable({ locale, dictionary, split }: TableProps) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  const units = split.units;
  const withHistory = units.some((unit) => unit.history !== null);
  const withCaps = units.some((unit) => unit.bound !== null);
  const reconciliation = split.reconciliation;
  const withCommitments = reconciliation.committedUnits > 0;
  const format = (value: number) => money(value, locale);
  const signed = (value: number) => signedMoney(value, locale);
  const historyTotal = units.reduce((total, unit) => total + (unit.history ?? 0), 0);
  return (
    <ScrollingTable label={s('quotasCaption')} scrollClass="split-scroll" tableClass="split-quotas">
      <thead>
        <tr>
          <th scope="col">{s('unit')}</th>
          {withHistory && <th scope="col">{dictionary.columnNames.history}</th>}
          <th scope="col">{s('quota')}</th>
          <th scope="col">{s('share')}</th>
          {withHistory && <th scope="col">{s('growth')}</th>}
          {withCaps && <th scope="col">{s('bound')}</th>}
          {withCommitments && <th scope="col">{dictionary.columnNames.commitment}</th>}
          {withCommitments && <th scope="col">{s('gap')}</th>}
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => {
          const common = { unit: unit.name, row: unit.index + 1 };
          return (
            <tr key={unit.index}>
              <th scope="row">{unit.name}</th>
              {withHistory && <td>{unit.history === null ? '—' : format(unit.history)}</td>}
              <td>
                <UnitValue name="alloc" value={unit.quota} format={format} {...common} />
              </td>
              <td>
                <UnitValue name="share" value={unit.share} format={(value) => shareText(value, locale)} {...common} />
              </td>
              {withHistory && (
                <td>
                  <UnitValue name="growth" value={unit.growthPercent} format={(value) => growthText(value, locale)} {...common} />
                </td>
              )}
              {withCaps && <td>{unit.bound === 'min' ? s('atMin') : unit.bound === 'max' ? s('atMax') : ''}</td>}
              {withCommitments && <td>{unit.commitment === null ? '—' : format(unit.commitment)}</td>}
              {withCommitments && (
                <td>
                  <UnitValue name="gap" value={unit.gap} format={signed} {...common} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{s('totalRow')}</th>
          {withHistory && <td>{format(historyTotal)}</td>}
          <td>
            <ResultValue name="alloc-sum" value={units.reduce((total, unit) => total + unit.quota, 0)} format={format} />
          </td>
          <td>{shareText(1, locale)}</td>
          {withHistory && <td />}
          {withCaps && <td />}
          {withCommitments && (
            <td>
              <ResultValue name="commitment-sum" value={reconciliation.commitmentTotal} format={format} />
            </td>
          )}
          {withCommitments && (
            <td>
              <ResultValue name="gap-sum" value={reconciliation.gap} format={signed} />
            </td>
          )}
        </tr>
      </tfoot>
    </ScrollingTable>
  );
}

/** Bottom-up commitments against the top-down quotas, in words. */
export function Reconciliation({ locale, dictionary, split }: TableProps) {
  const s = (key: SplitStringKey) => dictionary.strings[key];
  const reconciliation = split.reconciliation;
  if (reconciliation.committedUnits === 0) return null;
  const format = (value: number) => money(value, locale);
  const signed = (value: number) => signedMoney(value, locale);
  return (
    <section class="split-reconcile" aria-labelledby="split-reconcile-heading">
      <h3 id="split-reconcile-heading">{s('reconcileHeading')}</h3>
      <p>
        {fill(s('reconcileSummary'), {
          units: formatCount(reconciliation.committedUnits, locale),
          commitments: format(reconciliation.commitmentTotal),
          quotas: format(reconciliation.quotaOfCommitted),
          gap: signed(reconciliation.gap),
        })}
      </p>
      {reconciliation.gapToAssignedTotal !== null && reconciliation.gapToTarget !== null && (
        <dl class="headline">
          <div>
            <dt>{s('gapToAssigned')}</dt>
            <dd>
              <ResultValue name="gap-to-assigned" value={reconciliation.gapToAssignedTotal} format={signed} />
            </dd>
          </div>
          <div>
            <dt>{s('gapToTarget')}</dt>
            <dd>
              <ResultValue name="gap-to-target" value={reconciliation.gapToTarget} format={signed} />
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
