import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION, WEBHOOK_EVENT_PAYLOADS } from '@vouch/contracts';
import { eq, sql } from 'drizzle-orm';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '../src/modules/integrations/integrations.tables.ts';
import { emitWebhookEvent } from '../src/modules/integrations/use-cases/emit-webhook-event.ts';
import { generateWebhookSecret } from '../src/modules/integrations/webhook-signing.ts';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { startReferenceCheck } from '../src/modules/references/use-cases/start-check.ts';
import { moveReferralStatus } from '../src/modules/referrals/index.ts';
import { makeCandidate, makeCompany, makeMember, makeReferral } from './helpers/factories.ts';
import { makeQuestionnaire, makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const t = useTestApp({ PUBLIC_URL: 'https://vouch.test' });

async function makeEndpoint(companyId: string, overrides: Partial<typeof webhookEndpoints.$inferInsert> = {}) {
  const [row] = await t.db
    .insert(webhookEndpoints)
    .values({
      companyId,
      url: 'https://ats.example/hooks',
      eventTypes: ['reference_check.completed'],
      secret: generateWebhookSecret(),
      ...overrides,
    })
    .returning();
  return row;
}

async function eventsOf(companyId: string) {
  return t.db
    .select()
    .from(webhookEvents)
    .where(eq(webhookEvents.companyId, companyId))
    .orderBy(webhookEvents.createdAt, sql`${webhookEvents.payload}->>'type'`);
}

async function deliveriesOf(eventId: string) {
  return t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, eventId));
}

describe('emitWebhookEvent', () => {
  test('inside a transaction that rolls back, nothing is queued', async () => {
    const company = await makeCompany(t.db);
    await makeEndpoint(company.id);
    await assert.rejects(
      t.db.transaction(async (tx) => {
        const id = await emitWebhookEvent(tx, company.id, 'reference_check.completed', { id: 'x' });
        assert.ok(id, 'queued inside the transaction');
        throw new Error('the change fails');
      }),
      /the change fails/,
    );
    assert.equal((await eventsOf(company.id)).length, 0);
    assert.equal(
      (await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.companyId, company.id))).length,
      0,
    );
  });

  test('a committed change queues one delivery per enabled endpoint subscribed to the type, and only those', async () => {
    const company = await makeCompany(t.db);
    const a = await makeEndpoint(company.id, { eventTypes: ['reference_check.completed', 'referral.created'] });
    const b = await makeEndpoint(company.id, { eventTypes: ['reference_check.completed'] });
    await makeEndpoint(company.id, { eventTypes: ['referral.created'] });
    await makeEndpoint(company.id, { disabledAt: new Date() });
    await makeEndpoint(company.id, { deletedAt: new Date() });
    const other = await makeCompany(t.db);
    await makeEndpoint(other.id);

    const at = new Date('2026-03-04T05:06:07.089Z');
    const id = await t.db.transaction((tx) =>
      emitWebhookEvent(tx, company.id, 'reference_check.completed', { id: 'c1', status: 'completed' }, { now: at }),
    );
    assert.ok(id);
    assert.match(id, /^msg_[A-Za-z0-9_-]{24}$/);
    const [event] = await eventsOf(company.id);
    assert.equal(event.id, id);
    assert.deepEqual(event.payload, {
      type: 'reference_check.completed',
      timestamp: '2026-03-04T05:06:07.089Z',
      data: { id: 'c1', status: 'completed' },
    });
    const deliveries = await deliveriesOf(id);
    assert.deepEqual(deliveries.map((d) => d.endpointId).sort(), [a.id, b.id].sort());
    assert.ok(deliveries.every((d) => d.status === 'pending' && d.attempts === 0));
    assert.equal((await eventsOf(other.id)).length, 0, 'another company’s endpoint gets nothing');
  });

  test('a company without a subscribed endpoint gets no rows', async () => {
    const company = await makeCompany(t.db);
    assert.equal(await emitWebhookEvent(t.db, company.id, 'referral.created', { id: 'r' }), null);
    await makeEndpoint(company.id, { eventTypes: ['reference_check.completed'] });
    assert.equal(await emitWebhookEvent(t.db, company.id, 'referral.created', { id: 'r' }), null);
    assert.equal((await eventsOf(company.id)).length, 0);
  });
});

describe('emit points', () => {
  test('a mark becomes referral.created when acted on, then moves are referral.status_changed, without the employee', async () => {
    const company = await makeCompany(t.db);
    const employee = await makeMember(t.db, company.id, 'employee');
    const endpoint = await makeEndpoint(company.id, { eventTypes: ['referral.created', 'referral.status_changed'] });
    const referral = await makeReferral(t.db, company.id, employee.membership.id, { source: 'cold_prospect' });
    assert.deepEqual(await eventsOf(company.id), [], 'a mark passed on is not on the board yet');
    for (const to of ['recruiter_contacted', 'candidate_interested'] as const)
      await t.db.transaction((tx) =>
        moveReferralStatus(tx, { companyId: company.id, referralId: referral.id, to, actorMembershipId: null }),
      );

    const events = await eventsOf(company.id);
    assert.deepEqual(
      events.map((e) => e.type),
      ['referral.created', 'referral.status_changed'],
    );
    assert.deepEqual(events[0].payload.data, {
      id: referral.id,
      source: 'cold_prospect',
      status: 'recruiter_contacted',
      previous_status: 'passed_on',
      candidate_id: null,
      job_id: null,
    });
    assert.deepEqual(events[1].payload.data, {
      id: referral.id,
      source: 'cold_prospect',
      status: 'candidate_interested',
      previous_status: 'recruiter_contacted',
      candidate_id: null,
      job_id: null,
    });
    for (const event of events) WEBHOOK_EVENT_PAYLOADS[event.type as 'referral.created'].parse(event.payload);
    const text = JSON.stringify(events.map((e) => e.payload));
    assert.ok(!text.includes(employee.membership.id), 'the employee is never named');
    assert.ok(!text.includes(employee.email));
    for (const event of events) assert.equal((await deliveriesOf(event.id))[0].endpointId, endpoint.id);
  });

  test('a referee answering and a check completing queue referee_answered and completed with the report link', async () => {
    const { company, member, client } = await companyWithMember(t, 'recruiter');
    await makeEndpoint(company.id, {
      eventTypes: ['reference_check.referee_answered', 'reference_check.completed', 'reference_check.cancelled'],
    });
    const check = await makeReferenceCheck(t.db, company.id, {
      refereesWanted: 1,
      status: 'in_progress',
      externalId: 'ats-check-7',
      createdById: member.membership.id,
    });
    const referee = await makeReferee(t.db, check, { name: 'Kim Referee' });
    const token = await issueRefereeToken(t.db, check, referee.id);
    const inject = (method: 'POST' | 'PATCH', path: string, payload: object) =>
      t.app.inject({ method, url: `/api/public/reference-referee/${token}/${path}`, payload });
    const device = { userAgent: 'Mozilla/5.0 Test', screen: '1280x800', timeZone: 'Europe/Stockholm' };
    assert.equal((await inject('POST', 'consent', { consentVersion: CONSENT_TEXT_VERSION, device })).statusCode, 200);
    const saved = await inject('PATCH', 'answers', { answers: { overall: 4, rehire: true } });
    assert.equal(saved.statusCode, 200, saved.body);
    const submitted = await inject('POST', 'submit', {});
    assert.equal(submitted.statusCode, 200, submitted.body);

    const events = await eventsOf(company.id);
    assert.deepEqual(events.map((e) => e.type).sort(), [
      'reference_check.completed',
      'reference_check.referee_answered',
    ]);
    const answered = events.find((e) => e.type === 'reference_check.referee_answered');
    const completed = events.find((e) => e.type === 'reference_check.completed');
    assert.ok(answered && completed);
    assert.deepEqual(answered.payload.data.referee, { id: referee.id, name: 'Kim Referee', relationship: 'manager' });
    assert.equal(answered.payload.data.referees_answered, 1);
    assert.equal(answered.payload.data.referees_wanted, 1);
    assert.equal(completed.payload.data.id, check.id);
    assert.equal(completed.payload.data.external_id, 'ats-check-7');
    assert.equal(completed.payload.data.status, 'completed');
    assert.deepEqual(completed.payload.data.candidate, { id: check.candidateId, external_id: null });
    assert.equal(completed.payload.data.report_url, `https://vouch.test/reference-checks/${check.id}/report`);
    // Every payload is the shape the contracts (and so the OpenAPI document) describe.
    for (const event of events) WEBHOOK_EVENT_PAYLOADS[event.type as 'reference_check.completed'].parse(event.payload);
    assert.ok(!JSON.stringify(events.map((e) => e.payload)).includes(referee.email ?? '@'), 'no contact details');

    // Cancelling another check queues reference_check.cancelled.
    const running = await makeReferenceCheck(t.db, company.id, { status: 'awaiting_referees' });
    const cancelled = await client.post(`/api/reference-checks/${running.id}/cancel`);
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    const after = await eventsOf(company.id);
    const cancelEvent = after.find((e) => e.type === 'reference_check.cancelled');
    assert.equal(cancelEvent?.payload.data.id, running.id);
    assert.equal(cancelEvent?.payload.data.status, 'cancelled');
    assert.equal(cancelEvent?.payload.data.report_url, undefined);
  });

  test('starting a check queues reference_check.created', async () => {
    const { company } = await companyWithMember(t, 'recruiter');
    await makeEndpoint(company.id, { eventTypes: ['reference_check.created'] });
    const candidate = await makeCandidate(t.db, company.id, { email: 'cand@example.com' });
    const { template } = await makeQuestionnaire(t.db, company.id);
    const checkId = await startReferenceCheck(
      t.db,
      { publicUrl: 'https://vouch.test' },
      {
        companyId: company.id,
        actorMembershipId: null,
        candidateId: candidate.id,
        jobId: null,
        placementId: null,
        settings: {
          templateId: template.id,
          subAccountId: null,
          language: 'en',
          candidateChannel: 'email',
          refereeChannel: 'email',
          refereesWanted: 2,
        },
        referees: [],
        source: 'api',
        externalId: 'ext-1',
      },
    );
    const [event] = await eventsOf(company.id);
    assert.equal(event.type, 'reference_check.created');
    assert.equal(event.payload.data.id, checkId);
    assert.equal(event.payload.data.external_id, 'ext-1');
    assert.equal(event.payload.data.status, 'awaiting_referees');
    assert.equal(event.payload.data.referees_wanted, 2);
  });
});
