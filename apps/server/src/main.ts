import { buildApp } from './app.ts';
import { backgroundContextOf, startBackgroundWork } from './background.ts';
import { openAppContext } from './bootstrap.ts';
import { emailStaysInApp } from './modules/messaging/index.ts';
import { anyCompanyExists } from './modules/tenancy/index.ts';
import { DataDirLockedError } from './platform/db/db.ts';
import { MissingSecretKeyError } from './platform/secret-key.ts';
import { seedDemoIfEmpty } from './seed/demo.ts';

/** The server: migrations, demo data on a fresh database, the HTTP API and web app, and a queue worker. */
async function main() {
  const context = await openAppContext();
  const { config, database } = context;
  const app = await buildApp({ config, database, secretKeyLoaded: true });
  if (config.seedDemo) await seedDemoIfEmpty(database.db, app.log, config.publicUrl);

  // Embedded mode must run the background work here (one process per data folder); with PostgreSQL
  // the server runs it too, and `npm run worker` adds more processes.
  const runsWorker = config.runWorker || database.driver === 'pglite';
  const background = runsWorker ? startBackgroundWork(backgroundContextOf(context), app.services.background) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await background?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where =
    database.driver === 'pglite'
      ? `embedded database in ${(config.database as { dataDir: string }).dataDir}`
      : 'PostgreSQL';
  app.log.info(`Vouch is running at ${config.publicUrl} on the ${where}`);
  // A fresh install without demo data: say how the first person gets in.
  if (!(await anyCompanyExists(database.db)))
    app.log.info(
      `No company yet: open ${config.publicUrl} to create yours, or run \`npm run vouch -- create-company --name … --admin …\``,
    );
  if (emailStaysInApp(config))
    app.log.warn(
      'No SMTP_URL: emails are not sent. As a demo, the forgot-password page shows the reset link to whoever ' +
        'asks for it: set SMTP_URL (or NODE_ENV=production) before others can reach this server.',
    );
}

main().catch((error) => {
  if (error instanceof DataDirLockedError || error instanceof MissingSecretKeyError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
