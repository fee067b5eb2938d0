/**
 * The slugs of the playbook's tools, in sidebar order. Routes are /tools/<slug>/ and
 * /en/tools/<slug>/; other people's links depend on them, so never rename one.
 */
export const toolSlugs = ['growth', 'target-split', 'promotion', 'opportunities', 'channel-score'] as const;
export type ToolSlug = (typeof toolSlugs)[number];

/** The six parts of the course (plus the overview as part 0), with their chapter slugs. */
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
