import fc from 'fast-check';
import type { JsonSchema } from './openapi-routes.ts';

/**
 * fast-check arbitraries from the request schemas of the OpenAPI document: bodies that pass
 * validation (so the use cases behind it are reached), and the same bodies with hostile values
 * dropped in anywhere. The document's own schemas drive it, so a new field is fuzzed unasked.
 */
export type IdPool = { own: string[]; foreign: string[] };

/** Values that have broken servers: wrong types, NUL, odd unicode, extreme numbers, dates PostgreSQL cannot hold. */
const HOSTILE_SCALARS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202eevil',
  '😀'.repeat(50),
  "'; drop table candidates; --",
  '{{ 7 | times: 7 }}{% for i in (1..100000000) %}x{% endfor %}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '99999-01-01',
  '2021-02-30',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'javascript:alert(1)',
  'http://169.254.169.254/latest/meta-data',
  'file:///etc/passwd',
  -1,
  0,
  -0,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  0.5,
  true,
  false,
  null,
  [],
  {},
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_SCALARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(10_001), 'é'.repeat(70_000), '1'.repeat(400)) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4 }) },
);

/** Keys a body should never act on: prototype pollution, and a tenant or id smuggled in. */
const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'companyId', 'company_id', 'tenantId', 'id', 'role'];

/** Hosts that need no DNS (the fuzz must not wait on the network), private and metadata ones included. */
const URLS = [
  'https://93.184.216.34/hooks',
  'http://127.0.0.1:1/x',
  'http://10.0.0.1/x',
  'http://169.254.169.254/latest/meta-data',
  'http://[::1]/x',
  'http://[fd00:ec2::254]/x',
  'https://localhost/x',
  'ftp://93.184.216.34/x',
];

/** Dates a date format allows that PostgreSQL or JavaScript may not hold. */
export const EDGE_DAYS = ['0000-01-01', '0001-01-01', '0999-12-31', '1969-12-31', '9999-12-31'];
export const EDGE_TIMES = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+14:00',
  '1969-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59-12:00',
];

type Mode = { mutate: number };

export function schemaArbitrary(schema: JsonSchema | null, ids: IdPool): fc.Arbitrary<unknown> {
  if (!schema) return fc.oneof(fc.constant(undefined), fc.constant({}), hostileValue);
  const clean = build(schema, ids, { mutate: 0 }, 0);
  const mutated = build(schema, ids, { mutate: 8 }, 0);
  return fc.oneof(
    { weight: 3, arbitrary: clean },
    { weight: 4, arbitrary: mutated },
    { weight: 1, arbitrary: hostileValue },
  );
}

function build(schema: JsonSchema, ids: IdPool, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, ids, mode, depth);
  // Once in `mutate` nodes, a hostile value instead of a valid one.
  if (!mode.mutate) return valid;
  return fc.oneof({ weight: mode.mutate, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
}

function validArbitrary(schema: JsonSchema, ids: IdPool, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((b) => build(b, ids, mode, depth + 1)));
  if (schema.allOf?.length) return build(schema.allOf[0], ids, mode, depth + 1);
  const types = [schema.type ?? (schema.properties ? 'object' : undefined)].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => validArbitrary({ ...schema, type }, ids, mode, depth)));
  switch (types[0]) {
    case 'object':
      return objectArbitrary(schema, ids, mode, depth);
    case 'array':
      return fc.array(schema.items ? build(schema.items, ids, mode, depth + 1) : hostileValue, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, Math.max(schema.minItems ?? 0, 4)),
      });
    case 'string':
      return stringArbitrary(schema, ids);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(schema: JsonSchema, ids: IdPool, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, propertyArbitrary(name, property, ids, mode, depth)]),
  );
  const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : null;
  const known = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
  const withMap = additional
    ? fc
        .tuple(known, fc.dictionary(mapKey(schema), build(additional, ids, mode, depth + 1), { maxKeys: 4 }))
        .map(([a, b]) => ({ ...b, ...a }))
    : known;
  if (!mode.mutate) return withMap;
  // Sometimes unknown keys beside the known ones.
  return fc
    .tuple(withMap, fc.dictionary(fc.constantFrom(...UNKNOWN_KEYS), hostileValue, { maxKeys: 2 }), fc.nat(7))
    .map(([body, extra, roll]) => (roll === 0 ? Object.assign(Object.create(null), body, extra) : body));
}

/** A property by name where the schema says too little (a URL must not cost a DNS lookup). */
function propertyArbitrary(name: string, schema: JsonSchema, ids: IdPool, mode: Mode, depth: number) {
  if (/url$/i.test(name) && !schema.enum)
    return fc.oneof(fc.constantFrom(...URLS), build(schema, ids, mode, depth + 1));
  return build(schema, ids, mode, depth + 1);
}

function mapKey(schema: JsonSchema): fc.Arbitrary<string> {
  const pattern = schema.propertyNames?.pattern;
  return pattern ? matching(pattern) : fc.string({ minLength: 1, maxLength: 20 });
}

function stringArbitrary(schema: JsonSchema, ids: IdPool): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 80, Math.max(min, 80));
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ids.own) },
        { weight: 2, arbitrary: fc.constantFrom(...ids.foreign) },
        { weight: 1, arbitrary: fc.uuid() },
      );
    case 'date':
      return fc.oneof(
        {
          weight: 3,
          arbitrary: fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map(isoDay),
        },
        { weight: 1, arbitrary: fc.constantFrom(...EDGE_DAYS) },
      );
    case 'date-time':
      return fc.oneof(
        {
          weight: 3,
          arbitrary: fc
            .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
        },
        { weight: 1, arbitrary: fc.constantFrom(...EDGE_TIMES) },
      );
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= max);
    case 'uri':
      return fc.constantFrom(...URLS);
  }
  const sized = (s: fc.Arbitrary<string>) => s.filter((v) => v.length >= min && v.length <= max);
  if (schema.pattern) return sized(matching(schema.pattern));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: Math.max(min, 1), maxLength: Math.min(max, 24) }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(max)) },
  );
}

/** Strings matching a pattern; fast-check cannot do lookarounds, so they are dropped (close enough to fuzz). */
function matching(pattern: string): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return fc.stringMatching(new RegExp(pattern.replace(/\(\?<?[!=][^)]*\)/g, '')));
  }
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export { hostileValue };
