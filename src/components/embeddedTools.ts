import type { ComponentType } from 'preact';
import type { ToolSlug } from '../lib/catalog';
import type { Locale } from '../i18n/locales';
// As a URL, not a stylesheet import: CSS anywhere in a page script's module graph is linked on
// every page of the site, and reading pages must not carry the tools' styles.
import toolStylesUrl from '../styles/tools.css?url';

/**
 * How a chapter loads a tool in place (src/components/EmbeddedTool.astro). Each loader is a
 * dynamic import, so a reading page carries none of a tool's code until the reader asks for it.
 */
type EmbeddedProps = { locale: Locale; embedded?: boolean };
type Loader = () => Promise<{ default: ComponentType<EmbeddedProps> }>;

export const embeddedToolLoaders: Record<ToolSlug, Loader> = {
  growth: () => import('./islands/GrowthCalculator'),
  'target-split': () => import('./islands/TargetSplitter'),
  promotion: () => import('./islands/PromotionBuilder'),
  opportunities: () => import('./islands/OpportunityFinder'),
  'channel-score': () => import('./islands/ChannelScorecard'),
};

/** Links the tools' stylesheet once and resolves when it applies, so the tool never shows unstyled. */
export function loadToolStyles(): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>('link[data-tool-styles]');
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = toolStylesUrl;
  link.dataset.toolStyles = '';
  const applied = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error('tool styles did not load')), { once: true });
  });
  document.head.append(link);
  return applied;
}
