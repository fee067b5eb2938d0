import { exampleState } from '../../../i18n/target-split';
import type { Locale } from '../../../lib/locale';
import { writeStateQuery } from '../../../lib/target-split/link';
import { splitDefaults, type SplitState } from '../../../lib/target-split/schema';
import { planTargets, type TargetPlan } from '../../../lib/target-split/split';

/** The example a plain page opens with, its plan and its link, worked out before the page loads. */
export interface BuiltExample {
  example: SplitState;
  plan: TargetPlan;
  /** writeStateQuery(example): the link that copy-link and the QR code give. */
  search: string;
}

/**
 * Computed when the page is built (the tool's MDX pages pass it to the island) or when an embedded
 * copy mounts (embeddedTools.ts), so the page shows and hydrates the example's results without the
 * computation code.
 */
export function builtExample(locale: Locale): BuiltExample {
  const example = exampleState(locale, splitDefaults);
  return { example, plan: planTargets(example), search: writeStateQuery(example) };
}
