import {
  ZChangeRoleRequest,
  ZIdParams,
  ZInviteRequest,
  ZMember,
  ZMemberList,
  ZMemberListQuery,
  ZOk,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { inviteMember, resendInvite } from './use-cases/invite-member.ts';
import { changeRole, deactivateMember, getMember, listMembers, reactivateMember } from './use-cases/manage-members.ts';

const tags = ['members'];
const admin = ['admin'] as const;

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/members',
    { config: { access: admin }, schema: { tags, querystring: ZMemberListQuery, response: { 200: ZMemberList } } },
    async (request) => listMembers(ctxOf(request), request.query),
  );

  app.post(
    '/api/members/invite',
    {
      config: { access: admin, rateLimit: { max: 100, timeWindow: '1 minute' } },
      schema: { tags, body: ZInviteRequest, response: { 201: ZMember } },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const membership = await inviteMember(ctx, request.body);
      reply.status(201);
      return getMember(ctx.db, ctx.tenantId, membership.id);
    },
  );

  app.post(
    '/api/members/:id/resend-invite',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZOk } } },
    async (request) => {
      await resendInvite(ctxOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/members/:id/role',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, body: ZChangeRoleRequest, response: { 200: ZMember } },
    },
    async (request) => changeRole(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/members/:id/deactivate',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZMember } } },
    async (request) => deactivateMember(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/members/:id/reactivate',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZMember } } },
    async (request) => reactivateMember(ctxOf(request), request.params.id),
  );
};
