/**
 * Writing a plan out of the browser: the envelope `{ format, version, plan }` as a JSON file and
 * as a share code for links. Reading them back in, checked by the plan's schema, is in
 * transfer.ts (which re-exports this module), so the builder's first paint loads only this.
 */

import type { Plan } from './schema';

/** Marks a file as a promotion plan of this playbook. */
export const PLAN_FORMAT = 'yeji-playbook/promotion-plan';
/** The envelope's format version; files with a higher version come from a newer playbook. */
export const PLAN_FORMAT_VERSION = 1;

/** The plan as a file: pretty JSON in the envelope, ending with a newline. */
export function exportPlanJson(plan: Plan): string {
  return `${JSON.stringify({ format: PLAN_FORMAT, version: PLAN_FORMAT_VERSION, plan }, null, 2)}\n`;
}

/** The plan as a share code: base64url (no padding) of the UTF-8 of its compact JSON envelope. */
export function encodePlan(plan: Plan): string {
  const json = JSON.stringify({ format: PLAN_FORMAT, version: PLAN_FORMAT_VERSION, plan });
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  // In slices, so that String.fromCharCode never gets more arguments than an engine allows.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
