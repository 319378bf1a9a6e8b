import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { candidates, placements } from '../src/modules/hiring/hiring.tables.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { referralBonuses, referralEvents, referrals, shareLinks } from '../src/modules/referrals/referrals.tables.ts';
import { makeCandidate, makeContact, makeJob } from './helpers/factories.ts';
import { intakeWorld, person, refer, setPolicy } from './helpers/intake-world.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { contentOf } from './helpers/outbox.ts';
import { useTestApp } from './helpers/suite.ts';

const t = useTestApp();
const LIMIT_SENTENCE =
  'You cannot refer this candidate because you have reached your maximum number of referrals for this requisition.';

describe('known candidates × both roles', () => {
  for (const role of ['employee', 'agent'] as const)
    for (const accept of [false, true])
      test(`${role}, accept known = ${accept}`, async () => {
        const w = await intakeWorld(t, { acceptKnownFromAgents: accept, acceptKnownFromEmployees: accept });
        const client = role === 'agent' ? w.agent.client : w.employee.client;
        const known = await makeCandidate(t.db, w.company.id, { firstName: 'Secret', lastName: 'Person' });
        const count = async () =>
          (await t.db.select().from(candidates).where(eq(candidates.companyId, w.company.id))).length;
        const before = await count();
        const res = await refer(client, person({ email: known.email?.toUpperCase(), jobIds: [w.jobA.id] }));
        if (!accept) {
          assert.equal(res.statusCode, 409, res.body);
          assert.equal(res.json().reason, 'referral.known_candidate');
          assert.ok(!res.body.includes(known.id) && !res.body.includes('Secret'), 'reveals nothing');
        } else {
          assert.equal(res.statusCode, 201, res.body);
          const [row] = await t.db.select().from(referrals).where(eq(referrals.id, res.json().referrals[0].id));
          assert.equal(row.candidateId, known.id, 'attached to the existing candidate');
        }
        assert.equal(await count(), before, 'no duplicate candidate');
      });

  test('likely duplicates count as known: phone, LinkedIn, name and company', async () => {
    const w = await intakeWorld(t);
    const known = await makeCandidate(t.db, w.company.id, {
      firstName: 'Ida',
      lastName: 'Holm',
      phone: '+46 70 111 22 33',
      linkedinUrl: 'https://www.linkedin.com/in/ida-holm-x',
      currentCompany: 'Globex AB',
    });
    for (const probe of [
      { phone: '070-111 22 33' },
      { linkedinUrl: 'linkedin.com/in/ida-holm-x/' },
      { firstName: 'Ida', lastName: 'Holm', company: 'Globex' },
    ]) {
      const res = await refer(w.employee.client, person(probe));
      assert.equal(res.statusCode, 409, `${JSON.stringify(probe)}: ${res.body}`);
      assert.equal(res.json().reason, 'referral.known_candidate');
    }
    assert.ok(known.id);
  });
});

describe('the agent limit per job', () => {
  test('20 concurrent submissions by one agent never exceed the limit, with the exact sentence', async () => {
    const w = await intakeWorld(t, { maxAgentSubmissionsPerJob: 3 });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => refer(w.agent.client, person({ jobIds: [w.jobA.id] }))),
    );
    const created = results.filter((r) => r.statusCode === 201);
    const refused = results.filter((r) => r.statusCode === 409);
    assert.equal(created.length, 3, results.map((r) => r.statusCode).join(','));
    assert.equal(refused.length, 17);
    for (const r of refused) {
      assert.equal(r.json().reason, 'referral.agent_limit');
      assert.equal(r.json().detail, LIMIT_SENTENCE);
    }
    const svRefused = await w.agent.client.post('/api/referrals', person({ jobIds: [w.jobA.id] }), {
      'accept-language': 'sv',
    });
    assert.match(svRefused.json().detail, /maximala antal hänvisningar/);
    const [{ n }] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(referrals)
      .where(and(eq(referrals.referrerMembershipId, w.agent.membership.id), eq(referrals.jobId, w.jobA.id)));
    assert.equal(n, 3);
    // Another job and another agent have their own counts.
    assert.equal((await refer(w.agent.client, person({ jobIds: [w.jobB.id] }))).statusCode, 201);
    assert.equal((await refer(w.agent2.client, person({ jobIds: [w.jobA.id] }))).statusCode, 201);
  });

  test('agents see only their agency’s jobs and only their own submissions', async () => {
    const w = await intakeWorld(t);
    const { job: hidden } = await makeJob(t.db, w.company.id, { title: 'Not for agencies' });
    const jobs = await w.agent.client.get('/api/referrals/jobs');
    assert.deepEqual(
      jobs
        .json()
        .items.map((j: { id: string }) => j.id)
        .sort(),
      [w.jobA.id, w.jobB.id].sort(),
    );
    const listed = await w.agent.client.get('/api/jobs');
    assert.deepEqual(
      listed
        .json()
        .items.map((j: { id: string }) => j.id)
        .sort(),
      [w.jobA.id, w.jobB.id].sort(),
      'the open jobs list shows an agent only their agency’s jobs',
    );
    assert.equal((await w.agent.client.get(`/api/jobs/${hidden.id}`)).statusCode, 404);
    const res = await refer(w.agent.client, person({ jobIds: [hidden.id] }));
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().errors[0].field, 'jobIds');
    await refer(w.agent.client, person({ jobIds: [w.jobA.id] }));
    await refer(w.agent2.client, person({ jobIds: [w.jobA.id] }));
    const mine = await w.agent.client.get('/api/my/referrals');
    assert.equal(mine.json().items.length, 1);
    const employeeJobs = await w.employee.client.get('/api/referrals/jobs');
    assert.ok(employeeJobs.json().items.some((j: { id: string }) => j.id === hidden.id));
  });
});

describe('second referrers, transfer, email and withdraw', () => {
  test('two employees racing to refer the same new person: one wins, the other is kindly refused', async () => {
    const w = await intakeWorld(t, { acceptKnownFromEmployees: true });
    const someone = person({ jobIds: [w.jobA.id] });
    const [a, b] = await Promise.all([refer(w.employee.client, someone), refer(w.employee2.client, someone)]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [201, 409]);
    assert.equal([a, b].find((r) => r.statusCode === 409)!.json().reason, 'referral.already_referred');
  });

  test('an admin transfers ownership with a reason: timeline line and nobody else may', async () => {
    const w = await intakeWorld(t);
    const made = await refer(w.employee.client, person());
    const id = made.json().referrals[0].id;
    const forbidden = await w.recruiter.client.post(`/api/referrals/${id}/transfer`, {
      toMembershipId: w.employee2.membership.id,
      reason: 'x',
    });
    assert.equal(forbidden.statusCode, 403);
    const res = await w.admin.client.post(`/api/referrals/${id}/transfer`, {
      toMembershipId: w.employee2.membership.id,
      reason: 'Anna introduced them first, <script>alert(1)</script>',
    });
    assert.equal(res.statusCode, 200, res.body);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    assert.equal(row.referrerMembershipId, w.employee2.membership.id);
    const lines = await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, id));
    const line = lines.find((l) => l.kind === 'ownership_transferred');
    assert.equal(line?.actorMembershipId, w.admin.membership.id);
    assert.equal(line?.note, 'Anna introduced them first, <script>alert(1)</script>');
    const same = await w.admin.client.post(`/api/referrals/${id}/transfer`, {
      toMembershipId: w.employee2.membership.id,
      reason: 'again',
    });
    assert.equal(same.json().reason, 'referral.transfer_same_referrer');
  });

  test('the referred person gets an email in their language with a withdraw link that works', async () => {
    const w = await intakeWorld(t);
    const someone = person({ language: 'sv', firstName: '<b>Nora</b>', jobIds: [w.jobA.id, w.jobB.id] });
    const res = await refer(w.employee.client, someone);
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().referrals.filter((r: { job: unknown }) => r.job).length, 2);
    const [message] = await t.db.select().from(messages).where(eq(messages.recipient, someone.email));
    assert.equal(message.language, 'sv');
    const content = contentOf(message);
    assert.match(content.text ?? '', /har rekommenderat dig/);
    assert.ok(!(content.html ?? '').includes('<b>Nora</b>'), 'names are escaped in HTML');
    const token = /withdraw-referral\?token=([A-Za-z0-9_-]+)/.exec(content.text ?? '')?.[1];
    assert.ok(token);
    const info = await t.app.inject({ method: 'GET', url: `/api/public/referral-withdrawals/${token}` });
    assert.equal(info.statusCode, 200, info.body);
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: '/api/public/referral-withdrawals',
      payload: { token },
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const rows = await t.db.select().from(referrals).where(eq(referrals.email, someone.email));
    assert.ok(rows.every((r) => r.status === 'withdrawn' && !r.active));
    const again = await t.app.inject({ method: 'POST', url: '/api/public/referral-withdrawals', payload: { token } });
    assert.equal(again.statusCode, 410);
  });

  test('My referrals: job, words, bonus state; never notes; self-applied by the setting', async () => {
    const w = await intakeWorld(t, { showSelfAppliedToReferrer: true });
    const someone = person({ jobIds: [w.jobA.id], note: 'Recruiter-only? no: the referrer wrote it' });
    await refer(w.employee.client, someone);
    const candidateId = (await t.db.select().from(referrals).where(eq(referrals.email, someone.email)))[0].candidateId!;
    const [step] = await t.db
      .execute(sql`select id from job_steps where job_id = ${w.jobB.id} order by position limit 1`)
      .then((r) => (r as unknown as { rows: { id: string }[] }).rows);
    await t.db.insert(placements).values({
      companyId: w.company.id,
      candidateId,
      jobId: w.jobB.id,
      stepId: step.id,
      origin: 'careers',
    });
    const mine = (await w.employee.client.get('/api/my/referrals')).json().items;
    assert.deepEqual(
      mine.map((i: { job: { title: string } | null; selfApplied: boolean; outcome: string }) => [
        i.job?.title,
        i.selfApplied,
        i.outcome,
      ]),
      // Newest first: the application came after the referral.
      [
        ['Data Engineer', true, 'waiting'],
        ['Backend Engineer', false, 'contacted'],
      ],
    );
    await setPolicy(t, w.company.id, { showSelfAppliedToReferrer: false });
    assert.equal((await w.employee.client.get('/api/my/referrals')).json().items.length, 1);
  });

  test('My referrals is one list: marks and referrals together, bonus state, actions only on marks', async () => {
    const w = await intakeWorld(t);
    const contact = await makeContact(t.db, w.company.id, w.employee.membership.id, { firstName: 'Mira' });
    const marked = await w.employee.client.post(`/api/contacts/${contact.id}/mark`, { mark: 'warm_prospect' });
    assert.equal(marked.statusCode, 201, marked.body);
    const referred = await refer(w.employee.client, person({ firstName: 'Rut', jobIds: [w.jobA.id] }));
    const referralId = referred.json().referrals.find((r: { job: unknown }) => r.job).id;
    await t.db.insert(referralBonuses).values({
      companyId: w.company.id,
      referralId,
      state: 'paid',
      value: 'SEK 10 000',
      hiredAt: new Date(),
      startDate: '2026-01-01',
      waitingDays: 0,
      eligibleOn: '2026-01-01',
    });
    const items = (await w.employee.client.get('/api/my/referrals')).json().items as {
      id: string;
      firstName: string;
      source: string;
      outcome: string;
      bonusState: string | null;
      job: { title: string } | null;
    }[];
    assert.deepEqual(
      items.map((i) => [i.firstName, i.source, i.job?.title ?? null, i.outcome, i.bonusState]),
      [
        ['Rut', 'employee_referral', 'Backend Engineer', 'hired', 'paid'],
        ['Mira', 'warm_prospect', null, 'waiting', null],
      ],
      'newest first; a paid bonus reads as hired; the candidate-level twin is not listed again',
    );
    const statuses = items.map((i) => (i as unknown as { status: string | null }).status);
    assert.deepEqual(statuses, [null, 'passed_on'], 'only a mark shows its own status; the rest are told in words');
    const changeReferred = await w.employee.client.patch(`/api/my/referrals/${referralId}`, { note: 'x' });
    assert.equal(changeReferred.statusCode, 409, 'a referral that is not a mark is not changed here');
    assert.equal((await w.employee.client.delete(`/api/my/referrals/${referralId}`)).statusCode, 409);
    const byOutcome = (await w.employee.client.get('/api/my/referrals?outcome=hired')).json().items;
    assert.deepEqual(
      byOutcome.map((i: { id: string }) => i.id),
      [referralId],
    );
    const agentList = await w.agent.client.get('/api/my/referrals');
    assert.equal(agentList.statusCode, 200, 'agents see their submissions in the same list');
    assert.deepEqual(agentList.json().items, []);
    assert.equal((await w.agent.client.patch(`/api/my/referrals/${referralId}`, { note: 'x' })).statusCode, 403);
  });

  test('a share-link application becomes the employee’s referral; a refused one still stands', async () => {
    const w = await intakeWorld(t);
    const [link] = await t.db
      .insert(shareLinks)
      .values({
        companyId: w.company.id,
        membershipId: w.employee.membership.id,
        jobId: w.jobA.id,
        token: crypto.randomUUID(),
      })
      .returning();
    const { placeAtFirstStep, insertCandidateRow } = await import('../src/modules/hiring/index.ts');
    const apply = (email: string, existing?: string) =>
      t.db.transaction(async (tx) => {
        const candidateId =
          existing ??
          (await insertCandidateRow(tx, w.company.id, null, {
            firstName: 'App',
            lastName: 'Licant',
            email,
            phone: null,
            linkedinUrl: null,
            currentCompany: null,
            currentTitle: null,
            language: 'en',
          }));
        await placeAtFirstStep(tx, {
          companyId: w.company.id,
          candidateId,
          jobId: w.jobA.id,
          origin: 'share_link',
          actorMembershipId: null,
          shareLinkId: link.id,
        });
        return candidateId;
      });
    const fresh = await apply(`${crypto.randomUUID()}@mail.example`);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.candidateId, fresh));
    assert.equal(row.source, 'share_link');
    assert.equal(row.referrerMembershipId, w.employee.membership.id);
    // Known from a minute ago: created_at keeps milliseconds, so one made in the same millisecond as the
    // application's transaction would read as made by it.
    const known = await makeCandidate(t.db, w.company.id, { createdAt: new Date(Date.now() - 60_000) });
    await apply(known.email!, known.id);
    assert.equal((await t.db.select().from(referrals).where(eq(referrals.candidateId, known.id))).length, 0);
    const placed = await t.db.select().from(placements).where(eq(placements.candidateId, known.id));
    assert.equal(placed.length, 1, 'the application stands');
  });
});

describe('routes: tenants, roles, bad input, the API', () => {
  test('another company’s ids answer 404; roles are checked; bad input names the field', async () => {
    const w = await intakeWorld(t);
    const other = await intakeWorld(t);
    const made = await refer(w.employee.client, person({ jobIds: [w.jobA.id] }));
    const id = made.json().referrals[0].id;
    const candidateId = (await t.db.select().from(referrals).where(eq(referrals.id, id)))[0].candidateId;
    const foreign = await refer(other.employee.client, person({ jobIds: [w.jobA.id] }));
    assert.equal(foreign.statusCode, 422);
    assert.equal((await other.admin.client.get(`/api/candidates/${candidateId}/referral-owner`)).statusCode, 404);
    assert.equal(
      (
        await other.admin.client.post(`/api/referrals/${id}/transfer`, {
          toMembershipId: other.employee.membership.id,
          reason: 'x',
        })
      ).statusCode,
      404,
    );
    assert.equal((await other.admin.client.get(`/api/jobs/${w.jobA.id}/agencies`)).statusCode, 404);
    assert.equal(
      (await w.admin.client.put(`/api/jobs/${w.jobA.id}/agencies`, { agencyIds: [other.agency.id] })).statusCode,
      422,
    );
    assert.equal(
      (await w.employee.client.put('/api/referral-policy', { ownershipMode: 'submission' })).statusCode,
      403,
    );
    assert.equal((await w.agent.client.get(`/api/candidates/${candidateId}/referral-owner`)).statusCode, 403);
    const bad = await w.admin.client.put('/api/referral-policy', { maxAgentSubmissionsPerJob: -1 });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'maxAgentSubmissionsPerJob');
    const noEmail = await refer(w.employee.client, { firstName: 'A', lastName: 'B', email: 'nope' });
    assert.equal(noEmail.json().errors[0].field, 'email');
    const script = '<script>alert(1)</script>';
    const scripted = await refer(w.employee.client, person({ lastName: script, relationship: script, note: script }));
    assert.equal(scripted.statusCode, 201, scripted.body);
    const mine = await w.employee.client.get('/api/my/referrals');
    assert.equal(mine.headers['content-type']?.toString().startsWith('application/json'), true);
  });

  test('POST /api/v1/referrals: same use case, Idempotency-Key replays, policy refusals as 409', async () => {
    const w = await intakeWorld(t, { maxAgentSubmissionsPerJob: 1 });
    const { key } = await makeApiKey(t.db, w.company.id);
    const post = (body: unknown, idem?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/referrals',
        payload: body as object,
        headers: { authorization: `Bearer ${key}`, ...(idem ? { 'idempotency-key': idem } : {}) },
      });
    const body = {
      referrer_email: w.employee.email,
      first_name: 'Sara',
      last_name: 'Lind',
      email: `${crypto.randomUUID()}@mail.example`,
      job_id: w.jobA.id,
    };
    const first = await post(body, 'k-1');
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().source, 'submission');
    const replay = await post(body, 'k-1');
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.json().id, first.json().id);
    const again = await post(body, 'k-2');
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().reason, 'referral.known_candidate');
    const unknown = await post({ ...body, referrer_email: 'nobody@x.example', email: 'n@x.example' });
    assert.equal(unknown.statusCode, 422);
    const agentBody = { ...body, referrer_email: w.agent.email };
    assert.equal((await post({ ...agentBody, email: `${crypto.randomUUID()}@m.example` })).statusCode, 201);
    const over = await post({ ...agentBody, email: `${crypto.randomUUID()}@m.example` });
    assert.equal(over.json().detail, LIMIT_SENTENCE);
  });
});
