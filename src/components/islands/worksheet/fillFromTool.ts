import { toolNames } from '../../../lib/catalog';
import type { Locale } from '../../../lib/locale';
import { fill } from '../../../i18n/fill';
import { fillWords } from '../../../i18n/fillWords';
import { worksheetFillStrings } from '../../../i18n/worksheetFill';
import type { KeyValueStorage } from '../../../lib/storage';
import { ready, type ReadyFiller } from '../../../lib/worksheets/fill';
import type { FillSource } from '../../../lib/worksheets/schema';
import type { Worksheet, WorksheetFill } from '../../../lib/worksheets/schema';
import type { SheetValues } from '../../../lib/worksheets/valuesSchema';

/*
 * "Fill from the tool" as the worksheet island runs it. Loaded by the first click on a fill
 * button (with fill.ts and its strings), so a sheet nobody fills from a tool never downloads it.
 */

/** The tools a sheet can be filled from, each filler loaded on first use. */
const fillerLoaders: Record<FillSource, () => Promise<ReadyFiller>> = {
  growth: () => import('../../../lib/worksheets/fillGrowth').then((module) => ready(module.growthFiller)),
  'target-split': () => import('../../../lib/worksheets/fillTargetSplit').then((module) => ready(module.targetSplitFiller)),
  promotion: () => import('../../../lib/worksheets/fillPromotion').then((module) => ready(module.promotionFiller)),
};

/** A line above the form; a warning may link to the tool it is about. */
export interface WorksheetNotice {
  kind: 'info' | 'warning';
  text: string;
  link?: { href: string; text: string };
}

/** What a fill did: the sheet's new values when it wrote any, and what to tell the person. */
export interface FillReport {
  values: SheetValues | null;
  notice: WorksheetNotice;
}

interface FillRequest {
  sheet: Worksheet;
  values: SheetValues;
  source: WorksheetFill;
  locale: Locale;
  /** The browser's storage, or undefined where the browser refuses it. */
  storage: KeyValueStorage | undefined;
}

/**
 * Reads the tool's saved state and fills the sheet's cells from it, or says why it could not;
 * null when the browser gives no storage or the tool's filler does not load.
 */
export async function fillFromTool({ sheet, values, source, locale, storage }: FillRequest): Promise<FillReport | null> {
  const s = (key: keyof typeof worksheetFillStrings) => worksheetFillStrings[key][locale];
  const toolName = toolNames[source.source][locale];
  const toolHref = `${locale === 'en' ? '/en' : ''}/tools/${source.source}/`;
  const filler = await fillerLoaders[source.source]().catch(() => null);
  if (!storage || !filler) return null;
  let raw: string | null = null;
  try {
    raw = filler.read(storage);
  } catch {
    raw = null;
  }
  const result = filler.run(sheet, values, source, raw, fillWords[locale]);
  if (result.status === 'filled') {
    const savedAt = result.savedAt ? new Date(result.savedAt) : null;
    const savedText =
      savedAt && !Number.isNaN(savedAt.getTime()) ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(savedAt) : '—';
    return {
      values: result.outcome.values,
      notice: { kind: 'info', text: fill(s('filledFrom'), { tool: toolName, count: String(result.outcome.filled), savedAt: savedText }) },
    };
  }
  const message = result.status === 'empty' ? 'fillEmpty' : result.status === 'nothing' ? 'fillNothing' : 'fillUnreadable';
  return {
    values: null,
    notice: { kind: 'warning', text: fill(s(message), { tool: toolName }), link: { href: toolHref, text: fill(s('openTool'), { tool: toolName }) } },
  };
}
