import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { webhookEndpoints } from '../src/modules/integrations/integrations.tables.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { referenceChecks } from '../src/modules/references/references.tables.ts';
import { makeCandidate, makeCompany, makeMember, makeReferral, unique } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { makeQuestionnaire, makeReferenceCheck, makeSubAccount } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.ts';

/**
 * A key limited to one sub-account (a brand) sees and changes only that sub-account's checks, the
 * questionnaires it may use, the candidates of its checks and the webhook endpoints it registered;
 * those endpoints hear only the sub-account's events. A company-wide key keeps seeing everything.
 */
describe('/api/v1 with a sub-account key', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test', WEBHOOK_ALLOW_PRIVATE: 'on' });
  let receiver: WebhookReceiver;
  before(async () => {
    receiver = await startWebhookReceiver();
  });
  after(async () => {
    await receiver.close();
  });

  const call = (key: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${key}` } });

  /** A company with two brands, a company-wide key and a key for each brand. */
  async function world() {
    const company = await makeCompany(t.db, { webhooksAllowPrivateNetworks: true });
    const admin = await makeMember(t.db, company.id, 'admin');
    const brandA = await makeSubAccount(t.db, company.id, { name: unique('Brand A ') });
    const brandB = await makeSubAccount(t.db, company.id, { name: unique('Brand B ') });
    const keyOf = async (subAccountId: string | null) =>
      (await makeApiKey(t.db, company.id, ['read', 'write'], { subAccountId, createdById: admin.membership.id })).key;
    return {
      company,
      admin,
      brandA,
      brandB,
      companyKey: await keyOf(null),
      keyA: await keyOf(brandA.id),
      keyB: await keyOf(brandB.id),
    };
  }

  test('checks, candidates and questionnaires outside the sub-account answer 404', async () => {
    const w = await world();
    const companyWide = await makeReferenceCheck(t.db, w.company.id);
    const ofB = await makeReferenceCheck(t.db, w.company.id, { subAccountId: w.brandB.id });
    const ofA = await makeReferenceCheck(t.db, w.company.id, { subAccountId: w.brandA.id });
    // A candidate in brand A's check who also has a newer company-wide check.
    const shared = await makeCandidate(t.db, w.company.id);
    const sharedOfA = await makeReferenceCheck(t.db, w.company.id, {
      subAccountId: w.brandA.id,
      candidateId: shared.id,
      createdAt: new Date(Date.now() - 60_000),
    });
    const sharedCompanyWide = await makeReferenceCheck(t.db, w.company.id, { candidateId: shared.id });
    const loner = await makeCandidate(t.db, w.company.id);

    for (const id of [companyWide.id, ofB.id]) {
      assert.equal((await call(w.keyA, 'GET', `/api/v1/reference-checks/${id}`)).statusCode, 404);
      assert.equal((await call(w.keyA, 'GET', `/api/v1/reference-checks/${id}/report`)).statusCode, 404);
    }
    assert.equal((await call(w.keyA, 'GET', `/api/v1/reference-checks/${ofA.id}`)).statusCode, 200);

    for (const candidateId of [companyWide.candidateId, ofB.candidateId, loner.id]) {
      const res = await call(w.keyA, 'GET', `/api/v1/candidates/${candidateId}`);
      assert.equal(res.statusCode, 404, `candidate outside brand A's checks: ${res.body}`);
    }
    const own = await call(w.keyA, 'GET', `/api/v1/candidates/${ofA.candidateId}`);
    assert.equal(own.statusCode, 200, own.body);
    assert.equal(own.json().reference_check.id, ofA.id);
    const sharedRes = await call(w.keyA, 'GET', `/api/v1/candidates/${shared.id}`);
    assert.equal(sharedRes.statusCode, 200, sharedRes.body);
    assert.equal(sharedRes.json().reference_check.id, sharedOfA.id, 'the summary is of brand A’s check only');

    // The company-wide key sees every check and candidate, and the newest check in the summary.
    for (const id of [companyWide.id, ofB.id, ofA.id])
      assert.equal((await call(w.companyKey, 'GET', `/api/v1/reference-checks/${id}`)).statusCode, 200);
    assert.equal((await call(w.companyKey, 'GET', `/api/v1/candidates/${loner.id}`)).statusCode, 200);
    const full = await call(w.companyKey, 'GET', `/api/v1/candidates/${shared.id}`);
    assert.equal(full.json().reference_check.id, sharedCompanyWide.id);

    // Brand B's questionnaire is neither listed nor usable; a check on it is never started.
    const theirs = await makeQuestionnaire(t.db, w.company.id, { subAccountId: w.brandB.id });
    const listed = (await call(w.keyA, 'GET', '/api/v1/templates')).json().data.map((x: { id: string }) => x.id);
    assert.ok(!listed.includes(theirs.template.id));
    const started = await call(w.keyA, 'POST', '/api/v1/reference-checks', {
      candidate: { first_name: 'Ida', last_name: 'Berg', email: `${unique('ida')}@mail.example` },
      template_id: theirs.template.id,
      referees_wanted: 2,
      candidate_channel: 'email',
      referee_channel: 'email',
    });
    assert.ok([400, 422].includes(started.statusCode), started.body);
    assert.equal(started.json().errors[0].field, 'template_id');
    const onTheirs = await t.db.select().from(referenceChecks).where(eq(referenceChecks.versionId, theirs.version.id));
    assert.equal(onTheirs.length, 0);
  });

  test('referrals are company data: a sub-account key gets 403, whether or not the id exists', async () => {
    const w = await world();
    const employee = await makeMember(t.db, w.company.id, 'employee');
    const referral = await makeReferral(t.db, w.company.id, employee.membership.id, {
      source: 'referral_request',
      status: 'refer_request_sent',
    });
    for (const url of [
      '/api/v1/referrals',
      `/api/v1/referrals/${referral.id}`,
      `/api/v1/referrals/${crypto.randomUUID()}`,
    ]) {
      const res = await call(w.keyA, 'GET', url);
      assert.equal(res.statusCode, 403, `${url}: ${res.body}`);
      assert.equal(res.json().code, 'forbidden');
      assert.match(res.json().detail, /sub-account/);
    }
    assert.equal((await call(w.companyKey, 'GET', `/api/v1/referrals/${referral.id}`)).statusCode, 200);
    assert.equal((await call(w.companyKey, 'GET', '/api/v1/referrals')).json().data.length, 1);
  });

  test('a sub-account key cannot create company-wide candidates (403); it names them in a check', async () => {
    const w = await world();
    const res = await call(w.keyA, 'POST', '/api/v1/candidates', { first_name: 'Ola', last_name: 'Nordh' });
    assert.equal(res.statusCode, 403, res.body);
    assert.match(res.json().detail, /sub-account/);
    assert.equal(
      (await call(w.companyKey, 'POST', '/api/v1/candidates', { first_name: 'Ola', last_name: 'Nordh' })).statusCode,
      201,
    );
  });

  test('webhook endpoints: the company’s own cannot be listed or deleted by a sub-account key', async () => {
    const w = await world();
    const adminClient = await t.signIn(w.admin.email);
    const companyEndpoint = await adminClient.post('/api/company/webhook-endpoints', {
      url: 'https://93.184.216.34/hooks/main',
      description: 'Main',
      eventTypes: ['reference_check.completed'],
    });
    assert.equal(companyEndpoint.statusCode, 201, companyEndpoint.body);
    const mainId = companyEndpoint.json().id;

    const ownA = await call(w.keyA, 'POST', '/api/v1/webhook-endpoints', {
      url: 'https://93.184.216.34/hooks/brand-a',
      event_types: ['reference_check.completed'],
    });
    assert.equal(ownA.statusCode, 201, ownA.body);

    const listA = await call(w.keyA, 'GET', '/api/v1/webhook-endpoints');
    assert.deepEqual(
      listA.json().data.map((e: { id: string }) => e.id),
      [ownA.json().id],
      'only its own endpoint',
    );
    assert.deepEqual((await call(w.keyB, 'GET', '/api/v1/webhook-endpoints')).json().data, []);
    assert.equal((await call(w.keyA, 'DELETE', `/api/v1/webhook-endpoints/${mainId}`)).statusCode, 404);
    assert.equal((await call(w.keyB, 'DELETE', `/api/v1/webhook-endpoints/${ownA.json().id}`)).statusCode, 404);
    const [stillThere] = await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, mainId));
    assert.equal(stillThere.deletedAt, null, 'the company’s endpoint survives');

    // Referral events are company-wide: a sub-account key cannot subscribe to them.
    const referralHook = await call(w.keyA, 'POST', '/api/v1/webhook-endpoints', {
      url: 'https://93.184.216.34/hooks/brand-a-referrals',
      event_types: ['reference_check.completed', 'referral.created'],
    });
    assert.equal(referralHook.statusCode, 422, referralHook.body);
    assert.equal(referralHook.json().errors[0].field, 'event_types.1');

    // The company-wide key and the admins see every endpoint.
    const all = (await call(w.companyKey, 'GET', '/api/v1/webhook-endpoints')).json().data;
    assert.deepEqual(all.map((e: { id: string }) => e.id).sort(), [mainId, ownA.json().id].sort());
    assert.equal((await adminClient.get('/api/company/webhook-endpoints')).json().items.length, 2);
    assert.equal((await call(w.keyA, 'DELETE', `/api/v1/webhook-endpoints/${ownA.json().id}`)).statusCode, 204);
  });

  test('an endpoint registered by a sub-account key receives only that sub-account’s events', async () => {
    const w = await world();
    const { template } = await makeQuestionnaire(t.db, w.company.id);
    const register = async (key: string, name: string, eventTypes: string[]) => {
      const res = await call(key, 'POST', '/api/v1/webhook-endpoints', {
        url: `${receiver.url}/${name}`,
        event_types: eventTypes,
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { id: string; secret: string };
    };
    const main = await register(w.companyKey, 'main', ['reference_check.created', 'referral.created']);
    const hookA = await register(w.keyA, 'brand-a', ['reference_check.created']);
    const hookB = await register(w.keyB, 'brand-b', ['reference_check.created']);

    const start = async (key: string) => {
      const res = await call(key, 'POST', '/api/v1/reference-checks', {
        candidate: { first_name: 'Eva', last_name: 'Lund', email: `${unique('eva')}@mail.example` },
        template_id: template.id,
        referees_wanted: 2,
        candidate_channel: 'email',
        referee_channel: 'email',
      });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    const companyCheck = await start(w.companyKey);
    const brandCheck = await start(w.keyA);
    const employee = await makeMember(t.db, w.company.id, 'employee');
    await makeReferral(t.db, w.company.id, employee.membership.id, {
      source: 'referral_request',
      status: 'refer_request_sent',
    });

    const before = receiver.received.length;
    await runDueWebhooks({ db: t.db, config: t.config });
    const arrived = receiver.received.slice(before);
    /** The check ids (or the referral event) each endpoint received, verified with its own secret. */
    const receivedBy = (name: string, secret: string) =>
      arrived
        .filter((r) => r.path === `/hooks/vouch/${name}`)
        .map((r) => {
          const payload = new Webhook(secret).verify(r.body, r.headers) as { type: string; data: { id: string } };
          return payload.type === 'referral.created' ? payload.type : payload.data.id;
        })
        .sort();
    assert.deepEqual(receivedBy('main', main.secret), [companyCheck, brandCheck, 'referral.created'].sort());
    assert.deepEqual(receivedBy('brand-a', hookA.secret), [brandCheck], 'never the company-wide check');
    assert.deepEqual(receivedBy('brand-b', hookB.secret), [], 'never another brand’s check');
  });
});
