import { planTargets } from '../../../lib/split';
import { readSplitForm, readToolLink, sameState, splitStateSchema, stateFromLink, writeStateQuery, writeToolLink } from '../../../lib/splitState';
import { createSavedStateStore, type KeyValueStorage } from '../../../lib/storage';

/**
 * Everything the Target splitter computes: the split, reading the form and the link, writing the
 * link and the saved copy. One module loaded with `import()` once there is something to compute
 * (an edit, a link, a saved copy): a page opened plainly shows the example, computed when the page
 * was built (see opening.ts), and needs none of it until a person changes something.
 */
export { planTargets, readSplitForm, readToolLink, sameState, stateFromLink, writeStateQuery, writeToolLink };

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: the store reports it as unavailable
  }
}

/** The copy saved in this browser under 'target-split', validated by the state's schema. */
export function savedStateStore() {
  return createSavedStateStore({ storage: browserStorage(), name: 'target-split', version: 1, schema: splitStateSchema });
}
