import {
  ZCareersPageSettings,
  ZIdParams,
  ZShareLink,
  ZShareLinkList,
  ZUpdateCareersPageRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { loadCareersSettings, updateCareersSettings } from './use-cases/careers-settings.ts';
import { listMyShareLinks, shareLinkFor } from './use-cases/share-links.ts';

/** Everyone who works at the company shares jobs; agency recruiters submit candidates instead. */
const sharers = ['admin', 'recruiter', 'hiring_manager', 'employee'] as const;
const admin = ['admin'] as const;

/** The signed-in side of the careers page: its address (admins) and members' share links. */
export const shareLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/company/careers-page',
    { config: { access: admin }, schema: { tags: ['company'], response: { 200: ZCareersPageSettings } } },
    async (request) => loadCareersSettings(ctxOf(request)),
  );

  app.put(
    '/api/company/careers-page',
    {
      config: { access: admin },
      schema: { tags: ['company'], body: ZUpdateCareersPageRequest, response: { 200: ZCareersPageSettings } },
    },
    async (request) => updateCareersSettings(ctxOf(request), request.body.slug),
  );

  app.get(
    '/api/share-links',
    { config: { access: sharers }, schema: { tags: ['jobs'], response: { 200: ZShareLinkList } } },
    async (request) => ({ items: await listMyShareLinks(ctxOf(request)) }),
  );

  app.post(
    '/api/jobs/:id/share-link',
    {
      config: { access: sharers },
      schema: {
        tags: ['jobs'],
        description:
          'The caller’s personal link to an open job (`/j/<token>`), made on the first call; later calls return the same link with its views and applications.',
        params: ZIdParams,
        response: { 200: ZShareLink },
      },
    },
    async (request) => shareLinkFor(ctxOf(request), request.params.id),
  );
};
