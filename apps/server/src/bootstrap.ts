import pino from 'pino';
import { type Transports, transportsFromConfig } from './modules/messaging/index.ts';
import { type Config, loadConfig } from './platform/config.ts';
import { type Database, openDatabase, runMigrations } from './platform/db/db.ts';
import { loggerOptions } from './platform/logger.ts';
import { loadSecretKey } from './platform/secret-key.ts';

/** What every Vouch process runs on, the server and the worker alike. */
export type AppContext = {
  config: Config;
  database: Database;
  log: pino.Logger;
  transports: Transports;
};

/**
 * The shared start of the server and the worker: configuration, a logger, the secret key (the same
 * in every process, or the messages one process sealed cannot be opened by another), the database
 * migrated to this version, and the email and SMS transports.
 */
export async function openAppContext(config: Config = loadConfig()): Promise<AppContext> {
  const log = pino(loggerOptions(config.logLevel));
  loadSecretKey(config, log);
  const database = await openDatabase(
    config.database.driver === 'postgres' ? config.database : { driver: 'pglite', dataDir: config.database.dataDir },
  );
  await runMigrations(database);
  return { config, database, log, transports: transportsFromConfig(config) };
}
