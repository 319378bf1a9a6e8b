import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TReferenceCheck } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { placements } from '../src/modules/hiring/hiring.tables.ts';
import { refreshCheckStatus, runReferenceScheduler } from '../src/modules/references/index.ts';
import { membershipSubAccounts, referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { linkTokens } from '../src/modules/tenancy/tenancy.tables.ts';
import { makeCandidate, makeMember } from './helpers/factories.ts';
import { deliverMail } from './helpers/mail.ts';
import { makeSubAccount } from './helpers/reference-factories.ts';
import { linkIn, refereeBody, referenceScenario, useReferenceWorld } from './helpers/reference-world.ts';
import { companyWithMember } from './helpers/suite.ts';

/** The recruiter names the referees of a check that does not ask the candidate: how the candidate agreed. */
const NAMED_CONSENT = { method: 'in_writing', note: 'Agreed by email' };

describe('reference checks: starting them and the recruiter’s actions', () => {
  const world = useReferenceWorld();

  const checkRow = async (id: string) =>
    (await world.t.db.select().from(referenceChecks).where(eq(referenceChecks.id, id)))[0];
  const refereeRows = (checkId: string) => world.t.db.select().from(referees).where(eq(referees.checkId, checkId));

  test('“Start reference check” on the profile asks the candidate by email and SMS, in Swedish', async () => {
    const { t, mail, sms } = world;
    const s = await referenceScenario(t);
    const res = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      jobId: s.job.id,
    });
    assert.equal(res.statusCode, 201, res.body);
    const check: TReferenceCheck = res.json();
    assert.equal(check.status, 'awaiting_referees');
    assert.equal(check.source, 'profile');
    assert.equal(check.templateName, 'Allmän');
    assert.equal(check.templateVersion, 1);
    assert.equal(check.jobTitle, 'Backend Developer');
    assert.equal(check.refereesWanted, 2);
    assert.equal(check.requested, 0);
    const stored = await checkRow(check.id);
    assert.equal(stored.versionId, s.questionnaire.version.id);
    const days = (stored.linksExpireAt.getTime() - Date.now()) / 86_400_000;
    assert.ok(days > 89.9 && days <= 90, `links expire in ${days} days`);

    await deliverMail(t, mail);
    const email = mail.lastTo(s.candidate.email!);
    assert.ok(email, 'the candidate got an email');
    assert.match(email.mail.subject ?? '', /ber om dina referenser/);
    assert.match(email.mail.text ?? '', /Hej Sara!/);
    const emailToken = linkIn(email.mail.text ?? '', 'c');
    const text = sms.lastTo('+46709876543');
    assert.ok(text, 'the candidate got an SMS');
    assert.match(text.message, new RegExp(`^${s.company.name} ber om dina referenser`));
    const smsToken = linkIn(text.message, 'c');
    assert.equal(emailToken, smsToken, 'one link, sent both ways');
    const page = await t.app.inject({ method: 'GET', url: `/api/public/reference-candidate/${smsToken}` });
    assert.equal(page.statusCode, 200, page.body);
    assert.equal(page.json().language, 'sv');

    // One running check per candidate and job.
    const again = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      jobId: s.job.id,
    });
    assert.equal(again.statusCode, 409);

    const list = await s.client.get(`/api/candidates/${s.candidate.id}/reference-checks`);
    assert.deepEqual(
      list.json().items.map((c: TReferenceCheck) => c.id),
      [check.id],
    );
  });

  test('the candidate channel needs the candidate’s email or phone; the template must fit', async () => {
    const s = await referenceScenario(world.t, { email: null });
    const start = (body: object) =>
      s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, { ...s.settings, ...body });
    const noEmail = await start({ candidateChannel: 'email' });
    assert.equal(noEmail.statusCode, 400);
    assert.equal(noEmail.json().errors[0].field, 'candidateChannel');
    const english = await start({ language: 'en' });
    assert.equal(english.statusCode, 400);
    assert.equal(english.json().errors[0].field, 'templateId');
    assert.equal((await start({ candidateChannel: 'sms' })).statusCode, 201);
  });

  test('moving into the “Reference check” step starts one check; the move succeeds even when it cannot', async () => {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    const placed = await s.client.post(`/api/candidates/${s.candidate.id}/placements`, { jobId: s.job.id });
    assert.equal(placed.statusCode, 201, placed.body);
    const placementId = placed.json().placements[0].id;
    const move = (stepId: string) => s.client.put(`/api/placements/${placementId}/step`, { stepId });

    // No settings yet: moved, with a note.
    const first = await move(s.referenceStep.id);
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().stepId, s.referenceStep.id);
    assert.equal(first.json().referenceCheck.started, false);
    assert.match(first.json().referenceCheck.problem, /settings/);

    await s.setStepSettings({});
    assert.equal((await move(s.steps[0].id)).json().referenceCheck, undefined);
    const second = await move(s.referenceStep.id);
    assert.equal(second.json().referenceCheck.started, true, second.body);
    const checkId = second.json().referenceCheck.checkId;
    const stored = await checkRow(checkId);
    assert.equal(stored.source, 'step');
    assert.equal(stored.placementId, placementId);
    assert.equal(stored.jobId, s.job.id);
    assert.equal(stored.createdById, s.recruiter.membership.id);
    await deliverMail(t, mail);
    assert.match(mail.lastTo(s.candidate.email!)?.mail.subject ?? '', /ber om dina referenser/);

    // Back and forth while it runs: no second check.
    await move(s.steps[0].id);
    const third = await move(s.referenceStep.id);
    assert.equal(third.statusCode, 200);
    assert.equal(third.json().stepId, s.referenceStep.id);
    assert.equal(third.json().referenceCheck.started, false);
    assert.match(third.json().referenceCheck.problem, /already running/);
    const all = await t.db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, s.candidate.id));
    assert.equal(all.length, 1);
    const [placement] = await t.db.select().from(placements).where(eq(placements.id, placementId));
    assert.equal(placement.stepId, s.referenceStep.id);
  });

  test('back in the step after a completed check: kept by default, a new one only when asked', async () => {
    const { t } = world;
    const s = await referenceScenario(t);
    await s.setStepSettings({});
    const placed = await s.client.post(`/api/candidates/${s.candidate.id}/placements`, { jobId: s.job.id });
    const placementId = placed.json().placements[0].id;
    const move = (stepId: string, body: object = {}) =>
      s.client.put(`/api/placements/${placementId}/step`, { stepId, ...body });
    const first = (await move(s.referenceStep.id)).json().referenceCheck;
    assert.equal(first.started, true);
    await t.db.update(referenceChecks).set({ status: 'completed' }).where(eq(referenceChecks.id, first.checkId));
    const checksOf = () => t.db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, s.candidate.id));

    // The default keeps the completed check (and its report): none started, the completed one named.
    await move(s.steps[0].id);
    const kept = await move(s.referenceStep.id, { startNewCheck: false });
    assert.equal(kept.statusCode, 200, kept.body);
    assert.deepEqual(kept.json().referenceCheck, { started: false, completedCheckId: first.checkId });
    assert.equal((await checksOf()).length, 1);
    await move(s.steps[0].id);
    assert.equal((await move(s.referenceStep.id)).json().referenceCheck.completedCheckId, first.checkId);
    assert.equal((await checksOf()).length, 1);

    // Another company's recruiter cannot move this placement, asked or not.
    const stranger = await companyWithMember(t, 'recruiter');
    const theirs = await stranger.client.put(`/api/placements/${placementId}/step`, {
      stepId: s.steps[0].id,
      startNewCheck: true,
    });
    assert.equal(theirs.statusCode, 404);

    // Asked: a new check starts beside the completed one, which stays as it was.
    await move(s.steps[0].id);
    const anew = await move(s.referenceStep.id, { startNewCheck: true });
    assert.equal(anew.json().referenceCheck.started, true, anew.body);
    assert.notEqual(anew.json().referenceCheck.checkId, first.checkId);
    const all = await checksOf();
    assert.equal(all.length, 2);
    assert.equal(all.find((c) => c.id === first.checkId)?.status, 'completed');
  });

  test('placing a candidate straight at the step starts a check; a candidate without contact gets a note', async () => {
    const s = await referenceScenario(world.t, { email: null, phone: null });
    await s.setStepSettings({});
    const placed = await s.client.post(`/api/candidates/${s.candidate.id}/placements`, {
      jobId: s.job.id,
      stepId: s.referenceStep.id,
    });
    assert.equal(placed.statusCode, 201, placed.body);
    const note = placed.json().placements[0].referenceCheck;
    assert.equal(note.started, false);
    assert.match(note.problem, /no email address or mobile number/);
    assert.equal(
      (await world.t.db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, s.candidate.id))).length,
      0,
    );

    const other = await referenceScenario(world.t);
    await other.setStepSettings({});
    const ok = await other.client.post(`/api/candidates/${other.candidate.id}/placements`, {
      jobId: other.job.id,
      stepId: other.referenceStep.id,
    });
    assert.equal(ok.json().placements[0].referenceCheck.started, true);
  });

  test('candidate channel “none”: the recruiter names referees, who are invited; nothing goes to the candidate', async () => {
    const { t, mail, sms } = world;
    const s = await referenceScenario(t);
    await deliverMail(t, mail);
    const before = { mail: mail.inbox.length, sms: sms.inbox.length };
    const body = refereeBody({ email: 'Anna.Boss@Work.example', phone: '070-123 45 67' });
    const res = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      candidateChannel: 'none',
      referees: [body],
      refereeConsent: NAMED_CONSENT,
    });
    assert.equal(res.statusCode, 201, res.body);
    const check: TReferenceCheck = res.json();
    assert.equal(check.status, 'in_progress');
    assert.equal(check.requested, 1);
    assert.equal(check.referees[0].email, 'anna.boss@work.example');
    assert.equal(check.referees[0].phone, '+46701234567');
    assert.equal(check.referees[0].addedBy, 'recruiter');
    const delivered = await deliverMail(t, mail);
    assert.deepEqual(
      delivered.map((m) => m.to[0]),
      ['anna.boss@work.example'],
    );
    linkIn(delivered[0].mail.text ?? '', 'r');
    assert.equal(sms.inbox.length, before.sms, 'the referee channel is email only');
    assert.equal(mail.inbox.length, before.mail + 1);
  });

  test('adding, correcting, removing, resending and copying links', async () => {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    const check: TReferenceCheck = (
      await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
        ...s.settings,
        candidateChannel: 'none',
        refereeChannel: 'email',
      })
    ).json();
    const base = `/api/reference-checks/${check.id}`;
    const added = await s.client.post(`${base}/referees`, {
      ...refereeBody({ email: 'first@work.example' }),
      consent: NAMED_CONSENT,
    });
    assert.equal(added.statusCode, 201, added.body);
    const refereeId = added.json().referees[0].id;

    // Invitation by the referee channel: email needs an email.
    const noEmail = await s.client.post(`${base}/referees`, {
      ...refereeBody({ email: null, phone: '0701234567' }),
      consent: NAMED_CONSENT,
    });
    assert.equal(noEmail.statusCode, 400);
    assert.equal(noEmail.json().errors[0].field, 'email');
    // Duplicate of an existing referee.
    const dup = await s.client.post(`${base}/referees`, {
      ...refereeBody({ email: 'FIRST@work.example' }),
      consent: NAMED_CONSENT,
    });
    assert.equal(dup.statusCode, 400);
    assert.deepEqual(dup.json().errors, [
      { field: 'email', message: 'This person is already a referee', reason: 'referee.already_named' },
    ]);

    // A bounced referee corrected: invited again at the new address.
    await t.db.update(referees).set({ status: 'bounced', bouncedAt: new Date() }).where(eq(referees.id, refereeId));
    await deliverMail(t, mail);
    const fixed = await s.client.patch(
      `${base}/referees/${refereeId}`,
      refereeBody({ email: 'second@work.example', name: 'Maria Chef' }),
    );
    assert.equal(fixed.statusCode, 200, fixed.body);
    assert.equal(fixed.json().referees[0].status, 'invited');
    assert.equal(fixed.json().bounced, 0);
    const sent = await deliverMail(t, mail);
    assert.deepEqual(
      sent.map((m) => m.to[0]),
      ['second@work.example'],
    );

    const resent = await s.client.post(`${base}/referees/${refereeId}/resend`);
    assert.equal(resent.statusCode, 200);
    assert.equal((await deliverMail(t, mail)).length, 1);

    const link = await s.client.post(`${base}/referees/${refereeId}/link`);
    assert.equal(link.statusCode, 200);
    assert.match(link.json().url, /^https:\/\/vouch\.test\/r\/[A-Za-z0-9_-]{20,}$/);
    const candidateLink = await s.client.post(`${base}/candidate-link`);
    assert.match(candidateLink.json().url, /^https:\/\/vouch\.test\/c\//);

    // Once they start answering, no more corrections.
    await t.db.update(referees).set({ startedAt: new Date() }).where(eq(referees.id, refereeId));
    const late = await s.client.patch(`${base}/referees/${refereeId}`, refereeBody({ email: 'third@work.example' }));
    assert.equal(late.statusCode, 409);

    const removed = await s.client.delete(`${base}/referees/${refereeId}`);
    assert.equal(removed.statusCode, 200);
    assert.equal(removed.json().referees[0].status, 'removed');
    assert.equal(removed.json().requested, 0);
    assert.equal(removed.json().status, 'awaiting_referees');
    assert.equal((await refereeRows(check.id)).length, 1, 'the row stays');
  });

  test('candidate-link?send=true sends it again by the candidate channel', async () => {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    const check = (
      await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
        ...s.settings,
        candidateChannel: 'email',
      })
    ).json();
    await deliverMail(t, mail);
    const res = await s.client.post(`/api/reference-checks/${check.id}/candidate-link?send=true`);
    assert.equal(res.statusCode, 200);
    const [sent] = await deliverMail(t, mail);
    assert.equal(linkIn(sent.mail.text ?? '', 'c'), res.json().url.split('/c/')[1]);
  });

  test('closing early, cancelling, and adding a referee to a completed check', async () => {
    const { t } = world;
    const s = await referenceScenario(t);
    const start = async (refereesWanted = 2) =>
      (
        await s.client.post(`/api/candidates/${(await makeCandidate(t.db, s.company.id)).id}/reference-checks`, {
          ...s.settings,
          candidateChannel: 'none',
          refereesWanted,
          referees: [refereeBody()],
          refereeConsent: NAMED_CONSENT,
        })
      ).json();

    const closing = await start();
    const closed = await s.client.post(`/api/reference-checks/${closing.id}/close`);
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().status, 'completed');
    assert.equal(closed.json().closedEarly, true);
    const later = new Date(Date.now() + 10 * 86_400_000);
    await runReferenceScheduler({ db: t.db, config: t.config, now: later });
    const [closedReferee] = await refereeRows(closing.id);
    assert.equal(closedReferee.remindersSent, 0, 'no reminders for a closed check');
    assert.equal(closedReferee.candidateToldAt, null);
    assert.equal((await s.client.post(`/api/reference-checks/${closing.id}/close`)).statusCode, 409);

    // A new referee reopens it until they answer.
    const reopened = await s.client.post(`/api/reference-checks/${closing.id}/referees`, {
      ...refereeBody(),
      consent: NAMED_CONSENT,
    });
    assert.equal(reopened.statusCode, 201);
    assert.equal(reopened.json().status, 'in_progress');
    assert.equal(reopened.json().closedEarly, false);

    // A completed check (all wanted answered) reopens too.
    const full = await start(1);
    await t.db
      .update(referees)
      .set({ status: 'answered', answeredAt: new Date() })
      .where(eq(referees.checkId, full.id));
    await refreshCheckStatus(t.db, s.company.id, full.id);
    assert.equal((await checkRow(full.id)).status, 'completed');
    const more = await s.client.post(`/api/reference-checks/${full.id}/referees`, {
      ...refereeBody(),
      consent: NAMED_CONSENT,
    });
    assert.equal(more.json().status, 'in_progress');
    assert.equal(more.json().requested, 2);
    assert.equal(more.json().refereesWanted, 2, 'one more answer is wanted');
    const newcomer = more.json().referees.find((r: { status: string }) => r.status === 'invited');
    await t.db.update(referees).set({ status: 'answered' }).where(eq(referees.id, newcomer.id));
    await refreshCheckStatus(t.db, s.company.id, full.id);
    assert.equal((await checkRow(full.id)).status, 'completed');

    const cancelling = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      jobId: s.job.id,
      candidateChannel: 'none',
      referees: [refereeBody()],
      refereeConsent: NAMED_CONSENT,
    });
    const id = cancelling.json().id;
    const cancelled = await s.client.post(`/api/reference-checks/${id}/cancel`);
    assert.equal(cancelled.json().status, 'cancelled');
    assert.ok(cancelled.json().cancelledAt);
    const [row] = await refereeRows(id);
    assert.equal(row.nextReminderAt, null);
    const links = await t.db.select().from(linkTokens).where(eq(linkTokens.subjectId, row.id));
    assert.ok(links.length > 0 && links.every((l) => l.usedAt), 'the referee’s links stop working');
    await runReferenceScheduler({ db: t.db, config: t.config, now: later });
    assert.equal((await refereeRows(id))[0].remindersSent, 0, 'no reminders for a cancelled check');
    assert.equal(
      (await s.client.post(`/api/reference-checks/${id}/referees`, { ...refereeBody(), consent: NAMED_CONSENT }))
        .statusCode,
      409,
    );
    // A cancelled check no longer blocks a new one for the job.
    const fresh = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      jobId: s.job.id,
    });
    assert.equal(fresh.statusCode, 201);
  });

  test('the References list: filters, name search, paging', async () => {
    const s = await referenceScenario(world.t);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
        ...s.settings,
        candidateChannel: 'none',
      });
      ids.push(res.json().id);
      await s.client.post(`/api/reference-checks/${res.json().id}/cancel`);
    }
    const page1 = await s.client.get('/api/reference-checks?limit=2&status=cancelled');
    assert.equal(page1.statusCode, 200, page1.body);
    assert.deepEqual(
      page1.json().items.map((c: { id: string }) => c.id),
      [ids[2], ids[1]],
    );
    assert.equal(page1.json().items[0].candidateName, `Sara ${s.candidate.lastName}`);
    const page2 = await s.client.get(
      `/api/reference-checks?limit=2&status=cancelled&cursor=${page1.json().nextCursor}`,
    );
    assert.deepEqual(
      page2.json().items.map((c: { id: string }) => c.id),
      [ids[0]],
    );
    assert.equal(page2.json().nextCursor, null);
    assert.equal((await s.client.get('/api/reference-checks?q=nobody-by-this-name')).json().items.length, 0);
    assert.equal((await s.client.get(`/api/reference-checks?q=${s.candidate.lastName}`)).json().items.length, 3);
    assert.equal((await s.client.get('/api/reference-checks?status=in_progress')).json().items.length, 0);
    assert.equal((await s.client.get('/api/reference-checks?cursor=bad')).statusCode, 400);
  });

  test('roles, sub-account limits, and another company’s ids answer 404', async () => {
    const { t } = world;
    const s = await referenceScenario(t);
    const check: TReferenceCheck = (
      await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
        ...s.settings,
        candidateChannel: 'none',
        referees: [refereeBody()],
        refereeConsent: NAMED_CONSENT,
      })
    ).json();
    const refereeId = check.referees[0].id;

    for (const role of ['hiring_manager', 'employee', 'agent'] as const) {
      const member = await makeMember(t.db, s.company.id, role);
      const client = await t.signIn(member.email);
      assert.equal((await client.get(`/api/reference-checks/${check.id}`)).statusCode, 403, role);
      assert.equal((await client.get('/api/reference-checks')).statusCode, 403, role);
      assert.equal(
        (await client.post(`/api/candidates/${s.candidate.id}/reference-checks`, s.settings)).statusCode,
        403,
        role,
      );
    }
    const admin = await t.signIn((await makeMember(t.db, s.company.id, 'admin')).email);
    assert.equal((await admin.get(`/api/reference-checks/${check.id}`)).statusCode, 200);

    // A recruiter limited to a sub-account sees only its checks.
    const brand = await makeSubAccount(t.db, s.company.id);
    const limited = await makeMember(t.db, s.company.id, 'recruiter');
    await t.db
      .insert(membershipSubAccounts)
      .values({ companyId: s.company.id, membershipId: limited.membership.id, subAccountId: brand.id });
    const limitedClient = await t.signIn(limited.email);
    assert.equal((await limitedClient.get(`/api/reference-checks/${check.id}`)).statusCode, 404);
    assert.equal((await limitedClient.get('/api/reference-checks')).json().items.length, 0);
    assert.equal(
      (await limitedClient.get(`/api/candidates/${s.candidate.id}/reference-checks`)).json().items.length,
      0,
    );

    const { client: stranger } = await companyWithMember(t, 'admin');
    const base = `/api/reference-checks/${check.id}`;
    const calls: [string, string, object?][] = [
      ['GET', base],
      ['POST', `/api/candidates/${s.candidate.id}/reference-checks`, s.settings],
      ['GET', `/api/candidates/${s.candidate.id}/reference-checks`],
      ['POST', `${base}/referees`, { ...refereeBody(), consent: NAMED_CONSENT }],
      ['PATCH', `${base}/referees/${refereeId}`, refereeBody()],
      ['DELETE', `${base}/referees/${refereeId}`],
      ['POST', `${base}/referees/${refereeId}/resend`, {}],
      ['POST', `${base}/referees/${refereeId}/link`, {}],
      ['POST', `${base}/candidate-link`, {}],
      ['POST', `${base}/close`, {}],
      ['POST', `${base}/cancel`, {}],
    ];
    for (const [method, url, body] of calls) {
      const res = await stranger.request(method, url, body);
      assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
    }
    assert.equal((await stranger.get('/api/reference-checks')).json().items.length, 0);
    assert.equal((await checkRow(check.id)).status, 'in_progress', 'nothing changed');
  });
});
