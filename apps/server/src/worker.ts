import { backgroundContextOf, startBackgroundWork } from './background.ts';
import { openAppContext } from './bootstrap.ts';
import { loadConfig } from './platform/config.ts';
import { MissingSecretKeyError } from './platform/secret-key.ts';
import { wireModules } from './wiring.ts';

/**
 * An extra worker against PostgreSQL: the same context as the server's, and the same background
 * loops, without HTTP. Workers claim rows with SKIP LOCKED, so any number can run beside the servers.
 * The embedded database allows one process only: there the server runs them.
 */
async function main() {
  const config = loadConfig();
  if (config.database.driver !== 'postgres') {
    console.error(
      '\nA separate worker needs PostgreSQL (set DATABASE_URL). With the embedded database the worker already runs inside `npm start`.\n',
    );
    process.exit(1);
  }
  const context = await openAppContext(config);
  // The scheduled work publishes domain events (a check expires): the same subscribers as the server's,
  // and the same background jobs the modules registered.
  const wiring = wireModules(context.database.db, config);
  const background = startBackgroundWork(backgroundContextOf(context), wiring.background);
  context.log.info('worker started');
  const stop = async () => {
    await background.stop();
    await context.database.close();
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
