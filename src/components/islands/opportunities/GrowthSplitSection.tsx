import { useMemo, useState } from 'preact/hooks';
import { fieldErrorMessage } from '../../../i18n/fieldMessages';
import type { Locale } from '../../../lib/locale';
import type { OpportunityText } from '../../../i18n/opportunities/text';
import { addOutletErrorStrings, splitPanelStrings } from '../../../i18n/opportunities/panels';
import { fill } from '../../../i18n/tools';
import { parseField } from '../../../lib/fields';
import type { GrowthSplit, OpportunityState, OpportunityStateRow } from '../../../lib/opportunities/model';
import { addOutlet, outletPotentialField, removeOutlet, type AddOutletError } from '../../../lib/opportunities/edits';
import { NumberField } from '../../ui/NumberField';
import { ResultValue } from '../../ui/ResultValue';
import type { Formats } from './format';

interface Props {
  locale: Locale;
  text: OpportunityText;
  idPrefix: string;
  formats: Formats;
  headingLevel: 'h3' | 'h4';
  split: GrowthSplit;
  regions: readonly string[];
  rows: readonly OpportunityStateRow[];
  /** The state as it is now, so a name is checked against the latest table. */
  current: () => OpportunityState;
  update: (change: (previous: OpportunityState) => OpportunityState) => void;
}

/**
 * Vertical against horizontal opportunity per region, and the outlets the person adds. A panel
 * opened on demand (the two totals are in the headline meanwhile), so its code, strings and the
 * table edits come on first open.
 */
export function GrowthSplitSection(props: Props) {
  const { locale, text, idPrefix, formats, split } = props;
  const s = (key: keyof typeof splitPanelStrings) => splitPanelStrings[key][locale];
  const added = useMemo(() => props.rows.filter((row) => row.isNew), [props.rows]);
  const Heading = props.headingLevel;
  const [name, setName] = useState('');
  const [potential, setPotential] = useState('');
  const [region, setRegion] = useState('');
  const [tried, setTried] = useState(false);
  const [nameError, setNameError] = useState<AddOutletError | null>(null);
  const [addedName, setAddedName] = useState<string | null>(null);
  const potentialReading = parseField(potential, outletPotentialField);
  const potentialError = tried && !potentialReading.ok ? fieldErrorMessage(potentialReading.error, 'money', locale) : undefined;

  const add = () => {
    setTried(true);
    setAddedName(null);
    if (!potentialReading.ok || potentialReading.value === undefined) return;
    const outcome = addOutlet(props.current(), { name, potential: potentialReading.value, region });
    setNameError(outcome.ok ? null : outcome.error);
    if (outcome.ok) {
      props.update(() => outcome.state);
      setAddedName(name.trim());
      setName('');
      setPotential('');
      setTried(false);
    }
  };
  const nameMessage = nameError && nameError !== 'region-too-long' ? addOutletErrorStrings[nameError][locale] : undefined;
  const regionMessage = nameError === 'region-too-long' ? addOutletErrorStrings[nameError][locale] : undefined;

  return (
    <>
      <p>{s('splitIntro')}</p>
      {split.byRegion && (
        <table class="opportunity-split">
          <caption>{s('regionTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{text.strings.region}</th>
              <th scope="col">{text.strings.sales}</th>
              <th scope="col">{text.strings.vertical}</th>
              <th scope="col">{text.strings.horizontal}</th>
            </tr>
          </thead>
          <tbody>
            {split.byRegion.map((part) => (
              <tr key={part.region ?? ''} data-region={part.region ?? ''}>
                <th scope="row">{part.region ?? text.strings.noRegion}</th>
                <td>{formats.money(part.sales)}</td>
                <td>
                  <ResultValue name="region-vertical" value={part.vertical.opportunity} format={formats.money} />
                </td>
                <td>
                  <ResultValue name="region-horizontal" value={part.horizontal.opportunity} format={formats.money} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <form
        class="opportunity-add"
        aria-labelledby={`${idPrefix}-add-heading`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <Heading id={`${idPrefix}-add-heading`}>{s('addHeading')}</Heading>
        <p class="field-hint">{s('addIntro')}</p>
        <div class="field-grid">
          <div class={`field${nameMessage ? ' field--invalid' : ''}`}>
            <label for={`${idPrefix}-add-name`}>{s('addName')}</label>
            <input
              id={`${idPrefix}-add-name`}
              type="text"
              autoComplete="off"
              value={name}
              aria-invalid={nameMessage ? 'true' : undefined}
              aria-describedby={`${idPrefix}-add-name-error`}
              onInput={(event) => {
                setName(event.currentTarget.value);
                setNameError(null);
              }}
            />
            <p id={`${idPrefix}-add-name-error`} class="field-error" role="alert" hidden={!nameMessage}>
              {nameMessage}
            </p>
          </div>
          <NumberField
            id={`${idPrefix}-add-potential`}
            label={s('addPotential')}
            value={potential}
            onInput={setPotential}
            error={potentialError}
          />
          <div class={`field${regionMessage ? ' field--invalid' : ''}`}>
            <label for={`${idPrefix}-add-region`}>{s('addRegion')}</label>
            <input
              id={`${idPrefix}-add-region`}
              type="text"
              autoComplete="off"
              list={`${idPrefix}-regions`}
              value={region}
              aria-invalid={regionMessage ? 'true' : undefined}
              aria-describedby={`${idPrefix}-add-region-error`}
              onInput={(event) => {
                setRegion(event.currentTarget.value);
                setNameError(null);
              }}
            />
            <datalist id={`${idPrefix}-regions`}>
              {props.regions.map((option) => (
                <option value={option} key={option} />
              ))}
            </datalist>
            <p id={`${idPrefix}-add-region-error`} class="field-error" role="alert" hidden={!regionMessage}>
              {regionMessage}
            </p>
          </div>
        </div>
        <div class="tool-buttons">
          <button type="submit">{s('addButton')}</button>
          <span class="tool-bar-status" role="status">
            {addedName ? fill(s('added'), { name: addedName }) : ''}
          </span>
        </div>
      </form>

      {added.length > 0 && (
        <table class="opportunity-added">
          <caption>{s('addedHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{s('addName')}</th>
              <th scope="col">{text.strings.potential}</th>
              <th scope="col">{text.strings.region}</th>
              <th scope="col">
                <span class="sr-only">{s('remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {added.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td>{row.potential === null ? '—' : formats.money(row.potential)}</td>
                <td>{row.region ?? '—'}</td>
                <td>
                  <button type="button" aria-label={fill(s('removeLabel'), { name: row.name })} onClick={() => props.update((previous) => removeOutlet(previous, row.name))}>
                    {s('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
