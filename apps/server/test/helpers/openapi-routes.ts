import type { TestApp } from './app.ts';

/** A JSON Schema node as the OpenAPI document holds it (3.1, so JSON Schema 2020-12). */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
};

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  security?: Record<string, string[]>[];
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
};

/** One operation: its method, its path in the route table's form (`/api/jobs/:id`), and its schemas. */
export type ApiOperation = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  key: string;
  body: JsonSchema | null;
  query: Parameter[];
};

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

export async function fetchOpenApi(t: TestApp): Promise<OpenApiDocument> {
  const res = await t.anonymous.get('/api/openapi.json');
  if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json → ${res.statusCode}`);
  return res.json();
}

/** Every POST, PUT, PATCH and DELETE the document describes. */
export const writeOperations = (doc: OpenApiDocument) => operations(doc, WRITE_METHODS);

/** Every GET that takes a query string. */
export const queriedReads = (doc: OpenApiDocument) => operations(doc, ['get']).filter((op) => op.query.length > 0);

function operations(doc: OpenApiDocument, methods: readonly string[]): ApiOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    methods
      .filter((m) => item[m])
      .map((m) => {
        const op = item[m];
        const url = path.replace(/\{(\w+)\}/g, ':$1');
        const method = m.toUpperCase() as ApiOperation['method'];
        const body = op.requestBody?.content?.['application/json']?.schema ?? null;
        return {
          method,
          url,
          key: `${method} ${url}`,
          body: body ? resolve(doc, body) : null,
          query: (op.parameters ?? []).filter((p) => p.in === 'query'),
        };
      }),
  );
}

/** Follows `$ref`s into the document's components, so callers see plain schemas. */
export function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let node = schema;
  for (let depth = 0; node.$ref && depth < 20; depth++) {
    const target = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], doc);
    if (!target) throw new Error(`Unresolved ${node.$ref}`);
    node = target as JsonSchema;
  }
  return node;
}

const isUuid = (schema: JsonSchema) => schema.format === 'uuid';

/**
 * Where a body holds ids: every uuid-formatted string, at any depth, as a path like
 * `steps[].settings.templateId` (`[]` is an array's items).
 */
export function idPaths(doc: OpenApiDocument, schema: JsonSchema, at = '', seen = new Set<JsonSchema>()): string[] {
  const node = resolve(doc, schema);
  if (seen.has(node)) return [];
  const inner = new Set(seen).add(node);
  const found = new Set<string>();
  if (isUuid(node)) found.add(at);
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])])
    for (const path of idPaths(doc, branch, at, inner)) found.add(path);
  for (const [name, property] of Object.entries(node.properties ?? {}))
    for (const path of idPaths(doc, property, at ? `${at}.${name}` : name, inner)) found.add(path);
  if (node.items) for (const path of idPaths(doc, node.items, `${at}[]`, inner)) found.add(path);
  return [...found];
}

/** The value at an id path; `[]` steps into an array's first element. Undefined where the body has none. */
export function valueAt(body: unknown, path: string): unknown {
  let node = body;
  for (const step of pathSteps(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = step === 0 ? (node as unknown[])[0] : (node as Record<string, unknown>)[step];
  }
  return node;
}

/** A copy of `body` with the value at `path` replaced (the path's containers must exist). */
export function withValueAt(body: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(body);
  const steps = pathSteps(path);
  let node = copy as Record<string | number, unknown>;
  for (const step of steps.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[steps.at(-1)!] = value;
  return copy;
}

function pathSteps(path: string): (string | 0)[] {
  return path
    .replace(/\[\]/g, '.[]')
    .split('.')
    .filter(Boolean)
    .map((part) => (part === '[]' ? 0 : part));
}
