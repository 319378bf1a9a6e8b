import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from './auth.routes.ts';
import { companyRoutes } from './company.routes.ts';
import { membersRoutes } from './members.routes.ts';
import { signupRoutes } from './signup.routes.ts';

/** The tenancy module's HTTP routes (registered by the app's route list). */
export const tenancyRoutes: FastifyPluginAsync = async (app) => {
  await app.register(authRoutes);
  await app.register(companyRoutes);
  await app.register(membersRoutes);
  await app.register(signupRoutes);
};
