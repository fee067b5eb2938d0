/**
 * Where a tool keeps its saved state in the browser: `playbook:<name>`. A module of its own, with no
 * zod, so a page can ask whether anything is saved (ui/browserStorage.ts) before it downloads the
 * code that reads it.
 */
export const storageKey = (name: string) => `playbook:${name}`;
