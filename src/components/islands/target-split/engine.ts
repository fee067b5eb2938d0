import { planTargets } from '../../../lib/target-split/split';
import { readSplitForm } from '../../../lib/target-split/formReading';
import { readToolLink, sameState, stateFromLink, writeStateQuery, writeToolLink } from '../../../lib/target-split/link';
import { splitStateSchema, type SplitState } from '../../../lib/target-split/schema';
import { createSavedStateStore, type KeyValueStorage, type SavedStateStore } from '../../../lib/storage';
import { openingState } from '../../../lib/toolState';

/**
 * Everything the Target splitter computes: the split, reading the form and the link, writing the
 * link and the saved copy. One module loaded with `import()` once there is something to compute
 * (an edit, a link, a saved copy): a page opened plainly shows the example, computed when the page
 * was built (see opening.ts), and needs none of it until a person changes something.
 */
export { planTargets, readSplitForm, sameState, writeStateQuery, writeToolLink };

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

/**
 * What the page opens with when the address or this browser has something to say: the link's
 * scenario (its notices are this tool's: they name `units` items and a broken `s`, so the page
 * shows them, not ToolFrame), else the saved copy, else the example.
 */
export function openFrom(search: string, store: SavedStateStore<SplitState>, example: SplitState) {
  const { reading, present } = readToolLink(search);
  const saved = store.load();
  const opened = openingState({
    reading: { values: {}, flags: {}, ignored: [], carriesState: reading.carriesState },
    saved,
    defaults: example,
    fromLink: () => stateFromLink(reading, example),
  });
  // Reopening one's own link (a reload) is not a shared scenario: nothing would be overwritten.
  const sameAsSaved = saved.status === 'ok' && sameState(opened.state, saved.value);
  // A shared link must not silently replace what this visitor saved: saving waits for a choice.
  return { opened, ignored: reading.ignored, present, savePaused: opened.source === 'link' && opened.savedKept && !sameAsSaved };
}
