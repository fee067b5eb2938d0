/**
 * What the page needs once someone loads a table (a file or a paste) and not before: the view of
 * what was read, the messages of a failed import and the check of the mapping step. Fetched by
 * OpportunityFinder on that first import; the import steps themselves come with taskClient.ts.
 */
export { importErrorStrings } from '../../../i18n/opportunityImport';
export { mappingFromChoices } from '../../../lib/tableImport';
export { ImportResult } from './ImportResult';
