import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/platform/db/ids.ts';
import type { TestApp } from './app.ts';
import { withDatabase } from './database.ts';

const childEntry = new URL('./app-server-child.ts', import.meta.url);

export type AppProcesses = { servers: string[]; close: () => Promise<void> };

/**
 * `count` Vouch app processes on the test app's own PostgreSQL database, as a deployment runs them
 * behind a load balancer: the base URL of each, and `close` to stop them all. `env` adds settings
 * to every one. PostgreSQL only (TEST_DATABASE_URL): the embedded database allows one process.
 */
export async function startAppProcesses(t: TestApp, count: number, env: NodeJS.ProcessEnv = {}): Promise<AppProcesses> {
  const [{ name }] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
  const databaseUrl = withDatabase(process.env.TEST_DATABASE_URL!, name);
  const children: ChildProcess[] = [];
  const servers: string[] = [];
  const close = async () => {
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  };
  try {
    for (let i = 0; i < count; i++) {
      const child = fork(childEntry, {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, ...env, APP_CHILD_DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      const [message] = (await once(child, 'message')) as [{ port: number }];
      servers.push(`http://127.0.0.1:${message.port}`);
    }
  } catch (error) {
    // A process that did not start must not leave the ones that did running.
    await close();
    throw error;
  }
  return { servers, close };
}
