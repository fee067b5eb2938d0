/**
 * Reading a chosen JSON file into a plan, and the reasons a file or a shared link could not be
 * read, in the page's language. The island loads this module on demand (when a file is chosen or
 * a broken link is opened), so these texts are not part of the download before first use.
 */

import type { Locale } from '../../../lib/locale';
import type { FullPromotionText } from '../../../i18n/promotion/index';
import { importErrorText } from '../../../i18n/promotion/import';
import { importPlanJson, MAX_IMPORT_BYTES, type ImportError, type ImportResult } from '../../../lib/promotion/transfer';

/** One reason an import failed, as shown: the field's path (for `data-path`) and the sentence. */
export interface ImportProblem {
  path: string;
  text: string;
}

export function importProblems(errors: readonly ImportError[], locale: Locale, text: FullPromotionText): ImportProblem[] {
  return errors.map((error) => ({ path: error.path, text: importErrorText(error, locale, text) }));
}

/** Reads a file chosen by the person; a file too large is refused before it is read. */
export async function readPlanFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, errors: [{ path: '', code: 'too-large', element: null }] };
  try {
    return importPlanJson(await file.text());
  } catch {
    return { ok: false, errors: [{ path: '', code: 'empty', element: null }] };
  }
}
