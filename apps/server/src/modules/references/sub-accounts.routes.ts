import {
  ZArchiveRequest,
  ZIdParams,
  ZSaveSubAccountRequest,
  ZSubAccount,
  ZSubAccountList,
  ZSubAccountListQuery,
  ZSubAccountMembers,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { archiveSubAccount, createSubAccount, updateSubAccount } from './use-cases/change-sub-account.ts';
import { listSubAccountMembers, setSubAccountMembers } from './use-cases/sub-account-members.ts';
import { listSubAccounts } from './use-cases/sub-accounts.ts';

const tags = ['sub-accounts'];
const admin = ['admin'] as const;
const checkRunners = ['admin', 'recruiter'] as const;

/** Business units or client brands: their own name, sender and logo, and the members limited to them. */
export const subAccountsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/sub-accounts',
    {
      config: { access: checkRunners },
      schema: { tags, querystring: ZSubAccountListQuery, response: { 200: ZSubAccountList } },
    },
    async (request) => ({
      items: await listSubAccounts(ctxOf(request), { includeArchived: request.query.includeArchived ?? false }),
    }),
  );

  app.post(
    '/api/sub-accounts',
    { config: { access: admin }, schema: { tags, body: ZSaveSubAccountRequest, response: { 201: ZSubAccount } } },
    async (request, reply) => {
      reply.status(201);
      return createSubAccount(ctxOf(request), request.body);
    },
  );

  app.put(
    '/api/sub-accounts/:id',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, body: ZSaveSubAccountRequest, response: { 200: ZSubAccount } },
    },
    async (request) => updateSubAccount(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/sub-accounts/:id/archive',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, body: ZArchiveRequest, response: { 200: ZSubAccount } },
    },
    async (request) => archiveSubAccount(ctxOf(request), request.params.id, request.body.archived),
  );

  app.get(
    '/api/sub-accounts/:id/members',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZSubAccountMembers } } },
    async (request) => ({ membershipIds: await listSubAccountMembers(ctxOf(request), request.params.id) }),
  );

  app.put(
    '/api/sub-accounts/:id/members',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, body: ZSubAccountMembers, response: { 200: ZSubAccountMembers } },
    },
    async (request) => ({
      membershipIds: await setSubAccountMembers(ctxOf(request), request.params.id, request.body.membershipIds),
    }),
  );
};
