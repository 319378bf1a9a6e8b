import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TV1ReferenceCheck } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { createCompiledSerializerCompiler } from '../src/platform/http/serializer.ts';
import { openTestDatabase } from './helpers/database.ts';
import { makeApiKey } from './helpers/integration-factories.ts';

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

    /**
     * `/api/v1` answers a check with JSON text PostgreSQL wrote (passed through as it is in production,
     * parsed and encoded by zod in the validating app), so comparing the two holds that text to its
     * schema: a field the schema does not name, a missing one or a wrong type reads differently.
     */
    test('the integration API’s check documents, written by PostgreSQL, read the same through both', async () => {
      const [company] = rowsOf<{ id: string }>(
        await database.db.execute(sql`select m.company_id as id from memberships m join users u on u.id = m.user_id
          where u.email = 'admin@acme.example'`),
      );
      const { key } = await makeApiKey(database.db, company.id);
      const headers = { authorization: `Bearer ${key}` };
      const read = async (url: string) => {
        const [validating, compiled] = await Promise.all(
          [apps.validating, apps.compiled].map((app) => app.inject({ url, headers })),
        );
        assert.equal(validating.statusCode, 200, url);
        assert.equal(compiled.statusCode, 200, url);
        assert.match(String(compiled.headers['content-type']), /^application\/json/);
        assert.deepEqual(compiled.json(), validating.json(), url);
        return compiled.json() as { data: TV1ReferenceCheck[]; next_cursor: string | null } & TV1ReferenceCheck;
      };
      const checks: TV1ReferenceCheck[] = [];
      let cursor: string | null = null;
      do {
        const page = await read(`/api/v1/reference-checks?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        checks.push(...page.data);
        cursor = page.next_cursor;
      } while (cursor);
      for (const check of checks) assert.deepEqual(await read(`/api/v1/reference-checks/${check.id}`), check);
      // The demo's checks cover what the document spells out by case.
      assert.ok(new Set(checks.map((c) => c.status)).size >= 3, 'checks in several statuses');
      assert.ok(checks.some((c) => c.report_url) && checks.some((c) => !c.report_url));
      assert.ok(checks.some((c) => c.referees.some((r) => r.answered_at)));
      assert.ok(checks.some((c) => c.job) && checks.some((c) => c.referees_answered > 0));
    });
  });
});
