import type { ComponentType } from 'preact';
import { toolSlugs, type ToolSlug } from '../lib/catalog';
import { localeFromLang, type Locale } from '../lib/locale';
// As URLs, not stylesheet imports: CSS anywhere in a page script's module graph is linked on
// every page of the site, and reading pages must not carry the tools' styles.
import growthStylesUrl from '../styles/tools/growth.css?url';
import channelScoreStylesUrl from '../styles/tools/channel-score.css?url';
import opportunitiesStylesUrl from '../styles/tools/opportunities.css?url';
import promotionStylesUrl from '../styles/tools/promotion.css?url';
import targetSplitStylesUrl from '../styles/tools/target-split.css?url';

/**
 * How a chapter loads a tool in place (src/components/EmbeddedTool.astro). This module and every
 * loader below are dynamic imports, so a reading page carries none of it until the reader asks.
 */
type EmbeddedProps = { locale: Locale; embedded?: boolean };
type Loader = (locale: Locale) => Promise<{ default: ComponentType<EmbeddedProps> }>;

/**
 * An island that takes its language's dictionary as `text` (and any other props its page passes,
 * here worked out when it mounts rather than at build time), rendered with them.
 */
function withDictionary<Text, More extends object>(
  island: Promise<{ default: ComponentType<EmbeddedProps & { text: Text } & More> }>,
  text: Promise<Text>,
  more?: Promise<More>,
): Promise<{ default: ComponentType<EmbeddedProps> }> {
  return Promise.all([import('preact'), island, text, more]).then(([{ h }, module, dictionary, props]) => ({
    default: (embedded: EmbeddedProps) => h(module.default, { ...embedded, ...(props as More), text: dictionary }),
  }));
}

// Every island takes its language's dictionary as a prop, as its page passes it.
const loaders: Record<ToolSlug, Loader> = {
  growth: (locale) =>
    withDictionary(
      import('./islands/growth/GrowthCalculator'),
      locale === 'en' ? import('../i18n/growth/en').then((module) => module.englishText) : import('../i18n/growth/zh-CN').then((module) => module.chineseText),
    ),
  // The splitter also takes its example, worked out here (its page gets it from the build).
  'target-split': (locale) =>
    withDictionary(
      import('./islands/target-split/TargetSplitter'),
      locale === 'en' ? import('../i18n/target-split/en').then((module) => module.englishText) : import('../i18n/target-split/zh-CN').then((module) => module.chineseText),
      import('./islands/target-split/builtExample').then((module) => ({ built: module.builtExample(locale) })),
    ),
  promotion: (locale) =>
    withDictionary(
      import('./islands/promotion/PromotionBuilder'),
      locale === 'en' ? import('../i18n/promotion/en').then((module) => module.englishText) : import('../i18n/promotion/zh-CN').then((module) => module.chineseText),
    ),
  opportunities: (locale) =>
    withDictionary(
      import('./islands/opportunities/OpportunityFinder'),
      locale === 'en' ? import('../i18n/opportunities/en').then((module) => module.englishText) : import('../i18n/opportunities/zh-CN').then((module) => module.chineseText),
    ),
  'channel-score': (locale) =>
    withDictionary(
      import('./islands/channel-score/ChannelScorecard'),
      locale === 'en' ? import('../i18n/channel-score/en').then((module) => module.englishText) : import('../i18n/channel-score/zh-CN').then((module) => module.chineseText),
    ),
};

/** Each tool's stylesheet (it imports the shared tool styles), the same file its own page links. */
const toolStyles: Record<ToolSlug, string> = {
  growth: growthStylesUrl,
  'target-split': targetSplitStylesUrl,
  promotion: promotionStylesUrl,
  opportunities: opportunitiesStylesUrl,
  'channel-score': channelScoreStylesUrl,
};

const isToolSlug = (value: string | undefined): value is ToolSlug => toolSlugs.some((slug) => slug === value);

/** Links a stylesheet once and resolves when it applies, so a tool never shows unstyled. */
function loadStylesheet(href: string): Promise<void> {
  if ([...document.querySelectorAll<HTMLLinkElement>('link[data-tool-styles]')].some((link) => link.getAttribute('href') === href)) {
    return Promise.resolve();
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.toolStyles = '';
  const applied = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => {
        link.remove(); // so that trying again fetches it again
        reject(new Error('tool styles did not load'));
      },
      { once: true },
    );
  });
  document.head.append(link);
  return applied;
}

/** Downloads the tool, its styles and Preact, and renders the tool into `mount`. */
export async function mountEmbeddedTool(tool: string | undefined, lang: string | undefined, mount: HTMLElement) {
  if (!isToolSlug(tool)) throw new Error(`unknown tool: ${tool}`);
  const locale = localeFromLang(lang);
  const [{ h, render }, { default: Tool }] = await Promise.all([import('preact'), loaders[tool](locale), loadStylesheet(toolStyles[tool])]);
  render(h(Tool, { locale, embedded: true }), mount);
}
