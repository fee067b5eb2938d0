import { exampleState } from '../../../i18n/target-split';
import type { Locale } from '../../../i18n/locales';
import { planTargets, type TargetPlan } from '../../../lib/target-split/split';
import { writeStateQuery } from '../../../lib/target-split/link';
import { splitDefaults, type SplitState } from '../../../lib/target-split/schema';

/** The example a plain page opens with, its plan and its link, worked out before the page loads. */
export interface SplitOpening {
  example: SplitState;
  plan: TargetPlan;
  /** writeStateQuery(example): the link that copy-link and the QR code give. */
  search: string;
}

/**
 * Computed when the page is built (the tool's MDX pages pass it to the island) or when an embedded
 * copy mounts, so the page shows and hydrates the example's results without the computation code.
 */
export function splitOpening(locale: Locale): SplitOpening {
  const example = exampleState(locale, splitDefaults);
  return { example, plan: planTargets(example), search: writeStateQuery(example) };
}
