import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { type AppProcesses, startAppProcesses } from './helpers/app-processes.ts';
import { usingPostgres } from './helpers/database.ts';
import { makeCompany, makeMember, TEST_PASSWORD } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';

/**
 * Two app processes on one PostgreSQL database. Each has just answered a member (or an API key), so
 * anything it kept about them would be warm; then one of them ends that access. The very next request
 * to either process must be refused (or see the new role): nothing a process keeps outlives a
 * revocation. Needs PostgreSQL (TEST_DATABASE_URL): the embedded database allows one process only.
 */
describe('revocation is immediate in every app process', {
  skip: usingPostgres() ? false : 'needs TEST_DATABASE_URL (PostgreSQL): the embedded database allows one process only',
}, () => {
  let t: TestApp;
  let processes: AppProcesses;
  let servers: string[];
  before(async () => {
    t = await startTestApp();
    processes = await startAppProcesses(t, 2);
    servers = processes.servers;
  });
  after(async () => {
    await processes?.close();
    await t?.close();
  });

  type Session = { cookie: string; csrfToken: string };
  async function signIn(server: string, email: string): Promise<Session> {
    const res = await fetch(`${server}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('vouch_session='))!
      .split(';')[0];
    return { cookie, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
  }
  const me = (server: string, session: Session) =>
    fetch(`${server}/api/auth/me`, { headers: { cookie: session.cookie } });
  const write = (server: string, session: Session, method: string, path: string, body: object = {}) =>
    fetch(`${server}${path}`, {
      method,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const roleIn = async (res: Response) => ((await res.json()) as { role: string }).role;
  const statuses = (responses: Response[]) => responses.map((r) => r.status);
  const onBoth = (ask: (server: string) => Promise<Response>) => Promise.all(servers.map(ask));

  async function world() {
    const company = await makeCompany(t.db);
    const admin = await makeMember(t.db, company.id, 'admin');
    const employee = await makeMember(t.db, company.id, 'employee');
    return { company, admin: await signIn(servers[0], admin.email), employee, employeeEmail: employee.email };
  }

  test('a deactivated member’s next request is refused by both processes', async () => {
    const w = await world();
    const session = await signIn(servers[1], w.employeeEmail);
    assert.deepEqual(statuses(await onBoth((s) => me(s, session))), [200, 200]);

    const res = await write(servers[0], w.admin, 'POST', `/api/members/${w.employee.membership.id}/deactivate`);
    assert.equal(res.status, 200, await res.text());

    assert.deepEqual(statuses(await onBoth((s) => me(s, session))), [401, 401]);
  });

  test('a role change shows in both processes at once', async () => {
    const w = await world();
    const session = await signIn(servers[1], w.employeeEmail);
    for (const res of await onBoth((s) => me(s, session))) assert.equal(await roleIn(res), 'employee');

    const res = await write(servers[0], w.admin, 'PUT', `/api/members/${w.employee.membership.id}/role`, {
      role: 'recruiter',
    });
    assert.equal(res.status, 200, await res.text());

    for (const res of await onBoth((s) => me(s, session))) assert.equal(await roleIn(res), 'recruiter');
  });

  test('signing out in one process ends the session in the other', async () => {
    const w = await world();
    const session = await signIn(servers[0], w.employeeEmail);
    assert.deepEqual(statuses(await onBoth((s) => me(s, session))), [200, 200]);

    assert.equal((await write(servers[0], session, 'POST', '/api/auth/sign-out')).status, 200);

    assert.deepEqual(statuses(await onBoth((s) => me(s, session))), [401, 401]);
  });

  test('a revoked API key is refused by both processes', async () => {
    const w = await world();
    const { key, row } = await makeApiKey(t.db, w.company.id);
    const list = (server: string) =>
      fetch(`${server}/api/v1/reference-checks`, { headers: { authorization: `Bearer ${key}` } });
    assert.deepEqual(statuses(await onBoth(list)), [200, 200]);

    const res = await write(servers[1], w.admin, 'POST', `/api/company/api-keys/${row.id}/revoke`);
    assert.equal(res.status, 200, await res.text());

    assert.deepEqual(statuses(await onBoth(list)), [401, 401]);
  });
});
