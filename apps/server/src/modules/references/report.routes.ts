import {
  ZFraudSignal,
  ZFraudSignalGroups,
  ZId,
  ZIdParams,
  ZReferenceFigures,
  ZReferenceFiguresQuery,
  ZReport,
  ZReviewFraudSignalRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { buildReportPdf } from './use-cases/build-report-pdf.ts';
import { referenceFigures } from './use-cases/figures.ts';
import { viewReport } from './use-cases/report.ts';
import { reviewAllFraudSignals } from './use-cases/review-all-fraud-signals.ts';
import { reviewFraudSignal } from './use-cases/review-fraud-signal.ts';

const tags = ['reference checks'];

/** A hiring manager only for checks on their own jobs: the use case answers 404 for the others. */
const readers = ['admin', 'recruiter', 'hiring_manager'] as const;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  // Any member may ask; only admins, recruiters and the job's hiring manager get an answer (else 404).
  app.get(
    '/api/reference-checks/:id/report',
    { config: { access: readers }, schema: { tags, params: ZIdParams, response: { 200: ZReport } } },
    async (request) => viewReport(ctxOf(request), request.params.id, 'page'),
  );

  app.get(
    '/api/reference-checks/:id/report.pdf',
    {
      config: { access: readers },
      schema: { tags, params: ZIdParams, produces: ['application/pdf'] },
    },
    async (request, reply) => {
      const { pdf, filename } = await buildReportPdf(ctxOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    '/api/reference-checks/:id/fraud-signals/:signalId/review',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        params: z.object({ id: ZId, signalId: ZId }),
        body: ZReviewFraudSignalRequest,
        response: { 200: ZFraudSignal },
      },
    },
    async (request) =>
      reviewFraudSignal(ctxOf(request), request.params.id, request.params.signalId, request.body.reviewed),
  );

  app.post(
    '/api/reference-checks/:id/fraud-signals/review-all',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: { tags, params: ZIdParams, response: { 200: ZFraudSignalGroups } },
    },
    async (request) => reviewAllFraudSignals(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/reference-figures',
    {
      config: { access: ['admin'] },
      schema: { tags, querystring: ZReferenceFiguresQuery, response: { 200: ZReferenceFigures } },
    },
    async (request) => referenceFigures(ctxOf(request), request.query),
  );
};
