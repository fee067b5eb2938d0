import { useLayoutEffect } from 'preact/hooks';
import { applyNames, type FieldTexts } from '../../../lib/channel-score/fields';
import type { ChannelState } from '../../../lib/channel-score/schema';
import { useSavedTool } from '../../ui/useSavedTool';

const loadEngine = () => import('./engine').then((module) => module.engine);

/**
 * The scorecard's own fields over the saved-tool hook (which owns the lifecycle: the plain visit,
 * a link or a saved copy, the engine on first use, writes, restore/keep/reset, other tabs).
 *
 * `texts` holds only what people typed, by field id (see lib/channel-score/fields.ts); a field
 * nobody typed in shows the state's own value. Names apply as typed; numbers are read by the
 * engine, with the fields read together with them, and applied when usable. Numbers typed before
 * the engine arrived are read when it does.
 */
export function useChannelScoreState(
  example: ChannelState,
  { syncUrl, builtInName }: { syncUrl: boolean; builtInName: (key: string) => string | undefined },
) {
  const tool = useSavedTool({ name: 'channel-score', example, load: loadEngine, syncUrl });
  const { engine, ready, texts } = tool;

  // Once the scorecard is ready, what was typed before is applied to what it opened with (before
  // the browser paints, so the address bar never shows the opening without it).
  useLayoutEffect(() => {
    if (!ready || !engine || Object.keys(texts).length === 0) return;
    tool.setState((previous) => engine.applyTexts(applyNames(previous, texts, builtInName), texts));
  }, [ready]);

  return {
    ...tool,
    /** Why the link could not be read, or null. */
    linkError: tool.extra,
    /** The link leaves the scores out: the scorecard is too big for one (known once the engine is here). */
    linkTooLong: engine !== null && tool.link === '',
    /** The engine's readers of typed numbers, or null before it arrives (nothing typed is read yet). */
    reader: ready ? engine : null,
    /**
     * Keeps a field's text as typed. A name comes with its `change`, applied at once; a number is
     * read (with the fields read together with it) and applied when usable, once the engine is here.
     */
    type: (id: string, text: string, change?: (previous: ChannelState) => ChannelState) => {
      tool.setText(id, text);
      if (change) tool.setState(change);
      else if (ready && engine) tool.setState((previous) => engine.applyTexts(previous, { ...(texts as FieldTexts), [id]: text }, id));
    },
  };
}
