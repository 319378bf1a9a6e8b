import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { ZProblem } from '@vouch/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  createJsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { hiringRoutes } from './modules/hiring/index.ts';
import { integrationsRoutes } from './modules/integrations/index.ts';
import { messagingRoutes } from './modules/messaging/index.ts';
import { networkRoutes } from './modules/network/index.ts';
import { referencesRoutes } from './modules/references/index.ts';
import { referralsRoutes } from './modules/referrals/index.ts';
import { tenancyRoutes } from './modules/tenancy/index.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/db.ts';
import { registerAuthHook } from './platform/http/auth-hook.ts';
import type { Access } from './platform/http/context.ts';
import { healthRoutes } from './platform/http/health.routes.ts';
import { registerProblemHandler, sendFrameworkProblem } from './platform/http/problem.ts';
import { loggerOptions } from './platform/logger.ts';

export type AppOptions = {
  config: Config;
  database: Database;
  /** `false` silences the log (tests); a stream receives the JSON lines (the log-redaction test). */
  logger?: false | { stream: NodeJS.WritableStream };
};

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const zodTransform = createJsonSchemaTransform({ skipList: ['/api/docs', '/api/docs/*', '/api/openapi.json'] });

/**
 * Every `/api/v1` operation can answer 401 (no valid key), 403 (missing scope) and 429 (rate limit)
 * as problem+json: documented once here instead of on each route. Only the document changes.
 */
function withApiV1Problems(route: Parameters<typeof zodTransform>[0]): Parameters<typeof zodTransform>[0] {
  const schema = route.schema as { response?: Record<string, unknown>; hide?: boolean } | undefined;
  if (!schema || schema.hide || !route.url.startsWith('/api/v1/')) return route;
  const response = { 401: ZProblem, 403: ZProblem, 429: ZProblem, ...schema.response };
  return { ...route, schema: { ...schema, response } } as typeof route;
}

/** Shared by the server, the worker and tests: everything but listening and the queue loop. */
export async function buildApp({ config, database, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === false ? false : { ...loggerOptions(config.logLevel), ...(logger ?? {}) },
    bodyLimit: 1_048_576,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 500 },
    frameworkErrors: sendFrameworkProblem,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('services', { config, db: database.db, database });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Every /api route must say who may call it; forgetting is a startup error, not an open door.
  // The table of routes lets the isolation and role tests walk every route, so a new one can't be missed.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${url} declares no access rule`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url, access });
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'", 'about:', 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Vouch API', version: '1.0.0', description: 'Employee referrals and digital reference checks.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vouch_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer vch_…`' },
        },
      },
    },
    transform: (route) => zodTransform(withApiV1Problems(route)),
    transformObject: jsonSchemaTransformObject,
  });
  // The docs page runs under the app's own CSP (no inline scripts needed), not the plugin's, which
  // would upgrade http requests on a plain-http deployment.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerProblemHandler(app);
  registerAuthHook(app, database.db);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes);
  await app.register(tenancyRoutes);
  await app.register(hiringRoutes);
  await app.register(messagingRoutes);
  await app.register(referralsRoutes);
  await app.register(networkRoutes);
  await app.register(referencesRoutes);
  await app.register(integrationsRoutes);

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    // Built assets have .br and .gz twins (see the web build): sent as the browser accepts them.
    await app.register(fastifyStatic, { root: webDist, wildcard: false, preCompressed: true });
    // Client-side routes: any GET outside /api answers the app shell. The candidate's and referee's
    // links (/c/<token>, /r/<token>) get their own small page, without the recruiter app.
    const hasRespondPage = fs.existsSync(path.join(webDist, 'respond.html'));
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api')) return reply.callNotFound();
      if (hasRespondPage && /^\/[cr]\//.test(request.url)) return reply.sendFile('respond.html');
      return reply.sendFile('index.html');
    });
  }
  return app;
}

export type RouteEntry = { method: string; url: string; access: Access };

declare module 'fastify' {
  interface FastifyInstance {
    services: { config: Config; db: Database['db']; database: Database };
    routeTable: RouteEntry[];
  }
}
