import { ZAuditFilters, ZAuditPage, ZAuditQuery, ZAuditSettings } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import {
  AUDIT_EXPORT_LIMIT,
  exportAuditLog,
  getAuditSettings,
  listAuditLog,
  saveAuditSettings,
} from './use-cases/audit-log.ts';

const tags = ['audit log'];
// Only admins: the log shows who looked at whom, which is itself sensitive.
const admin = { access: ['admin'] as const };

/** The company's audit log: the list with its filters, the CSV download and the retention setting. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit-log',
    { config: admin, schema: { tags, querystring: ZAuditQuery, response: { 200: ZAuditPage } } },
    async (request) => listAuditLog(ctxOf(request), request.query),
  );

  app.get(
    '/api/audit-log/export.csv',
    {
      config: admin,
      schema: {
        tags,
        querystring: ZAuditFilters,
        produces: ['text/csv'],
        response: { 200: z.string().describe(`CSV, at most ${AUDIT_EXPORT_LIMIT} entries`) },
      },
    },
    async (request, reply) => {
      const file = await exportAuditLog(ctxOf(request), request.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-log-${day}.csv"`)
        .header('cache-control', 'no-store')
        .header('x-export-rows', String(file.rows))
        .header('x-export-row-limit', String(AUDIT_EXPORT_LIMIT))
        .header('x-export-truncated', String(file.truncated))
        .send(file.csv);
    },
  );

  app.get(
    '/api/audit-log/settings',
    { config: admin, schema: { tags, response: { 200: ZAuditSettings } } },
    async (request) => getAuditSettings(ctxOf(request)),
  );

  app.put(
    '/api/audit-log/settings',
    { config: admin, schema: { tags, body: ZAuditSettings, response: { 200: ZAuditSettings } } },
    async (request) => saveAuditSettings(ctxOf(request), request.body),
  );
};
