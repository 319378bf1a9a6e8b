import {
  ZIdParams,
  ZV1Candidate,
  ZV1CandidateConflictProblem,
  ZV1CreateCandidateRequest,
  ZV1CreatedCandidate,
  ZV1CreateReferralRequest,
  ZV1Referral,
  ZV1ReferralList,
  ZV1ReferralListQuery,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiCtxOf } from '../../platform/http/ctx.ts';
import { notFoundDoc } from './openapi.ts';
import { createCandidateV1, requireCandidateV1 } from './use-cases/v1-people.ts';
import { createReferralV1, getReferralV1, listReferralsV1 } from './use-cases/v1-referrals.ts';

const tags = ['api v1'];
const security = [{ apiKey: [] }];

/** `/api/v1` candidates and the referral board's data, for an applicant tracking system. */
export const v1PeopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/candidates',
    {
      config: {
        access: 'api:write',
        problems: {
          409: {
            description:
              '`email_taken` or `external_id_taken`: another candidate has this email or external_id; ' +
              '`candidate_id` names them.',
            schema: ZV1CandidateConflictProblem,
          },
        },
      },
      schema: {
        tags,
        security,
        summary: 'Create a candidate',
        description:
          'The duplicate rules of Vouch apply: an email or `external_id` already in use answers 409 ' +
          '(`email_taken`, `external_id_taken`) with the existing candidate’s id as `candidate_id` in the ' +
          'problem; likely duplicates (same phone, LinkedIn profile, or name at the same company) are created ' +
          'and listed in `possible_duplicates`. Candidates belong to the whole company: a sub-account key answers ' +
          '403 here and names its candidate when it starts a reference check instead.',
        body: ZV1CreateCandidateRequest,
        response: { 201: ZV1CreatedCandidate },
      },
    },
    async (request, reply) => reply.status(201).send(await createCandidateV1(apiCtxOf(request), request.body)),
  );

  app.get(
    '/api/v1/candidates/:id',
    {
      config: { access: 'api:read', problems: { 404: notFoundDoc('candidate') } },
      schema: {
        tags,
        security,
        summary: 'Get a candidate',
        description:
          'With its latest reference check. A sub-account key sees only candidates of its sub-account’s checks ' +
          '(404 for any other), and only those checks in `reference_check`.',
        params: ZIdParams,
        response: { 200: ZV1Candidate },
      },
    },
    async (request) => requireCandidateV1(apiCtxOf(request), request.params.id),
  );

  app.get(
    '/api/v1/referrals',
    {
      config: { access: 'api:read' },
      schema: {
        tags,
        security,
        summary: 'List referrals',
        description:
          'The referral board: oldest change first. Filter by `status`, `job_id` and `updated_since`; ' +
          'page with `?cursor=` and `next_cursor`. A cold prospect’s referrer is never given. Referrals belong to ' +
          'the whole company: a sub-account key answers 403.',
        querystring: ZV1ReferralListQuery,
        response: { 200: ZV1ReferralList },
      },
    },
    async (request) => listReferralsV1(apiCtxOf(request), request.query),
  );

  app.post(
    '/api/v1/referrals',
    {
      config: { access: 'api:write' },
      schema: {
        tags,
        security,
        summary: 'Create a referral',
        description:
          'A referral by one of your members (`referrer_email`), under the company’s referral policy: a person ' +
          'Vouch already knows (same email, or likely the same by phone, LinkedIn or name and company) is refused ' +
          'with 409 `referral.known_candidate` unless the policy accepts known candidates; someone another ' +
          'referrer owns answers 409 `referral.already_referred`; an agent over the limit per job 409 ' +
          '`referral.agent_limit`. The person gets a short email with a withdraw link. Send an `Idempotency-Key`.',
        body: ZV1CreateReferralRequest,
        response: { 201: ZV1Referral },
      },
    },
    async (request, reply) => reply.status(201).send(await createReferralV1(apiCtxOf(request), request.body)),
  );

  app.get(
    '/api/v1/referrals/:id',
    {
      config: { access: 'api:read', problems: { 404: notFoundDoc('referral') } },
      schema: {
        tags,
        security,
        summary: 'Get a referral',
        description:
          'A referral on the board (an employee’s mark shows once a recruiter acts on it). A sub-account key ' +
          'answers 403, whether or not the id exists.',
        params: ZIdParams,
        response: { 200: ZV1Referral },
      },
    },
    async (request) => getReferralV1(apiCtxOf(request), request.params.id),
  );
};
