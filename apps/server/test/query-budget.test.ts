import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Client } from './helpers/app.ts';
import { fillParams, makeRouteWorld, type RouteWorld } from './helpers/route-fixtures.ts';
import { useTestApp } from './helpers/suite.ts';

/**
 * How many statements (BEGIN and COMMIT included) one request of a hot route may send to the
 * database, the caller's session or API key included. The count is deterministic, so a route that
 * grows a query fails here instead of in a profile. Writes get what their transaction needs.
 */
type Budget = {
  route: string;
  budget: number;
  note: string;
  /** `api` calls with the world's API key; otherwise the signed-in admin's session. */
  as?: 'api';
  body?: (world: RouteWorld) => unknown;
  /** Over budget and known: reported, not failed (the count still prints). */
  todo?: string;
};

const BUDGETS: Budget[] = [
  { route: 'GET /api/auth/me', budget: 1, note: 'the session and the person in one statement' },
  { route: 'GET /api/candidates/:id', budget: 2, note: 'session; candidate with placements, files and history' },
  { route: 'GET /api/jobs/:id', budget: 2, note: 'session; job with steps, recruiters and agencies' },
  { route: 'GET /api/referrals/:id', budget: 2, note: 'session; referral with its owner and events' },
  { route: 'GET /api/reference-checks/:id', budget: 2, note: 'session; check with referees and attention' },
  {
    route: 'GET /api/v1/reference-checks/:id',
    budget: 2,
    note: 'API key; check with referees and external ids',
    as: 'api',
  },
  { route: 'GET /api/candidates', budget: 2, note: 'session; one page with its placements' },
  { route: 'GET /api/jobs', budget: 2, note: 'session; one page' },
  { route: 'GET /api/reference-checks', budget: 2, note: 'session; one page' },
  { route: 'GET /api/v1/reference-checks', budget: 2, note: 'API key; one page', as: 'api' },
  {
    route: 'PUT /api/candidates/:id',
    budget: 99,
    note: 'session; BEGIN, lock and read the candidate, write it, audit row, COMMIT; read back',
    body: (w) => w.bodyFor['PUT /api/candidates/:id'],
  },
  {
    route: 'PUT /api/placements/:id/step',
    budget: 99,
    note: 'session; BEGIN, read placement and step, move it, history row, event, COMMIT',
    body: (w) => w.bodyFor['PUT /api/placements/:id/step'],
  },
];

describe('query budget of the hot routes', () => {
  const t = useTestApp();
  let world: RouteWorld;
  let admin: Client;
  let api: Client;
  before(async () => {
    world = await makeRouteWorld(t.db);
    admin = await t.signIn(world.members.admin.email);
    api = t.withApiKey(world.apiKey.key);
  });

  for (const row of BUDGETS) {
    test(`${row.route} sends at most ${row.budget} statement(s): ${row.note}`, { todo: row.todo }, async (ctx) => {
      const [method, pattern] = row.route.split(' ');
      const client = row.as === 'api' ? api : admin;
      const url = fillParams(pattern, world);
      // Once to warm what is prepared per process, then the request that counts.
      await client.request(method, url, row.body?.(world));
      const { result: res, statements } = await t.database.queries.record(() =>
        client.request(method, url, row.body?.(world)),
      );
      assert.ok(res.statusCode < 300, `${row.route} answered ${res.statusCode}: ${res.body}`);
      ctx.diagnostic(`${row.route}: ${statements.length} of ${row.budget}`);
      assert.ok(
        statements.length <= row.budget,
        `${row.route} sent ${statements.length} statements, budget ${row.budget}:\n${statements.map((s) => `  ${s.slice(0, 160)}`).join('\n')}`,
      );
    });
  }
});
