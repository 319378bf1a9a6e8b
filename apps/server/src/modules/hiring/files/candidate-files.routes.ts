import { ZCandidateFileList, ZCandidateFileParams, ZIdParams } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../../platform/errors.ts';
import { ctxOf } from '../../../platform/http/ctx.ts';
import { auditAct } from '../../audit/index.ts';
import { findCandidateRow } from '../candidates.repo.ts';
import { candidateScopeOf } from '../use-cases/candidate-access.ts';
import { listCandidateFiles, readCandidateFile } from './candidate-files.repo.ts';

const candidateReaders = ['admin', 'recruiter', 'hiring_manager'] as const;
const tags = ['candidates'];

/** A candidate's CVs: the list, and each file as a download (never shown inline). */
export const candidateFileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/candidates/:id/files',
    {
      config: { access: candidateReaders },
      schema: { tags, params: ZIdParams, response: { 200: ZCandidateFileList } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const candidate = await findCandidateRow(ctx.db, ctx.tenantId, request.params.id, candidateScopeOf(ctx.actor));
      if (!candidate) throw notFound();
      const files = await listCandidateFiles(ctx.db, ctx.tenantId, candidate.id);
      return { items: files.map((file) => ({ ...file, createdAt: file.createdAt.toISOString() })) };
    },
  );

  app.get(
    '/api/candidates/:id/files/:fileId',
    {
      config: { access: candidateReaders },
      schema: { tags, params: ZCandidateFileParams, produces: ['application/pdf', 'application/octet-stream'] },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const candidate = await findCandidateRow(ctx.db, ctx.tenantId, request.params.id, candidateScopeOf(ctx.actor));
      const file = candidate && (await readCandidateFile(ctx.db, ctx.tenantId, candidate.id, request.params.fileId));
      if (!file) throw notFound();
      await auditAct(ctx, {
        action: 'cv.viewed',
        target: { kind: 'candidate_file', id: request.params.fileId },
        detail: { candidateId: candidate.id },
      });
      // The name is the uploader's: only its ASCII form goes in the plain parameter, the rest as UTF-8.
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replaceAll('"', '');
      return reply
        .type(file.contentType)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
};
