import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT_TYPE } from '@vouch/contracts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { useTestApp } from './helpers/suite.ts';

type Json = Record<string, unknown>;
type Operation = {
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { in?: string; name?: string; schema?: Json }[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { content?: Record<string, { schema?: Json }>; headers?: Record<string, Json> }>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** Every operation of the paths, and of the webhooks (as `webhook <event type>`). */
function operations(doc: Json): { path: string; method: string; op: Operation }[] {
  const items = [
    ...Object.entries(doc.paths as Record<string, Record<string, Operation>>),
    ...Object.entries((doc.webhooks ?? {}) as Record<string, Record<string, Operation>>).map(
      ([type, item]) => [`webhook ${type}`, item] as const,
    ),
  ];
  return items.flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] })),
  );
}

/** Every JSON Schema in an operation: parameters, request bodies, responses. */
function schemasOf(op: Operation): Json[] {
  return [
    ...(op.parameters ?? []).map((p) => p.schema),
    ...Object.values(op.requestBody?.content ?? {}).map((c) => c.schema),
    ...Object.values(op.responses ?? {}).flatMap((r) => Object.values(r.content ?? {}).map((c) => c.schema)),
  ].filter((s): s is Json => !!s);
}

function hasExample(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false;
  if ('example' in schema || 'examples' in schema) return true;
  return Object.values(schema).some(hasExample);
}

describe('the OpenAPI document', () => {
  const t = useTestApp();

  const fetchDoc = async () => {
    const res = await t.anonymous.get('/api/openapi.json');
    assert.equal(res.statusCode, 200);
    return res.json() as Json;
  };

  test('is valid OpenAPI 3.1', async () => {
    const doc = await fetchDoc();
    assert.match(String(doc.openapi), /^3\.1\.\d+$/);
    // Throws with the first problem it finds; it validates 3.1 documents against the 3.1 schema.
    await SwaggerParser.validate(structuredClone(doc) as never);
  });

  test('holds only valid JSON Schema 2020-12 (the 3.1 dialect): no unknown or misplaced keywords', async () => {
    const doc = await fetchDoc();
    // Strict mode refuses unknown keywords such as 3.0's `nullable` or a boolean `exclusiveMinimum`;
    // `example` is part of OpenAPI's schema vocabulary.
    const ajv = new Ajv2020({ strict: true, strictTypes: false, strictTuples: false, strictRequired: false });
    addFormats.default(ajv);
    ajv.addKeyword('example');
    // Ajv knows 3.0's `nullable` by default; 3.1 has no such keyword (it is `type: [..., 'null']`).
    ajv.removeKeyword('nullable');
    const components = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
    ajv.addSchema({ $id: 'components', $defs: components });
    const problems: string[] = [];
    for (const { path, method, op } of operations(doc)) {
      for (const schema of schemasOf(op)) {
        const rewritten = JSON.parse(
          JSON.stringify(schema).replaceAll('"#/components/schemas/', '"components#/$defs/'),
        ) as Json;
        try {
          ajv.compile(rewritten);
        } catch (error) {
          problems.push(`${method.toUpperCase()} ${path}: ${(error as Error).message}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test('every /api/v1 operation has a tag, the API-key security requirement, a response schema and examples', async () => {
    const doc = await fetchDoc();
    const schemes = (doc.components as Json).securitySchemes as Record<string, Json>;
    assert.ok(schemes.apiKey, 'an apiKey security scheme is declared');
    const v1 = operations(doc).filter((o) => o.path.startsWith('/api/v1/'));
    // The candidates, referrals and share-link operations at least.
    for (const path of [
      '/api/v1/candidates',
      '/api/v1/candidates/{id}',
      '/api/v1/referrals',
      '/api/v1/referrals/{id}',
      '/api/v1/reference-checks/{id}/share-links',
      '/api/v1/reference-checks/{id}/share-links/{linkId}/revoke',
    ]) {
      assert.ok(
        v1.some((o) => o.path === path),
        `${path} is documented`,
      );
    }
    const problems: string[] = [];
    for (const { path, method, op } of v1) {
      const name = `${method.toUpperCase()} ${path}`;
      if (!op.tags?.includes('api v1')) problems.push(`${name}: no "api v1" tag`);
      if (!op.security?.some((s) => 'apiKey' in s)) problems.push(`${name}: no apiKey security requirement`);
      const responseSchemas = Object.values(op.responses ?? {})
        .flatMap((r) => Object.values(r.content ?? {}).map((c) => c.schema))
        .filter(Boolean);
      if (!responseSchemas.length) problems.push(`${name}: no response with a schema`);
      if (!op.responses?.['401']?.content) problems.push(`${name}: the 401 problem is not documented`);
      const json = [
        ...Object.values(op.requestBody?.content ?? {}),
        ...Object.entries(op.responses ?? {})
          .filter(([status]) => status.startsWith('2'))
          .flatMap(([, r]) => Object.entries(r.content ?? {}).filter(([type]) => type.includes('json')))
          .map(([, c]) => c),
      ];
      for (const content of json) {
        if (content.schema && !hasExample(content.schema)) problems.push(`${name}: a JSON schema without an example`);
      }
    }
    assert.deepEqual(problems, []);
  });
  test('every /api/v1 answer is documented: problems as application/problem+json with request_id, and headers', async () => {
    const doc = await fetchDoc();
    const components = doc.components as { schemas: Record<string, Json>; headers: Record<string, Json> };
    const resolve = (schema: Json | undefined) =>
      schema?.$ref ? components.schemas[String(schema.$ref).split('/').pop() ?? ''] : schema;
    const problems: string[] = [];
    for (const { path, method, op } of operations(doc).filter((o) => o.path.startsWith('/api/v1/'))) {
      const name = `${method.toUpperCase()} ${path}`;
      const responses = op.responses ?? {};
      const expected = ['400', '401', '403', '429'];
      if (path.includes('{')) expected.push('404');
      const isPost = method === 'post';
      if (isPost) expected.push('409', '413', '415', '422');
      for (const status of expected) if (!responses[status]) problems.push(`${name}: no ${status}`);
      for (const [status, response] of Object.entries(responses)) {
        const headers = Object.keys(response.headers ?? {});
        if (!headers.includes('X-Request-Id')) problems.push(`${name} ${status}: no X-Request-Id`);
        const limited = !['401', '403'].includes(status);
        if (limited !== headers.includes('RateLimit-Remaining'))
          problems.push(`${name} ${status}: RateLimit headers ${limited ? 'missing' : 'where none are sent'}`);
        if (status === '429' && !headers.includes('Retry-After')) problems.push(`${name} 429: no Retry-After`);
        if (status === '401' && !headers.includes('WWW-Authenticate'))
          problems.push(`${name} 401: no WWW-Authenticate`);
        if (!status.startsWith('4')) continue;
        const types = Object.keys(response.content ?? {});
        if (types.join() !== 'application/problem+json') problems.push(`${name} ${status}: typed ${types.join()}`);
        const schema = resolve(response.content?.['application/problem+json']?.schema);
        const members = Object.keys((schema?.properties ?? {}) as Json);
        if (!members.includes('request_id') || members.includes('requestId'))
          problems.push(`${name} ${status}: the problem has no request_id member`);
      }
      const idempotencyKey = op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      if (isPost !== !!idempotencyKey)
        problems.push(`${name}: Idempotency-Key ${isPost ? 'missing' : 'on a non-POST'}`);
    }
    assert.deepEqual(problems, []);
    assert.equal(components.headers['Retry-After'].required, true);
    assert.equal(components.headers['RateLimit-Remaining'].required, true);
  });

  test('the PDF answers application/pdf; the Greenhouse routes take Basic auth', async () => {
    const doc = await fetchDoc();
    const paths = doc.paths as Record<string, Record<string, Operation>>;
    const pdf = paths['/api/v1/reference-checks/{id}/report.pdf'].get.responses?.['200'];
    assert.deepEqual(Object.keys(pdf?.content ?? {}), ['application/pdf']);
    const schemes = (doc.components as Json).securitySchemes as Record<string, Json>;
    assert.deepEqual(schemes.basic, {
      type: 'http',
      scheme: 'basic',
      description: schemes.basic.description,
    });
    const greenhouse = Object.entries(paths).filter(([path]) => path.startsWith('/api/partners/greenhouse/'));
    assert.equal(greenhouse.length, 4);
    for (const [path, item] of greenhouse)
      for (const op of Object.values(item))
        assert.ok(
          op.security?.some((s) => 'basic' in s),
          path,
        );
  });

  test('webhooks: one per event type, its body the signed envelope with the event’s data', async () => {
    const doc = await fetchDoc();
    const webhooks = doc.webhooks as Record<string, { post: Operation }>;
    assert.deepEqual(Object.keys(webhooks).sort(), [...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT_TYPE].sort());
    const answered = webhooks['reference_check.referee_answered'].post;
    assert.deepEqual(
      answered.parameters?.map((p) => p.name),
      ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
    );
    const body = answered.requestBody?.content?.['application/json']?.schema as Json & { properties: Json };
    assert.deepEqual(body.required, ['type', 'timestamp', 'data']);
    assert.deepEqual(body.properties.type, { type: 'string', const: 'reference_check.referee_answered' });
    const data = body.properties.data as { properties: Json };
    assert.ok(data.properties.referee && data.properties.candidate && data.properties.external_id);
  });

  test('/api/v1/openapi.json holds only the integration API, and /api/v1/docs shows it', async () => {
    const res = await t.anonymous.get('/api/v1/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json() as Json;
    await SwaggerParser.validate(structuredClone(doc) as never);
    const paths = Object.keys(doc.paths as Json);
    assert.ok(paths.length >= 15);
    assert.deepEqual(
      paths.filter((p) => !p.startsWith('/api/v1/')),
      [],
    );
    assert.deepEqual(Object.keys((doc.components as Json).securitySchemes as Json), ['apiKey']);
    assert.ok(doc.webhooks);
    assert.equal((doc.info as Json).title, 'Vouch integration API');

    const page = await t.anonymous.get('/api/v1/docs/');
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    const shown = await t.anonymous.get('/api/v1/docs/json');
    assert.deepEqual(shown.json(), doc);
    const everything = await t.anonymous.get('/api/docs/json');
    assert.ok(Object.keys(everything.json().paths).some((p) => p.startsWith('/api/jobs')));
  });
});
