import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  createJsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import {
  completeApiDocument,
  documentApiRoute,
  integrationApiDocument,
  webhooksDocument,
} from './modules/integrations/index.ts';
import { queueHealth } from './modules/messaging/index.ts';
import type { BackgroundRegistry } from './platform/background-work.ts';
import type { Config } from './platform/config.ts';
import type { Dashboard } from './platform/dashboard.ts';
import type { Database } from './platform/db/db.ts';
import { registerAuthHook } from './platform/http/auth-hook.ts';
import type { Access } from './platform/http/context.ts';
import { healthRoutes } from './platform/http/health.routes.ts';
import { registerPageHeaders } from './platform/http/page-headers.ts';
import { registerProblemHandler, sendFrameworkProblem } from './platform/http/problem.ts';
import { type SerializerKind, type Serializers, serializerCompilerFor } from './platform/http/serializer.ts';
import { loggerOptions } from './platform/logger.ts';
import { fastifyRateLimitStore } from './platform/rate-limit/fastify-store.ts';
import { type Clock, type RateLimitStore, rateLimitStoreFor } from './platform/rate-limit/store.ts';
import { loadSecretKey } from './platform/secret-key.ts';
import { moduleRoutes } from './routes.ts';
import { type BackgroundContext, wireModules } from './wiring.ts';

export type AppOptions = {
  config: Config;
  database: Database;
  /** `false` silences the log (tests); a stream receives the JSON lines (the log-redaction test). */
  logger?: false | { stream: NodeJS.WritableStream };
  /** The rate limits' clock (tests move it on instead of waiting out a window). */
  rateLimitClock?: Clock;
  /** The process's bootstrap loaded the secret key already (and said where it came from). */
  secretKeyLoaded?: boolean;
  /** How answers are written (see serializer.ts): compiled in production, validated against their schema elsewhere. */
  serializer?: SerializerKind;
};

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const zodTransform = createJsonSchemaTransform({ skipList: ['/api/docs', '/api/docs/*', '/api/openapi.json'] });
/** Pages of the API's documentation: outside the route table (they serve no data). */
const isDocsPage = (url: string) => url.startsWith('/api/docs') || url.startsWith('/api/v1/docs');

/** Shared by the server and tests: everything but listening and the background loops. */
export async function buildApp({
  config,
  database,
  logger,
  rateLimitClock,
  secretKeyLoaded,
  serializer = config.env === 'production' ? 'compiled' : 'validating',
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === false ? false : { ...loggerOptions(config.logLevel), ...(logger ?? {}) },
    bodyLimit: 1_048_576,
    // A number of hops is trusted hop by hop (Fastify's types lack the number form it accepts).
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 500 },
    frameworkErrors: sendFrameworkProblem,
  }).withTypeProvider<ZodTypeProvider>();

  // Before any route can queue a message: the outbox seals links with it.
  if (!secretKeyLoaded) loadSecretKey(config, app.log);

  app.setValidatorCompiler(validatorCompiler);
  const serializers = serializerCompilerFor(serializer);
  app.setSerializerCompiler(serializers.compiler);
  app.decorate('serializers', serializers);
  const rateLimits = rateLimitStoreFor(database, rateLimitClock);
  const { dashboard, authenticators, background } = wireModules(database.db, config);
  app.decorate('services', { config, db: database.db, database, rateLimits, dashboard, background });
  // What every answer needs; the page headers (CSP, framing, referrer, HSTS) go on HTML only.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    done(null, payload);
  });
  registerPageHeaders(app, { secureCookies: config.secureCookies });

  // Every /api route must say who may call it; forgetting is a startup error, not an open door.
  // The table of routes lets the isolation and role tests walk every route, so a new one can't be missed.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/') || isDocsPage(url)) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${url} declares no access rule`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url, access });
  });

  await app.register(fastifyCookie);
  // JSON over 1 KB leaves compressed when the client accepts it (a candidate page: 27 KB → 5.5 KB); the built
  // assets come pre-compressed. Cheap settings, measured on a page of 50 candidates: gzip level 1 in 0.11 ms
  // (level 6, the default: 0.54 ms, 4% smaller), brotli quality 2 in 0.19 ms (quality 4: 0.49 ms, no smaller).
  // Answers up to 128 KB are compressed in one call, not through a zlib stream per answer: on two cores the
  // stream's set-up and thread-pool hops cost more than the compression (Node CPU per candidate page 30% less).
  await app.register(fastifyCompress, {
    threshold: 1024,
    syncThreshold: 131_072,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2 } },
    zlibOptions: { level: 1 },
  });
  // Every limit counts in one store: PostgreSQL's table when several processes share the database.
  await app.register(fastifyRateLimit, { global: false, store: fastifyRateLimitStore(rateLimits) });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Vouch API', version: '1.0.0', description: 'Employee referrals and digital reference checks.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vouch_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer vch_…`' },
          basic: {
            type: 'http',
            scheme: 'basic',
            description: 'An API key as the user name and an empty password (Greenhouse’s assessment partner API).',
          },
        },
      },
      webhooks: webhooksDocument(),
    },
    transform: (route) => zodTransform(documentApiRoute(route)),
    transformObject: (document) => completeApiDocument(jsonSchemaTransformObject(document)),
  });
  registerProblemHandler(app);
  registerAuthHook(app, database.db, authenticators);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  app.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    integrationApiDocument(app.swagger()),
  );
  await app.register(healthRoutes, { queueHealth });
  for (const routes of moduleRoutes) await app.register(routes);

  await app.register(htmlPages);
  return app;
}

/**
 * The API's documentation pages: under the app's own page headers and CSP (no inline scripts needed),
 * not the plugin's, which would upgrade http requests on a plain-http deployment. `/api/docs` shows
 * everything; `/api/v1/docs` only the integration API (its own plugin context, so its own page). Then
 * the built web app's files, and its shell for every other GET outside /api.
 */
async function htmlPages(html: FastifyInstance) {
  await html.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await html.register(async (integrationDocs) => {
    await integrationDocs.register(fastifySwaggerUi, {
      routePrefix: '/api/v1/docs',
      transformSpecification: (document) => integrationApiDocument(document),
      transformSpecificationClone: false,
    });
  });

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    // Built assets have .br and .gz twins (see the web build): sent as the browser accepts them.
    await html.register(fastifyStatic, { root: webDist, wildcard: false, preCompressed: true });
    // Client-side routes: any GET outside /api answers the app shell. The candidate's and referee's
    // links (/c/<token>, /r/<token>) get their own small page, without the recruiter app.
    const hasRespondPage = fs.existsSync(path.join(webDist, 'respond.html'));
    html.get('/*', (request, reply) => {
      if (request.url.startsWith('/api')) return reply.callNotFound();
      if (hasRespondPage && /^\/[cr]\//.test(request.url)) return reply.sendFile('respond.html');
      return reply.sendFile('index.html');
    });
  }
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

export type RouteEntry = { method: string; url: string; access: Access };

declare module 'fastify' {
  interface FastifyInstance {
    services: {
      config: Config;
      db: Database['db'];
      database: Database;
      rateLimits: RateLimitStore;
      /** The home page's cards, as the modules registered them. */
      dashboard: Dashboard;
      /** The modules' background work, started by the process that runs it (see background.ts). */
      background: BackgroundRegistry<BackgroundContext>;
    };
    routeTable: RouteEntry[];
    /** How answers are written (see serializer.ts). */
    serializers: Serializers;
  }
}
