import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { webhookDeliveries, webhookEndpoints } from '../src/modules/integrations/integrations.tables.ts';
import { emitWebhookEvent } from '../src/modules/integrations/use-cases/emit-webhook-event.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { generateWebhookSecret } from '../src/modules/integrations/webhook-signing.ts';
import { ensureDefaultQuestionnaires } from '../src/modules/references/index.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { loadConfig } from '../src/platform/config.ts';
import { makeCompany } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.ts';

/**
 * Whether Vouch may call private networks is the operator's decision (`WEBHOOK_ALLOW_PRIVATE`, off by
 * default); a company's switch can only narrow it. Cloud metadata addresses are refused whatever
 * either says, in every spelling, for webhook endpoints and Greenhouse callbacks alike.
 */

test('WEBHOOK_ALLOW_PRIVATE takes off, on or address ranges, and refuses anything else at start', () => {
  const of = (value?: string) =>
    loadConfig(value === undefined ? {} : { WEBHOOK_ALLOW_PRIVATE: value }).webhookPrivateNetworks;
  assert.deepEqual(of(), { kind: 'off' }, 'off by default');
  for (const off of ['off', 'false', '0', '']) assert.deepEqual(of(off), { kind: 'off' });
  for (const on of ['on', 'true', '1', 'ON']) assert.deepEqual(of(on), { kind: 'on' });
  assert.deepEqual(of('10.0.0.0/8, fd00:1234::/32,192.168.1.10'), {
    kind: 'ranges',
    ranges: ['10.0.0.0/8', 'fd00:1234::/32', '192.168.1.10/32'],
  });
  for (const bad of ['maybe', '10.0.0.0/33', '10.0.0.0/8,nonsense'])
    assert.throws(() => of(bad), /WEBHOOK_ALLOW_PRIVATE/, bad);
});

let receiver: WebhookReceiver;
before(async () => {
  receiver = await startWebhookReceiver();
});
after(async () => {
  await receiver.close();
});

const endpointBody = (url: string) => ({ url, description: null, eventTypes: ['reference_check.completed'] });

/** A company endpoint at `url` written straight to the table (as one registered earlier would be). */
async function storedEndpoint(db: ReturnType<typeof useTestApp>['db'], companyId: string, url: string) {
  const [row] = await db
    .insert(webhookEndpoints)
    .values({ companyId, url, eventTypes: ['reference_check.completed'], secret: generateWebhookSecret() })
    .returning();
  return row;
}

describe('WEBHOOK_ALLOW_PRIVATE unset (off): no company reaches a private network', () => {
  const t = useTestApp();

  test('the company switch cannot be turned on, and the list says the operator forbids it', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const list = await client.get('/api/company/webhook-endpoints');
    assert.equal(list.statusCode, 200, list.body);
    assert.equal(list.json().allowPrivateNetworks, false);
    assert.equal(list.json().operatorPrivateNetworks, 'off');
    const on = await client.put('/api/company/webhook-endpoints/settings', { allowPrivateNetworks: true });
    assert.equal(on.statusCode, 422, on.body);
    assert.equal(on.json().errors[0].field, 'allowPrivateNetworks');
    const { name } = (await client.get('/api/company')).json();
    const saved = await client.put('/api/company', {
      name,
      domains: [],
      defaultLanguage: 'en',
      webhooksAllowPrivateNetworks: true,
    });
    assert.equal(saved.statusCode, 422, saved.body);
    assert.equal(saved.json().errors[0].field, 'webhooksAllowPrivateNetworks');
    assert.equal((await client.get('/api/company')).json().webhooksAllowPrivateNetworks, false);
  });

  test('a company whose switch is on (from before) still cannot register or deliver to a private address', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    await t.db.update(companies).set({ webhooksAllowPrivateNetworks: true }).where(eq(companies.id, company.id));
    const refused = await client.post('/api/company/webhook-endpoints', endpointBody(receiver.url));
    assert.equal(refused.statusCode, 400, refused.body);
    assert.equal(refused.json().errors[0].field, 'url');
    assert.match(refused.json().errors[0].message, /operator/);

    const endpoint = await storedEndpoint(t.db, company.id, receiver.url);
    const eventId = await emitWebhookEvent(t.db, company.id, 'reference_check.completed', { id: 'c1' });
    assert.ok(eventId);
    const before = receiver.received.length;
    await runDueWebhooks({ db: t.db, config: t.config });
    assert.equal(receiver.received.length, before, 'nothing connected to the private address');
    const [delivery] = await t.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.eventId, eventId)));
    assert.equal(delivery.status, 'failed');
    assert.match(delivery.lastError ?? '', /Refused/);
  });
});

describe('WEBHOOK_ALLOW_PRIVATE=on: the company switch narrows it', () => {
  const t = useTestApp({ WEBHOOK_ALLOW_PRIVATE: 'on', PUBLIC_URL: 'https://vouch.test' });

  test('off by default for a company; on, private endpoints register and receive', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const list = (await client.get('/api/company/webhook-endpoints')).json();
    assert.equal(list.operatorPrivateNetworks, 'on');
    assert.equal(list.allowPrivateNetworks, false);
    const refused = await client.post('/api/company/webhook-endpoints', endpointBody(receiver.url));
    assert.equal(refused.statusCode, 400, refused.body);
    assert.match(refused.json().errors[0].message, /company does not allow private networks/);

    const on = await client.put('/api/company/webhook-endpoints/settings', { allowPrivateNetworks: true });
    assert.equal(on.statusCode, 200, on.body);
    const created = await client.post('/api/company/webhook-endpoints', endpointBody(receiver.url));
    assert.equal(created.statusCode, 201, created.body);
  });

  test('cloud metadata addresses are refused always, in every spelling, even with both switches on', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    await client.put('/api/company/webhook-endpoints/settings', { allowPrivateNetworks: true });
    const key = (await makeApiKey(t.db, company.id)).key;
    const metadata = [
      'http://169.254.169.254/latest/meta-data/',
      'http://169.254.170.2/v2/credentials',
      'http://169.254.1.1/',
      'http://2852039166/',
      'http://0xa9fea9fe/',
      'http://0251.0376.0251.0376/',
      'http://169.254.43518/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://[::ffff:169.254.169.254]/',
      'http://[::ffff:a9fe:a9fe]/',
      'http://[::169.254.169.254]/',
      'http://[64:ff9b::169.254.169.254]/',
      'http://[2002:a9fe:a9fe::1]/',
      'http://[fe80::1]/',
    ];
    for (const url of metadata) {
      const res = await client.post('/api/company/webhook-endpoints', endpointBody(url));
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.equal(res.json().errors[0].field, 'url');
      assert.match(res.json().errors[0].message, /metadata|link-local/, url);
      const v1 = await t.app.inject({
        method: 'POST',
        url: '/api/v1/webhook-endpoints',
        headers: { authorization: `Bearer ${key}` },
        payload: { url, event_types: ['reference_check.completed'] },
      });
      assert.equal(v1.statusCode, 400, `${url}: ${v1.body}`);
    }
    // A private address that is not metadata is fine here.
    const ok = await client.post('/api/company/webhook-endpoints', endpointBody('http://10.20.30.40/hook'));
    assert.equal(ok.statusCode, 201, ok.body);
    const rows = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.companyId, company.id));
    assert.deepEqual(
      rows.map((r) => r.url),
      ['http://10.20.30.40/hook'],
    );
  });

  test('a Greenhouse callback URL on a metadata address is refused at send_test', async () => {
    const company = await makeCompany(t.db, { webhooksAllowPrivateNetworks: true });
    await ensureDefaultQuestionnaires(t.db, company.id);
    const key = (await makeApiKey(t.db, company.id)).key;
    const auth = { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` };
    const tests = await t.app.inject({ method: 'GET', url: '/api/partners/greenhouse/list_tests', headers: auth });
    const testId = tests.json()[0].partner_test_id;
    const send = (url: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/partners/greenhouse/send_test',
        headers: auth,
        payload: {
          partner_test_id: testId,
          candidate: {
            first_name: 'Ada',
            last_name: 'Lo',
            email: `ada-${randomBytes(3).toString('hex')}@mail.example`,
          },
          url,
        },
      });
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:a9fe:a9fe]/x']) {
      const res = await send(url);
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.equal(res.json().errors[0].field, 'url');
    }
    assert.equal((await send(`${receiver.url}/greenhouse`)).statusCode, 200, 'a private callback is fine here');
  });
});

describe('WEBHOOK_ALLOW_PRIVATE lists ranges: only those private addresses', () => {
  const t = useTestApp({ WEBHOOK_ALLOW_PRIVATE: '10.0.0.0/8, fd12:3456::/32' });

  test('an address in a listed range registers; other private addresses do not', async () => {
    const { client } = await companyWithMember(t, 'admin');
    assert.equal((await client.get('/api/company/webhook-endpoints')).json().operatorPrivateNetworks, 'ranges');
    assert.equal(
      (await client.put('/api/company/webhook-endpoints/settings', { allowPrivateNetworks: true })).statusCode,
      200,
    );
    for (const url of ['http://10.1.2.3/hook', 'http://[fd12:3456::1]/hook']) {
      const res = await client.post('/api/company/webhook-endpoints', endpointBody(url));
      assert.equal(res.statusCode, 201, `${url}: ${res.body}`);
    }
    for (const url of ['http://192.168.1.1/hook', 'http://127.0.0.1/hook', 'http://[fd99::1]/hook']) {
      const res = await client.post('/api/company/webhook-endpoints', endpointBody(url));
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.match(res.json().errors[0].message, /operator/);
    }
  });
});
