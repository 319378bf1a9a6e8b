import { ZIdParams, ZPersonExport, ZPersonExportCreated, ZPersonExportRequest } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { downloadPersonExport, getPersonExport, requestPersonExport } from './use-cases/person-exports.ts';

const tags = ['person exports'];
// Only admins: an export is everything the company holds about someone.
const admin = { access: ['admin'] as const };

/** An admin's export of everything about a person: ask, follow, download (the link expires). */
export const personExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/person-exports',
    { config: admin, schema: { tags, body: ZPersonExportRequest, response: { 202: ZPersonExportCreated } } },
    async (request, reply) => reply.code(202).send(await requestPersonExport(ctxOf(request), request.body)),
  );

  app.get(
    '/api/person-exports/:id',
    { config: admin, schema: { tags, params: ZIdParams, response: { 200: ZPersonExport } } },
    async (request) => getPersonExport(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/person-exports/:id/download/:token',
    {
      config: admin,
      schema: {
        tags,
        params: ZIdParams.extend({ token: z.string().min(1).max(200) }),
        produces: ['application/zip'],
        response: { 200: z.any().describe('A ZIP: tables/<table>.json, files/, reports/') },
      },
    },
    async (request, reply) => {
      const file = await downloadPersonExport(ctxOf(request), request.params.id, request.params.token);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .send(file.zip);
    },
  );
};
