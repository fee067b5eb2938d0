/**
 * The slugs of the playbook's tools and worksheets, in sidebar order. Routes are
 * /tools/<slug>/ and /worksheets/<slug>/ (English under /en/); other people's links depend on
 * them, so never rename one. Their names in both languages are in src/i18n/catalog.ts.
 */
export const toolSlugs = ['growth', 'target-split', 'promotion', 'opportunities', 'channel-score'] as const;
export type ToolSlug = (typeof toolSlugs)[number];

export const worksheetSlugs = [
  'monthly-plan',
  'growth-diagnosis',
  'customer-insight',
  'dealer-five-steps',
  'channel-five-steps',
  'promotion-elements',
  'fabe-cards',
  'target-breakdown',
  'coaching-record',
] as const;
export type WorksheetSlug = (typeof worksheetSlugs)[number];

/** The overview (part 0) and the six parts of the course, with their chapter slugs. */
export const chapterSlugs = [
  'course/overview',
  'course/growth-principle',
  'course/dealer-growth',
  'course/new-channels',
  'course/promotion',
  'course/team-performance',
  'course/summary',
] as const;
export type ChapterSlug = (typeof chapterSlugs)[number];
