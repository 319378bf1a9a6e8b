/**
 * Every module's HTTP routes, in registration order. The one place outside a module that imports a
 * module's route files directly: a module's `index.ts` never exports its routes, so a module that
 * imports another's helpers does not pull its routes (and everything they import) in with them.
 */
import type { FastifyPluginAsync } from 'fastify';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { careersModuleRoutes } from './modules/careers/routes.ts';
import { hiringRoutes } from './modules/hiring/hiring.routes.ts';
import { integrationsRoutes } from './modules/integrations/routes.ts';
import { messagingRoutes } from './modules/messaging/messaging.routes.ts';
import { networkRoutes } from './modules/network/routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { personExportRoutes } from './modules/person-export/person-export.routes.ts';
import { privacyRoutes } from './modules/privacy/privacy.routes.ts';
import { referencesRoutes } from './modules/references/routes.ts';
import { referralsRoutes } from './modules/referrals/routes.ts';
import { tenancyRoutes } from './modules/tenancy/routes.ts';

export const moduleRoutes: FastifyPluginAsync[] = [
  tenancyRoutes,
  hiringRoutes,
  messagingRoutes,
  referralsRoutes,
  networkRoutes,
  notificationsRoutes,
  referencesRoutes,
  privacyRoutes,
  careersModuleRoutes,
  auditRoutes,
  personExportRoutes,
  // Last: its app-wide hooks (rate limit, idempotency, strict queries) apply to the API routes it adds.
  integrationsRoutes,
];
