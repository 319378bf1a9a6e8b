import type { FastifyPluginAsync } from 'fastify';
import { careersRoutes } from './careers.routes.ts';
import { shareLinkRoutes } from './share-links.routes.ts';

/** The careers module's HTTP routes (registered by the app's route list, never imported by a module). */
export const careersModuleRoutes: FastifyPluginAsync = async (app) => {
  await app.register(shareLinkRoutes);
  await app.register(careersRoutes);
};
