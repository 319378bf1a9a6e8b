import {
  ZIdParams,
  ZV1AddRefereesRequest,
  ZV1CheckConflictProblem,
  ZV1ReferenceCheck,
  ZV1ReferenceCheckList,
  ZV1ReferenceCheckListQuery,
  ZV1Report,
  ZV1StartReferenceCheckRequest,
  ZV1StartReferenceChecksRequest,
  ZV1StartReferenceChecksResult,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiCtxOf } from '../../platform/http/ctx.ts';
import { sendJsonText } from '../../platform/http/json-text.ts';
import { languageOf } from '../../platform/http/language.ts';
import { notFoundDoc } from './openapi.ts';
import { addV1Referees } from './use-cases/add-v1-referees.ts';
import { cancelV1Check } from './use-cases/cancel-v1-check.ts';
import { getV1Check } from './use-cases/get-v1-check.ts';
import { listV1Checks } from './use-cases/list-v1-checks.ts';
import { startV1Check } from './use-cases/start-v1-check.ts';
import { startV1Checks } from './use-cases/start-v1-checks.ts';
import { v1Report, v1ReportPdf } from './use-cases/v1-report.ts';

const tags = ['api v1'];
const security = [{ apiKey: [] }];
const noSuchCheck = { 404: notFoundDoc('reference check') };
const read = { access: 'api:read' } as const;
const readCheck = { access: 'api:read', problems: noSuchCheck } as const;
const notRunning = '`conflict`: the check is no longer running.';

/** Reference checks for an applicant tracking system: start, follow, cancel, add referees, the report. */
export const v1ReferenceChecksRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/reference-checks',
    {
      config: {
        access: 'api:write',
        problems: {
          409: {
            description:
              '`conflict`: a check is already running for this candidate and job; or `external_id_taken`: ' +
              'another check has this external_id. `reference_check_id` names that check.',
            schema: ZV1CheckConflictProblem,
          },
          422: '`unprocessable`: `sub_account_id` is not the API key’s sub-account.',
        },
      },
      schema: {
        tags,
        security,
        summary: 'Start a reference check',
        description:
          'Finds the candidate by `candidate.external_id`, then by email, or creates them; finds the job by ' +
          '`job.external_id` or creates it; then asks the candidate for referees by the candidate channel. ' +
          'One running check per candidate and job, and one check per `external_id` (409 otherwise). With a ' +
          'sub-account key the check belongs to its sub-account, and `template_id` must be a company-wide ' +
          'questionnaire or one of that sub-account’s.',
        body: ZV1StartReferenceCheckRequest,
        response: { 201: ZV1ReferenceCheck },
      },
    },
    async (request, reply) => sendJsonText(reply.code(201), await startV1Check(apiCtxOf(request), request.body)),
  );

  app.post(
    '/api/v1/reference-checks/bulk',
    {
      config: {
        access: 'api:write',
        problems: {
          422:
            '`unknown_id`: `template_id` is not a questionnaire this key may use; or `unprocessable`: `sub_account_id` ' +
            'is not the API key’s sub-account, or the questionnaire is archived or another sub-account’s.',
        },
      },
      schema: {
        tags,
        security,
        summary: 'Start several reference checks',
        description:
          'The settings once and one entry per check (at most 100; more is a 400). Each entry starts as ' +
          '`POST /api/v1/reference-checks` would, in its own transaction: an entry that cannot start (a check ' +
          'already running, an `external_id` taken, no email for the channel) is skipped with the problem the ' +
          'single start would have answered, and the others still start. Answers 200 with one result per entry, ' +
          'in order. With an `Idempotency-Key` a repeat gets the first answer again.',
        body: ZV1StartReferenceChecksRequest,
        response: { 200: ZV1StartReferenceChecksResult },
      },
    },
    async (request) => startV1Checks(apiCtxOf(request), request.body, languageOf(request)),
  );

  app.get(
    '/api/v1/reference-checks',
    {
      config: read,
      schema: {
        tags,
        security,
        summary: 'List reference checks',
        description:
          'Newest first; filter by your `external_id` and by status. A sub-account key lists only its sub-account’s checks.',
        querystring: ZV1ReferenceCheckListQuery,
        response: { 200: ZV1ReferenceCheckList },
      },
    },
    async (request, reply) => sendJsonText(reply, await listV1Checks(apiCtxOf(request), request.query)),
  );

  app.get(
    '/api/v1/reference-checks/:id',
    {
      config: readCheck,
      schema: {
        tags,
        security,
        summary: 'Get a reference check',
        description:
          'Its status and referees; `report_url` once completed. A sub-account key gets 404 for a check outside its ' +
          'sub-account (the company’s own and other sub-accounts’).',
        params: ZIdParams,
        response: { 200: ZV1ReferenceCheck },
      },
    },
    async (request, reply) => sendJsonText(reply, await getV1Check(apiCtxOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/reference-checks/:id/cancel',
    {
      config: { access: 'api:write', problems: { ...noSuchCheck, 409: notRunning } },
      schema: {
        tags,
        security,
        summary: 'Cancel a reference check',
        description:
          'Reminders stop and the candidate’s and referees’ links stop working. Only a running check (409 otherwise).',
        params: ZIdParams,
        response: { 200: ZV1ReferenceCheck },
      },
    },
    async (request, reply) => sendJsonText(reply, await cancelV1Check(apiCtxOf(request), request.params.id)),
  );

  app.post(
    '/api/v1/reference-checks/:id/referees',
    {
      config: {
        access: 'api:write',
        problems: { ...noSuchCheck, 409: '`conflict`: the check was cancelled or has expired.' },
      },
      schema: {
        tags,
        security,
        summary: 'Add referees',
        description:
          'Names referees (`{ referees: [...] }`, 1–10) and invites them by the referee channel. A completed ' +
          'check opens again until they answer. Field errors name `referees.<n>.<field>`.',
        params: ZIdParams,
        body: ZV1AddRefereesRequest,
        response: { 201: ZV1ReferenceCheck },
      },
    },
    async (request, reply) =>
      sendJsonText(reply.code(201), await addV1Referees(apiCtxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/reference-checks/:id/report',
    {
      config: readCheck,
      schema: {
        tags,
        security,
        summary: 'Get the report',
        description:
          'A summary (overall rating, would-rehire, disagreements, response times, verification), the questions, every answering referee’s answers, rating summaries and fraud signals.',
        params: ZIdParams,
        response: { 200: ZV1Report },
      },
    },
    async (request) => v1Report(apiCtxOf(request), request.params.id),
  );

  app.get(
    '/api/v1/reference-checks/:id/report.pdf',
    {
      config: readCheck,
      schema: {
        tags,
        security,
        summary: 'Get the report as PDF',
        params: ZIdParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await v1ReportPdf(apiCtxOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
