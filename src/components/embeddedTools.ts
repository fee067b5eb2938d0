import type { ComponentType } from 'preact';
import { toolSlugs, type ToolSlug } from '../lib/catalog';
import { localeFromLang, type Locale } from '../i18n/locales';
// As a URL, not a stylesheet import: CSS anywhere in a page script's module graph is linked on
// every page of the site, and reading pages must not carry the tools' styles.
import toolStylesUrl from '../styles/tools.css?url';

/**
 * How a chapter loads a tool in place (src/components/EmbeddedTool.astro). This module and every
 * loader below are dynamic imports, so a reading page carries none of it until the reader asks.
 */
type EmbeddedProps = { locale: Locale; embedded?: boolean };
type Loader = (locale: Locale) => Promise<{ default: ComponentType<EmbeddedProps> }>;

// Most tools have one entry per language, each carrying only its own strings.
const loaders: Record<ToolSlug, Loader> = {
  growth: (locale) => (locale === 'en' ? import('./islands/GrowthCalculator.en') : import('./islands/GrowthCalculator.zh-CN')),
  // The embedded splitter works out its example when it mounts (the tool page gets it from the build).
  'target-split': () => import('./islands/TargetSplitter.embedded'),
  promotion: (locale) => (locale === 'en' ? import('./islands/PromotionBuilder.en') : import('./islands/PromotionBuilder.zh-CN')),
  opportunities: (locale) => (locale === 'en' ? import('./islands/OpportunityFinder.en') : import('./islands/OpportunityFinder.zh-CN')),
  'channel-score': (locale) => (locale === 'en' ? import('./islands/ChannelScorecard.en') : import('./islands/ChannelScorecard.zh-CN')),
};

const isToolSlug = (value: string | undefined): value is ToolSlug => toolSlugs.some((slug) => slug === value);

/** Links the tools' stylesheet once and resolves when it applies, so a tool never shows unstyled. */
function loadToolStyles(): Promise<void> {
  if (document.querySelector('link[data-tool-styles]')) return Promise.resolve();
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

/** Downloads the tool, its styles and Preact, and renders the tool into `mount`. */
export async function mountEmbeddedTool(tool: string | undefined, lang: string | undefined, mount: HTMLElement) {
  if (!isToolSlug(tool)) throw new Error(`unknown tool: ${tool}`);
  const locale = localeFromLang(lang);
  const [{ h, render }, { default: Tool }] = await Promise.all([import('preact'), loaders[tool](locale), loadToolStyles()]);
  render(h(Tool, { locale, embedded: true }), mount);
}
