import type { FastifyPluginAsync } from 'fastify';
import { connectionRoutes } from './connections/connections.routes.ts';
import { contactRoutes } from './contacts.routes.ts';
import { exclusionRoutes } from './exclusions.routes.ts';
import { triageRoutes } from './triage/triage.routes.ts';
import { recoverInterruptedImports } from './use-cases/recover-imports.ts';

/** The network module's HTTP routes, and the restart of imports a stopped process left (registered by the app's route list). */
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
