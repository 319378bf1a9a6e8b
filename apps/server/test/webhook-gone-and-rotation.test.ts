import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { webhookDeliveries, webhookEndpoints } from '../src/modules/integrations/integrations.tables.ts';
import { emitWebhookEvent } from '../src/modules/integrations/use-cases/emit-webhook-event.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { makeMember } from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

type Received = { headers: Record<string, string>; body: string };

/** A receiver that answers every request with `status.code`. */
async function startReceiver() {
  const received: Received[] = [];
  const status = { code: 204 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = String(value);
      received.push({ headers, body });
      res.writeHead(status.code).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    status,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const HOUR = 3_600_000;

describe('webhook endpoints: 410 Gone and secret rotation', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test', WEBHOOK_ALLOW_PRIVATE: 'on' });
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    receiver = await startReceiver();
  });
  after(async () => {
    await receiver.close();
  });

  /** A company that allows private networks, an admin, and an endpoint at the receiver registered by the admin. */
  async function world() {
    const { company, client, member } = await companyWithMember(t, 'admin');
    await t.db.update(companies).set({ webhooksAllowPrivateNetworks: true }).where(eq(companies.id, company.id));
    const created = await client.post('/api/company/webhook-endpoints', {
      url: receiver.url,
      description: null,
      eventTypes: ['reference_check.completed'],
    });
    assert.equal(created.statusCode, 201, created.body);
    const endpoint = created.json() as { id: string; secret: string };
    const emit = async () => {
      const id = await emitWebhookEvent(t.db, company.id, 'reference_check.completed', { id: crypto.randomUUID() });
      assert.ok(id);
      return id;
    };
    return { company, client, admin: member, endpoint, emit };
  }

  test('a 410 disables the endpoint at once and emails the admins; nothing more is sent to it', async () => {
    const w = await world();
    const recruiter = await makeMember(t.db, w.company.id, 'recruiter');
    const first = await w.emit();
    receiver.status.code = 410;
    try {
      await runDueWebhooks({ db: t.db, config: t.config });
    } finally {
      receiver.status.code = 204;
    }
    const [endpoint] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, w.endpoint.id));
    assert.ok(endpoint.disabledAt, 'disabled by the 410');
    const [delivery] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, first));
    assert.equal(delivery.status, 'dead', 'a 410 is not retried');
    assert.equal(delivery.lastStatusCode, 410);

    const mails = await t.db
      .select()
      .from(messages)
      .where(and(eq(messages.companyId, w.company.id), eq(messages.template, 'webhook_endpoint_disabled')));
    assert.deepEqual(
      mails.map((m) => m.recipient),
      [w.admin.email],
      'the admins, not the recruiter, are told once',
    );
    assert.ok(!mails.some((m) => m.recipient === recruiter.email));
    assert.ok(mails[0].bodyText.includes(receiver.url), mails[0].bodyText);
    assert.match(mails[0].bodyText, /410/);
    assert.ok(mails[0].bodyText.includes('https://vouch.test/integrations'));

    const listed = (await w.client.get('/api/company/webhook-endpoints')).json().items[0];
    assert.equal(listed.status, 'disabled');
    const before = receiver.received.length;
    assert.equal(await emitWebhookEvent(t.db, w.company.id, 'reference_check.completed', { id: 'x' }), null);
    await runDueWebhooks({ db: t.db, config: t.config, now: new Date(Date.now() + 48 * HOUR) });
    assert.equal(receiver.received.length, before, 'a disabled endpoint hears nothing');
  });

  test('after rotation both secrets sign for 24 hours, then only the new one', async () => {
    const w = await world();
    const rotated = await w.client.post(`/api/company/webhook-endpoints/${w.endpoint.id}/rotate-secret`);
    assert.equal(rotated.statusCode, 200, rotated.body);
    const newSecret = rotated.json().secret as string;
    assert.notEqual(newSecret, w.endpoint.secret);
    const rotatedAt = new Date();

    const deliverAt = async (now: Date) => {
      const eventId = await w.emit();
      await runDueWebhooks({ db: t.db, config: t.config, now });
      const request = receiver.received.find((r) => r.headers['webhook-id'] === eventId);
      assert.ok(request, 'delivered');
      return request;
    };
    const verifies = (secret: string, request: Received) => {
      try {
        new Webhook(secret).verify(request.body, request.headers);
        return true;
      } catch {
        return false;
      }
    };

    // Within the 24 hours: two `v1,` signatures, one per secret; each secret verifies on its own.
    const during = await deliverAt(new Date(rotatedAt.getTime() + 23 * HOUR));
    const signatures = during.headers['webhook-signature'].split(' ');
    assert.equal(signatures.length, 2, during.headers['webhook-signature']);
    assert.ok(signatures.every((s) => /^v1,[A-Za-z0-9+/]+=*$/.test(s)));
    assert.equal(verifies(newSecret, during), true, 'the new secret verifies');
    assert.equal(verifies(w.endpoint.secret, during), true, 'the old secret still verifies');

    // After them: one signature, the new secret's.
    const afterwards = await deliverAt(new Date(rotatedAt.getTime() + 25 * HOUR));
    assert.equal(afterwards.headers['webhook-signature'].split(' ').length, 1);
    assert.equal(verifies(newSecret, afterwards), true);
    assert.equal(verifies(w.endpoint.secret, afterwards), false, 'the old secret no longer verifies');

    const listed = (await w.client.get('/api/company/webhook-endpoints')).json().items[0];
    const until = new Date(listed.previousSecretExpiresAt).getTime();
    assert.ok(Math.abs(until - (rotatedAt.getTime() + 24 * HOUR)) < 60_000, 'the list says until when');
  });
});
