/** Network: contacts, imports, marks, exclusions. The only surface other modules import. */
export { findCandidateConnections } from './connections/connections.repo.ts';
export {
  type ConnectionLanguage,
  type ConnectionNames,
  describeConnection,
  describeReason,
} from './connections/describe-connection.ts';
export { contactsBeingDeleted } from './contacts.repo.ts';
export {
  contactsMatching,
  dropExclusionsNaming,
  erasePersonFromNetworks,
  forgetNetworkOf,
  ownersWithNetworks,
} from './erasure.repo.ts';
export type { ExcludedContacts } from './excluded-contacts.ts';
export {
  type ContactForExclusion,
  type ExclusionIndex,
  type ExclusionRule,
  exclusionKeysOf,
  indexExclusions,
  isExcluded,
} from './exclusion-match.ts';
export { type ContactKeyColumns, excludedContactPredicate, listExclusionRules } from './exclusions.repo.ts';
export * from './network.tables.ts';
export { memberNetworkData } from './person-data.repo.ts';
export {
  compileQuery,
  highlightTerms,
  parseQuery,
  type QueryNode,
  QuerySyntaxError,
  rankOf,
  searchVectorOf,
} from './search/index.ts';
export { contactSearchOf } from './use-cases/manage-contacts.ts';
