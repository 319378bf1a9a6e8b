import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI document is the contract an integrator codes against, so every `/api/v1` answer a test
 * receives is checked against it: the status is documented for the operation, the content type is
 * one it lists, the body fits its schema (Ajv, JSON Schema 2020-12) and the headers it marks
 * required are there. A test app records what does not fit, and the test that received it fails
 * (see app.ts and suite.ts). Validators are compiled once per response kind, on first use.
 */

type Json = Record<string, unknown>;
type Header = { required?: boolean; $ref?: string };
type Response = { content?: Record<string, { schema?: Json }>; headers?: Record<string, Header> };
type Document = Json & {
  paths: Record<string, Record<string, { responses?: Record<string, Response> }>>;
  components?: { schemas?: Json; headers?: Record<string, Header> };
};

/** One answer as the server sent it; `route` is Fastify's pattern (`/api/v1/candidates/:id`). */
export type Answer = {
  method: string;
  route: string;
  status: number;
  headers: Record<string, unknown>;
  body: string | null;
};

/** `/api/v1/candidates/:id` → `/api/v1/candidates/{id}`, as the document names paths. */
const documentPath = (route: string) => route.replaceAll(/:([A-Za-z0-9_]+)/g, '{$1}');
const mediaType = (value: unknown) =>
  String(value ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();

export function apiContractChecker(document: object) {
  const doc = document as Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'components', $defs: doc.components?.schemas ?? {} });
  const validators = new Map<string, ValidateFunction>();
  const validatorOf = (key: string, schema: Json) => {
    let validate = validators.get(key);
    if (!validate) {
      const rewritten = JSON.stringify(schema).replaceAll('"#/components/schemas/', '"components#/$defs/');
      validate = ajv.compile(JSON.parse(rewritten));
      validators.set(key, validate);
    }
    return validate;
  };
  const headerOf = (header: Header) =>
    header.$ref ? (doc.components?.headers?.[header.$ref.split('/').pop() ?? ''] ?? header) : header;

  /** What about this answer the document does not allow; empty when it fits. */
  return function check(answer: Answer): string[] {
    const path = documentPath(answer.route);
    const name = `${answer.method} ${path} → ${answer.status}`;
    const op = doc.paths[path]?.[answer.method.toLowerCase()];
    if (!op) return [`${answer.method} ${path} is not in the OpenAPI document`];
    const status = String(answer.status);
    const response = op.responses?.[status] ?? op.responses?.[`${status[0]}XX`] ?? op.responses?.default;
    if (!response) return [`${name}: the status is not documented`];

    const problems: string[] = [];
    for (const [header, declared] of Object.entries(response.headers ?? {}))
      if (headerOf(declared).required && answer.headers[header.toLowerCase()] === undefined)
        problems.push(`${name}: the required header ${header} is missing`);

    const content = response.content ?? {};
    const type = mediaType(answer.headers['content-type']);
    if (!Object.keys(content).length) {
      // A 204 has no body whatever the handler passed on.
      if (answer.body && answer.status !== 204) problems.push(`${name}: a body where none is documented`);
      return problems;
    }
    const media = content[type];
    if (!media)
      return [...problems, `${name}: content type "${type}" is not one of ${Object.keys(content).join(', ')}`];
    if (!type.endsWith('json') || !media.schema) return problems;
    let body: unknown;
    try {
      body = JSON.parse(answer.body ?? '');
    } catch {
      return [...problems, `${name}: the body is not JSON`];
    }
    const validate = validatorOf(`${answer.method} ${path} ${status} ${type}`, media.schema);
    if (!validate(body)) {
      const errors = (validate.errors ?? []).map((e) => {
        const extra = (e.params as { additionalProperty?: string }).additionalProperty;
        return `${e.instancePath || 'the body'} ${e.message}${extra ? ` (${extra})` : ''}`;
      });
      problems.push(
        `${name}: the body does not fit the schema: ${errors.join('; ')}; body: ${answer.body?.slice(0, 500)}`,
      );
    }
    return problems;
  };
}

/** Checks a webhook delivery's body against the document's `webhooks` entry for its `type`. */
export function webhookPayloadChecker(document: object) {
  const doc = document as Document & {
    webhooks?: Record<string, { post: { requestBody: { content: { 'application/json': { schema: Json } } } } }>;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validators = new Map<string, ValidateFunction>();
  return function check(body: string): string[] {
    const payload = JSON.parse(body) as { type?: string };
    const type = payload.type ?? '';
    const entry = doc.webhooks?.[type];
    if (!entry) return [`the webhook type ${type} is not in the OpenAPI document`];
    const validate = validators.get(type) ?? ajv.compile(entry.post.requestBody.content['application/json'].schema);
    validators.set(type, validate);
    if (validate(payload)) return [];
    return [`${type}: ${ajv.errorsText(validate.errors)}; body: ${body.slice(0, 500)}`];
  };
}

/**
 * Checks every answer of an `/api/v1` API route (`config.access` api:read or api:write) against the
 * app's own document; what does not fit is added to `violations`. Test-only routes hidden from the
 * document (`schema.hide`) are left out.
 */
export function recordApiContractViolations(app: FastifyInstance, violations: string[]) {
  let check: ReturnType<typeof apiContractChecker> | null = null;
  app.addHook('onSend', async (request, reply, payload) => {
    const access = request.routeOptions.config?.access;
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/v1/') || (access !== 'api:read' && access !== 'api:write')) return payload;
    if (request.method === 'HEAD') return payload;
    if ((request.routeOptions.schema as { hide?: boolean } | undefined)?.hide) return payload;
    check ??= apiContractChecker(app.swagger());
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('latin1') : null;
    violations.push(
      ...check({ method: request.method, route, status: reply.statusCode, headers: reply.getHeaders(), body }),
    );
    return payload;
  });
}
