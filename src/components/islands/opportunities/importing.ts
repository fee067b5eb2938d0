/**
 * What the page needs once someone loads a table (a file or a paste) and not before: the view of
 * what was read, the messages of a failed import, the check of the mapping step, and putting the
 * rows read in place of the table. Fetched by OpportunityFinder on that first import; the import
 * steps themselves come with taskClient.ts.
 */
export { importErrorStrings } from '../../../i18n/opportunityImport';
export { replaceRows } from '../../../lib/opportunityEdits';
export { mappingFromChoices } from '../../../lib/tableImport';
export { ImportResult } from './ImportResult';
