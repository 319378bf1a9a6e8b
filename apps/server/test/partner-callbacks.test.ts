import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { webhookDeliveries } from '../src/modules/integrations/integrations.tables.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { ensureDefaultQuestionnaires } from '../src/modules/references/index.ts';
import { referenceChecks } from '../src/modules/references/references.tables.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/db.ts';
import { openTestDatabase } from './helpers/database.ts';
import { makeCompany, makeMember, TEST_PASSWORD } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { makeReferee } from './helpers/reference-factories.ts';

/** Greenhouse's side: answers each PATCH with the next status in `answers` (then 200). */
async function startGreenhouse(answers: number[]) {
  const inbox: { method: string; url: string; at: number }[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      inbox.push({ method: req.method ?? '', url: req.url ?? '', at: Date.now() });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    inbox,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('Greenhouse completion callbacks are durable', () => {
  let database: Database;
  let greenhouse: Awaited<ReturnType<typeof startGreenhouse>>;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    WORKER: 'off',
    PUBLIC_URL: 'https://vouch.test',
    WEBHOOK_ALLOW_PRIVATE: 'on',
  });
  before(async () => {
    database = await openTestDatabase();
    greenhouse = await startGreenhouse([503]);
  });
  after(async () => {
    await greenhouse.close();
    await database.close();
  });

  test('a callback that failed before a restart is retried on schedule by a fresh app instance and delivered', async () => {
    const db = database.db;
    // The first app instance: Greenhouse sends a test, the recruiter closes the check with one answer.
    const first = await buildApp({ config, database, logger: false });
    await first.ready();
    const company = await makeCompany(db, { webhooksAllowPrivateNetworks: true });
    const recruiter = await makeMember(db, company.id, 'recruiter');
    await ensureDefaultQuestionnaires(db, company.id);
    const { key } = await makeApiKey(db, company.id, ['read', 'write'], { createdById: recruiter.membership.id });
    const auth = { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` };
    const tests = await first.inject({ method: 'GET', url: '/api/partners/greenhouse/list_tests', headers: auth });
    const callback = `${greenhouse.base}/take_home_tests/777`;
    const sent = await first.inject({
      method: 'POST',
      url: '/api/partners/greenhouse/send_test',
      headers: auth,
      payload: {
        partner_test_id: tests.json()[0].partner_test_id,
        candidate: { first_name: 'Harry', last_name: 'Potter', email: 'harry@hogwarts.example' },
        url: callback,
      },
    });
    assert.equal(sent.statusCode, 200, sent.body);
    const checkId = sent.json().partner_interview_id as string;
    const [check] = await db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
    await makeReferee(db, check, { status: 'answered', answeredAt: new Date(), answers: {} });
    const signIn = await first.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: recruiter.email, password: TEST_PASSWORD },
    });
    const cookie = signIn.cookies.find((c) => c.name === 'vouch_session')!;
    const closed = await first.inject({
      method: 'POST',
      url: `/api/reference-checks/${checkId}/close`,
      headers: { cookie: `vouch_session=${cookie.value}`, 'x-csrf-token': signIn.json().csrfToken },
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, 'completed');

    // The callback is on the delivery queue, written with the completion.
    const callbackRow = async () =>
      (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.checkId, checkId)))[0];
    const queued = await callbackRow();
    assert.equal(queued.kind, 'partner_callback');
    assert.equal(queued.targetUrl, callback);
    assert.equal(queued.status, 'pending');

    // Its worker tries the callback: Greenhouse answers 503; the failure and the next try are on the row.
    const failedAt = new Date();
    const firstRun = await runDueWebhooks({ db, config, now: failedAt });
    assert.equal(firstRun.failed, 1, JSON.stringify(firstRun));
    assert.equal(greenhouse.inbox.length, 1);
    const failed = await callbackRow();
    assert.equal(failed.status, 'failed');
    assert.equal(failed.attempts, 1);
    assert.equal(failed.lastStatusCode, 503);
    const wait = failed.nextAttemptAt.getTime() - failedAt.getTime();
    assert.ok(wait >= 24_000 && wait <= 36_000, `the app's schedule: about 30 s, not ${wait} ms`);

    // The process goes away (its memory with it); a fresh app instance starts on the same database.
    await first.close();
    const second = await buildApp({ config, database, logger: false });
    await second.ready();
    try {
      // Not again before its retry is due …
      await runDueWebhooks({ db, config, now: new Date(failedAt.getTime() + 10_000) });
      assert.equal(greenhouse.inbox.length, 1, 'the retry waits for its schedule, restart or not');
      // … and delivered once it is.
      const later = await runDueWebhooks({ db, config, now: failed.nextAttemptAt });
      assert.equal(later.delivered, 1);
      assert.equal(greenhouse.inbox.length, 2);
      const delivered = await callbackRow();
      assert.equal(delivered.status, 'delivered');
      assert.equal(delivered.attempts, 2);
      assert.deepEqual(
        greenhouse.inbox.map((r) => [r.method, r.url]),
        [
          ['PATCH', '/take_home_tests/777'],
          ['PATCH', '/take_home_tests/777'],
        ],
      );
      const [done] = await db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
      assert.ok(done.partnerCallbackSentAt, 'marked sent');
    } finally {
      await second.close();
    }
  });
});
