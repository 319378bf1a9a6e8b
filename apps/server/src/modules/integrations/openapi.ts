import { ZV1Problem } from '@vouch/contracts';
import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import { IDEMPOTENCY_HEADER } from './idempotency.ts';

/**
 * The OpenAPI description of `/api/v1`, the contract an integrator codes against. Each API route says
 * which problems it answers besides those every API route can give (`config.problems`, documentation
 * only); this file adds the common ones, the `Idempotency-Key` request header, and the headers every
 * answer carries. test/helpers/api-contract.ts checks every answer the test suite receives against it.
 */

type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;
/** A problem answer: what it means (naming its codes), and its schema when it has members of its own. */
export type ProblemDoc = string | { description: string; schema: z.ZodObject };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Documentation only: the problems this `/api/v1` route answers besides those every API route gives. */
    problems?: Partial<Record<404 | 409 | 410 | 422, ProblemDoc>>;
  }
}

/** 404 of an operation on one record: another company's, or outside a sub-account key's reach, is not there either. */
export const notFoundDoc = (what: string): ProblemDoc =>
  `\`not_found\`: no such ${what} for this API key (another company’s, or another sub-account’s for a sub-account key).`;

/** What any `/api/v1` operation can answer. */
const EVERY_OPERATION: Partial<Record<ProblemStatus, ProblemDoc>> = {
  400:
    '`validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query ' +
    'parameter by its snake_case path; an unknown query parameter is refused too.',
  401: '`unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`.',
  403:
    '`forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key ' +
    'asked for company-wide data (referrals, creating candidates).',
  429: '`rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds.',
};

/** What any request that may carry a body can answer besides (Fastify reads a DELETE's body too). */
const EVERY_BODY: Partial<Record<ProblemStatus, ProblemDoc>> = {
  413: '`payload_too_large`: the body is larger than 1 MB.',
  415: '`unsupported_media_type`: send the body as `application/json`.',
};

/** What a `POST` can answer besides: the `Idempotency-Key` it may carry, and ids its body names. */
const EVERY_POST: Partial<Record<ProblemStatus, ProblemDoc>> = {
  409:
    '`idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after ' +
    '`Retry-After` seconds.',
  422:
    '`idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. ' +
    '`unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field).',
};

const ZIdempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x20-\x7e]+$/)
    .optional()
    .describe(
      'Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body ' +
        'and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work ' +
        'is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees ' +
        'the key.',
    ),
});

const ZPdf = z.string().meta({ contentMediaType: 'application/pdf' });

const isApiAccess = (access: unknown) => access === 'api:read' || access === 'api:write';

type SwaggerSchema = {
  hide?: boolean;
  response?: Record<string, unknown>;
  produces?: string[];
  headers?: unknown;
};

/** Per route, before the zod schemas are converted: the problems, the PDF, the `Idempotency-Key`. */
export function documentApiRoute<T extends { schema?: unknown; url: string; route: RouteOptions }>(input: T): T {
  const schema = input.schema as SwaggerSchema | undefined;
  const access = input.route.config?.access;
  if (!schema || schema.hide || !input.url.startsWith('/api/v1/') || !isApiAccess(access)) return input;
  const methods = [input.route.method].flat() as string[];
  const isPost = methods.includes('POST');
  const takesBody = methods.some((method) => method !== 'GET' && method !== 'HEAD');

  const problems = new Map<number, { descriptions: string[]; schema: z.ZodObject }>();
  const add = (docs: Partial<Record<number, ProblemDoc>>) => {
    for (const [status, doc] of Object.entries(docs)) {
      if (!doc) continue;
      const entry = problems.get(Number(status)) ?? { descriptions: [] as string[], schema: ZV1Problem };
      entry.descriptions.push(typeof doc === 'string' ? doc : doc.description);
      if (typeof doc !== 'string') entry.schema = doc.schema;
      problems.set(Number(status), entry);
    }
  };
  add(EVERY_OPERATION);
  if (takesBody) add(EVERY_BODY);
  if (isPost) add(EVERY_POST);
  add(input.route.config?.problems ?? {});

  const { produces, ...rest } = schema;
  const response: Record<string, unknown> = { ...schema.response };
  if (produces?.includes('application/pdf'))
    response[200] = { description: 'The PDF file', content: { 'application/pdf': { schema: ZPdf } } };
  for (const [status, { descriptions, schema: problem }] of problems)
    response[status] = {
      description: descriptions.join(' Or '),
      content: { 'application/problem+json': { schema: problem } },
    };
  const headers = isPost && access === 'api:write' ? { headers: ZIdempotencyHeaders } : {};
  return { ...input, schema: { ...rest, ...headers, response } };
}

const header = (description: string, schema: object = { type: 'string' }, required = true) => ({
  description,
  required,
  schema,
});

/** The response headers of `/api/v1`, as `components.headers`; `required`: always sent where referenced. */
export const API_RESPONSE_HEADERS = {
  'X-Request-Id': header('This request’s id, also `request_id` in a problem: quote it to support.'),
  'RateLimit-Policy': header('The limit of this API key: `<requests>;w=<seconds>`, e.g. `600;w=60`.'),
  'RateLimit-Limit': header('Requests this API key may make in the current window.', { type: 'integer' }),
  'RateLimit-Remaining': header('Requests left in the current window.', { type: 'integer' }),
  'RateLimit-Reset': header('Seconds until the window starts afresh.', { type: 'integer' }),
  'Retry-After': header('Seconds to wait before retrying.', { type: 'integer' }),
  'WWW-Authenticate': header('How to authenticate: `Bearer realm="Vouch API"` (RFC 6750).'),
  'Idempotent-Replayed': header(
    '`true` when this is the kept answer to an earlier request with the same Idempotency-Key.',
    { type: 'string', enum: ['true'] },
    false,
  ),
};

type Json = Record<string, unknown>;
type Operation = { parameters?: { in: string; name: string }[]; responses?: Record<string, Json> };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const ref = (name: keyof typeof API_RESPONSE_HEADERS) => ({ $ref: `#/components/headers/${name}` });

/** The headers an answer of an API operation carries. */
function responseHeaders(status: string, op: Operation) {
  const headers: Record<string, unknown> = { 'X-Request-Id': ref('X-Request-Id') };
  // The key is resolved before its requests are counted: a 401 or 403 has no RateLimit headers.
  if (status !== '401' && status !== '403')
    for (const name of ['RateLimit-Policy', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'] as const)
      headers[name] = ref(name);
  if (status === '429') headers['Retry-After'] = ref('Retry-After');
  if (status === '401') headers['WWW-Authenticate'] = ref('WWW-Authenticate');
  const idempotent = op.parameters?.some((p) => p.in === 'header' && p.name.toLowerCase() === IDEMPOTENCY_HEADER);
  if (!idempotent) return headers;
  if (status === '409')
    headers['Retry-After'] = {
      ...API_RESPONSE_HEADERS['Retry-After'],
      required: false,
      description: 'With `idempotency_in_progress`: seconds to wait before retrying.',
    };
  // Kept answers are replayed: everything but what is refused before the work begins.
  if (!['400', '401', '403', '413', '415', '429'].includes(status))
    headers['Idempotent-Replayed'] = ref('Idempotent-Replayed');
  return headers;
}

/** After conversion, over the whole document: the headers every `/api/v1` answer carries. */
export function completeApiDocument<T extends object>(document: T): T {
  const doc = document as Json & { paths: Record<string, Record<string, Operation>>; components?: Json };
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op?.responses?.['401']) continue; // not an API operation
      for (const [status, response] of Object.entries(op.responses)) response.headers = responseHeaders(status, op);
    }
  }
  doc.components = { ...doc.components, headers: API_RESPONSE_HEADERS };
  return document;
}

/** Every `#/components/schemas/…` that `value` refers to, following references inside those too. */
function referencedSchemas(value: unknown, schemas: Record<string, unknown>, found = new Set<string>()) {
  if (Array.isArray(value)) for (const item of value) referencedSchemas(item, schemas, found);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      const name = key === '$ref' && typeof child === 'string' ? child.split('#/components/schemas/')[1] : undefined;
      if (name && !found.has(name)) {
        found.add(name);
        referencedSchemas(schemas[name], schemas, found);
      } else referencedSchemas(child, schemas, found);
    }
  return found;
}

const integrationDocuments = new WeakMap<object, Json>();

/**
 * The integration API's own document, `/api/v1/openapi.json`: its operations, webhooks and what they
 * refer to, without the app's session API.
 */
export function integrationApiDocument(full: object): Json {
  const known = integrationDocuments.get(full);
  if (known) return known;
  const doc = full as Json & { paths: Json; components: Json & { securitySchemes: Json; schemas?: Json } };
  const paths = Object.fromEntries(Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/v1/')));
  const schemas = doc.components.schemas ?? {};
  const used = referencedSchemas([paths, doc.webhooks], schemas);
  const integration: Json = {
    openapi: doc.openapi,
    info: {
      ...(doc.info as Json),
      title: 'Vouch integration API',
      description:
        'For applicant tracking systems: start and follow reference checks, read candidates and referrals, ' +
        'receive webhooks. Authenticate with an API key (`Authorization: Bearer vch_…`) an admin creates on ' +
        'the Integrations page.',
    },
    paths,
    webhooks: doc.webhooks,
    components: {
      securitySchemes: { apiKey: doc.components.securitySchemes.apiKey },
      headers: doc.components.headers,
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))),
    },
  };
  integrationDocuments.set(full, integration);
  return integration;
}
