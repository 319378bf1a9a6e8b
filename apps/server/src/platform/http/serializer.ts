import fastJson from 'fast-json-stringify';
import type { FastifySchemaCompiler } from 'fastify';
import { serializerCompiler as validatingSerializerCompiler } from 'fastify-type-provider-zod';
import { type ZodType, z } from 'zod';

/**
 * How answers are written. `validating` (development and tests) encodes every answer with its zod
 * schema before sending it, so a handler that returns something its schema does not allow fails
 * where it is tested. `compiled` (production) writes the same JSON with a serializer compiled once
 * per route by fast-json-stringify from the schema's JSON Schema: like zod it leaves out the fields
 * the schema does not name, but it does not re-check what the tests already checked.
 *
 * A schema JSON Schema cannot express (a transform, a date object) keeps the validating serializer;
 * `fallbacks` lists those routes, which a test keeps at none.
 */
export type SerializerKind = 'validating' | 'compiled';

type RouteSchema = Parameters<FastifySchemaCompiler<unknown>>[0] & { httpStatus?: string };
type Serializer = (data: unknown) => string;

/** The route's zod schema, as the zod type provider accepts it (bare, or as `{ properties }`). */
function zodSchemaOf(schema: unknown): ZodType | null {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return properties instanceof z.ZodType ? properties : null;
}

/**
 * Without `additionalProperties: false`: fast-json-stringify leaves out undeclared fields anyway, and
 * with it a union's branch would not match a row with a field the schema does not name, where zod
 * matches it and strips the field.
 */
function withoutClosedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutClosedObjects);
  if (!node || typeof node !== 'object') return node;
  const open: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && value === false) continue;
    open[key] = withoutClosedObjects(value);
  }
  return open;
}

function compile(schema: ZodType): Serializer {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'output', target: 'draft-7' }) as Record<
    string,
    unknown
  >;
  return fastJson(withoutClosedObjects(json) as Parameters<typeof fastJson>[0]) as Serializer;
}

/** The serializers of one app, and what a test asks of them. */
export type Serializers = {
  kind: SerializerKind;
  compiler: (route: RouteSchema) => Serializer;
  /** Compiles every route's serializer now (they compile on first use), so a test sees every fallback. */
  compileAll: () => void;
  /** Routes whose answers keep the validating serializer (their schema has no JSON Schema). */
  fallbacks: string[];
};

/**
 * Compiled on a route's first answer, not at start: compiling every schema (a union compiles a
 * validator for each branch) took seconds of start-up and memory for routes a process may never serve.
 */
export function createCompiledSerializerCompiler(): Serializers {
  const fallbacks: string[] = [];
  const pending = new Set<() => Serializer>();
  const compileRoute = (route: RouteSchema): Serializer => {
    const schema = zodSchemaOf(route.schema);
    if (schema) {
      try {
        return compile(schema);
      } catch {
        // Falls through to the validating serializer: correct, only slower.
      }
    }
    fallbacks.push(`${route.method} ${route.url} ${route.httpStatus ?? ''}`.trim());
    return validatingSerializerCompiler(route as never) as Serializer;
  };
  const compiler = (route: RouteSchema): Serializer => {
    let compiled: Serializer | null = null;
    const compileOnce = () => {
      pending.delete(compileOnce);
      compiled ??= compileRoute(route);
      return compiled;
    };
    pending.add(compileOnce);
    return (data) => (compiled ?? compileOnce())(data);
  };
  const compileAll = () => {
    for (const compileOnce of [...pending]) compileOnce();
  };
  return { kind: 'compiled', compiler, fallbacks, compileAll };
}

/** The serializer compiler of a deployment: validating outside production. */
export function serializerCompilerFor(kind: SerializerKind): Serializers {
  if (kind === 'validating')
    return {
      kind,
      compiler: validatingSerializerCompiler as Serializers['compiler'],
      compileAll: () => {},
      fallbacks: [],
    };
  return createCompiledSerializerCompiler();
}
