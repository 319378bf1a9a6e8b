import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { openTestDatabase } from '../../test/helpers/database.ts';
import { makeCompany, makeMember, TEST_PASSWORD } from '../../test/helpers/factories.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from './config.ts';
import type { Database } from './db/db.ts';

let database: Database;
const lines: string[] = [];

before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

test('log lines carry a request id and never a password, session token or CSRF token', async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'trace', SEED_DEMO: 'never' });
  const app = await buildApp({ config, database, logger: { stream } });
  const company = await makeCompany(database.db);
  const { email } = await makeMember(database.db, company.id, 'admin');

  const signIn = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: TEST_PASSWORD },
  });
  assert.equal(signIn.statusCode, 200);
  const token = signIn.cookies.find((c) => c.name === 'vouch_session')!.value;
  const csrf = signIn.json().csrfToken as string;
  await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `vouch_session=${token}` } });
  await app.inject({
    method: 'POST',
    url: '/api/auth/reset-password',
    payload: { token: 'secret-link-token-123', password: 'a-new-password-1' },
  });
  await app.inject({ method: 'GET', url: `/api/auth/invites/secret-invite-token-456?x=1` });
  await app.close();

  const log = lines.join('\n');
  assert.ok(lines.length > 4, 'the requests were logged');
  assert.ok(
    lines.every((l) => JSON.parse(l).reqId || !JSON.parse(l).req),
    'each request line has its id',
  );
  for (const secret of [
    TEST_PASSWORD,
    token,
    csrf,
    'a-new-password-1',
    'secret-link-token-123',
    'secret-invite-token-456',
  ]) {
    assert.ok(!log.includes(secret), `the log contains a secret: ${secret.slice(0, 6)}…`);
  }
});
