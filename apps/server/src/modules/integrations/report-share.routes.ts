import {
  ZCreatedReportShareLink,
  ZCreateReportShareLinkRequest,
  ZId,
  ZIdParams,
  ZReportShareLink,
  ZReportShareLinkList,
  ZV1CreatedShareLink,
  ZV1CreateShareLinkRequest,
  ZV1ShareLink,
  ZV1ShareLinkList,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiCtxOf, ctxOf } from '../../platform/http/ctx.ts';
import { languageOf } from '../../platform/http/language.ts';
import { notFoundDoc } from './openapi.ts';
import { sharingEnabled } from './report-share-access.ts';
import { renderSharedReport, renderShareProblem } from './report-share-page.ts';
import { createShareLink } from './use-cases/create-share-link.ts';
import { openShareLink } from './use-cases/open-share-link.ts';
import { listShareLinks, toV1ShareLink } from './use-cases/report-share.ts';
import { revokeShareLink } from './use-cases/revoke-share-link.ts';

const tags = ['reference checks'];
const v1 = { tags: ['api v1'], security: [{ apiKey: [] }] };
const sharers = ['admin', 'recruiter'] as const;
const LinkParams = z.object({ id: ZId, linkId: ZId });
const noSuchCheck = { 404: notFoundDoc('reference check') };
const disabled = 'Answers 409 `share_links_disabled` while report share links are turned off in the company settings.';

/** Share links to a report (admin setting), for the app and `/api/v1`, and the shared page itself. */
export const reportShareRoutes: FastifyPluginAsyncZod = async (app) => {
  // The app (session).
  app.post(
    '/api/reference-checks/:id/share-links',
    {
      config: { access: sharers },
      schema: {
        tags,
        description: disabled,
        params: ZIdParams,
        body: ZCreateReportShareLinkRequest.optional(),
        response: { 201: ZCreatedReportShareLink },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const link = await createShareLink({ kind: 'member', ctx }, request.params.id, request.body?.expiresInDays ?? 30);
      return reply.status(201).send(link);
    },
  );

  app.get(
    '/api/reference-checks/:id/share-links',
    { config: { access: sharers }, schema: { tags, params: ZIdParams, response: { 200: ZReportShareLinkList } } },
    async (request) => {
      const ctx = ctxOf(request);
      const items = await listShareLinks({ kind: 'member', ctx }, request.params.id);
      return { enabled: await sharingEnabled(ctx.db, ctx.tenantId), items };
    },
  );

  app.post(
    '/api/reference-checks/:id/share-links/:linkId/revoke',
    { config: { access: sharers }, schema: { tags, params: LinkParams, response: { 200: ZReportShareLink } } },
    async (request) =>
      revokeShareLink({ kind: 'member', ctx: ctxOf(request) }, request.params.id, request.params.linkId),
  );

  // The integration API.
  app.post(
    '/api/v1/reference-checks/:id/share-links',
    {
      config: {
        access: 'api:write',
        problems: { ...noSuchCheck, 409: '`share_links_disabled`: report share links are turned off.' },
      },
      schema: {
        ...v1,
        summary: 'Create a share link to the report',
        description: `A signed link that opens the report read-only without signing in, until it expires or is revoked; each open is logged. ${disabled}`,
        params: ZIdParams,
        body: ZV1CreateShareLinkRequest.optional(),
        response: { 201: ZV1CreatedShareLink },
      },
    },
    async (request, reply) => {
      const ctx = apiCtxOf(request);
      const link = await createShareLink({ kind: 'api', ctx }, request.params.id, request.body?.expires_in_days ?? 30);
      return reply.status(201).send({ id: link.id, url: link.url, expires_at: link.expiresAt });
    },
  );

  app.get(
    '/api/v1/reference-checks/:id/share-links',
    {
      config: { access: 'api:read', problems: noSuchCheck },
      schema: {
        ...v1,
        summary: 'List the report’s share links',
        params: ZIdParams,
        response: { 200: ZV1ShareLinkList },
      },
    },
    async (request) => {
      const links = await listShareLinks({ kind: 'api', ctx: apiCtxOf(request) }, request.params.id);
      return { data: links.map(toV1ShareLink) };
    },
  );

  app.post(
    '/api/v1/reference-checks/:id/share-links/:linkId/revoke',
    {
      config: {
        access: 'api:write',
        problems: { 404: notFoundDoc('reference check or share link') },
      },
      schema: {
        ...v1,
        summary: 'Revoke a share link',
        description: 'The link stops working at once.',
        params: LinkParams,
        response: { 200: ZV1ShareLink },
      },
    },
    async (request) =>
      toV1ShareLink(
        await revokeShareLink({ kind: 'api', ctx: apiCtxOf(request) }, request.params.id, request.params.linkId),
      ),
  );

  // The shared page: outside /api, read-only HTML without scripts, never indexed, never a referrer.
  app.get(
    '/shared/reports/:token',
    { schema: { hide: true, params: z.object({ token: z.string().max(200) }) } },
    async (request, reply) => {
      const { config, db } = request.server.services;
      const userAgent = request.headers['user-agent'];
      const opened = await openShareLink(
        { db, config, log: request.log, requestId: request.id },
        request.params.token,
        {
          ip: request.ip ?? null,
          userAgent: typeof userAgent === 'string' ? userAgent : null,
        },
      );
      reply
        .header('x-robots-tag', 'noindex, nofollow')
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8');
      // A dead link has no report to take a language from: the reader's browser says which.
      const language = languageOf(request);
      if (opened.outcome === 'not_found') return reply.status(404).send(renderShareProblem('not_found', language));
      if (opened.outcome === 'gone') return reply.status(410).send(renderShareProblem('gone', language));
      return reply.send(renderSharedReport(opened.report, opened.company));
    },
  );
};
