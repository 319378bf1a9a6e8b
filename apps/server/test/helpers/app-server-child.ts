/**
 * One Vouch app process on the PostgreSQL database named by APP_CHILD_DATABASE_URL, listening on a
 * free local port that it reports to its parent. Tests start two of these to show that what must hold
 * across processes (the rate limits) does. Any other setting comes from the environment as usual.
 */
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/db.ts';

const url = process.env.APP_CHILD_DATABASE_URL;
if (!url) throw new Error('APP_CHILD_DATABASE_URL is not set');
const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, PORT: '0' });
const database = await openDatabase({ driver: 'postgres', url, poolSize: 3 });
const app = await buildApp({ config, database, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
process.on('SIGTERM', () => {
  void app.close().then(async () => {
    await database.close();
    process.exit(0);
  });
});
process.send?.({ port: (app.server.address() as { port: number }).port });
