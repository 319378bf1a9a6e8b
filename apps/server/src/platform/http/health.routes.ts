import { ZHealth } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/db.ts';

type QueueHealth = { ok: boolean; pending: number; dead: number; oldestPendingSeconds: number | null };

/** `queueHealth` comes from the module that owns the queue (messaging), given by the app. */
export const healthRoutes: FastifyPluginAsyncZod<{ queueHealth: (db: Db) => Promise<QueueHealth> }> = async (
  app,
  { queueHealth },
) => {
  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { tags: ['platform'], response: { 200: ZHealth, 503: ZHealth } } },
    async (request, reply) => {
      const { db, database, config } = request.server.services;
      const databaseOk = await db
        .execute(sql`select 1`)
        .then(() => true)
        .catch(() => false);
      const queue = databaseOk ? await queueHealth(db) : { ok: false, pending: 0, dead: 0, oldestPendingSeconds: null };
      const ok = databaseOk && queue.ok;
      reply.status(ok ? 200 : 503);
      return {
        status: ok ? ('ok' as const) : ('degraded' as const),
        database: { ok: databaseOk, driver: database.driver },
        queue,
        delivery: {
          email: config.smtpUrl ? ('smtp' as const) : ('in_app' as const),
          sms: config.sms ? ('sms_http' as const) : ('in_app' as const),
        },
        version: process.env.npm_package_version ?? '0.1.0',
      };
    },
  );
};
