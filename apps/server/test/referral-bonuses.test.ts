import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { candidates, placements } from '../src/modules/hiring/index.ts';
import { webhookEndpoints, webhookEvents } from '../src/modules/integrations/integrations.tables.ts';
import { generateWebhookSecret } from '../src/modules/integrations/webhook-signing.ts';
import { addDays } from '../src/modules/referrals/bonus-dates.ts';
import { referralBonuses, referralEvents, referrals, runBonusEligibility } from '../src/modules/referrals/index.ts';
import {
  makeBonusTier,
  makeCandidate,
  makeDepartment,
  makeJob,
  makeMember,
  makeReferral,
  makeTwoTenants,
} from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const DAY = 24 * 60 * 60_000;

/**
 * The bonus from the hire to the payout: a referred candidate entering a `hired` step hires the
 * owning referral and starts its bonus with the tier's rule; the background job makes it eligible
 * after the waiting period; admins approve, pay (retiring the link) or forfeit it.
 */
describe('referral bonuses', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test' });

  async function world(options: { tier?: boolean; departmentTier?: boolean; waitingDays?: number } = {}) {
    const { company, member: admin, client: adminClient } = await companyWithMember(t, 'admin');
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const recruiterClient = await t.signIn(recruiter.email);
    const employee = await makeMember(t.db, company.id, 'employee', { name: 'Erik Holm' });
    const department = await makeDepartment(t.db, company.id);
    const { job, steps } = await makeJob(t.db, company.id, { departmentId: department.id });
    if (options.tier !== false)
      await makeBonusTier(t.db, company.id, {
        name: 'All jobs',
        value: 'SEK 5 000',
        amount: '5000.00',
        currency: 'SEK',
        waitingDays: options.waitingDays ?? 90,
        position: 0,
      });
    if (options.departmentTier)
      await makeBonusTier(t.db, company.id, {
        name: 'Department',
        value: 'SEK 20 000',
        amount: '20000.00',
        currency: 'SEK',
        departmentId: department.id,
        waitingDays: 30,
        position: 1,
      });
    const candidate = await makeCandidate(t.db, company.id);
    const referral = await makeReferral(t.db, company.id, employee.membership.id, {
      contact: null,
      source: 'employee_referral',
      status: 'recruiter_contacted',
      candidateId: candidate.id,
      jobId: job.id,
      ownership: 'submission',
    });
    const [placement] = await t.db
      .insert(placements)
      .values({ companyId: company.id, candidateId: candidate.id, jobId: job.id, stepId: steps[0].id })
      .returning();
    const hire = async () => {
      const hired = steps.find((s) => s.kind === 'hired')!;
      const res = await recruiterClient.put(`/api/placements/${placement.id}/step`, { stepId: hired.id });
      assert.equal(res.statusCode, 200, res.body);
    };
    const bonus = async () =>
      (await t.db.select().from(referralBonuses).where(eq(referralBonuses.referralId, referral.id)))[0];
    const timeline = async () =>
      t.db
        .select({ kind: referralEvents.kind, note: referralEvents.note, toStatus: referralEvents.toStatus })
        .from(referralEvents)
        .where(eq(referralEvents.referralId, referral.id))
        .orderBy(referralEvents.createdAt);
    return {
      company,
      admin,
      adminClient,
      recruiterClient,
      employee,
      job,
      steps,
      referral,
      placement,
      hire,
      bonus,
      timeline,
    };
  }

  const future = (days: number) => new Date(Date.now() + days * DAY);

  test('the hire hires the owning referral and starts a pending bonus with the tier’s rule', async () => {
    const w = await world({ departmentTier: true });
    await w.hire();
    const [referral] = await t.db.select().from(referrals).where(eq(referrals.id, w.referral.id));
    assert.equal(referral.status, 'hired');
    const bonus = await w.bonus();
    assert.equal(bonus.state, 'pending');
    assert.equal(bonus.value, 'SEK 20 000', 'the department’s own tier comes before the all-jobs tier');
    assert.equal(bonus.amount, '20000.00');
    assert.equal(bonus.waitingDays, 30);
    const start = new Date(`${bonus.startDate}T00:00:00Z`);
    assert.equal(bonus.eligibleOn, new Date(start.getTime() + 30 * DAY).toISOString().slice(0, 10));
    const lines = await w.timeline();
    assert.deepEqual(
      lines.slice(-2).map((l) => [l.kind, l.note ?? l.toStatus]),
      [
        ['status', 'hired'],
        ['bonus', 'pending'],
      ],
    );
    // Moving away and back to the hired step adds no second bonus.
    const moveTo = async (stepId: string) =>
      (await w.recruiterClient.put(`/api/placements/${w.placement.id}/step`, { stepId })).statusCode;
    assert.equal(await moveTo(w.steps[1].id), 200);
    await w.hire();
    assert.equal(
      (await t.db.select().from(referralBonuses).where(eq(referralBonuses.referralId, w.referral.id))).length,
      1,
    );
  });

  test('no matching tier: the referral is hired, no bonus', async () => {
    const w = await world({ tier: false });
    await w.hire();
    assert.equal(await w.bonus(), undefined);
    const [referral] = await t.db.select().from(referrals).where(eq(referrals.id, w.referral.id));
    assert.equal(referral.status, 'hired');
    const lines = await w.timeline();
    assert.deepEqual(
      [lines.at(-1)?.kind, lines.at(-1)?.note],
      ['bonus', 'none'],
      'the timeline says no tier covers the job',
    );
  });

  test('state machine: eligible after the waiting period, approve, pay (link retired); wrong moves are 409', async () => {
    const w = await world({ waitingDays: 90 });
    await w.hire();
    const id = (await w.bonus()).id;
    const approve = () => w.adminClient.post(`/api/referral-bonuses/${id}/approve`);
    const pay = () =>
      w.adminClient.post(`/api/referral-bonuses/${id}/paid`, {
        paidOn: '2027-01-25',
        amount: 5000,
        payrollReference: 'PAY-2027-01/17',
      });

    let res = await approve();
    assert.equal(res.statusCode, 409, 'pending cannot be approved');
    assert.equal(res.json().reason, 'bonus.not_eligible');

    // Not yet: the clock a day before the waiting period ends.
    await runBonusEligibility({ db: t.db, now: future(88) });
    assert.equal((await w.bonus()).state, 'pending');
    // The clock past the waiting period (other tests' bonuses may become eligible too: the job is global).
    const run = await runBonusEligibility({ db: t.db, now: future(92) });
    assert.ok(run.eligible >= 1);
    assert.equal((await w.bonus()).state, 'eligible');
    assert.equal((await runBonusEligibility({ db: t.db, now: future(92) })).eligible, 0, 'claimed once');

    res = await pay();
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().reason, 'bonus.not_approved');
    res = await approve();
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().state, 'approved');
    assert.equal((await approve()).statusCode, 409, 'approved twice');
    res = await pay();
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().state, 'paid');
    assert.equal(res.json().paidAmount, 5000);
    assert.equal(res.json().payrollReference, 'PAY-2027-01/17');
    const [referral] = await t.db.select().from(referrals).where(eq(referrals.id, w.referral.id));
    assert.ok(referral.linkRetiredAt, 'paying retires the referral link');
    res = await w.adminClient.post(`/api/referral-bonuses/${id}/forfeit`, { reason: 'Left' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().reason, 'bonus.not_forfeitable');

    const lines = (await w.timeline()).filter((l) => l.kind === 'bonus').map((l) => l.note);
    assert.deepEqual(lines, ['pending', 'eligible', 'approved', 'paid']);
  });

  test('forfeit from pending with a reason; the start date moves the eligible day while pending', async () => {
    const w = await world({ waitingDays: 10 });
    await w.hire();
    const { id, startDate: hiredOn } = await w.bonus();
    const later = addDays(hiredOn, 60);
    let res = await w.recruiterClient.put(`/api/referral-bonuses/${id}/start-date`, { startDate: later });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().eligibleOn, addDays(later, 10));
    res = await w.adminClient.post(`/api/referral-bonuses/${id}/forfeit`, { reason: 'Left after two weeks' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().state, 'forfeited');
    assert.equal(res.json().forfeitReason, 'Left after two weeks');
    res = await w.adminClient.put(`/api/referral-bonuses/${id}/start-date`, { startDate: '2027-03-02' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().reason, 'bonus.not_pending');
  });

  test('the candidate’s Referrals tab carries the bonus; a start date far from the hire is refused by field', async () => {
    const w = await world({ waitingDays: 10 });
    const tab = async () =>
      (await w.recruiterClient.get(`/api/candidates/${w.referral.candidateId}/referrals`)).json().items[0];
    assert.equal((await tab()).bonus, null, 'no bonus before the hire');
    await w.hire();
    const shown = (await tab()).bonus;
    const { id, startDate: hiredOn } = await w.bonus();
    assert.deepEqual(
      [shown.id, shown.state, shown.hiredOn, shown.startDate, shown.eligibleOn],
      [id, 'pending', hiredOn, hiredOn, addDays(hiredOn, 10)],
    );
    for (const far of [addDays(hiredOn, 366), addDays(hiredOn, -366), '2062-01-01']) {
      const res = await w.recruiterClient.put(`/api/referral-bonuses/${id}/start-date`, { startDate: far });
      assert.equal(res.statusCode, 400, `${far}: ${res.body}`);
      assert.equal(res.json().reason, 'bonus.start_date_out_of_range');
      assert.equal(res.json().errors[0].field, 'startDate');
      assert.match(res.json().detail, /within a year of the hire/);
    }
    const far = await w.recruiterClient.put(`/api/referral-bonuses/${id}/start-date`, { startDate: '2062-01-01' });
    // The clients word the reason in the person's language from these.
    assert.deepEqual(far.json().params, { from: addDays(hiredOn, -365), to: addDays(hiredOn, 365) });
    const bad = await w.recruiterClient.put(`/api/referral-bonuses/${id}/start-date`, { startDate: '2027-02-30' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'startDate');
    const ok = await w.recruiterClient.put(`/api/referral-bonuses/${id}/start-date`, {
      startDate: addDays(hiredOn, 365),
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await tab()).bonus.eligibleOn, addDays(hiredOn, 375));
  });

  test('webhooks: bonus.eligible and bonus.paid, never naming the referrer', async () => {
    const w = await world({ waitingDays: 0 });
    await t.db.insert(webhookEndpoints).values({
      companyId: w.company.id,
      url: 'https://93.184.216.34/hooks',
      eventTypes: ['bonus.eligible', 'bonus.paid'],
      secret: generateWebhookSecret(),
    });
    await w.hire();
    const id = (await w.bonus()).id;
    await runBonusEligibility({ db: t.db, now: future(1) });
    assert.equal((await w.adminClient.post(`/api/referral-bonuses/${id}/approve`)).statusCode, 200);
    const paid = await w.adminClient.post(`/api/referral-bonuses/${id}/paid`, {
      paidOn: '2027-01-25',
      amount: 5000,
      payrollReference: 'P-1',
    });
    assert.equal(paid.statusCode, 200, paid.body);
    const events = await t.db
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.companyId, w.company.id))
      .orderBy(webhookEvents.createdAt);
    assert.deepEqual(
      events.map((e) => e.type),
      ['bonus.eligible', 'bonus.paid'],
    );
    const data = events[1].payload.data as Record<string, unknown>;
    assert.equal(data.id, id);
    assert.equal(data.referral_id, w.referral.id);
    assert.equal(data.paid_amount, '5000.00');
    assert.equal(data.payroll_reference, 'P-1');
    assert.ok(!JSON.stringify(events).includes('Erik Holm'));
  });

  test('payouts list and CSV: states filter, formula-like names made inert', async () => {
    const w = await world({ waitingDays: 0 });
    await t.db
      .update(candidates)
      .set({ firstName: '=HYPERLINK("x")' })
      .where(eq(candidates.id, w.referral.candidateId!));
    await w.hire();
    await runBonusEligibility({ db: t.db, now: future(1) });
    let res = await w.adminClient.get('/api/referral-bonuses?state=eligible,approved');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().items.length, 1);
    assert.equal(res.json().items[0].referrer.name, 'Erik Holm');
    res = await w.adminClient.get('/api/referral-bonuses?state=paid');
    assert.equal(res.json().items.length, 0);
    res = await w.adminClient.get('/api/referral-bonuses?state=bogus');
    assert.equal(res.statusCode, 400);
    res = await w.adminClient.get('/api/referral-bonuses/export.csv?state=eligible');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/csv/);
    assert.ok(res.body.includes('Erik Holm'));
    assert.ok(res.body.includes(`"'=HYPERLINK`) || res.body.includes(`'=HYPERLINK`), res.body);
    res = await w.adminClient.get(`/api/referral-bonuses?cursor=${Buffer.from('["x","y"]').toString('base64url')}`);
    assert.equal(res.statusCode, 400, 'a forged cursor is a client error');
  });

  test('tenants and roles: another company’s admin gets 404; employees and recruiters cannot approve or pay', async () => {
    const w = await world({ waitingDays: 0 });
    await w.hire();
    const id = (await w.bonus()).id;
    const { a, b } = await makeTwoTenants(t.db);
    void a;
    const other = await t.signIn(b.admin.email);
    for (const [method, url, body] of [
      ['post', `/api/referral-bonuses/${id}/approve`, {}],
      ['post', `/api/referral-bonuses/${id}/paid`, { paidOn: '2027-01-01', amount: 1, payrollReference: 'X' }],
      ['post', `/api/referral-bonuses/${id}/forfeit`, { reason: 'x' }],
      ['put', `/api/referral-bonuses/${id}/start-date`, { startDate: '2027-01-01' }],
    ] as const) {
      const res = await other[method](url, body);
      assert.equal(res.statusCode, 404, `${url}: ${res.body}`);
    }
    assert.equal((await other.get('/api/referral-bonuses')).json().items.length, 0);

    const employee = await t.signIn(w.employee.email);
    for (const client of [employee, w.recruiterClient]) {
      assert.equal((await client.post(`/api/referral-bonuses/${id}/approve`)).statusCode, 403);
      assert.equal(
        (
          await client.post(`/api/referral-bonuses/${id}/paid`, {
            paidOn: '2027-01-01',
            amount: 1,
            payrollReference: 'X',
          })
        ).statusCode,
        403,
      );
      assert.equal((await client.get('/api/referral-bonuses')).statusCode, 403);
    }
    assert.equal(
      (await employee.put(`/api/referral-bonuses/${id}/start-date`, { startDate: '2027-01-01' })).statusCode,
      403,
    );
    assert.equal((await w.bonus()).state, 'pending');
  });

  test('bad input: negative amount, bad currency, script in the payroll reference are 400 with the field', async () => {
    const w = await world({ waitingDays: 0 });
    await w.hire();
    await runBonusEligibility({ db: t.db, now: future(1) });
    const id = (await w.bonus()).id;
    assert.equal((await w.adminClient.post(`/api/referral-bonuses/${id}/approve`)).statusCode, 200);
    const fieldOf = (res: { statusCode: number; json: () => { errors?: { field: string }[] } }) => {
      assert.equal(res.statusCode, 400);
      return res.json().errors?.map((e) => e.field);
    };
    const pay = (body: object) =>
      w.adminClient.post(`/api/referral-bonuses/${id}/paid`, {
        paidOn: '2027-01-01',
        amount: 10,
        payrollReference: 'OK-1',
        ...body,
      });
    assert.deepEqual(fieldOf(await pay({ amount: -5 })), ['amount']);
    assert.deepEqual(fieldOf(await pay({ amount: 1.005 })), ['amount']);
    assert.deepEqual(fieldOf(await pay({ payrollReference: '<script>alert(1)</script>' })), ['payrollReference']);
    assert.ok(fieldOf(await pay({ paidOn: 'yesterday' }))?.includes('paidOn'));
    assert.equal((await w.adminClient.post(`/api/referral-bonuses/${id}/forfeit`, { reason: '' })).statusCode, 400);
    assert.equal((await w.bonus()).state, 'approved');

    const tier = (body: object) =>
      w.adminClient.post('/api/company/bonus-tiers', { name: `T ${Math.random()}`, value: 'SEK 1', ...body });
    assert.deepEqual(fieldOf(await tier({ amount: -1, currency: 'SEK' })), ['amount']);
    assert.deepEqual(fieldOf(await tier({ amount: 10, currency: 'kronor' })), ['currency']);
    assert.deepEqual(fieldOf(await tier({ amount: 10 })), ['currency']);
    assert.deepEqual(fieldOf(await tier({ waitingDays: -1 })), ['waitingDays']);
    const unknownDepartment = await tier({ departmentId: crypto.randomUUID() });
    assert.equal(unknownDepartment.statusCode, 422, 'an unknown id, as elsewhere');
    assert.equal(unknownDepartment.json().errors[0].field, 'departmentId');
    const saved = await tier({
      amount: 10000,
      currency: 'sek',
      waitingDays: 60,
      value: '<img src=x onerror=alert(1)>',
    });
    assert.equal(saved.statusCode, 201, saved.body);
    assert.equal(saved.json().currency, 'SEK');
    assert.equal(saved.json().amount, 10000);
    assert.equal(saved.json().value, '<img src=x onerror=alert(1)>', 'stored as text; the web renders it inert');
  });

  test('the board filters by ownership and bonus state', async () => {
    const w = await world({ waitingDays: 0 });
    await w.hire();
    const ids = async (query: string) =>
      ((await w.recruiterClient.get(`/api/referrals?${query}`)).json().items as { id: string }[]).map((r) => r.id);
    assert.ok((await ids('ownership=submission')).includes(w.referral.id));
    assert.ok(!(await ids('ownership=candidate')).includes(w.referral.id));
    assert.ok(!(await ids('ownership=none')).includes(w.referral.id));
    assert.ok((await ids('bonusState=pending')).includes(w.referral.id));
    assert.ok(!(await ids('bonusState=eligible')).includes(w.referral.id));
    assert.ok(!(await ids('bonusState=none')).includes(w.referral.id));
    assert.equal((await w.recruiterClient.get('/api/referrals?bonusState=nope')).statusCode, 400);
    const [timelineRow] = await t.db
      .select()
      .from(referralEvents)
      .where(and(eq(referralEvents.referralId, w.referral.id), eq(referralEvents.kind, 'bonus')));
    assert.ok(timelineRow);
  });

  test('two eligibility runs in parallel make each bonus eligible exactly once, one event each', async () => {
    const w = await world({ waitingDays: 0 });
    await t.db.insert(webhookEndpoints).values({
      companyId: w.company.id,
      url: 'https://93.184.216.34/hooks',
      eventTypes: ['bonus.eligible'],
      secret: generateWebhookSecret(),
    });
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const referral = await makeReferral(t.db, w.company.id, w.employee.membership.id, {
        contact: null,
        status: 'hired',
      });
      const [bonus] = await t.db
        .insert(referralBonuses)
        .values({
          companyId: w.company.id,
          referralId: referral.id,
          value: 'SEK 1 000',
          hiredAt: new Date(),
          startDate: '2026-01-01',
          waitingDays: 0,
          eligibleOn: '2026-01-01',
        })
        .returning();
      ids.push(bonus.id);
    }
    const now = future(1);
    const runs = await Promise.all([
      runBonusEligibility({ db: t.db, now, batch: 7 }),
      runBonusEligibility({ db: t.db, now, batch: 7 }),
    ]);
    assert.ok(runs.every((r) => r.eligible >= 0));
    const rows = await t.db.select().from(referralBonuses).where(eq(referralBonuses.companyId, w.company.id));
    assert.ok(ids.every((id) => rows.find((r) => r.id === id)?.state === 'eligible'));
    const events = await t.db
      .select()
      .from(webhookEvents)
      .where(and(eq(webhookEvents.companyId, w.company.id), eq(webhookEvents.type, 'bonus.eligible')));
    const perBonus = new Map<string, number>();
    for (const e of events) {
      const id = (e.payload.data as { id: string }).id;
      perBonus.set(id, (perBonus.get(id) ?? 0) + 1);
    }
    assert.ok(
      ids.every((id) => perBonus.get(id) === 1),
      'one bonus.eligible per bonus',
    );
    const lines = await t.db
      .select({ referralId: referralEvents.referralId })
      .from(referralEvents)
      .where(
        and(
          eq(referralEvents.companyId, w.company.id),
          eq(referralEvents.kind, 'bonus'),
          eq(referralEvents.note, 'eligible'),
        ),
      );
    assert.equal(lines.length, ids.length + 0, 'one timeline line per bonus');
  });
});
