import { apiKeyAuthenticator, registerIntegrations } from './modules/integrations/index.ts';
import { registerReferences } from './modules/references/index.ts';
import { registerReferrals } from './modules/referrals/index.ts';
import { sessionAuthenticator } from './modules/tenancy/index.ts';
import type { Config } from './platform/config.ts';
import { createDashboard, type Dashboard } from './platform/dashboard.ts';
import type { Db } from './platform/db/db.ts';
import { bindDomainEvents, createDomainEvents, type DomainEvents } from './platform/events.ts';
import type { Authenticators } from './platform/http/auth-hook.ts';

export type ModuleWiring = { events: DomainEvents; dashboard: Dashboard; authenticators: Authenticators };

/**
 * How the modules meet, built once per app (server, worker and each test app alike): every module
 * registers its event subscribers and home-page cards, and the domain events are bound to the
 * database handle, so `publish(tx, …)` in any use case reaches this app's subscribers.
 */
export function wireModules(db: Db, config: Pick<Config, 'publicUrl'>): ModuleWiring {
  const events = createDomainEvents();
  const dashboard = createDashboard();
  registerReferences();
  registerReferrals({ events, dashboard, config });
  registerIntegrations({ events, config });
  bindDomainEvents(db, events);
  return { events, dashboard, authenticators: { session: sessionAuthenticator, apiKey: apiKeyAuthenticator } };
}
