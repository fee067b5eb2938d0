import { splitCodec } from '../../../lib/target-split/codec';
import { readSplitForm } from '../../../lib/target-split/formReading';
import { sameState } from '../../../lib/target-split/link';
import { planTargets } from '../../../lib/target-split/split';

/**
 * What the Target splitter downloads on first use (with zod): its codec (links and the saved
 * copy's schema, for useSavedTool), the reading of the form as typed and the split itself. A page
 * opened plainly shows the example computed when the page was built (builtExample.ts) and needs
 * none of it until a person reaches for the tool; a link or a saved copy loads it at once.
 */
export const engine = { ...splitCodec, planTargets, readSplitForm, sameState };
export type SplitEngine = typeof engine;
