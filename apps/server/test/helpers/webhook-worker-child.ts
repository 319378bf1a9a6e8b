/**
 * The webhook deliveries' loop alone in its own process, as `npm run worker` runs it beside the servers, on the
 * database named by WEBHOOK_WORKER_DATABASE_URL. The worker-kill test starts it and kills it mid-delivery.
 */
import { startBackgroundWork } from '../../src/background.ts';
import { registerIntegrations } from '../../src/modules/integrations/index.ts';
import type { LoopLog } from '../../src/platform/background-loop.ts';
import { createBackgroundJobs } from '../../src/platform/background-work.ts';
import { type Config, loadConfig } from '../../src/platform/config.ts';
import { type Db, openDatabase } from '../../src/platform/db/db.ts';
import { createDomainEvents } from '../../src/platform/events.ts';

const url = process.env.WEBHOOK_WORKER_DATABASE_URL;
if (!url) throw new Error('WEBHOOK_WORKER_DATABASE_URL is not set');
const database = await openDatabase({ driver: 'postgres', url, poolSize: 2 });
const quiet = { info: () => {}, error: (obj: object, msg: string) => console.error(msg, obj) };
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', SEED_DEMO: 'never' });
// Integrations' own background work (the deliveries' queue), started the one way every process starts it.
const jobs = createBackgroundJobs<{ db: Db; config: Config; log: LoopLog }>();
registerIntegrations({ events: createDomainEvents(), config, background: jobs });
const worker = startBackgroundWork({ db: database.db, config, log: quiet }, jobs, { idleMs: 50 });
process.on('SIGTERM', () => {
  void worker.stop().then(async () => {
    await database.close();
    process.exit(0);
  });
});
process.send?.('ready');
