import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type TReferralStatus, WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT_TYPE } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  emitCheckEvent,
  emitRefereeEvent,
  emitReferralEvent,
  sendTestEvent,
} from '../src/modules/integrations/index.ts';
import { webhookEndpoints, webhookEvents } from '../src/modules/integrations/integrations.tables.ts';
import { referralBonuses, referralEvents } from '../src/modules/referrals/referrals.tables.ts';
import { publish } from '../src/platform/events.ts';
import { apiContractChecker, webhookPayloadChecker } from './helpers/api-contract.ts';
import { makeCompany, makeMember, makeReferral } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

/**
 * The check every test app runs on every `/api/v1` answer (helpers/api-contract.ts) must catch an
 * answer outside the OpenAPI document: a documented test-only route gives wrong answers on purpose.
 */
const t = useTestApp(
  {},
  {
    routes: (app) => {
      app.get(
        '/api/v1/test-contract',
        {
          config: { access: 'api:read' },
          schema: {
            querystring: z.object({ answer: z.enum(['right', 'undocumented_status', 'text', 'app_problem']) }),
            response: { 200: z.object({ n: z.number() }) },
          },
        },
        async (request, typedReply) => {
          // This route answers outside its own schema on purpose.
          const reply = typedReply as FastifyReply;
          const problem = { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict' };
          switch ((request.query as { answer: string }).answer) {
            case 'right':
              return { n: 1 };
            case 'undocumented_status':
              return reply.status(409).type('application/problem+json').send(JSON.stringify(problem));
            case 'text':
              return reply.type('text/plain').send('n=1');
            case 'app_problem':
              // The app's spelling of the request id, not /api/v1's `request_id`.
              return reply
                .status(400)
                .type('application/problem+json')
                .send(JSON.stringify({ ...problem, status: 400, code: 'bad_request', requestId: request.id }));
          }
        },
      );
    },
  },
);

describe('the OpenAPI contract check of /api/v1 answers', () => {
  const ask = async (answer: string) => {
    const company = await makeCompany(t.db);
    const { key } = await makeApiKey(t.db, company.id);
    return t.withApiKey(key).get(`/api/v1/test-contract?answer=${answer}`);
  };
  /** What the check recorded for the last answer, taken so this test does not fail for it. */
  const recorded = () => t.contractViolations.splice(0).join('\n');

  test('a right answer passes', async () => {
    const res = await ask('right');
    assert.equal(res.statusCode, 200);
    assert.equal(recorded(), '');
  });

  test('an undocumented status, another content type or a body outside the schema is recorded', async () => {
    assert.equal((await ask('undocumented_status')).statusCode, 409);
    assert.match(recorded(), /GET \/api\/v1\/test-contract → 409: the status is not documented/);

    await ask('text');
    assert.match(recorded(), /content type "text\/plain" is not one of application\/json/);

    await ask('app_problem');
    assert.match(
      recorded(),
      /→ 400: the body does not fit the schema: the body must NOT have additional properties \(requestId\)/,
    );
  });

  test('a missing required header is recorded; an unknown operation is reported', async () => {
    const check = apiContractChecker(t.app.swagger());
    const right = {
      method: 'GET',
      route: '/api/v1/candidates/:id',
      status: 404,
      headers: {
        'content-type': 'application/problem+json; charset=utf-8',
        'x-request-id': 'r-1',
        'ratelimit-policy': '600;w=60',
        'ratelimit-limit': 600,
        'ratelimit-remaining': 599,
        'ratelimit-reset': 60,
      },
      body: JSON.stringify({ type: 'x', title: 'Not found', status: 404, code: 'not_found', request_id: 'r-1' }),
    };
    assert.deepEqual(check(right), []);
    const { 'ratelimit-remaining': _left, ...withoutRemaining } = right.headers;
    assert.deepEqual(check({ ...right, headers: withoutRemaining }), [
      'GET /api/v1/candidates/{id} → 404: the required header RateLimit-Remaining is missing',
    ]);
    assert.deepEqual(check({ ...right, status: 401 }), [
      'GET /api/v1/candidates/{id} → 401: the required header WWW-Authenticate is missing',
    ]);
    assert.deepEqual(check({ ...right, route: '/api/v1/nothing' }), [
      'GET /api/v1/nothing is not in the OpenAPI document',
    ]);
  });

  test('webhook payloads, as Vouch builds them for each event type, fit the document’s webhooks', async () => {
    const company = await makeCompany(t.db);
    const admin = await makeMember(t.db, company.id, 'admin');
    const [endpoint] = await t.db
      .insert(webhookEndpoints)
      .values({
        companyId: company.id,
        url: 'https://93.184.216.34/hooks',
        eventTypes: [...WEBHOOK_EVENT_TYPES],
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw8sF3pn2xB5E=',
      })
      .returning();
    const check = await makeReferenceCheck(t.db, company.id, { externalId: 'app-1', status: 'completed' });
    const referee = await makeReferee(t.db, check, { status: 'answered', answeredAt: new Date() });
    const checkEvents = [
      'reference_check.created',
      'reference_check.completed',
      'reference_check.cancelled',
      'reference_check.expired',
    ] as const;
    for (const type of checkEvents) await emitCheckEvent(t.db, t.config, type, company.id, check.id);
    await emitRefereeEvent(t.db, t.config, 'reference_check.referee_named', company.id, referee.id, {
      added_by: 'api',
    });
    for (const type of [
      'reference_check.referee_answered',
      'reference_check.referee_declined',
      'reference_check.referee_expired',
    ] as const)
      await emitRefereeEvent(t.db, t.config, type, company.id, referee.id, {});
    await emitRefereeEvent(t.db, t.config, 'reference_check.referee_bounced', company.id, referee.id, {
      channel: 'email',
    });
    // The first move onto the board is `referral.created`, a later one `referral.status_changed`.
    const referral = await makeReferral(t.db, company.id, admin.membership.id, { status: 'interviewing' });
    const move = (fromStatus: TReferralStatus | null, toStatus: TReferralStatus) =>
      t.db.insert(referralEvents).values({ companyId: company.id, referralId: referral.id, fromStatus, toStatus });
    await move(null, 'refer_request_sent');
    await emitReferralEvent(t.db, { companyId: company.id, referralId: referral.id, previousStatus: null });
    await move('refer_request_sent', 'interviewing');
    await emitReferralEvent(t.db, {
      companyId: company.id,
      referralId: referral.id,
      previousStatus: 'refer_request_sent',
    });
    // A bonus made eligible, then paid: the domain event the referrals module publishes, in its transaction.
    const [bonus] = await t.db
      .insert(referralBonuses)
      .values({
        companyId: company.id,
        referralId: referral.id,
        state: 'eligible',
        value: 'SEK 10 000',
        amount: '10000.00',
        currency: 'SEK',
        hiredAt: new Date(),
        startDate: '2026-01-01',
        waitingDays: 90,
        eligibleOn: '2026-04-01',
      })
      .returning();
    const bonusChanged = {
      type: 'referral.bonus_changed',
      companyId: company.id,
      referralId: referral.id,
      bonusId: bonus.id,
    } as const;
    await publish(t.db, { ...bonusChanged, state: 'eligible', previousState: 'pending' });
    await t.db
      .update(referralBonuses)
      .set({ state: 'paid', paidOn: '2026-04-30', paidAmount: '10000.00' })
      .where(eq(referralBonuses.id, bonus.id));
    await publish(t.db, { ...bonusChanged, state: 'paid', previousState: 'approved' });
    await sendTestEvent(t.db, company.id, endpoint.id);

    const events = await t.db.select().from(webhookEvents).where(eq(webhookEvents.companyId, company.id));
    assert.deepEqual(new Set(events.map((e) => e.type)), new Set([...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT_TYPE]));
    const problemsOf = webhookPayloadChecker((await t.anonymous.get('/api/v1/openapi.json')).json());
    for (const event of events) assert.deepEqual(problemsOf(JSON.stringify(event.payload)), [], event.type);
    // And the check itself can fail: a payload missing a member.
    const { data, ...rest } = events[0].payload as { data: Record<string, unknown> };
    const { id: _id, ...withoutId } = data;
    assert.equal(problemsOf(JSON.stringify({ ...rest, data: withoutId })).length, 1);
  });
});
