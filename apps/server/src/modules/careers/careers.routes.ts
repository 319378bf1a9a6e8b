import fastifyMultipart from '@fastify/multipart';
import { LANGUAGES, type TLanguage, ZId } from '@vouch/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { randomToken, safeEqual } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db/db.ts';
import { publicCtxOf } from '../../platform/http/ctx.ts';
import { languageOf } from '../../platform/http/language.ts';
import { readApplication } from './application-upload.ts';
import { type CareersCompany, findCareersJob, findCompanyBySlug, listCareersJobs } from './careers.repo.ts';
import { emptyForm, jobPath, renderJobList, renderJobPage, renderNotFound, renderThanks } from './careers-pages.ts';
import { applyToJob } from './use-cases/apply-to-job.ts';
import { openShareLink } from './use-cases/open-share-link.ts';

const ZSlugParams = z.object({ slug: z.string().max(100) });
const ZJobParams = ZSlugParams.extend({ jobId: z.string().max(100) });
const ZListQuery = z.object({ location: z.string().max(200).optional() }).loose();

/** The form's anti-forgery token: a cookie only this site's pages can read, echoed in the form. */
const FORM_COOKIE = 'vouch_careers_form';
/** Marks a share link as seen in this browser session, so reloading it counts no second view. */
const SEEN_COOKIE = 'vouch_seen';
const BOTS =
  /bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|skype|headless|curl|wget|python|java\//i;

/** The company by its address and one of its open, listed jobs; either null when not found (a malformed id too). */
async function companyAndJob(db: Db, params: { slug: string; jobId: string }) {
  const company = await findCompanyBySlug(db, params.slug);
  const job =
    company && ZId.safeParse(params.jobId).success ? await findCareersJob(db, company.id, params.jobId) : null;
  return { company, job };
}

/**
 * The reader's language: what their browser asks for when Vouch speaks it, else the company's own.
 */
function pageLanguage(request: FastifyRequest, company: CareersCompany | null): TLanguage {
  const header = request.headers['accept-language'];
  const asks = typeof header === 'string' ? header.toLowerCase() : '';
  if (LANGUAGES.some((l) => new RegExp(`(^|[,\\s])${l}([-;,\\s]|$)`).test(asks))) return languageOf(request);
  return company?.defaultLanguage ?? 'en';
}

/**
 * The public careers pages: `/careers/<slug>` (jobs by department, `?location=` filters),
 * `/careers/<slug>/jobs/<id>` (the job and its apply form), `…/apply` (the form's POST, multipart),
 * `…/thanks`, and `/j/<token>`, an employee's share link, which shows its job and attributes what
 * follows. Server-rendered HTML without scripts; every page is rate-limited per address.
 */
export const careersRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, { throwFileSizeLimit: false });
  const { config } = app.services;
  const publicUrl = config.publicUrl;
  const pageLimit = { max: config.publicLinkRateLimit * 4, timeWindow: '1 minute' };
  const applyLimit = { max: Math.max(5, Math.ceil(config.publicLinkRateLimit / 4)), timeWindow: '1 minute' };
  const pageConfig = { access: 'public' as const, rateLimit: pageLimit };

  const html = (reply: FastifyReply, status: number, body: string, cache = 'private, no-cache') =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', cache).send(body);

  /** The visitor's form token: the one their browser holds, or a new one set now. */
  const formToken = (request: FastifyRequest, reply: FastifyReply) => {
    const held = request.cookies[FORM_COOKIE];
    if (held && /^[A-Za-z0-9_-]{43}$/.test(held)) return held;
    const token = randomToken();
    reply.setCookie(FORM_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
    });
    return token;
  };

  const notFound = (request: FastifyRequest, reply: FastifyReply, company: CareersCompany | null = null) =>
    html(reply, 404, renderNotFound(publicUrl, pageLanguage(request, company)));

  app.get(
    '/careers/:slug',
    { config: pageConfig, schema: { hide: true, params: ZSlugParams, querystring: ZListQuery } },
    async (request, reply) => {
      const company = await findCompanyBySlug(request.server.services.db, request.params.slug);
      if (!company) return notFound(request, reply);
      const jobs = await listCareersJobs(request.server.services.db, company.id);
      const language = pageLanguage(request, company);
      const location = request.query.location?.trim() || null;
      return html(reply, 200, renderJobList(publicUrl, language, company, jobs, location), 'public, max-age=60');
    },
  );

  app.get(
    '/careers/:slug/jobs/:jobId',
    { config: pageConfig, schema: { hide: true, params: ZJobParams } },
    async (request, reply) => {
      const { company, job } = await companyAndJob(request.server.services.db, request.params);
      if (!company || !job) return notFound(request, reply, company);
      const language = pageLanguage(request, company);
      return html(reply, 200, renderJobPage(publicUrl, language, company, job, emptyForm(formToken(request, reply))));
    },
  );

  app.get(
    '/careers/:slug/jobs/:jobId/thanks',
    { config: pageConfig, schema: { hide: true, params: ZJobParams } },
    async (request, reply) => {
      const { company, job } = await companyAndJob(request.server.services.db, request.params);
      if (!company || !job) return notFound(request, reply, company);
      return html(reply, 200, renderThanks(publicUrl, pageLanguage(request, company), company, job));
    },
  );

  app.post(
    '/careers/:slug/jobs/:jobId/apply',
    { config: { access: 'public', rateLimit: applyLimit }, schema: { hide: true, params: ZJobParams } },
    async (request, reply) => {
      if (!ZId.safeParse(request.params.jobId).success) return notFound(request, reply);
      const read = await readApplication(request);
      const upload = read ?? { fields: {} as Record<string, string>, cv: null, cvTooLarge: false };
      const held = request.cookies[FORM_COOKIE];
      const sent = upload.fields.csrf;
      // A form posted from another site carries neither the cookie (SameSite) nor its value.
      const csrfOk =
        request.headers['sec-fetch-site'] !== 'cross-site' &&
        typeof held === 'string' &&
        typeof sent === 'string' &&
        safeEqual(held, sent);
      const company = await findCompanyBySlug(request.server.services.db, request.params.slug);
      const language = pageLanguage(request, company);
      const result = await applyToJob(publicCtxOf(request), {
        slug: request.params.slug,
        jobId: request.params.jobId,
        upload,
        csrfOk,
        language,
      });
      if (result.kind === 'not_found') return notFound(request, reply, company);
      if (result.kind === 'applied') {
        return reply.redirect(`${jobPath(result.company, result.job.id)}/thanks`, 303);
      }
      const form = { ...result.form, csrf: formToken(request, reply) };
      const status = !read ? 400 : result.tooLarge ? 413 : csrfOk ? 422 : 403;
      return html(reply, status, renderJobPage(publicUrl, language, result.company, result.job, form));
    },
  );

  app.get(
    '/j/:token',
    { config: pageConfig, schema: { hide: true, params: z.object({ token: z.string().max(100) }) } },
    async (request, reply) => {
      const token = request.params.token;
      const userAgent = String(request.headers['user-agent'] ?? '');
      const seen = request.cookies[SEEN_COOKIE] === '1';
      const countView = request.method === 'GET' && !seen && !!userAgent && !BOTS.test(userAgent);
      const opened = await openShareLink(publicCtxOf(request), token, countView);
      if (opened.kind === 'not_found') return notFound(request, reply);
      const language = pageLanguage(request, opened.company);
      if (opened.kind === 'job_list') {
        const jobs = await listCareersJobs(request.server.services.db, opened.company.id);
        return html(reply, 200, renderJobList(publicUrl, language, opened.company, jobs, null));
      }
      reply.setCookie(SEEN_COOKIE, '1', {
        path: `/j/${token}`,
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
      });
      const form = emptyForm(formToken(request, reply), token);
      return html(reply, 200, renderJobPage(publicUrl, language, opened.company, opened.job, form));
    },
  );
};
