import { growthBases, leverKeys, type GrowthBasis } from '../../../lib/growth/model';
import type { GoalMode } from './useGrowthState';
import type { View } from './view';

const upliftKeys = { customers: 'upCustomers', active: 'upActive', aov: 'upAov' } as const;

interface Props {
  view: View;
  /** Prefixes the ids and radio names, so an embedded copy never shares them with another. */
  idPrefix: string;
  embedded: boolean;
  basis: GrowthBasis;
  onBasis: (basis: GrowthBasis) => void;
  mode: GoalMode;
  onMode: (mode: GoalMode) => void;
}

/** The form: the basis, the current values, the goal (a multiple or an amount) and fixed uplifts. */
export function Inputs({ view, idPrefix, embedded, basis, onBasis, mode, onMode }: Props) {
  const { s, text, field } = view;
  const words = text.bases[basis];
  return (
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
                checked={basis === option}
                onChange={() => onBasis(option)}
              />
              {text.bases[option].option}
            </label>
          ))}
        </div>
        <p class="field-hint" id={`${idPrefix}basis-note`}>
          {words.note}
        </p>
      </fieldset>
      <fieldset>
        <legend>{s('currentHeading')}</legend>
        <div class="field-grid">{leverKeys.map((key) => field(key, words.leverFieldLabels[key], words.leverHints[key]))}</div>
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
                onChange={() => onMode(option)}
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
        <div class="field-grid">{leverKeys.map((key) => field(upliftKeys[key], words.upliftFieldLabels[key]))}</div>
      </fieldset>
    </form>
  );
}
