import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TAuditEntry, TErasureReceipt, TReport, TUpcomingAnonymisations } from '@vouch/contracts';
import { eq, sql } from 'drizzle-orm';
import { candidates, placements } from '../src/modules/hiring/index.ts';
import { webhookEvents } from '../src/modules/integrations/index.ts';
import { enqueueEmail, messages } from '../src/modules/messaging/index.ts';
import { contacts } from '../src/modules/network/index.ts';
import { runRetention } from '../src/modules/privacy/index.ts';
import { referees, referenceChecks } from '../src/modules/references/index.ts';
import { referrals } from '../src/modules/referrals/index.ts';
import { memberships, users } from '../src/modules/tenancy/index.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeContact, makeJob, makeMember, makeReferral } from './helpers/factories.ts';
import { findPerson } from './helpers/person-search.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';

let t: TestApp;
let companyId: string;
let admin: Client;
let outsider: Client;
let recruiter: Client;
let adminMembershipId: string;

const monthsAgo = (months: number, days = 0) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(d.getUTCDate() - days);
  return d;
};

before(async () => {
  t = await startTestApp();
  const company = await makeCompany(t.db);
  companyId = company.id;
  const a = await makeMember(t.db, companyId, 'admin');
  adminMembershipId = a.membership.id;
  admin = await t.signIn(a.email);
  recruiter = await t.signIn((await makeMember(t.db, companyId, 'recruiter')).email);
  const other = await makeCompany(t.db);
  outsider = await t.signIn((await makeMember(t.db, other.id, 'admin')).email);
});
after(() => t.close());

describe('retention settings', () => {
  test('defaults, a partial update, and bounds refused with the field named', async () => {
    const first = await admin.get('/api/privacy/retention');
    assert.deepEqual(first.json(), {
      candidateMonths: 24,
      checkMonths: 24,
      departedContactDays: 30,
      messageDays: 90,
      webhookDays: 90,
      erasureRequestDays: 30,
    });
    const saved = await admin.put('/api/privacy/retention', { messageDays: 60 });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal((await admin.get('/api/privacy/retention')).json().messageDays, 60);
    for (const [field, value] of [
      ['candidateMonths', 2],
      ['checkMonths', 500],
      ['departedContactDays', 0],
      ['webhookDays', 1.5],
    ] as const) {
      const bad = await admin.put('/api/privacy/retention', { [field]: value });
      assert.equal(bad.statusCode, 400, `${field}=${value}: ${bad.body}`);
      const fields = (bad.json().errors ?? bad.json().fieldErrors ?? []) as { field: string }[];
      assert.ok(JSON.stringify(bad.json()).includes(field), `the problem names ${field}: ${bad.body} ${fields.length}`);
    }
    assert.equal((await admin.get('/api/privacy/retention')).json().candidateMonths, 24);
    assert.equal((await recruiter.get('/api/privacy/retention')).statusCode, 403);
    await admin.put('/api/privacy/retention', { messageDays: 90 });
  });
});

describe('the dry run, extensions and the job', () => {
  test('lists who is due within a week; an extension keeps one; the job takes the rest and spares the hired', async () => {
    const dueSoon = await makeCandidate(t.db, companyId, { firstName: 'Soon', lastName: 'Due' });
    const kept = await makeCandidate(t.db, companyId, { firstName: 'Kept', lastName: 'ByConsent' });
    const recent = await makeCandidate(t.db, companyId, { firstName: 'Recent', lastName: 'Activity' });
    const hired = await makeCandidate(t.db, companyId, { firstName: 'Hired', lastName: 'Person' });
    const { job, steps } = await makeJob(t.db, companyId);
    const hiredStep = steps.find((s) => s.kind === 'hired');
    assert.ok(hiredStep);
    await t.db.insert(placements).values({ companyId, candidateId: hired.id, jobId: job.id, stepId: hiredStep.id });
    const old = monthsAgo(24, -3); // due in three days
    await t.db
      .update(candidates)
      .set({ updatedAt: old })
      .where(sql`${candidates.id} in (${dueSoon.id}, ${kept.id}, ${hired.id})`);
    await t.db.update(placements).set({ updatedAt: old }).where(eq(placements.candidateId, hired.id));

    // Hired through a referral, with no placement at a hired step: still an employee's record.
    const referredHire = await makeCandidate(t.db, companyId, {
      firstName: 'Referred',
      lastName: 'Hire',
      updatedAt: old,
    });
    const referrer = await makeMember(t.db, companyId, 'employee');
    await makeReferral(t.db, companyId, referrer.membership.id, {
      contact: null,
      candidateId: referredHire.id,
      status: 'hired',
      updatedAt: old,
    });
    const list = (await admin.get('/api/privacy/retention/upcoming')).json() as TUpcomingAnonymisations;
    const ids = list.candidates.map((c) => c.candidateId);
    assert.ok(ids.includes(dueSoon.id) && ids.includes(kept.id));
    assert.ok(!ids.includes(recent.id) && !ids.includes(hired.id) && !ids.includes(referredHire.id));
    assert.ok(list.counts.candidates >= 2, JSON.stringify(list.counts));
    const soon = list.candidates.find((c) => c.candidateId === dueSoon.id);
    assert.equal(soon?.name, 'Soon Due');
    assert.ok(new Date(soon?.dueAt ?? 0) > new Date());

    const extended = await admin.post('/api/privacy/retention/extensions', {
      candidateId: kept.id,
      months: 12,
      reason: 'Consent to keep, by email',
    });
    assert.equal(extended.statusCode, 201, extended.body);
    assert.equal(extended.json().reason, 'Consent to keep, by email');
    const extensions = (await admin.get('/api/privacy/retention/extensions')).json().extensions as {
      candidateId: string;
      candidateName: string;
      createdByName: string | null;
    }[];
    assert.ok(
      extensions.some((e) => e.candidateId === kept.id && e.candidateName === 'Kept ByConsent' && e.createdByName),
    );
    // The audit log records who kept whom, by ids only.
    const keptLog = await admin.get(
      `/api/audit-log?action=retention.extended&targetKind=candidate&targetId=${kept.id}`,
    );
    assert.equal(keptLog.statusCode, 200, keptLog.body);
    const kepts = keptLog.json().items;
    assert.deepEqual(
      kepts.map((e: TAuditEntry) => [e.actor.id, e.target?.kind, e.detail.extensionId]),
      [[adminMembershipId, 'candidate', extended.json().id]],
    );
    const after = (await admin.get('/api/privacy/retention/upcoming')).json() as TUpcomingAnonymisations;
    assert.ok(!after.candidates.some((c) => c.candidateId === kept.id));

    // A week later, the job anonymises exactly who the dry run listed (less the extension).
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    await runRetention({ db: t.db, now: inAWeek });
    const rows = await t.db
      .select()
      .from(candidates)
      .where(sql`${candidates.id} in (${dueSoon.id}, ${kept.id}, ${recent.id}, ${hired.id})`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    assert.ok(byId.get(dueSoon.id)?.anonymizedAt);
    assert.equal(byId.get(dueSoon.id)?.email, null);
    assert.equal(byId.get(kept.id)?.anonymizedAt, null);
    assert.equal(byId.get(recent.id)?.anonymizedAt, null);
    assert.equal(byId.get(hired.id)?.anonymizedAt, null);
  });

  test('two runs at once share the work: each due candidate is taken by one of them, once', async () => {
    const company = await makeCompany(t.db);
    const due = [];
    for (let i = 0; i < 12; i++)
      due.push(await makeCandidate(t.db, company.id, { firstName: 'Twice', lastName: `Due ${i}` }));
    await t.db
      .update(candidates)
      .set({ updatedAt: monthsAgo(30) })
      .where(eq(candidates.companyId, company.id));
    const [a, b] = await Promise.all([runRetention({ db: t.db, batch: 3 }), runRetention({ db: t.db, batch: 3 })]);
    assert.equal((a.erased.candidates ?? 0) + (b.erased.candidates ?? 0), due.length, JSON.stringify([a, b]));
    const left = await t.db.select().from(candidates).where(eq(candidates.companyId, company.id));
    assert.ok(left.every((c) => c.anonymizedAt && c.firstName === 'Anonymised'));
  });

  test('each kind has its own period, per company: departed members’ contacts, messages, webhook payloads', async () => {
    const company = await makeCompany(t.db);
    const owner = await makeMember(t.db, company.id, 'admin');
    const client = await t.signIn(owner.email);
    assert.equal(
      (await client.put('/api/privacy/retention', { messageDays: 30, departedContactDays: 20 })).statusCode,
      200,
    );
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const longGone = await makeMember(t.db, company.id, 'employee');
    const justLeft = await makeMember(t.db, company.id, 'employee');
    const staying = await makeMember(t.db, company.id, 'employee');
    for (const [member, days] of [
      [longGone, 25],
      [justLeft, 10],
    ] as const)
      await t.db
        .update(memberships)
        .set({ status: 'deactivated', deactivatedAt: daysAgo(days) })
        .where(eq(memberships.id, member.membership.id));
    const contactOf = async (m: typeof staying) => (await makeContact(t.db, company.id, m.membership.id)).id;
    const [gone, kept, own] = [await contactOf(longGone), await contactOf(justLeft), await contactOf(staying)];
    const mail = async (to: string, days: number) => {
      const row = await enqueueEmail(t.db, {
        companyId: company.id,
        to,
        language: 'en',
        template: 'password_reset',
        data: { name: 'Pat Mailed', url: 'https://vouch.example/reset', expiresInMinutes: 60 },
      });
      await t.db
        .update(messages)
        .set({ createdAt: daysAgo(days), status: 'sent' })
        .where(eq(messages.id, row.id));
      return row.id;
    };
    const oldMail = await mail('old.mail@proof.example', 35);
    const newMail = await mail('new.mail@proof.example', 10);
    const event = async (id: string, days: number) =>
      t.db.insert(webhookEvents).values({
        id,
        companyId: company.id,
        type: 'referral.created',
        payload: { type: 'referral.created', timestamp: daysAgo(days).toISOString(), data: { name: 'Pat Hooked' } },
        createdAt: daysAgo(days),
      });
    await event(`msg_old_${company.id}`, 95);
    await event(`msg_new_${company.id}`, 60);

    const dry = (await client.get('/api/privacy/retention/upcoming')).json() as TUpcomingAnonymisations;
    assert.deepEqual(
      [dry.counts.departedContacts, dry.counts.messages, dry.counts.webhookPayloads],
      [1, 1, 1],
      'the dry run counts what the job takes within the week',
    );
    await runRetention({ db: t.db });
    const left = new Set(
      (await t.db.select().from(contacts).where(eq(contacts.companyId, company.id))).map((c) => c.id),
    );
    assert.deepEqual([left.has(gone), left.has(kept), left.has(own)], [false, true, true]);
    const mails = new Map(
      (await t.db.select().from(messages).where(eq(messages.companyId, company.id))).map((m) => [m.id, m]),
    );
    assert.equal(mails.get(oldMail)?.recipient, '');
    assert.equal(mails.get(oldMail)?.bodyText, '');
    assert.equal(mails.get(newMail)?.recipient, 'new.mail@proof.example');
    const events = new Map(
      (await t.db.select().from(webhookEvents).where(eq(webhookEvents.companyId, company.id))).map((e) => [e.id, e]),
    );
    assert.deepEqual(events.get(`msg_old_${company.id}`)?.payload.data, {});
    assert.deepEqual(events.get(`msg_new_${company.id}`)?.payload.data, { name: 'Pat Hooked' });
  });

  test('extending another company’s candidate, or with no reason, is refused by field', async () => {
    const mine = await makeCandidate(t.db, companyId);
    const foreign = await outsider.post('/api/privacy/retention/extensions', {
      candidateId: mine.id,
      months: 6,
      reason: 'Consent',
    });
    assert.equal(foreign.statusCode, 422, foreign.body);
    assert.match(foreign.body, /candidateId/);
    const blank = await admin.post('/api/privacy/retention/extensions', {
      candidateId: mine.id,
      months: 6,
      reason: ' ',
    });
    assert.equal(blank.statusCode, 400);
    assert.match(blank.body, /reason/);
    const long = await admin.post('/api/privacy/retention/extensions', {
      candidateId: mine.id,
      months: 99,
      reason: 'Consent',
    });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /months/);
  });
});

describe('erasure on request', () => {
  const erase = async (kind: string, id: string, client = admin) => client.post('/api/privacy/erasures', { kind, id });

  test('a candidate: everywhere they appear, with a receipt that holds only a hash of the email', async () => {
    const email = 'erase.candidate.kappa@proof.example';
    const person = await makeCandidate(t.db, companyId, {
      firstName: 'Kappa',
      lastName: 'Erasable',
      email,
      phone: '+46701112233',
    });
    const employee = await makeMember(t.db, companyId, 'employee');
    const contact = await makeContact(t.db, companyId, employee.membership.id, {
      firstName: 'Kappa',
      lastName: 'Erasable',
      email,
      emailKey: email,
    });
    await makeReferral(t.db, companyId, employee.membership.id, {
      contact,
      candidateId: person.id,
      email,
      emailKey: email,
    });
    const check = await makeReferenceCheck(t.db, companyId, { candidateId: person.id });
    await makeReferee(t.db, check, { answers: { q1: 'Kappa Erasable was great', q2: 4 } });
    assert.ok((await findPerson(t.db, [email, 'Erasable'])).length > 0);

    assert.equal((await erase('candidate', person.id, outsider)).statusCode, 404);
    assert.equal((await erase('candidate', person.id, recruiter)).statusCode, 403);
    const res = await erase('candidate', person.id);
    assert.equal(res.statusCode, 201, res.body);
    const receipt = res.json() as TErasureReceipt;
    assert.equal(receipt.subjectKind, 'candidate');
    assert.equal(receipt.emailSha256, sha256(email));
    assert.ok(
      receipt.erased.candidates === 1 && receipt.erased.referrals >= 1 && receipt.erased.contacts >= 1,
      res.body,
    );
    assert.ok(receipt.erasedByName);
    assert.deepEqual(await findPerson(t.db, [email, 'Erasable', '46701112233']), []);
    // The row stays for statistics, about nobody.
    const profile = await admin.get(`/api/candidates/${person.id}`);
    assert.ok(!profile.body.includes('Erasable') && !profile.body.includes(email), profile.body);
    assert.equal((await erase('candidate', person.id)).statusCode, 404, 'already erased');
    const list = await admin.get('/api/privacy/erasures');
    assert.ok(!list.body.includes(email) && !list.body.includes('Erasable'));
    assert.ok((list.json().receipts as TErasureReceipt[]).some((r) => r.id === receipt.id));
    // The audit log records the erasure against its receipt, in the same transaction.
    const logged = (
      await admin.get(`/api/audit-log?action=person.erased&targetKind=erasure_receipt&targetId=${receipt.id}`)
    ).json().items;
    assert.deepEqual(
      logged.map((e: TAuditEntry) => [e.actor.id, e.target?.kind, e.detail.subject]),
      [[adminMembershipId, 'erasure_receipt', 'candidate']],
    );
  });

  test('a referee, on an open check: answers withdrawn, the report says so, no more reminders', async () => {
    const check = await makeReferenceCheck(t.db, companyId, { status: 'in_progress' });
    const email = 'lambda.referee@proof.example';
    const referee = await makeReferee(t.db, check, {
      name: 'Lambda Withdrawer',
      email,
      status: 'answered',
      answeredAt: new Date(),
      answers: { q1: 'Strong', q2: 5 },
      nextReminderAt: new Date(Date.now() + 86_400_000),
    });
    assert.equal((await erase('referee', referee.id, outsider)).statusCode, 404);
    const res = await erase('referee', referee.id);
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().erased.referees, 1);
    const [row] = await t.db.select().from(referees).where(eq(referees.id, referee.id));
    assert.deepEqual(row.answers, {});
    assert.ok(row.answersWithdrawnAt);
    assert.equal(row.nextReminderAt, null);
    const [stillOpen] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, check.id));
    assert.equal(stillOpen.status, 'in_progress');
    const report = await admin.get(`/api/reference-checks/${check.id}/report`);
    assert.equal(report.statusCode, 200, report.body);
    const shown = (report.json() as TReport).check.referees.find((r) => r.id === referee.id);
    assert.ok(shown?.answersWithdrawnAt);
    assert.deepEqual(await findPerson(t.db, [email, 'Withdrawer']), []);
  });

  test('a contact: gone from every network, the referral made from it emptied', async () => {
    const owner = await makeMember(t.db, companyId, 'employee');
    const email = 'mu.contact@proof.example';
    const contact = await makeContact(t.db, companyId, owner.membership.id, {
      firstName: 'Mu',
      lastName: 'Networked',
      email,
      emailKey: email,
      phone: '+46703334455',
    });
    const referral = await makeReferral(t.db, companyId, owner.membership.id, { contact });
    assert.equal((await erase('contact', contact.id, outsider)).statusCode, 404);
    const res = await erase('contact', contact.id);
    assert.equal(res.statusCode, 201, res.body);
    assert.ok(res.json().erased.contacts >= 1);
    const [left] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id));
    assert.equal(left.firstName, 'Anonymised');
    assert.deepEqual(await findPerson(t.db, [email, 'Networked', '46703334455']), []);
  });

  test('a member: signed out, login emptied, network and history gone; not oneself', async () => {
    const email = 'nu.member@proof.example';
    const member = await makeMember(t.db, companyId, 'employee', { email, name: 'Nu Departing' });
    const client = await t.signIn(email);
    await makeContact(t.db, companyId, member.membership.id, { firstName: 'Someone', lastName: 'Known' });
    assert.equal((await erase('member', member.membership.id, outsider)).statusCode, 404);
    const res = await erase('member', member.membership.id);
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().emailSha256, sha256(email));
    assert.equal((await client.get('/api/auth/me')).json().user ?? null, null);
    const [user] = await t.db.select().from(users).where(eq(users.id, member.user.id));
    assert.notEqual(user.email, email);
    assert.deepEqual(await findPerson(t.db, [email, 'Nu Departing']), []);
    assert.equal((await erase('member', adminMembershipId)).statusCode, 409);
  });

  test('bad input names the field; an unknown id is 404', async () => {
    const bad = await admin.post('/api/privacy/erasures', { kind: 'pet', id: 'x' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /kind/);
    assert.match(bad.body, /"id"|\bid\b/);
    assert.equal((await erase('candidate', crypto.randomUUID())).statusCode, 404);
  });
});
