/**
 * The webhook worker alone in its own process, as `npm run worker` runs it beside the servers, on the
 * database named by WEBHOOK_WORKER_DATABASE_URL. The worker-kill test starts it and kills it mid-delivery.
 */
import { startWebhookWorker } from '../../src/modules/integrations/use-cases/webhook-worker.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/db.ts';

const url = process.env.WEBHOOK_WORKER_DATABASE_URL;
if (!url) throw new Error('WEBHOOK_WORKER_DATABASE_URL is not set');
const database = await openDatabase({ driver: 'postgres', url, poolSize: 2 });
const quiet = { info: () => {}, error: (obj: object, msg: string) => console.error(msg, obj) };
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', SEED_DEMO: 'never' });
const worker = startWebhookWorker({ db: database.db, config, log: quiet, idleMs: 50 });
process.on('SIGTERM', () => {
  void worker.stop().then(async () => {
    await database.close();
    process.exit(0);
  });
});
process.send?.('ready');
