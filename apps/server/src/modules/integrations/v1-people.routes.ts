import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Placeholder: routes are added by the work on this area. */
export const v1PeopleRoutes: FastifyPluginAsyncZod = async (_app) => {};
