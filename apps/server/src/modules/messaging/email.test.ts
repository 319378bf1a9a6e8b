import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { openTestDatabase } from '../../../test/helpers/database.ts';
import { makeCompany } from '../../../test/helpers/factories.ts';
import { installTestSecretKey } from '../../../test/helpers/outbox.ts';
import type { Database } from '../../platform/db/db.ts';
import { enqueueEmail } from './enqueue.ts';
import { messages } from './messaging.tables.ts';
import { type Transports, transportsFromConfig } from './transports/index.ts';
import { runDueMessages } from './worker.ts';

/** A real SMTP server in this process: what nodemailer sends is what a mail server would get. */
describe('email over SMTP', () => {
  let database: Database;
  let server: SMTPServer;
  let transports: Transports;
  let companyId: string;
  const inbox: { rcpt: string[]; mail: ParsedMail }[] = [];

  before(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('nobody@')) {
          return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
        }
        callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            inbox.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          },
          (error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    transports = transportsFromConfig({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'noreply@vouch.test',
      sms: null,
    });
    installTestSecretKey();
    database = await openTestDatabase();
    companyId = (await makeCompany(database.db, { name: 'Acme AB' })).id;
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
  });

  const row = async (id: string) => (await database.db.select().from(messages).where(eq(messages.id, id)))[0];

  test('an English invite arrives with subject, sender, reply-to, both bodies and our Message-ID', async () => {
    const { id } = await enqueueEmail(database.db, {
      companyId,
      to: 'eva@example.com',
      language: 'en',
      template: 'invite',
      data: {
        inviterName: 'Anna',
        companyName: 'Acme <AB>',
        role: 'recruiter',
        url: 'https://vouch.example/invite?token=t1',
        expiresInDays: 14,
      },
      replyTo: 'hr@acme.example',
      senderName: 'Acme Rekrytering',
    });
    const result = await runDueMessages({ db: database.db, transports });
    assert.deepEqual(result, { claimed: 1, sent: 1, failed: 0, dead: 0 });

    const { rcpt, mail } = inbox.at(-1)!;
    assert.deepEqual(rcpt, ['eva@example.com']);
    assert.equal(mail.subject, 'You are invited to Acme <AB> on Vouch');
    assert.equal(mail.from?.value[0].name, 'Acme Rekrytering');
    assert.equal(mail.from?.value[0].address, 'noreply@vouch.test');
    assert.equal(mail.replyTo?.value[0].address, 'hr@acme.example');
    assert.equal(mail.messageId, `<${id}@vouch>`);
    assert.match(mail.text ?? '', /Anna has invited you to join Acme <AB> on Vouch as a recruiter\./);
    assert.match(mail.text ?? '', /https:\/\/vouch\.example\/invite\?token=t1/);
    assert.ok(typeof mail.html === 'string');
    assert.match(mail.html, /Acme &lt;AB&gt;/);
    assert.match(mail.html, /href="https:\/\/vouch\.example\/invite\?token=t1"/);
    assert.match(mail.html, /Sent by Acme Rekrytering with Vouch/);

    const stored = await row(id);
    assert.equal(stored.status, 'sent');
    assert.equal(stored.transport, 'smtp');
    assert.equal(stored.attempts, 1);
    assert.ok(stored.sentAt);
    assert.ok(stored.providerId);
  });

  test('a Swedish password reset arrives in Swedish from "Vouch" with no reply-to', async () => {
    const { id } = await enqueueEmail(database.db, {
      companyId: null,
      to: 'sven@example.se',
      language: 'sv',
      template: 'password_reset',
      data: { name: 'Sven Åström', url: 'https://vouch.example/reset-password?token=t2', expiresInMinutes: 60 },
    });
    await runDueMessages({ db: database.db, transports });
    const { mail } = inbox.at(-1)!;
    assert.equal(mail.messageId, `<${id}@vouch>`);
    assert.equal(mail.subject, 'Återställ ditt lösenord för Vouch');
    assert.equal(mail.from?.value[0].name, 'Vouch');
    assert.equal(mail.replyTo, undefined);
    assert.match(mail.text ?? '', /^Hej Sven Åström,/);
    assert.match(mail.text ?? '', /Länken gäller i 60 minuter/);
    assert.match(String(mail.html), /<html lang="sv">/);
    assert.match(String(mail.html), /Välj ett nytt lösenord/);
  });

  test('a recipient the server refuses for good (550 at RCPT TO) bounces: no retries', async () => {
    const before = inbox.length;
    const { id } = await enqueueEmail(database.db, {
      companyId,
      to: 'nobody@example.com',
      language: 'en',
      template: 'password_reset',
      data: { name: 'Nobody', url: 'https://vouch.example/r', expiresInMinutes: 60 },
    });
    const now = new Date();
    const result = await runDueMessages({ db: database.db, transports, now });
    assert.deepEqual(result, { claimed: 1, sent: 0, failed: 0, dead: 0, bounced: 1 });
    assert.equal(inbox.length, before);
    const stored = await row(id);
    assert.equal(stored.status, 'bounced');
    assert.equal(stored.transport, 'smtp');
    assert.match(stored.lastError ?? '', /550/);
    assert.equal(stored.attempts, 1);
    assert.equal(
      (await runDueMessages({ db: database.db, transports, now: new Date(now.getTime() + 86_400_000) })).claimed,
      0,
    );
    assert.equal(stored.lockedUntil, null);
  });
});
