import pino from 'pino';
import { startWebhookWorker } from './modules/integrations/index.ts';
import { startMessageWorker } from './modules/messaging/index.ts';
import { startReferenceScheduler } from './modules/references/index.ts';
import { startReferralScheduler } from './modules/referrals/index.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase, runMigrations } from './platform/db/db.ts';
import { loggerOptions } from './platform/logger.ts';
import { loadSecretKey, MissingSecretKeyError } from './platform/secret-key.ts';
import { wireModules } from './wiring.ts';

/**
 * An extra queue worker against PostgreSQL. Workers claim rows with SKIP LOCKED, so any number can
 * run beside the servers. The embedded database allows one process only: there the server runs it.
 */
async function main() {
  const config = loadConfig();
  if (config.database.driver !== 'postgres') {
    console.error(
      '\nA separate worker needs PostgreSQL (set DATABASE_URL). With the embedded database the worker already runs inside `npm start`.\n',
    );
    process.exit(1);
  }
  const log = pino(loggerOptions(config.logLevel));
  // The same key as the servers', or the messages they sealed cannot be opened here.
  loadSecretKey(config, log);
  const database = await openDatabase(config.database);
  await runMigrations(database);
  // The scheduled work publishes domain events (a check expires): the same subscribers as the server's.
  wireModules(database.db, config);
  const worker = startMessageWorker({ db: database.db, config, log });
  const scheduler = startReferralScheduler({ db: database.db, config, log });
  const referenceScheduler = startReferenceScheduler({ db: database.db, config, log });
  const webhooks = startWebhookWorker({ db: database.db, config, log });
  log.info('worker started');
  const stop = async () => {
    await scheduler.stop();
    await referenceScheduler.stop();
    await webhooks.stop();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
  if (error instanceof MissingSecretKeyError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
