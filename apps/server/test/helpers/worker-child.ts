/**
 * One Vouch worker process, as `npm run worker` runs it: every background loop the modules register
 * (messages, webhooks, reminders, sweeps), on the PostgreSQL database and SMTP server the environment
 * names (DATABASE_URL, SMTP_URL), with the pauses shortened so a test sees their work within a second.
 * Tells its parent when it runs.
 */
import { backgroundContextOf, startBackgroundWork } from '../../src/background.ts';
import { openAppContext } from '../../src/bootstrap.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { wireModules } from '../../src/wiring.ts';

const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'never' });
if (config.database.driver !== 'postgres') throw new Error('DATABASE_URL is not set');
const context = await openAppContext(config);
const { background } = wireModules(context.database.db, config);
const loops = startBackgroundWork(backgroundContextOf(context), background, { idleMs: 100 });
process.on('SIGTERM', () => {
  void loops.stop().then(async () => {
    await context.database.close();
    process.exit(0);
  });
});
process.send?.('ready');
