/**
 * Filling a sheet from the promotion builder's current plan (see fill.ts): each element goes into
 * the field of the same id where the sheet has one of the expected type (sheet 6, 市场推广十二要素).
 *
 * Left for the person, because the plan does not hold them or holds them only as free text that
 * does not map onto the boxes: the main purpose and audience ticks (`aim`, `who`), reach and
 * take-up aimed for (`reach`, `take-up`), the owners of timetable rows, and the evaluation after
 * the event (`review`).
 */

import { roundTo } from '../numbers';
import { planReturn, plannedFixedCosts, plannedGiveaway } from '../promotion/budget';
import { PLAN_STORE_PREFIX, PLAN_STORE_VERSION, planKey } from '../promotion/planStore';
import { hasText, planSchema, type Plan } from '../promotion/schema';
import { plainNumber } from '../share';
import type { Filler, FillOutcome, FillWords } from './fill';
import type { FieldType, PromotionFill, Worksheet } from './schema';
import { sheetFields } from './values';
import type { Cells, FieldValue, SheetValues } from './valuesSchema';

const number = (value: number | undefined | null): string | null =>
  value === undefined || value === null || !Number.isFinite(value) ? null : plainNumber(roundTo(value, 2));

/** Non-blank lines joined one per line, or null when none is left. */
const lines = (items: readonly (string | null)[]): string | null => {
  const kept = items.filter((item): item is string => item !== null && hasText(item)).map((item) => item.trim());
  return kept.length > 0 ? kept.join('\n') : null;
};

/** Writes the plan into the sheet; blank parts of the plan leave what the sheet already holds. */
export function applyPromotionFill(sheet: Worksheet, values: SheetValues, _fill: PromotionFill, plan: Plan, words: FillWords): FillOutcome {
  const fields = new Map(sheetFields(sheet).map((field) => [field.id, field]));
  const next: Record<string, FieldValue> = { ...values.values };
  const { colon } = words;
  let filled = 0;

  const set = (id: string, type: FieldType, value: string | null) => {
    if (value === null || !hasText(value) || fields.get(id)?.type !== type) return;
    next[id] = value;
    filled += 1;
  };

  // 1 Goal: the plan's name and first named owner; the purpose, then "metric: baseline → target".
  set('name', 'text', plan.name);
  set('owner', 'text', plan.evaluation.owners.find((owner) => hasText(owner.name))?.name ?? null);
  const { goal } = plan;
  const range = [number(goal.baseline), number(goal.target)].filter((value) => value !== null).join(' → ');
  const measured = hasText(goal.metric) && range !== '' ? `${goal.metric.trim()}${colon}${range}` : hasText(goal.metric) ? goal.metric : range;
  set('target', 'long-text', lines([goal.purpose, measured]));
  // 2–7 Audience, products, dates, area, offer (its kind, then the terms), theme.
  set('segment', 'text', plan.audience.description);
  set('products', 'text', plan.products.map((product) => product.name.trim()).filter(hasText).join(' / '));
  set('start', 'date', plan.period.start);
  set('end', 'date', plan.period.end);
  set('area', 'text', plan.area.description);
  const offerType = plan.offer.type === undefined ? '' : words.offerTypes[plan.offer.type];
  const discount = plan.offer.type === undefined ? null : number(plan.offer.discountPercent);
  set('offer', 'long-text', lines([[offerType, discount === null ? '' : `${discount}%`].filter(hasText).join(' '), plan.offer.terms]));
  set('theme', 'text', plan.theme.title);
  // 8 Budget: the forecast, D (the price given away, as the builder counts it: gifts included),
  // F (the cost lines, or the total without lines) and the break-even lift the builder computes.
  const { forecast } = plan.budget;
  set('baseline', 'number', number(forecast.baselineSales));
  set('lift', 'number', number(forecast.expectedLiftPercent));
  set('margin', 'number', number(forecast.grossMarginPercent));
  set('giveaway', 'number', plan.offer.type === undefined ? null : number(plannedGiveaway(plan)));
  set('fixed', 'number', number(plannedFixedCosts(plan)?.amount));
  const estimate = planReturn(plan);
  set('break-even', 'number', estimate.ok ? number(estimate.value.breakEvenLiftPercent) : null);

  // 9 FABE of the lead product: the first product with any part of its script written.
  const fabe = fields.get('fabe');
  const lead = plan.products.find((product) => Object.values(product.fabe).some(hasText));
  if (fabe?.type === 'table' && typeof fabe.rows !== 'number' && lead) {
    const column = fabe.columns[0]?.id;
    const existing = next[fabe.id];
    const rows: Cells[] = Array.isArray(existing) ? (existing as Cells[]).map((row) => ({ ...row })) : [];
    fabe.rows.forEach((row, index) => {
      const text = row.id in lead.fabe ? lead.fabe[row.id as keyof typeof lead.fabe] : '';
      if (column === undefined || !hasText(text)) return;
      rows[index] = { ...(rows[index] ?? {}), [column]: text };
      filled += 1;
    });
    next[fabe.id] = Array.from({ length: fabe.rows.length }, (_, index) => rows[index] ?? {});
  }

  // 10 Communication: the channels, then whom to invite (with how many); the list's size.
  const { channels, invitations } = plan.communication;
  const invited = invitations.map((invitation) =>
    invitation.count === undefined ? invitation.who : `${invitation.who.trim()}${colon}${invitation.count}`,
  );
  set('channels', 'long-text', lines([...channels, ...invited]));
  const counts = invitations.flatMap((invitation) => (invitation.count === undefined ? [] : [invitation.count]));
  set('invited', 'number', counts.length > 0 ? String(counts.reduce((sum, count) => sum + count, 0)) : null);

  // 11 Timetable: the phases, then the checkpoints, in the rows' when/work columns.
  const timetable = fields.get('timetable');
  if (timetable?.type === 'table' && typeof timetable.rows === 'number') {
    const has = (id: string) => timetable.columns.some((column) => column.id === id);
    const when = (start: string, end: string) => (start === end || !hasText(end) ? start : hasText(start) ? `${start} – ${end}` : end);
    const rows: Cells[] = [
      ...plan.timetable.phases.map((phase) => ({ when: when(phase.start, phase.end), work: words.phases[phase.key] })),
      ...plan.evaluation.checkpoints.filter((checkpoint) => hasText(checkpoint.what) || hasText(checkpoint.date)).map((checkpoint) => ({ when: checkpoint.date, work: checkpoint.what })),
    ].slice(0, timetable.maxRows);
    if (has('when') && has('work') && rows.length > 0) {
      next[timetable.id] = rows;
      filled += rows.length;
    }
  }

  // 12 Execution: the metrics tracked.
  set('tracking', 'long-text', lines(plan.evaluation.metrics));

  return { values: { header: values.header, values: next }, filled };
}

/**
 * The promotion builder keeps several plans (planStore.ts): `playbook:promotion:current` holds the
 * id of the plan in use, saved under `playbook:promotion:plan:<id>` as `{ version: 1, savedAt,
 * data: Plan, drafts }`. Drafts (texts that did not parse) are not filled: they are not numbers yet.
 */
export const promotionFiller: Filler<Plan> = {
  storageKey: `${PLAN_STORE_PREFIX}:current`,
  resolveKey: (id) => (id === '' ? null : planKey(id)),
  version: PLAN_STORE_VERSION,
  schema: planSchema,
  apply: (sheet, values, fill, plan, words) =>
    // Without the page's words there is nothing to write the offer and phases in.
    fill.source === 'promotion' && words ? applyPromotionFill(sheet, values, fill, plan, words) : { values, filled: 0 },
};
