/**
 * What the page needs once someone loads a table (a file or a paste) and not before: the steps of
 * an import with their messages (importer.ts) and the view of what was read. Fetched by
 * OpportunityFinder on that first import; the reading itself comes with taskClient.ts.
 */
export { createImporter } from './importer';
export { ImportResult } from './ImportResult';
