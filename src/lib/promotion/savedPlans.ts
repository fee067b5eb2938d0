/**
 * Whether this browser may hold saved plans, asked without the plan store (and so without zod):
 * a page with nothing saved opens on a blank plan at once and fetches the store on first use.
 */

/** Every key of the plan store begins with this (see planStore.ts). */
export const PLAN_STORE_PREFIX = 'playbook:promotion';

/**
 * Whether any `playbook:promotion:*` key is in local storage (a plan, the current plan's id, a plan
 * set aside), or storage cannot be read: either way the store must read it properly, at once.
 */
export function mayHaveSavedPlans(): boolean {
  try {
    const storage = window.localStorage;
    for (let index = 0; index < storage.length; index += 1) {
      if (storage.key(index)?.startsWith(`${PLAN_STORE_PREFIX}:`)) return true;
    }
    return false;
  } catch {
    return true; // storage disabled: the store reports it, and its notice needs the full reading
  }
}
