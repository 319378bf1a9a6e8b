import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { useTestApp } from './helpers/suite.ts';

type Json = Record<string, unknown>;
type Operation = {
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: { schema?: Json }[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { content?: Record<string, { schema?: Json }> }>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

function operations(doc: Json): { path: string; method: string; op: Operation }[] {
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  return Object.entries(paths).flatMap(([path, item]) =>
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
});
