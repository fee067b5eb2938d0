import { describe, expect, it } from 'vitest';
import { builtExample } from '../../../src/components/islands/target-split/builtExample';
import { planTargets } from '../../../src/lib/target-split/split';
import { formOf } from '../../../src/lib/target-split/form';
import { readSplitForm } from '../../../src/lib/target-split/formReading';
import { sameState, writeStateQuery } from '../../../src/lib/target-split/link';

// A plain visit shows and hydrates what was computed when the page was built, and loads the
// engine only at the first change: that is right only while the two agree.
describe.each(['zh-CN', 'en'] as const)('the %s page opening', (locale) => {
  const opening = builtExample(locale);

  it('is the example with the plan and link the engine gives it, after the trip through the page', () => {
    // Astro hands the island its props as JSON written into the page.
    const travelled: typeof opening = JSON.parse(JSON.stringify(opening));
    expect(travelled.plan).toEqual(planTargets(travelled.example));
    expect(travelled.search).toBe(writeStateQuery(travelled.example));
    expect(opening.plan.ok).toBe(true);
  });

  it('has a form that reads back to the example without an error', () => {
    let id = 0;
    const reading = readSplitForm(formOf(opening.example, () => (id += 1)), opening.example);
    expect(reading.errorCount).toBe(0);
    expect(reading.state !== null && sameState(reading.state, opening.example)).toBe(true);
  });
});
