import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import createClient from 'openapi-fetch';
import { Webhook } from 'standardwebhooks';
import { webhookDeliveries } from '../src/modules/integrations/integrations.tables.ts';
import { runDueWebhooks } from '../src/modules/integrations/use-cases/webhook-worker.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import type { paths } from './generated/vouch-api.d.ts';
import { webhookPayloadChecker } from './helpers/api-contract.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';
import { makeQuestionnaire } from './helpers/reference-factories.ts';
import { linkIn } from './helpers/reference-world.ts';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver.ts';

const device = { userAgent: 'Mozilla/5.0 (iPhone)', screen: '390x844', timeZone: 'Europe/Stockholm' };

/**
 * An applicant tracking system end to end, through the typed client generated from the OpenAPI
 * document (so the test breaks when the client and the API drift apart): an admin creates its API
 * key, it registers a webhook endpoint, starts a check (and replays the start with the same
 * Idempotency-Key), the candidate and the referee do their parts on their pages, the webhook worker
 * runs, and the receiver verifies every delivery with the Standard Webhooks library.
 */
describe('an applicant tracking system on /api/v1, end to end', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let receiver: WebhookReceiver;
  let base: string;
  before(async () => {
    mail = await startMailCatcher();
    receiver = await startWebhookReceiver();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test', WEBHOOK_ALLOW_PRIVATE: 'on' });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(async () => {
    await t.close();
    await receiver.close();
    await mail.close();
  });

  /** A public page's API, as the candidate's or referee's browser calls it. */
  const page = async (method: 'POST' | 'PATCH', path: string, body: object) => {
    const res = await fetch(`${base}/api/public/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    assert.ok(res.ok, `${method} ${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };

  test('key → webhook endpoint → idempotent start → candidate → referee → signed events → completed', async () => {
    const company = await makeCompany(t.db, { replyTo: 'jobs@acme.example' });
    await t.db.update(companies).set({ webhooksAllowPrivateNetworks: true }).where(eq(companies.id, company.id));
    const admin = await makeMember(t.db, company.id, 'admin');
    await makeMember(t.db, company.id, 'recruiter');
    const questionnaire = await makeQuestionnaire(t.db, company.id, { language: 'en', name: 'General' });

    // The admin creates the ATS's key in the app (a session, not the API).
    const session = await t.signIn(admin.email);
    const created = await session.post('/api/company/api-keys', {
      name: 'Our ATS',
      scopes: ['read', 'write'],
      subAccountId: null,
      expiresAt: null,
    });
    assert.equal(created.statusCode, 201, created.body);
    const key: string = created.json().key;
    assert.match(key, /^vch_/);

    const api = createClient<paths>({ baseUrl: base, headers: { authorization: `Bearer ${key}` } });

    const endpoint = await api.POST('/api/v1/webhook-endpoints', {
      body: {
        url: receiver.url,
        event_types: ['reference_check.created', 'reference_check.referee_answered', 'reference_check.completed'],
        description: 'Our ATS',
      },
    });
    assert.equal(endpoint.response.status, 201, JSON.stringify(endpoint.error));
    const secret = endpoint.data!.secret;
    assert.match(secret, /^whsec_/);

    // Start the check; the ATS's retry after a lost answer sends the same Idempotency-Key.
    const candidateEmail = `sara.${Date.now()}@mail.example`;
    const start = () =>
      api.POST('/api/v1/reference-checks', {
        headers: { 'Idempotency-Key': 'ats-app-55123-start' },
        body: {
          external_id: 'ats-app-55123',
          candidate: {
            first_name: 'Sara',
            last_name: 'Lind',
            email: candidateEmail,
            phone: null,
            language: 'en',
            external_id: 'ats-cand-9911',
          },
          job: { title: 'Backend Developer', external_id: 'ats-job-301' },
          template_id: questionnaire.template.id,
          referees_wanted: 1,
          candidate_channel: 'email',
          referee_channel: 'email',
        },
      });
    const first = await start();
    assert.equal(first.response.status, 201, JSON.stringify(first.error));
    const check = first.data!;
    assert.equal(check.status, 'awaiting_referees');
    assert.equal(check.external_id, 'ats-app-55123');
    assert.equal(check.report_url, null);
    const replay = await start();
    assert.equal(replay.response.status, 201, JSON.stringify(replay.error));
    assert.equal(replay.data!.id, check.id, 'the replay answers the same check');
    assert.equal(first.response.headers.get('idempotent-replayed'), null);
    assert.equal(replay.response.headers.get('idempotent-replayed'), 'true');
    const listed = await api.GET('/api/v1/reference-checks', { params: { query: { external_id: 'ats-app-55123' } } });
    assert.equal(listed.data!.data.length, 1, 'the replay started no second check');

    // The candidate opens the emailed link, consents and names a referee.
    await deliverMail(t, mail);
    const candidateToken = linkIn(mail.lastTo(candidateEmail)!.mail.text ?? '', 'c');
    await page('POST', `reference-candidate/${candidateToken}/consent`, {
      consentVersion: CONSENT_TEXT_VERSION,
      device,
    });
    const refereeEmail = `maria.${Date.now()}@work.example`;
    await page('POST', `reference-candidate/${candidateToken}/referees`, {
      referees: [
        {
          name: 'Maria Chef',
          email: refereeEmail,
          phone: null,
          relationship: 'manager',
          company: 'Work AB',
          workedTogether: '2019–2022',
          language: 'en',
        },
      ],
    });

    // The referee answers and submits.
    await deliverMail(t, mail);
    const refereeToken = linkIn(mail.lastTo(refereeEmail)!.mail.text ?? '', 'r');
    await page('POST', `reference-referee/${refereeToken}/consent`, { consentVersion: CONSENT_TEXT_VERSION, device });
    await page('PATCH', `reference-referee/${refereeToken}/answers`, { answers: { overall: 4, rehire: true } });
    await page('POST', `reference-referee/${refereeToken}/submit`, {});

    // The webhook worker delivers; the receiver verifies each delivery as any Standard Webhooks library would.
    await runDueWebhooks({ db: t.db, config: t.config });
    const verifier = new Webhook(secret);
    const events = receiver.received.map((r) => {
      const payload = verifier.verify(r.body, r.headers) as { type: string; data: Record<string, unknown> };
      return { id: r.headers['webhook-id'], ...payload };
    });
    assert.deepEqual(events.map((e) => e.type).sort(), [
      'reference_check.completed',
      'reference_check.created',
      'reference_check.referee_answered',
    ]);
    assert.equal(new Set(events.map((e) => e.id)).size, 3, 'each event has its own webhook-id');
    for (const event of events) {
      assert.equal(event.data.id, check.id);
      assert.equal(event.data.external_id, 'ats-app-55123');
    }
    const completed = events.find((e) => e.type === 'reference_check.completed')!;
    assert.equal(completed.data.status, 'completed');
    assert.equal(completed.data.report_url, `https://vouch.test/reference-checks/${check.id}/report`);
    // Each body is what the document's `webhooks` section promises for its type.
    const doc = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as object;
    const checkWebhook = webhookPayloadChecker(doc);
    for (const r of receiver.received) assert.deepEqual(checkWebhook(r.body), []);
    const answered = events.find((e) => e.type === 'reference_check.referee_answered')!;
    assert.doesNotMatch(JSON.stringify(answered.data), new RegExp(refereeEmail), 'no contact details in events');
    // A tampered body fails verification: the signature is real, not decoration.
    const sample = receiver.received[0];
    assert.throws(() => verifier.verify(sample.body.replace('reference_check', 'reference_chuck'), sample.headers));
    const deliveries = await t.db
      .select({ status: webhookDeliveries.status })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.companyId, company.id));
    assert.deepEqual(
      deliveries.map((d) => d.status),
      ['delivered', 'delivered', 'delivered'],
    );

    // The ATS reads the check back: completed, with the report's address.
    const read = await api.GET('/api/v1/reference-checks/{id}', { params: { path: { id: check.id } } });
    assert.equal(read.response.status, 200, JSON.stringify(read.error));
    assert.equal(read.data!.status, 'completed');
    assert.equal(read.data!.referees_answered, 1);
    assert.equal(read.data!.referees[0].status, 'answered');
    assert.equal(read.data!.report_url, `https://vouch.test/reference-checks/${check.id}/report`);

    // And the report as the PDF the document describes.
    const pdf = await api.GET('/api/v1/reference-checks/{id}/report.pdf', {
      params: { path: { id: check.id } },
      parseAs: 'arrayBuffer',
    });
    assert.equal(pdf.response.status, 200);
    assert.equal(pdf.response.headers.get('content-type'), 'application/pdf');
    assert.equal(Buffer.from(pdf.data!).subarray(0, 5).toString(), '%PDF-');
  });
});
