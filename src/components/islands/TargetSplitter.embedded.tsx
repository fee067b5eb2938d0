import { useMemo } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { splitTexts } from '../../i18n/target-split';
import TargetSplitter from './target-split/TargetSplitter';
import { splitOpening } from './target-split/builtExample';

/**
 * The Target splitter placed in a chapter: no page was built around it, so it works out its
 * example here, and carries both languages' strings (a chapter loads this only when a reader
 * opens the tool).
 */
export default function EmbeddedTargetSplitter({ locale }: { locale: Locale; embedded?: boolean }) {
  const opening = useMemo(() => splitOpening(locale), [locale]);
  return <TargetSplitter locale={locale} dictionary={splitTexts[locale]} opening={opening} embedded />;
}
