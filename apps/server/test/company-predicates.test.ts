import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { fillParams, makeRouteWorld, type RouteWorld } from './helpers/route-fixtures.ts';

/**
 * Growing past one PostgreSQL (a distributed one sharded on company_id, or replicas per company)
 * needs every statement on a company-owned table to name its company. This walks every route, as
 * the company and as an intruder, records each statement, and lists those on a company-owned table
 * without a company_id predicate. Each must be explained here: what it finds the company by, and why
 * it cannot know the company first.
 */
const EXPLAINED: { match: RegExp; why: string }[] = [
  {
    match: /^select .* from "sessions" .*where .*"sessions"\."token_hash" = \$\d/,
    why: 'resolving the caller: the session cookie is all a request brings, and the company is what it finds',
  },
  {
    match: /^update "sessions" set "(last_seen_at|revoked_at)" = \$1 where "sessions"\."id" = \$2$/,
    why: "the caller's own session, found by its token a moment before (touched, or ended at sign-out)",
  },
  {
    // Alone on the embedded database; on PostgreSQL inside the statement that counts the key's rate limit.
    match:
      /^(with found as \()?select .* from "api_keys" where "api_keys"\."key_hash" = \$1 and "api_keys"\."revoked_at" is null /,
    why: 'resolving an integration caller: the key is all it brings, and its company is what it finds',
  },
  {
    match: /^select "id" from "companies" limit \$1$/,
    why: 'an operator question (has this install any company yet?), asked by the first-run setup page',
  },
];

let t: TestApp;
let home: RouteWorld;
let other: RouteWorld;
let admin: Client;
let intruder: Client;
let companyOwned: Set<string>;

before(async () => {
  t = await startTestApp();
  home = await makeRouteWorld(t.db);
  other = await makeRouteWorld(t.db);
  admin = await t.signIn(home.members.admin.email);
  intruder = await t.signIn(other.members.admin.email);
  const { rows } = await t.db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.columns where table_schema = current_schema() and column_name = 'company_id'`,
  );
  companyOwned = new Set(['companies', ...rows.map((r: { name: string }) => r.name)]);
});
after(() => t.close());

/** The company-owned tables a statement reads or writes (Drizzle quotes every table name). */
const tablesOf = (statement: string) =>
  [...statement.matchAll(/(?:from|join|update|into)\s+"([a-z_]+)"/gi)]
    .map((m) => m[1])
    .filter((name) => companyOwned.has(name));

/**
 * A company predicate: company_id compared with a value (a join between two company_id columns
 * co-locates, but does not name the company), or an insert that sets company_id.
 */
const namesItsCompany = (statement: string) =>
  /company_id"?\s*(=|in\s*\(|=\s*any\s*\()\s*\$\d/i.test(statement) ||
  /insert into "[a-z_]+" \([^)]*"company_id"/i.test(statement) ||
  /"companies"\."id"\s*(=|in\s*\()\s*\$\d/i.test(statement);

const normalise = (statement: string) => statement.replace(/\s+/g, ' ').trim();

/** The statements on company-owned tables that name no company and are not explained, shortened. */
function unexplainedOf(statements: string[], explainedSeen = new Set<string>()) {
  const unexplained = new Set<string>();
  for (const statement of statements) {
    if (!tablesOf(statement).length || namesItsCompany(statement)) continue;
    const text = normalise(statement);
    const explanation = EXPLAINED.find((e) => e.match.test(text));
    if (explanation) explainedSeen.add(explanation.why);
    else unexplained.add(text.slice(0, 300));
  }
  return [...unexplained];
}

test('every statement on a company-owned table names its company, or is explained', async (context) => {
  const apiClient = t.withApiKey(home.apiKey.key);
  const { statements } = await t.database.queries.record(async () => {
    for (const route of t.app.routeTable) {
      const isApi = route.access === 'api:read' || route.access === 'api:write';
      const url = route.url.includes(':') && !home.idFor[route.url] ? route.url : fillParams(route.url, home);
      if (route.method === 'GET') await (isApi ? apiClient : admin).get(url);
      const body = other.bodyFor[`${route.method} ${route.url}`] ?? {};
      if (!isApi) await intruder.request(route.method, url, route.method === 'GET' ? undefined : body);
    }
  });
  assert.ok(statements.length > 500, `expected the routes' statements, got ${statements.length}`);

  const explainedSeen = new Set<string>();
  assert.deepEqual(unexplainedOf(statements, explainedSeen), []);
  // The recorder saw the callers being resolved, so it sees what a route runs.
  assert.ok(explainedSeen.has(EXPLAINED[0].why) && explainedSeen.has(EXPLAINED[2].why));
  for (const why of explainedSeen) context.diagnostic(`explained: ${why}`);
});

/**
 * The company's own writes: each write route once, as the company's admin, with a body it accepts
 * (editing a job's process, moving a placement, changing a member, a referral's status …), so the
 * statements after a row was found by id are walked too, not only the refusals an intruder meets.
 * Signing out and leaving come last: they end the session the walk runs on.
 */
test('the company’s own writes name their company in every statement after finding a row', async () => {
  const endsSession = (url: string) => /\/(sign-out|leave)\b/.test(url);
  const writes = t.app.routeTable
    .filter((route) => route.method !== 'GET' && !['public', 'api:read', 'api:write'].includes(String(route.access)))
    .sort((a, b) => Number(endsSession(a.url)) - Number(endsSession(b.url)));
  let accepted = 0;
  const serverErrors: string[] = [];
  const { statements } = await t.database.queries.record(async () => {
    for (const route of writes) {
      const url = route.url.includes(':') && !home.idFor[route.url] ? route.url : fillParams(route.url, home);
      const res = await admin.request(route.method, url, home.bodyFor[`${route.method} ${route.url}`] ?? {});
      if (res.statusCode < 300) accepted++;
      if (res.statusCode >= 500) serverErrors.push(`${route.method} ${route.url}: ${res.statusCode}`);
    }
  });
  assert.deepEqual(serverErrors, []);
  assert.ok(accepted > 40, `expected most writes to be accepted, ${accepted} were`);
  assert.deepEqual(unexplainedOf(statements), []);
});
