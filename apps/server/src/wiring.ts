import { registerAudit } from './modules/audit/index.ts';
import { apiKeyAuthenticator, registerIntegrations } from './modules/integrations/index.ts';
import { registerMessaging, type Transports } from './modules/messaging/index.ts';
import { registerNotifications } from './modules/notifications/index.ts';
import { registerPersonExport } from './modules/person-export/index.ts';
import { registerPrivacy } from './modules/privacy/index.ts';
import { registerReferences } from './modules/references/index.ts';
import { registerReferrals } from './modules/referrals/index.ts';
import { sessionAuthenticator } from './modules/tenancy/index.ts';
import type { LoopLog } from './platform/background-loop.ts';
import { type BackgroundRegistry, createBackgroundJobs } from './platform/background-work.ts';
import type { Config } from './platform/config.ts';
import { createDashboard, type Dashboard } from './platform/dashboard.ts';
import type { Db } from './platform/db/db.ts';
import { bindDomainEvents, createDomainEvents, type DomainEvents } from './platform/events.ts';
import type { Authenticators } from './platform/http/auth-hook.ts';

/** What every module's background job runs with (see background.ts). */
export type BackgroundContext = { db: Db; config: Config; transports: Transports; log: LoopLog };

export type ModuleWiring = {
  events: DomainEvents;
  dashboard: Dashboard;
  authenticators: Authenticators;
  /** The modules' queues and periodic jobs, for the process that runs background work to start. */
  background: BackgroundRegistry<BackgroundContext>;
};

/**
 * How the modules meet, built once per app (server, worker and each test app alike): every module
 * registers its event subscribers, home-page cards and background jobs, and the domain events are bound to the
 * database handle, so `publish(tx, …)` in any use case reaches this app's subscribers.
 */
export function wireModules(db: Db, config: Pick<Config, 'publicUrl'>): ModuleWiring {
  const events = createDomainEvents();
  const dashboard = createDashboard();
  const background = createBackgroundJobs<BackgroundContext>();
  registerMessaging({ background });
  registerAudit({ events, background });
  registerPersonExport({ background });
  registerReferences({ events, config, background, dashboard });
  registerReferrals({ events, dashboard, config, background });
  registerIntegrations({ events, config, background });
  registerNotifications({ events, config, background });
  registerPrivacy({ background });
  bindDomainEvents(db, events);
  const authenticators = { session: sessionAuthenticator, apiKey: apiKeyAuthenticator };
  return { events, dashboard, authenticators, background };
}
