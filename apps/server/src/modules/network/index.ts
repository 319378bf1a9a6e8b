/** Network: contacts, imports, marks, exclusions. The only surface other modules import. */
import type { FastifyPluginAsync } from 'fastify';
import { connectionRoutes } from './connections/connections.routes.ts';
import { contactRoutes } from './contacts.routes.ts';
import { exclusionRoutes } from './exclusions.routes.ts';
import { triageRoutes } from './triage/triage.routes.ts';
import { recoverInterruptedImports } from './use-cases/recover-imports.ts';

export const networkRoutes: FastifyPluginAsync = async (app) => {
  // In the background: a long merge left by a stopped process must not hold up the start.
  app.addHook('onReady', async () => {
    recoverInterruptedImports(app.services.database).catch((error) =>
      app.log.error({ err: error }, 'could not finish the contact imports a stopped process left'),
    );
  });
  await app.register(exclusionRoutes);
  await app.register(contactRoutes);
  await app.register(triageRoutes);
  await app.register(connectionRoutes);
};

export { findCandidateConnections } from './connections/connections.repo.ts';
export {
  type ConnectionLanguage,
  type ConnectionNames,
  describeConnection,
  describeReason,
} from './connections/describe-connection.ts';
export { type ExcludedContacts, onContactsExcluded } from './excluded-contacts.ts';
export {
  type ContactForExclusion,
  type ExclusionIndex,
  type ExclusionRule,
  exclusionKeysOf,
  indexExclusions,
  isExcluded,
} from './exclusion-match.ts';
export { type ContactKeyColumns, excludedContactPredicate, listExclusionRules } from './exclusions.repo.ts';
export { searchVectorOf } from './search/index.ts';
export { contactSearchOf } from './use-cases/manage-contacts.ts';
