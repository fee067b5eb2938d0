// What useToolState downloads when a tool is first used: everything that reads or checks numbers
// against a tool's zod schema (fields, the link codec, the saved copy). Pages load it on demand.
export { safeParse } from 'zod/v4/core';
export { parseFields } from '../../lib/fields';
export { readQuery, writeQuery } from '../../lib/share';
export { createSavedStateStore } from '../../lib/storage';
export { openingState } from '../../lib/toolState';
