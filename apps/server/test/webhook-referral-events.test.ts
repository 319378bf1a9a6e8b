import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { webhookEndpoints, webhookEvents } from '../src/modules/integrations/integrations.tables.ts';
import { generateWebhookSecret } from '../src/modules/integrations/webhook-signing.ts';
import { makeContact, makeMember } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

/**
 * `referral.created` and `referral.status_changed` point at a referral an integrator can read with
 * `GET /api/v1/referrals/{id}`: a mark an employee passed on waits beside the board and is no event
 * until a recruiter acts on it; a cold prospect's employee is never named.
 */
describe('referral events point at readable referrals', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test' });

  async function world() {
    const { company, client: recruiter } = await companyWithMember(t, 'recruiter');
    const employee = await makeMember(t.db, company.id, 'employee', { name: 'Erik Holm' });
    const employeeClient = await t.signIn(employee.email);
    await t.db.insert(webhookEndpoints).values({
      companyId: company.id,
      url: 'https://93.184.216.34/hooks',
      eventTypes: ['referral.created', 'referral.status_changed'],
      secret: generateWebhookSecret(),
    });
    const { key } = await makeApiKey(t.db, company.id, ['read']);
    const events = async () =>
      (
        await t.db
          .select()
          .from(webhookEvents)
          .where(eq(webhookEvents.companyId, company.id))
          .orderBy(webhookEvents.createdAt)
      ).map((e) => ({ type: e.type, data: e.payload.data as { id: string; status: string } }));
    const read = (id: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/referrals/${id}`, headers: { authorization: `Bearer ${key}` } });
    const mark = async (mark: string) => {
      const contact = await makeContact(t.db, company.id, employee.membership.id);
      const res = await employeeClient.post(`/api/contacts/${contact.id}/mark`, { mark });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as string;
    };
    return { company, employee, recruiter, events, read, mark };
  }

  test('a network mark is no event until acted on; then referral.created names an id the API reads', async () => {
    const w = await world();
    const introduction = await w.mark('email_introduction');
    const cold = await w.mark('cold_prospect');
    assert.deepEqual(await w.events(), [], 'marks passed on are not on the board, so no event yet');
    assert.equal((await w.read(introduction)).statusCode, 404);

    const requested = await w.recruiter.post(`/api/referrals/${introduction}/request-introduction`, { message: null });
    assert.equal(requested.statusCode, 200, requested.body);
    const contacted = await w.recruiter.post(`/api/referrals/${cold}/status`, {
      status: 'recruiter_contacted',
      note: null,
    });
    assert.equal(contacted.statusCode, 200, contacted.body);

    const events = await w.events();
    assert.deepEqual(
      events.map((e) => [e.type, e.data.id, e.data.status]),
      [
        ['referral.created', introduction, 'introduction_requested'],
        ['referral.created', cold, 'recruiter_contacted'],
      ],
    );
    for (const event of events) {
      const res = await w.read(event.data.id);
      assert.equal(res.statusCode, 200, `the event's referral is readable: ${res.body}`);
      assert.equal(res.json().status, event.data.status);
    }
    assert.equal((await w.read(cold)).json().referrer, null, 'a cold prospect’s employee is never shown');
    const text = JSON.stringify(events);
    assert.ok(!text.includes(w.employee.membership.id) && !text.includes('Erik Holm'), 'the employee is never named');
  });

  test('moving back to passed_on is no event; coming back is a status change, not a second creation', async () => {
    const w = await world();
    const id = await w.mark('warm_prospect');
    const move = async (status: string) => {
      const res = await w.recruiter.post(`/api/referrals/${id}/status`, { status, note: null });
      assert.equal(res.statusCode, 200, res.body);
    };
    await move('recruiter_contacted');
    await move('passed_on');
    await move('candidate_interested');
    assert.deepEqual(
      (await w.events()).map((e) => [e.type, e.data.status]),
      [
        ['referral.created', 'recruiter_contacted'],
        ['referral.status_changed', 'candidate_interested'],
      ],
    );
    assert.equal((await w.read(id)).statusCode, 200);
  });
});
