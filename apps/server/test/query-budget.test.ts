import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sessions } from '../src/modules/tenancy/tenancy.tables.ts';
import type { Client } from './helpers/app.ts';
import { unique } from './helpers/factories.ts';
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
  /**
   * `api` calls with the world's API key; otherwise the signed-in admin's session. The key's rate
   * limit is counted in the key's lookup (PostgreSQL) or in memory (the embedded database), so the
   * budget is the same on both.
   */
  as?: 'api';
  body?: (world: RouteWorld) => unknown;
  /** Over budget and known: reported, not failed (the count still prints). */
  todo?: string;
};

const BUDGETS: Budget[] = [
  { route: 'GET /api/auth/me', budget: 1, note: 'the session and the person in one statement' },
  {
    route: 'GET /api/candidates/:id',
    budget: 2,
    note: 'session; candidate with work history, education and placements',
  },
  { route: 'GET /api/jobs/:id', budget: 2, note: 'session; job with steps, recruiters and hiring manager' },
  { route: 'GET /api/referrals/:id', budget: 2, note: 'session; referral with its referrer and timeline' },
  { route: 'GET /api/reference-checks/:id', budget: 2, note: 'session; check with referees and attention' },
  {
    route: 'GET /api/v1/reference-checks/:id',
    budget: 2,
    note: 'API key; check with referees and external ids',
    as: 'api',
  },
  {
    route: 'GET /api/candidates',
    budget: 2,
    note: 'session; one page with its placements, reference checks and stalled reference steps',
  },
  { route: 'GET /api/jobs', budget: 2, note: 'session; one page' },
  {
    route: 'GET /api/referrals',
    budget: 4,
    note: "session; the caller's own departments (the default view); one page and the tab counts, side by side",
  },
  { route: 'GET /api/reference-checks', budget: 2, note: 'session; one page' },
  { route: 'GET /api/v1/reference-checks', budget: 2, note: 'API key; one page', as: 'api' },
  {
    route: 'POST /api/v1/reference-checks',
    budget: 9,
    note:
      'API key; BEGIN, questionnaire state for the key with its versions and the link days (read once, for the key ' +
      'and the start), insert the candidate (tried first; new in this transaction: no lock, no running check to ' +
      "read), insert the check with its language versions pinned and the candidate's link token (it returns what " +
      "the candidate's message needs), webhook endpoints, the email with its work item (one statement), COMMIT; the answer",
    as: 'api',
    body: (w) => w.bodyFor['POST /api/v1/reference-checks'],
  },
  {
    route: 'POST /api/v1/reference-checks',
    budget: 10,
    note:
      'the same with an external_id (held unique by an index, not looked for first) and a job the company has: ' +
      'one more, to find the job (not looked up again by the start)',
    as: 'api',
    body: (w) => ({
      ...(w.bodyFor['POST /api/v1/reference-checks'] as object),
      external_id: unique('app-'),
      candidate: { first_name: 'Job', last_name: 'Seeker', email: `${unique('api-job')}@mail.example` },
      job: { title: w.job.title, external_id: null },
    }),
  },
  {
    route: 'POST /api/v1/reference-checks/:id/referees',
    budget: 27,
    note:
      'API key; BEGIN, the check (locked), the referee rules’ facts and the referees named so far, insert the three; ' +
      'the check’s context and the questionnaire, once for all three (was once each); for each referee its link ' +
      'token, the email with its work item and one update marking it invited (3 × 3; was 7 each); each one’s ' +
      'webhook event, one question when no endpoint wants it (3); the fraud rules (3); the check’s status (2); ' +
      'COMMIT; the answer',
    as: 'api',
    body: () => ({
      referees: ['One', 'Two', 'Three'].map((name) => ({
        name: `${name} Referee`,
        email: `${unique('named')}@work.example`,
        relationship: 'colleague',
      })),
      referee_consent: { method: 'in_writing' },
    }),
  },
  {
    route: 'PUT /api/candidates/:id',
    budget: 7,
    note: 'session; BEGIN, read the candidate, update it, replace its work history, COMMIT; the answer',
    body: (w) => w.bodyFor['PUT /api/candidates/:id'],
  },
  {
    route: 'PUT /api/placements/:id/step',
    budget: 10,
    note: 'session; BEGIN, placement, step, move, history row, touch the candidate, clear a stalled check step, the answer, COMMIT',
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
    // The key was never used: its first request marks it used (at most once a minute, as sessions
    // every five), which is not what every request costs.
    assert.equal((await api.get('/api/v1/reference-checks')).statusCode, 200);
  });

  test('the session is marked seen by one statement at most every five minutes, not on every request', async () => {
    await t.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 6 * 60_000) });
    const stale = await t.database.queries.record(() => admin.get('/api/auth/me'));
    assert.equal(stale.statements.length, 2, stale.statements.join('\n'));
    assert.match(stale.statements[1], /update "sessions"[\s\S]*update "memberships"/);
    const fresh = await t.database.queries.record(() => admin.get('/api/auth/me'));
    assert.equal(fresh.statements.length, 1, fresh.statements.join('\n'));
  });

  for (const row of BUDGETS) {
    test(`${row.route} sends at most ${row.budget} statement(s): ${row.note}`, { todo: row.todo }, async (ctx) => {
      const [method, pattern] = row.route.split(' ');
      const { budget } = row;
      const client = row.as === 'api' ? api : admin;
      const url = fillParams(pattern, world);
      // Counted the first time: a named statement is parsed in the same round trip as its first run.
      const { result: res, statements } = await t.database.queries.record(() =>
        client.request(method, url, row.body?.(world)),
      );
      assert.ok(res.statusCode < 300, `${row.route} answered ${res.statusCode}: ${res.body}`);
      ctx.diagnostic(`${row.route}: ${statements.length} of ${budget}`);
      assert.ok(
        statements.length <= budget,
        `${row.route} sent ${statements.length} statements, budget ${budget}:\n${statements.map((s) => `  ${s.slice(0, 160)}`).join('\n')}`,
      );
    });
  }
});
