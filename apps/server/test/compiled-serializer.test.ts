import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/db.ts';
import { createCompiledSerializerCompiler } from '../src/platform/http/serializer.ts';
import { openTestDatabase } from './helpers/database.ts';

/**
 * Production writes answers with serializers compiled from the routes' schemas instead of encoding each
 * one with zod (which the rest of the suite keeps doing, so every answer a test receives was checked
 * against its schema). These tests hold the two to the same output: every route compiles, a field
 * the schema does not name is left out as zod leaves it out, and the demo company's pages read the
 * same through both.
 */
describe('the compiled serializer', () => {
  const compile = (schema: z.ZodType) =>
    createCompiledSerializerCompiler().compiler({ schema, method: 'GET', url: '/x', httpStatus: '200' } as never);

  test('leaves out what the schema does not name, and refuses an answer without a required field', () => {
    const write = compile(z.object({ id: z.string(), name: z.string().nullable(), tags: z.array(z.string()) }));
    const row = { id: 'a', name: null, tags: ['x'], passwordHash: 'secret', companyId: 'c' };
    assert.deepEqual(JSON.parse(write(row)), { id: 'a', name: null, tags: ['x'] });
    assert.throws(() => write({ name: 'no id', tags: [] }));
  });

  test('writes unions, records and optional fields as zod does', () => {
    const schema = z.object({
      kind: z.discriminatedUnion('type', [
        z.object({ type: z.literal('a'), n: z.number() }),
        z.object({ type: z.literal('b'), s: z.string() }),
      ]),
      counts: z.record(z.string(), z.number()),
      note: z.string().optional(),
    });
    const value = { kind: { type: 'b', s: 'x', extra: 1 }, counts: { open: 2 } };
    assert.deepEqual(JSON.parse(compile(schema)(value)), z.encode(schema, value as never));
  });

  describe('the whole app, on the demo company', () => {
    let database: Database;
    const apps: Record<'validating' | 'compiled', FastifyInstance> = {} as never;
    before(async () => {
      database = await openTestDatabase({ demo: true });
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'never', WORKER: 'off' });
      for (const serializer of ['validating', 'compiled'] as const) {
        apps[serializer] = await buildApp({ config, database, logger: false, serializer });
        await apps[serializer].ready();
      }
    });
    after(async () => {
      for (const app of Object.values(apps)) await app.close();
      await database.close();
    });

    test('every route’s answers compile from its schema', () => {
      apps.compiled.serializers.compileAll();
      assert.deepEqual(apps.compiled.serializers.fallbacks, []);
    });

    test('every GET the admin and the recruiter can call without an id reads the same through both', async () => {
      const paths = apps.validating.routeTable
        .filter(
          (r) => r.method === 'GET' && !r.url.includes(':') && !r.url.includes('*') && !r.url.startsWith('/api/v1'),
        )
        .map((r) => r.url);
      assert.ok(paths.length > 30, `${paths.length} routes`);
      let compared = 0;
      for (const email of ['admin@acme.example', 'recruiter@acme.example']) {
        const signIn = await apps.validating.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email, password: 'vouch-demo' },
        });
        const cookie = `vouch_session=${signIn.cookies.find((c) => c.name === 'vouch_session')!.value}`;
        const candidates = await apps.validating.inject({ url: '/api/candidates?limit=5', headers: { cookie } });
        const ids = (candidates.json() as { items: { id: string }[] }).items.map((c) => `/api/candidates/${c.id}`);
        for (const url of [...paths, ...ids]) {
          const [validating, compiled] = await Promise.all(
            [apps.validating, apps.compiled].map((app) => app.inject({ url, headers: { cookie } })),
          );
          assert.equal(compiled.statusCode, validating.statusCode, url);
          if (!validating.headers['content-type']?.toString().includes('json')) continue;
          // A problem answer names its own request.
          const body = (res: typeof compiled) => ({ ...res.json(), requestId: undefined });
          assert.deepEqual(body(compiled), body(validating), url);
          if (validating.statusCode === 200) compared++;
        }
      }
      assert.ok(compared > 40, `${compared} answers compared`);
    });
  });
});
