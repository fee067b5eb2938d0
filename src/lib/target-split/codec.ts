/**
 * The Target splitter's codec: its links and its saved copy, as the saved-tool hook reads and
 * writes them (a ToolCodec). Every parameter is link.ts's: the typable link, the whole state in
 * `s`, and `present`. The splitter names what it left out of a link itself (a `units` item by its
 * position, a broken `s`), so its ignored parameters travel in `extra` rather than in ToolFrame's
 * notice.
 *
 * Pure module: no DOM, no UI strings.
 */

import type { ToolCodec } from '../savedTool';
import { readToolLink, stateFromLink, writeToolLink, type SplitIgnoredParam } from './link';
import { splitStateSchema, type SplitState } from './schema';

/** What else a link said: the parameters (and `units` items) left out, with the splitter's reasons. */
export interface SplitLinkExtra {
  ignored: SplitIgnoredParam[];
}

export const splitCodec: ToolCodec<SplitState, SplitLinkExtra> = {
  /** The saved copy's format version (`playbook:target-split`). */
  version: 1,
  schema: splitStateSchema,
  /** The link's scenario, with the example's units when it names none (see stateFromLink). */
  readLink(search, { example }) {
    const { reading, present } = readToolLink(search);
    return {
      carriesState: reading.carriesState,
      state: stateFromLink(reading, example),
      present,
      ignored: [],
      extra: { ignored: reading.ignored },
    };
  },
  writeLink: writeToolLink,
};
