import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { WEBHOOK_EVENT_PAYLOADS } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { webhookEndpoints, webhookEvents } from '../src/modules/integrations/integrations.tables.ts';
import { generateWebhookSecret } from '../src/modules/integrations/webhook-signing.ts';
import { runReferenceScheduler, sendRefereeLink } from '../src/modules/references/index.ts';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';

const BOUNCING = 'nobody@bounce.example';
const REFEREE_EVENTS = [
  'reference_check.referee_named',
  'reference_check.referee_declined',
  'reference_check.referee_bounced',
  'reference_check.referee_expired',
  'reference_check.expired',
];

/**
 * What becomes of each referee reaches the ATS: named, declined, bounced, or never answering before
 * the check's links ran out; each event carries the check as the other check events do and the
 * referee (never contact details), written in the transaction of the change.
 */
describe('referee webhook events', () => {
  let t: TestApp;
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher({ reject: [BOUNCING] });
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test' });
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  async function world() {
    const company = await makeCompany(t.db);
    await t.db.insert(webhookEndpoints).values({
      companyId: company.id,
      url: 'https://93.184.216.34/hooks',
      eventTypes: REFEREE_EVENTS,
      secret: generateWebhookSecret(),
    });
    const check = await makeReferenceCheck(t.db, company.id, { status: 'in_progress', externalId: 'ats-9' });
    type Data = { id: string; external_id: string | null; status: string; referee?: Record<string, unknown> };
    const events = async () =>
      (
        await t.db
          .select()
          .from(webhookEvents)
          .where(eq(webhookEvents.companyId, company.id))
          .orderBy(webhookEvents.createdAt)
      )
        .map((e) => {
          // The payload is exactly what the contracts (and so the OpenAPI document) describe.
          WEBHOOK_EVENT_PAYLOADS[e.type as keyof typeof WEBHOOK_EVENT_PAYLOADS].strict().parse(e.payload);
          return { type: e.type, data: e.payload.data as Data };
        })
        // Events of one transaction share its time: by type, then referee name, for a stable order.
        .sort((a, b) =>
          `${a.type} ${a.data.referee?.name ?? ''}`.localeCompare(`${b.type} ${b.data.referee?.name ?? ''}`),
        );
    return { company, check, events };
  }

  test('named through the API: one event per referee, saying who named them', async () => {
    const w = await world();
    const { key } = await makeApiKey(t.db, w.company.id);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reference-checks/${w.check.id}/referees`,
      headers: { authorization: `Bearer ${key}` },
      payload: {
        referees: [
          { name: 'Kim Chef', email: 'kim@work.example', relationship: 'manager' },
          { name: 'Lo Kollega', email: 'lo@work.example', relationship: 'colleague' },
        ],
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const events = await w.events();
    assert.deepEqual(
      events.map((e) => [e.type, e.data.id, e.data.external_id, e.data.referee?.name, e.data.referee?.added_by]),
      [
        ['reference_check.referee_named', w.check.id, 'ats-9', 'Kim Chef', 'api'],
        ['reference_check.referee_named', w.check.id, 'ats-9', 'Lo Kollega', 'api'],
      ],
    );
    assert.ok(!JSON.stringify(events).includes('@work.example'), 'no contact details');
  });

  test('a referee who declines on their page', async () => {
    const w = await world();
    const referee = await makeReferee(t.db, w.check, { name: 'Nej Tack' });
    const token = await issueRefereeToken(t.db, w.check, referee.id);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/reference-referee/${token}/decline`,
      payload: { reason: 'I hardly knew them' },
    });
    assert.equal(res.statusCode, 200, res.body);
    const [event] = await w.events();
    assert.equal(event.type, 'reference_check.referee_declined');
    assert.deepEqual(event.data.referee, { id: referee.id, name: 'Nej Tack', relationship: 'manager' });
    assert.ok(!JSON.stringify(event).includes('hardly'), 'the reason stays in Vouch');
  });

  test('a referee whose invitation bounced', async () => {
    const w = await world();
    const referee = await makeReferee(t.db, w.check, { email: BOUNCING, invitedAt: null });
    await sendRefereeLink(t.db, t.config, referee.companyId, referee.id);
    await deliverMail(t, mail);
    await runReferenceScheduler({ db: t.db, config: t.config });
    const events = await w.events();
    assert.deepEqual(
      events.map((e) => [e.type, e.data.referee?.id, e.data.referee?.channel]),
      [['reference_check.referee_bounced', referee.id, 'email']],
    );
    assert.ok(!JSON.stringify(events).includes(BOUNCING));
  });

  test('referees still waiting when the check’s links run out expire with it', async () => {
    const w = await world();
    const waiting = await makeReferee(t.db, w.check, { name: 'Still Waiting' });
    await makeReferee(t.db, w.check, { status: 'answered', answeredAt: new Date() });
    const now = new Date(w.check.linksExpireAt.getTime() + 60_000);
    const run = await runReferenceScheduler({ db: t.db, config: t.config, now });
    assert.ok(run.expired >= 1, 'this check expired (with those of earlier tests)');
    const events = await w.events();
    assert.deepEqual(
      events.map((e) => [e.type, e.data.status, e.data.referee?.id ?? null]),
      [
        ['reference_check.expired', 'expired', null],
        ['reference_check.referee_expired', 'expired', waiting.id],
      ],
    );
  });
});
