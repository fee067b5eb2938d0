import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { FieldError, NumberFieldSpec } from '../../../lib/fields';
import { growthBases, growthDefaults, growthFields, type GrowthBasis, type GrowthKey, type GrowthState } from '../../../lib/growth/model';
import { plainNumber } from '../../../lib/numbers';
import { useSavedTool } from '../../ui/useSavedTool';

const loadEngine = () => import('./engine').then((module) => module.engine);

/** How the goal is given: as a multiple of current sales, or as a target amount. */
export type GoalMode = 'multiple' | 'target';

const growthKeys: readonly GrowthKey[] = growthFields.map((field) => field.key);
const isBasis = (value: string | undefined): value is GrowthBasis => (growthBases as readonly (string | undefined)[]).includes(value);

/**
 * What the form shows for a state: each number as people type it ('' when unset), the basis chosen,
 * and how the goal is given (a state with a target amount is in target mode). Restoring, resetting
 * and opening a link or a saved copy all set the form through this.
 */
function textsOf(state: GrowthState): Record<string, string> {
  const texts: Record<string, string> = { basis: state.basis, goalMode: state.target !== undefined ? 'target' : 'multiple' };
  for (const key of growthKeys) {
    const value = state[key];
    texts[key] = value === undefined ? '' : plainNumber(value);
  }
  return texts;
}

/** Two states hold the same values (an unset field and a missing one are the same). */
function sameState(left: GrowthState, right: GrowthState): boolean {
  return left.basis === right.basis && growthKeys.every((key) => left[key] === right[key]);
}

/**
 * The growth calculator's own fields over the saved-tool hook (which owns the lifecycle: the plain
 * visit, a link or a saved copy, the engine on first use, writes, restore/keep/reset, other tabs).
 *
 * Every field is a text kept as typed, the basis and the goal's mode included. Once the engine is
 * here the texts are read against the bounds of the basis chosen; every complete, valid set of
 * fields becomes the state (what the results show), otherwise the last one stays. The field the
 * goal's mode switches off is not read: the target is unset, the multiple keeps its last value.
 */
export function useGrowthState({ syncUrl }: { syncUrl: boolean }) {
  const tool = useSavedTool({ name: 'growth', example: growthDefaults, load: loadEngine, syncUrl, textsOf });
  const { engine, ready, texts, state } = tool;
  const reader = ready ? engine : null;

  const basis: GrowthBasis = isBasis(texts['basis']) ? texts['basis'] : state.basis;
  const mode: GoalMode = texts['goalMode'] === 'target' ? 'target' : 'multiple';
  const excluded: GrowthKey = mode === 'multiple' ? 'target' : 'goal';

  const specs = useMemo(() => {
    const map = {} as Record<GrowthKey, NumberFieldSpec>;
    if (!reader) return map;
    for (const field of reader.queryFor({ basis })) {
      if (field.key === excluded) continue;
      const optional = reader.isOptional(field.schema) && !(mode === 'target' && field.key === 'target');
      map[field.key] = { ...field, optional };
    }
    return map;
  }, [reader, basis, mode]);

  const { values, errors } = useMemo(
    () => (reader ? reader.parseFields(texts as Record<GrowthKey, string>, specs) : { values: {} as Partial<Record<GrowthKey, number>>, errors: {} }),
    [texts, specs],
  );
  const stale = Object.keys(errors).length > 0;

  // A layout effect, so the state (and the saved copy after it) follows in the render that shows a
  // keystroke: leaving the page right after typing still keeps what was typed.
  useLayoutEffect(() => {
    if (!reader || stale) return;
    const candidate: Record<string, unknown> = { ...growthDefaults, basis };
    for (const field of reader.query) {
      const keepLast = field.key === excluded && !reader.isOptional(field.schema);
      candidate[field.key] = keepLast ? state[field.key] : values[field.key];
    }
    const checked = reader.checkState(candidate);
    if (checked && !sameState(checked, state)) tool.setState(checked);
  }, [values, stale, basis, mode, reader]);

  return {
    ...tool,
    /** The basis chosen in the form (the state takes it once every field is valid under it). */
    basis,
    setBasis: (next: GrowthBasis) => tool.setText('basis', next),
    mode,
    setMode: (next: GoalMode) => tool.setText('goalMode', next),
    /** Why a field's text cannot be used, by field. */
    errors: errors as Partial<Record<GrowthKey, FieldError>>,
    /** Some field cannot be used: the results are the last valid state's. */
    stale,
  };
}
