import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { TMessage } from '@vouch/contracts';
import { eq, sql } from 'drizzle-orm';
import { type Client, startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { makeCompany, makeMember } from '../../../test/helpers/factories.ts';
import { setWorkItem } from '../../../test/helpers/work.ts';
import { migrationsFolder } from '../../platform/db/db.ts';
import { installSecretKey, serverSecretKey } from '../../platform/secret-key.ts';
import { enqueueEmail, enqueueSms } from './enqueue.ts';
import { dropExpiredSealedContent, SEALED_RETENTION_MS } from './messages.repo.ts';
import { messages } from './messaging.tables.ts';
import { hideSecrets, storedContent } from './sealed-content.ts';
import type { OutgoingEmail, OutgoingSms, Transports } from './transports/index.ts';
import { smsHttpTransport } from './transports/sms-http.ts';
import { runDueMessages } from './worker.ts';

/** A 256-bit link token, as the app issues them. */
const freshLink = () => `https://vouch.test/reset-password?token=${randomBytes(32).toString('base64url')}`;

/** Transports that keep what they were handed, and fail while `failing` says so. */
function recordingTransports() {
  const sent: (OutgoingEmail | OutgoingSms)[] = [];
  const state = { failing: false };
  const send = async (message: OutgoingEmail | OutgoingSms) => {
    if (state.failing) throw new Error('Connection refused');
    sent.push(message);
    return { providerId: null };
  };
  const transports: Transports = { email: { name: 'smtp', send }, sms: { name: 'sms_http', send } };
  return { transports, sent, state };
}

describe('sealed message content', () => {
  let t: TestApp;
  let admin: Client;
  let companyId: string;

  before(async () => {
    t = await startTestApp();
    companyId = (await makeCompany(t.db)).id;
    admin = await t.signIn((await makeMember(t.db, companyId, 'admin')).email);
  });
  after(() => t.close());

  const row = async (id: string) => (await t.db.select().from(messages).where(eq(messages.id, id)))[0];
  const reset = (url: string, to = 'person@example.com') =>
    enqueueEmail(t.db, {
      companyId,
      to,
      language: 'en',
      template: 'password_reset',
      data: { name: 'Person', url, expiresInMinutes: 60 },
    });
  const kill = (id: string) =>
    t.db.update(messages).set({ status: 'dead', lastError: 'SMTP down' }).where(eq(messages.id, id));

  test('a dead message keeps its sealed link for an admin’s retry, which sends the real link', async () => {
    const link = freshLink();
    const { id } = await reset(link);
    await kill(id);
    const retried = await admin.post(`/api/messages/${id}/retry`);
    assert.equal(retried.statusCode, 200, retried.body);
    const { transports, sent } = recordingTransports();
    await runDueMessages({ db: t.db, transports });
    assert.equal(sent.length, 1);
    assert.ok((sent[0] as OutgoingEmail).text.includes(link), 'the recipient gets the real link');
    assert.ok((sent[0] as OutgoingEmail).html?.includes(link.replace('&', '&amp;')));
    const stored = await row(id);
    assert.equal(stored.status, 'sent');
    assert.equal(stored.sealedContent, null, 'delivered: the sealed copy is gone');
  });

  test('past its retention a dead message’s sealed link is dropped, and a retry says it is gone', async () => {
    const { id } = await reset(freshLink());
    await kill(id);
    const young = await reset(freshLink());
    await kill(young.id);
    await t.db
      .update(messages)
      .set({ createdAt: new Date(Date.now() - SEALED_RETENTION_MS - 60_000) })
      .where(eq(messages.id, id));
    assert.ok((await dropExpiredSealedContent(t.db, new Date())) >= 1);
    assert.equal((await row(id)).sealedContent, null);
    assert.ok((await row(young.id)).sealedContent, 'a younger dead message keeps it');
    const retried = await admin.post(`/api/messages/${id}/retry`);
    assert.equal(retried.statusCode, 410, retried.body);
    assert.match(retried.json().detail, /links are no longer kept/);
    assert.equal((await row(id)).status, 'dead');
  });

  test('a failed attempt keeps the sealed link for the next one; a bounce drops it', async () => {
    const { transports, state } = recordingTransports();
    state.failing = true;
    const { id } = await reset(freshLink(), 'flaky@example.com');
    await runDueMessages({ db: t.db, transports });
    const failed = await row(id);
    assert.equal(failed.status, 'failed');
    assert.ok(failed.sealedContent);

    const bouncing: Transports = {
      ...transports,
      email: {
        name: 'smtp',
        send: async () => {
          throw Object.assign(new Error('No such user'), { responseCode: 550, command: 'RCPT TO' });
        },
      },
    };
    await t.db.update(messages).set({ nextAttemptAt: new Date() }).where(eq(messages.id, id));
    await setWorkItem(t.db, id, { runAfter: new Date() });
    await runDueMessages({ db: t.db, transports: bouncing });
    const bounced = await row(id);
    assert.equal(bounced.status, 'bounced');
    assert.equal(bounced.sealedContent, null);
  });

  test('sealed content moved to another row, or a changed recipient, is never sent', async () => {
    const victim = await reset(freshLink(), 'victim@example.com');
    const attacker = await reset(freshLink(), 'attacker@example.com');
    await t.db
      .update(messages)
      .set({ sealedContent: (await row(victim.id)).sealedContent })
      .where(eq(messages.id, attacker.id));
    const redirected = await reset(freshLink(), 'owner@example.com');
    await t.db.update(messages).set({ recipient: 'attacker@example.com' }).where(eq(messages.id, redirected.id));
    const { transports, sent } = recordingTransports();
    await runDueMessages({ db: t.db, transports, batchSize: 50 });
    assert.ok(!sent.some((m) => m.to === 'attacker@example.com'), 'nothing went to the attacker');
    for (const id of [attacker.id, redirected.id]) {
      const stored = await row(id);
      assert.equal(stored.status, 'dead');
      assert.match(stored.lastError ?? '', /could not be opened/);
    }
    assert.ok(
      sent.some((m) => m.to === 'victim@example.com'),
      'the untouched message still goes out',
    );
  });

  test('after the key changed, messages die saying so; with the key back, a retry sends them', async () => {
    const link = freshLink();
    const { id } = await reset(link, 'rotated@example.com');
    const original = serverSecretKey();
    installSecretKey(randomBytes(32));
    try {
      const { transports, sent } = recordingTransports();
      await runDueMessages({ db: t.db, transports });
      assert.equal(sent.length, 0);
      const stored = await row(id);
      assert.equal(stored.status, 'dead');
      assert.match(stored.lastError ?? '', /VOUCH_SECRET_KEY/);
    } finally {
      installSecretKey(original);
    }
    assert.equal((await admin.post(`/api/messages/${id}/retry`)).statusCode, 200);
    const { transports, sent } = recordingTransports();
    await runDueMessages({ db: t.db, transports });
    assert.ok((sent[0] as OutgoingEmail).text.includes(link));
  });

  test('an SMS provider that quotes the message back in its error does not put the link in lastError', async () => {
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        const text = new URLSearchParams(body).get('message') ?? '';
        res.writeHead(400).end(`Invalid sender for message "${text}" (${encodeURIComponent(text)})`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `https://vouch.test/c/${randomBytes(32).toString('base64url')}`;
      const { id } = await enqueueSms(t.db, {
        companyId,
        to: '+46701234567',
        language: 'en',
        template: 'reference_candidate_request',
        data: {
          firstName: 'Sara',
          senderName: 'Acme',
          jobTitle: null,
          refereesWanted: 2,
          url,
          privacyUrl: `${url}/privacy`,
          expiresOn: '1 May',
        },
      });
      const provider = smsHttpTransport({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
        username: null,
        password: null,
        from: 'Vouch',
      });
      const { transports } = recordingTransports();
      await runDueMessages({ db: t.db, transports: { ...transports, sms: provider } });
      const stored = await row(id);
      assert.equal(stored.status, 'failed');
      assert.match(stored.lastError ?? '', /HTTP 400: Invalid sender/);
      const token = url.split('/c/')[1];
      assert.ok(!JSON.stringify(stored).includes(token), stored.lastError ?? '');
      assert.ok(!JSON.stringify(stored).includes(token.slice(0, 12)), 'not even a cut-off part of it');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('messages queued before links were sealed (the migration)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('lose their readable bodies; the undelivered ones stop, saying why', async () => {
    const companyId = (await makeCompany(t.db)).id;
    const legacy = (template: string, status: TMessage['status']) => ({
      companyId,
      channel: 'email' as const,
      recipient: 'old@example.com',
      subject: 'Old',
      bodyText: 'Reset: https://vouch.test/reset-password?token=legacy-live-token',
      bodyHtml: '<a href="https://vouch.test/reset-password?token=legacy-live-token">Reset</a>',
      template,
      language: 'en' as const,
      status,
    });
    const rows = await t.db
      .insert(messages)
      .values([
        legacy('password_reset', 'sent'),
        legacy('invite', 'failed'),
        legacy('reference_referee_invite', 'pending'),
        legacy('referrals_stale', 'sent'),
      ])
      .returning({ id: messages.id });
    // The hand-written statement of the migration, run again on rows written the old way.
    const file = fs.readdirSync(migrationsFolder).find((name) => name.endsWith('_sealed_message_links.sql'));
    assert.ok(file, 'the migration that seals message links exists');
    const migration = fs.readFileSync(`${migrationsFolder}/${file}`, 'utf8');
    const scrub = migration.split('--> statement-breakpoint').find((part) => part.includes('UPDATE "messages"'));
    assert.ok(scrub, 'the migration hides old links');
    await t.db.execute(sql.raw(scrub));
    const after = await Promise.all(
      rows.map(async ({ id }) => (await t.db.select().from(messages).where(eq(messages.id, id)))[0]),
    );
    for (const row of after.slice(0, 3)) {
      assert.equal(row.visibility, 'private', row.template);
      assert.ok(!JSON.stringify(row).includes('legacy-live-token'), row.template);
    }
    assert.deepEqual(
      after.map((r) => r.status),
      ['sent', 'dead', 'dead', 'sent'],
    );
    assert.match(after[1].lastError ?? '', /Queued before links were sealed/);
    assert.equal(after[3].visibility, 'full', 'a message without links stays as it was');
    assert.match(after[3].bodyText, /legacy-live-token/);
  });
});

describe('hideSecrets and storedContent', () => {
  const secret = 'https://vouch.test/introductions/answer?token=AbCdEfGhIjKlMnOpQrSt&answer=introduced';

  test('hides a link whole, URL-encoded, HTML-escaped, or cut off at the end', () => {
    const hidden = hideSecrets(
      `a ${secret} b ${encodeURIComponent(secret)} c ${secret.replace('&', '&amp;')} d ${secret.slice(0, 50)}`,
      [secret],
    );
    assert.equal(hidden, 'a [hidden] b [hidden] c [hidden] d [hidden]');
    assert.equal(hideSecrets('nothing to see', [secret]), 'nothing to see');
  });

  test('refuses to store a copy in which a secret is still readable', () => {
    const row = { id: crypto.randomUUID(), channel: 'email', recipient: 'x@example.com' };
    const real = { subject: `Your link ${secret}`, text: secret, html: null };
    const rules = { private: false, secretValues: [secret] };
    assert.throws(
      () => storedContent(row, real, rules, () => ({ ...real, text: 'hidden' })),
      /would be readable in the stored copy/,
    );
  });
});
