/**
 * Where a tool keeps its saved state in the browser: `playbook:<name>`. A module of its own, with no
 * zod, so a page can ask whether anything is saved before it downloads the code that reads it.
 */
export const storageKey = (name: string) => `playbook:${name}`;

/**
 * Whether this browser holds a saved state for the tool (readable or not), or cannot say because
 * storage is off. Either way the page must read it properly, with the tool's schema, at once.
 */
export function mayHaveSavedState(name: string): boolean {
  try {
    return window.localStorage.getItem(storageKey(name)) !== null;
  } catch {
    return true; // storage disabled: the store reports it, and the notice needs the full reading
  }
}
