import {
  ZAgency,
  ZCompanySettings,
  ZCreateAgencyRequest,
  ZCreateDepartmentRequest,
  ZDepartment,
  ZIdParams,
  ZOk,
  ZPersonRef,
  ZRenameDepartmentRequest,
  ZRole,
  ZSignupLink,
  ZSignupLinkRequest,
  ZUpdateCompanyRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { listPeople } from './people.ts';
import { listAgencies, listDepartments } from './tenancy.repo.ts';
import {
  createAgency,
  createDepartment,
  deleteDepartment,
  loadCompanySettings,
  renameDepartment,
  setSignupLink,
  updateCompanySettings,
} from './use-cases/company-settings.ts';

const tags = ['company'];
const admin = ['admin'] as const;

export const companyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/company',
    { config: { access: admin }, schema: { tags, response: { 200: ZCompanySettings } } },
    async (request) => {
      const ctx = ctxOf(request);
      return loadCompanySettings(ctx.db, ctx.config, ctx.tenantId);
    },
  );

  app.put(
    '/api/company',
    { config: { access: admin }, schema: { tags, body: ZUpdateCompanyRequest, response: { 200: ZCompanySettings } } },
    async (request) => updateCompanySettings(ctxOf(request), request.body),
  );

  app.post(
    '/api/company/signup-link',
    { config: { access: admin }, schema: { tags, body: ZSignupLinkRequest, response: { 200: ZSignupLink } } },
    async (request) => setSignupLink(ctxOf(request), request.body.enabled),
  );

  app.get(
    '/api/departments',
    { config: { access: 'member' }, schema: { tags, response: { 200: z.object({ items: z.array(ZDepartment) }) } } },
    async (request) => {
      const ctx = ctxOf(request);
      return { items: await listDepartments(ctx.db, ctx.tenantId) };
    },
  );

  app.post(
    '/api/company/departments',
    { config: { access: admin }, schema: { tags, body: ZCreateDepartmentRequest, response: { 201: ZDepartment } } },
    async (request, reply) => {
      reply.status(201);
      return createDepartment(ctxOf(request), request.body.name);
    },
  );

  app.put(
    '/api/company/departments/:id',
    {
      config: { access: admin },
      schema: { tags, params: ZIdParams, body: ZRenameDepartmentRequest, response: { 200: ZDepartment } },
    },
    async (request) => renameDepartment(ctxOf(request), request.params.id, request.body.name),
  );

  app.delete(
    '/api/company/departments/:id',
    { config: { access: admin }, schema: { tags, params: ZIdParams, response: { 200: ZOk } } },
    async (request) => {
      await deleteDepartment(ctxOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/agencies',
    { config: { access: admin }, schema: { tags, response: { 200: z.object({ items: z.array(ZAgency) }) } } },
    async (request) => {
      const ctx = ctxOf(request);
      return { items: await listAgencies(ctx.db, ctx.tenantId) };
    },
  );

  app.post(
    '/api/agencies',
    { config: { access: admin }, schema: { tags, body: ZCreateAgencyRequest, response: { 201: ZAgency } } },
    async (request, reply) => {
      reply.status(201);
      return createAgency(ctxOf(request), request.body.name);
    },
  );

  app.get(
    '/api/people',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        querystring: z.object({ role: ZRole.optional() }),
        response: { 200: z.object({ items: z.array(ZPersonRef) }) },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      return { items: await listPeople(ctx.db, ctx.tenantId, { role: request.query.role }) };
    },
  );
};
