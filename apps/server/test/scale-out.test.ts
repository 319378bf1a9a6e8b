import assert from 'node:assert/strict';
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import { webhookEndpoints } from '../src/modules/integrations/integrations.tables.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { SIGN_IN_FAILURES_PER_ADDRESS } from '../src/modules/tenancy/sign-in-limits.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { usingPostgres, withDatabase } from './helpers/database.ts';
import { makeCandidate, makeCompany, makeMember, TEST_PASSWORD } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { type MailCatcher, startMailCatcher } from './helpers/mail.ts';
import { makeQuestionnaire, makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.ts';

const appEntry = new URL('./helpers/app-server-child.ts', import.meta.url);
const workerEntry = new URL('./helpers/worker-child.ts', import.meta.url);
const HOUR = 3_600_000;

/**
 * Vouch scaled out as production runs it: two stateless app processes behind a (here: alternating)
 * load balancer and two workers, all on one PostgreSQL database and nothing else shared. What one
 * process did, the other sees (sessions, rate limits, idempotency keys), and the workers, running every
 * background loop side by side with their pauses shortened, send each email, webhook and reminder once.
 * Needs PostgreSQL (TEST_DATABASE_URL): the embedded database is one process by design.
 */
describe('two app processes and two workers on one PostgreSQL database', {
  skip: usingPostgres() ? false : 'needs TEST_DATABASE_URL (PostgreSQL): the embedded database allows one process only',
}, () => {
  let t: TestApp;
  let mail: MailCatcher;
  let receiver: WebhookReceiver;
  const children: ChildProcess[] = [];
  const servers: string[] = [];
  before(async () => {
    mail = await startMailCatcher();
    receiver = await startWebhookReceiver();
    t = await startTestApp();
    const [{ name }] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
    const databaseUrl = withDatabase(process.env.TEST_DATABASE_URL!, name);
    // Every process seals and opens the queued messages' links with one key, as production requires.
    const shared = { ...process.env, VOUCH_SECRET_KEY: randomBytes(32).toString('base64'), PG_POOL_SIZE: '3' };
    const start = async (entry: URL, env: NodeJS.ProcessEnv) => {
      const child = fork(entry, { execArgv: ['--import', 'tsx'], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      const [message] = await once(child, 'message');
      return message as { port: number } | 'ready';
    };
    const started = await Promise.all([
      ...[0, 1].map(() =>
        start(appEntry, { ...shared, APP_CHILD_DATABASE_URL: databaseUrl, PUBLIC_URL: 'https://vouch.test' }),
      ),
      ...[0, 1].map(() =>
        start(workerEntry, {
          ...shared,
          DATABASE_URL: databaseUrl,
          SMTP_URL: mail.url,
          WEBHOOK_ALLOW_PRIVATE: 'on',
          PUBLIC_URL: 'https://vouch.test',
        }),
      ),
    ]);
    for (const message of started.slice(0, 2)) servers.push(`http://127.0.0.1:${(message as { port: number }).port}`);
  });
  after(async () => {
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await t?.close();
    await receiver?.close();
    await mail?.close();
  });

  const mailTo = (address: string) => mail.inbox.filter((m) => m.to.includes(address.toLowerCase()));
  /** Waits until `done()` holds, then a while longer, so a second send by the other worker would show. */
  async function settled(done: () => boolean, what: string) {
    const deadline = Date.now() + 20_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
    await sleep(1_500);
  }

  test('a session made on one process is used, and ended, on the other', async () => {
    const company = await makeCompany(t.db);
    const member = await makeMember(t.db, company.id, 'recruiter');
    const signIn = await fetch(`${servers[0]}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: member.email, password: TEST_PASSWORD }),
    });
    assert.equal(signIn.status, 200);
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };

    const me = await fetch(`${servers[1]}/api/auth/me`, { headers: { cookie } });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { email: string }).email, member.email);
    // A write on the other process: the CSRF token issued by the first one is the session's.
    const signOut = await fetch(`${servers[1]}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    assert.equal(signOut.status, 200);
    assert.equal((await fetch(`${servers[0]}/api/auth/me`, { headers: { cookie } })).status, 401);
  });

  test('checks started through both processes: each email and webhook is sent once, a repeated key starts nothing', async () => {
    const company = await makeCompany(t.db);
    await t.db.update(companies).set({ webhooksAllowPrivateNetworks: true }).where(eq(companies.id, company.id));
    await t.db.insert(webhookEndpoints).values({
      companyId: company.id,
      url: receiver.url,
      eventTypes: ['reference_check.created'],
      secret: `whsec_${randomBytes(32).toString('base64')}`,
    });
    const { key } = await makeApiKey(t.db, company.id);
    const questionnaire = await makeQuestionnaire(t.db, company.id, { language: 'en', name: 'General' });
    const start = (server: string, i: number) =>
      fetch(`${server}/api/v1/reference-checks`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': `start-${i}`,
        },
        body: JSON.stringify({
          external_id: `app-${i}`,
          candidate: {
            first_name: 'Sara',
            last_name: `Lind ${i}`,
            email: `candidate-${i}@mail.example`,
            language: 'en',
          },
          job: { title: 'Backend Developer', external_id: 'job-1' },
          template_id: questionnaire.template.id,
          referees_wanted: 2,
          candidate_channel: 'email',
          referee_channel: 'email',
        }),
      });
    const STARTS = 6;
    // Each start sent to both processes at once with one Idempotency-Key: the second waits for the first.
    for (let i = 0; i < STARTS; i++) {
      const answers = await Promise.all([start(servers[i % 2], i), start(servers[(i + 1) % 2], i)]);
      const bodies = await Promise.all(answers.map((res) => res.text()));
      assert.deepEqual(
        answers.map((res) => res.status),
        [201, 201],
        bodies.join('\n'),
      );
      assert.equal(bodies[0], bodies[1], 'the repeat replays the first answer');
    }
    const checks = await t.db.select().from(referenceChecks).where(eq(referenceChecks.companyId, company.id));
    assert.equal(checks.length, STARTS);

    const candidates = Array.from({ length: STARTS }, (_, i) => `candidate-${i}@mail.example`);
    await settled(
      () => candidates.every((address) => mailTo(address).length > 0) && receiver.received.length >= STARTS,
      'the emails and webhooks',
    );
    assert.deepEqual(
      candidates.map((address) => mailTo(address).length),
      Array(STARTS).fill(1),
      'one email to each candidate',
    );
    const webhookIds = receiver.received.map((r) => r.headers['webhook-id']);
    assert.equal(webhookIds.length, STARTS, 'one webhook per check');
    assert.equal(new Set(webhookIds).size, STARTS);
  });

  test('a reminder that falls due is sent once though both workers run the reminders', async () => {
    const company = await makeCompany(t.db, { timeZone: daytimeZone() });
    const candidate = await makeCandidate(t.db, company.id);
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      status: 'in_progress',
      candidateChannel: 'email',
    });
    // Invited 25 hours ago: the first reminder (after 24 hours) is due.
    const referee = await makeReferee(t.db, check, { invitedAt: new Date(Date.now() - 25 * HOUR), status: 'invited' });
    await settled(() => mailTo(referee.email!).length > 0, 'the reminder');
    assert.equal(mailTo(referee.email!).length, 1);
    const [row] = await t.db.select().from(referees).where(eq(referees.id, referee.id));
    assert.equal(row.remindersSent, 1);
  });

  test('a password spray alternating between the processes meets one shared limit', async () => {
    const company = await makeCompany(t.db);
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ADDRESS.max + 2; i++) {
      const member = await makeMember(t.db, company.id, 'employee');
      const res = await fetch(`${servers[i % 2]}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: member.email, password: 'Winter2025-guess' }),
      });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [...Array(SIGN_IN_FAILURES_PER_ADDRESS.max).fill(401), 429, 429]);
  });
});

/** A time zone where it is mid-day now, so the reminder's daytime rule lets it go at once. */
function daytimeZone() {
  const zones = ['UTC', 'Europe/Stockholm', 'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Auckland', 'America/New_York'];
  const hourIn = (timeZone: string) =>
    Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(new Date()));
  const zone = [...zones, 'America/Los_Angeles', 'Pacific/Honolulu'].find((z) => hourIn(z) >= 11 && hourIn(z) <= 15);
  if (!zone) throw new Error('no listed time zone is at mid-day');
  return zone;
}
