// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import contentSecurityPolicy from './src/integrations/contentSecurityPolicy.ts';

/**
 * A sidebar label in both languages: Chinese is the root locale.
 * @param {string} zh
 * @param {string} en
 */
const label = (zh, en) => ({ label: zh, translations: { en } });

export default defineConfig({
  site: 'https://playbook.example',
  trailingSlash: 'always',
  // Starlight turns on prefetching of every link on hover; that script (1.1 KB gzip) would be a
  // third of a reading page's JavaScript, for pages that are small and static anyway (issue 9).
  prefetch: false,
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // zod in one chunk: left to the automatic splitting it comes apart into several small
          // chunks along the islands' different imports, and each compresses worse on its own.
          codeSplitting: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ }] },
        },
      },
    },
  },
  integrations: [
    starlight({
      title: { 'zh-CN': '业绩翻倍增长', en: 'Double Your Sales' },
      description: '业绩翻倍增长课程的双语实战手册：章节、计算工具与可打印工作表。',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      components: {
        Search: './src/components/Search.astro',
        LanguageSelect: './src/components/LanguageSwitch.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        TableOfContents: './src/components/TableOfContents.astro',
        MobileTableOfContents: './src/components/MobileTableOfContents.astro',
      },
      sidebar: [
        { ...label('课程', 'Course'), items: [{ autogenerate: { directory: 'course' } }] },
        { ...label('工具', 'Tools'), items: [{ autogenerate: { directory: 'tools' } }] },
        { ...label('工作表', 'Worksheets'), items: [{ autogenerate: { directory: 'worksheets' } }] },
        { ...label('术语表', 'Glossary'), items: [{ slug: 'glossary' }] },
      ],
      lastUpdated: false,
      // No hover anchor beside every heading: each repeats the heading text and an icon (about
      // 0.6 KB compressed on a long chapter). The table of contents links every section instead.
      markdown: { headingLinks: false },
      pagination: true,
    }),
    preact(),
    // Last, so it hashes the pages exactly as the other integrations leave them.
    contentSecurityPolicy(),
  ],
});
