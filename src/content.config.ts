import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { toolSlugs } from './lib/catalog';

/**
 * The playbook's own frontmatter, on top of Starlight's. A bad value fails the build with a
 * message that names the file and the field.
 */
const playbookFields = z
  .object({
    /** Which part of the course the page belongs to: 0 is the overview, 1–6 the six parts. */
    part: z.number().int().min(0).max(6).optional(),
    /** What a reader can do after the page, one short sentence each. */
    objectives: z.array(z.string().min(1)).default([]),
    /** Slugs of the tools (src/lib/catalog.ts) the page uses or links to. */
    tools: z.array(z.enum(toolSlugs)).default([]),
    /** What sort of page this is; drives layout, search grouping and budgets. */
    kind: z.enum(['chapter', 'tool', 'worksheet', 'reference']),
  })
  .superRefine((page, ctx) => {
    if (page.kind === 'chapter') {
      if (page.part === undefined) {
        ctx.addIssue({ code: 'custom', path: ['part'], message: 'a chapter needs its part (0–6)' });
      }
      if (page.objectives.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['objectives'], message: 'a chapter needs at least one objective' });
      }
    }
  });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: playbookFields }) }),
  // Overrides of Starlight's own UI strings live in src/content/i18n/<lang>.json.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
