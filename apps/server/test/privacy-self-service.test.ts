import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TErasureRequestItem, TPrivacyPage } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../src/modules/audit/index.ts';
import { notifications } from '../src/modules/notifications/index.ts';
import { erasureReceipts, erasureRequests, runDueErasureRequests } from '../src/modules/privacy/index.ts';
import { issueCandidateToken, issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import { linkTokens } from '../src/modules/tenancy/index.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { makeCandidate, makeCompany, makeJob, makeMember } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

const DAY = 86_400_000;

describe('the privacy page behind a candidate’s or referee’s own link', () => {
  const t = useTestApp();
  let address = 0;
  /** Each person from their own address, so the per-IP limits never get in the way. */
  const person = () => {
    const remoteAddress = `10.7.${Math.floor(++address / 250)}.${address % 250}`;
    const request = (method: 'GET' | 'POST', url: string) => t.app.inject({ method, url, remoteAddress });
    return {
      page: (subject: string, token: string) => request('GET', `/api/public/privacy/${subject}/${token}`),
      withdraw: (subject: string, token: string) => request('POST', `/api/public/privacy/${subject}/${token}/withdraw`),
      erase: (subject: string, token: string) => request('POST', `/api/public/privacy/${subject}/${token}/erasure`),
    };
  };

  /** A company with an admin and a recruiter, a running check, an answered referee and one still invited. */
  async function world() {
    const company = await makeCompany(t.db, { replyTo: 'jobs@acme.example' });
    const admin = await makeMember(t.db, company.id, 'admin', { name: 'Ada Admin' });
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Rita Recruiter' });
    const { job } = await makeJob(t.db, company.id, { title: 'Head of Sales' });
    const candidate = await makeCandidate(t.db, company.id, {
      firstName: 'Cora',
      lastName: 'Candidate',
      email: 'cora.private@mail.example',
      phone: '+46701112233',
    });
    const consentAt = new Date(Date.now() - DAY);
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      jobId: job.id,
      createdById: recruiter.membership.id,
      refereesWanted: 2,
      status: 'in_progress',
      candidateConsentAt: consentAt,
      candidateConsentVersion: '2025-01',
    });
    const answered = await makeReferee(t.db, check, {
      name: 'Rolf Referee',
      email: 'rolf@work.example',
      status: 'answered',
      answers: { overall: 4, rehire: true },
      consentAt,
      consentVersion: '2025-01',
      answeredAt: new Date(),
    });
    const invited = await makeReferee(t.db, check, { name: 'Ines Invited', email: 'ines@work.example' });
    return {
      company,
      admin: await t.signIn(admin.email),
      recruiter: await t.signIn(recruiter.email),
      candidate,
      check,
      answered,
      invited,
      candidateToken: await issueCandidateToken(t.db, check),
      answeredToken: await issueRefereeToken(t.db, check, answered.id),
      invitedToken: await issueRefereeToken(t.db, check, invited.id),
    };
  }

  const refereeRow = async (id: string) => (await t.db.select().from(referees).where(eq(referees.id, id)))[0];
  const checkRow = async (id: string) =>
    (await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, id)))[0];
  const auditActions = async (companyId: string) =>
    (await t.db.select().from(auditLog).where(eq(auditLog.companyId, companyId))).map((e) => e.action);

  test('a referee sees what they gave; each link shows only its holder; a bad link says so clearly', async () => {
    const w = await world();
    const p = person();
    const page = await p.page('referee', w.answeredToken);
    assert.equal(page.statusCode, 200, page.body);
    const shown = page.json() as TPrivacyPage;
    assert.equal(shown.name, 'Rolf Referee');
    assert.equal(shown.email, 'rolf@work.example');
    assert.equal(shown.candidateName, 'Cora Candidate');
    assert.equal(shown.consent.textVersion, '2025-01');
    assert.deepEqual(shown.answers, [
      { question: 'Overall performance', answer: '4 / 5' },
      { question: 'Would you hire them again?', answer: 'Yes' },
    ]);
    assert.equal(shown.canWithdraw, true);
    assert.equal(shown.erasure, null);

    // The other referee's link shows the other referee, never Rolf.
    const other = (await p.page('referee', w.invitedToken)).json() as TPrivacyPage;
    assert.equal(other.name, 'Ines Invited');
    assert.deepEqual(other.answers, []);
    assert.ok(!JSON.stringify(other).includes('rolf@work.example'));

    // The candidate's page names their referees and their own details, not the answers.
    const mine = (await p.page('candidate', w.candidateToken)).json() as TPrivacyPage;
    assert.equal(mine.name, 'Cora Candidate');
    assert.equal(mine.email, 'cora.private@mail.example');
    assert.deepEqual(
      mine.referees.map((r) => r.name),
      ['Rolf Referee', 'Ines Invited'],
    );
    assert.ok(!JSON.stringify(mine).includes('4 / 5'));

    // A candidate's token is not a referee's, and the reverse.
    assert.equal((await p.page('referee', w.candidateToken)).statusCode, 404);
    assert.equal((await p.page('candidate', w.answeredToken)).statusCode, 404);
    const garbled = await p.page('referee', `${w.answeredToken.slice(0, -3)}xyz`);
    assert.equal(garbled.statusCode, 404);
    assert.equal(garbled.json().reason, 'candidate_page.link_unknown');
    assert.equal((await p.page('someone', w.answeredToken)).statusCode, 400);

    // A link that ran out answers 410 with whom to contact.
    await t.db
      .update(linkTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(linkTokens.tokenHash, sha256(w.invitedToken)));
    const expired = await p.page('referee', w.invitedToken);
    assert.equal(expired.statusCode, 410, expired.body);
    assert.equal(expired.json().code, 'link_expired');
    assert.ok(expired.json().branding.contactName, expired.body);
  });

  test('a referee withdraws: the answers go, the report shows it, the audit log keeps it; twice changes nothing', async () => {
    const w = await world();
    const p = person();
    const withdrawn = await p.withdraw('referee', w.answeredToken);
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const page = withdrawn.json() as TPrivacyPage;
    assert.ok(page.consent.withdrawnAt);
    assert.deepEqual(page.answers, []);
    assert.equal(page.canWithdraw, false);
    const row = await refereeRow(w.answered.id);
    assert.deepEqual(row.answers, {});
    assert.ok(row.answersWithdrawnAt);
    // The name stays: the recruiter sees whose answer was withdrawn.
    assert.equal(row.name, 'Rolf Referee');

    const report = await w.recruiter.get(`/api/reference-checks/${w.check.id}/report`);
    assert.equal(report.statusCode, 200, report.body);
    assert.ok(report.body.includes('answersWithdrawnAt'), report.body);
    const view = await w.recruiter.get(`/api/reference-checks/${w.check.id}`);
    const rolf = view.json().referees.find((r: { id: string }) => r.id === w.answered.id);
    assert.ok(rolf.answersWithdrawnAt);
    const timeline = await w.recruiter.get(`/api/reference-checks/${w.check.id}/timeline`);
    assert.ok(timeline.body.includes('referee_withdrew'), timeline.body);

    const again = await p.withdraw('referee', w.answeredToken);
    assert.equal(again.statusCode, 200);
    assert.equal((again.json() as TPrivacyPage).consent.withdrawnAt, page.consent.withdrawnAt);
    const audited = (await auditActions(w.company.id)).filter((a) => a === 'consent.withdrawn');
    assert.equal(audited.length, 1);
  });

  test('a referee who had not answered withdraws: counted as declined, the candidate asked for a replacement', async () => {
    const w = await world();
    const res = await person().withdraw('referee', w.invitedToken);
    assert.equal(res.statusCode, 200, res.body);
    const row = await refereeRow(w.invited.id);
    assert.equal(row.status, 'declined');
    assert.equal(row.answersWithdrawnAt, null);
    assert.equal(row.nextReminderAt, null);
  });

  test('a candidate withdraws consent: the check stops, referees’ links stop, the privacy page still opens', async () => {
    const w = await world();
    const p = person();
    const res = await p.withdraw('candidate', w.candidateToken);
    assert.equal(res.statusCode, 200, res.body);
    const check = await checkRow(w.check.id);
    assert.equal(check.status, 'cancelled');
    assert.ok(check.candidateConsentWithdrawnAt);
    const timeline = await w.recruiter.get(`/api/reference-checks/${w.check.id}/timeline`);
    assert.ok(timeline.body.includes('consent_withdrawn'), timeline.body);
    // The candidate's own page now says politely that the check ended; their privacy page still works.
    assert.equal((await t.app.inject(`/api/public/reference-candidate/${w.candidateToken}`)).statusCode, 410);
    assert.equal((await p.page('candidate', w.candidateToken)).statusCode, 200);
    assert.equal((await t.app.inject(`/api/public/reference-referee/${w.invitedToken}`)).statusCode, 410);
  });

  test('asking for erasure twice records one request; admins are told and list it; other companies get 404', async () => {
    const w = await world();
    const p = person();
    const first = await p.erase('referee', w.answeredToken);
    assert.equal(first.statusCode, 200, first.body);
    const asked = (first.json() as TPrivacyPage).erasure;
    assert.ok(asked);
    const due = new Date(asked.dueAt).getTime() - new Date(asked.requestedAt).getTime();
    assert.equal(due, 30 * DAY);
    const second = await p.erase('referee', w.answeredToken);
    assert.deepEqual((second.json() as TPrivacyPage).erasure, asked);
    const rows = await t.db.select().from(erasureRequests).where(eq(erasureRequests.companyId, w.company.id));
    assert.equal(rows.length, 1);

    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.companyId, w.company.id), eq(notifications.kind, 'erasure_requested')));
    assert.equal(told.length, 1, 'the one admin, once');
    assert.ok((await auditActions(w.company.id)).includes('erasure.requested'));

    const list = await w.admin.get('/api/privacy/erasure-requests');
    assert.equal(list.statusCode, 200, list.body);
    const [item] = list.json().requests as TErasureRequestItem[];
    assert.equal(item.name, 'Rolf Referee');
    assert.equal(item.dueAt, asked.dueAt);
    assert.equal((await w.recruiter.get('/api/privacy/erasure-requests')).statusCode, 403);

    const other = await world();
    assert.deepEqual((await other.admin.get('/api/privacy/erasure-requests')).json().requests, []);
    const keep = await other.admin.post(`/api/privacy/erasure-requests/${item.id}/keep`, { reason: 'Legal claim' });
    assert.equal(keep.statusCode, 404, keep.body);
    assert.equal((await other.admin.post(`/api/privacy/erasure-requests/${item.id}/erase`, {})).statusCode, 404);
    const blank = await w.admin.post(`/api/privacy/erasure-requests/${item.id}/keep`, { reason: '  ' });
    assert.equal(blank.statusCode, 400, blank.body);
  });

  test('a request falls due after the company’s days and the job erases it with a receipt; the link is then gone', async () => {
    const w = await world();
    const p = person();
    assert.equal((await w.admin.put('/api/privacy/retention', { erasureRequestDays: 5 })).statusCode, 200);
    const asked = (await p.erase('referee', w.answeredToken)).json() as TPrivacyPage;
    const requestedAt = new Date(asked.erasure!.requestedAt);

    await runDueErasureRequests({ db: t.db, now: new Date(requestedAt.getTime() + 4 * DAY) });
    assert.equal((await refereeRow(w.answered.id)).name, 'Rolf Referee', 'not due yet');

    await runDueErasureRequests({ db: t.db, now: new Date(requestedAt.getTime() + 5 * DAY + 1000) });
    const row = await refereeRow(w.answered.id);
    assert.equal(row.name, 'Anonymised');
    assert.equal(row.email, null);
    assert.ok(row.answersWithdrawnAt);
    const [receipt] = await t.db.select().from(erasureReceipts).where(eq(erasureReceipts.companyId, w.company.id));
    assert.equal(receipt.subjectKind, 'referee');
    assert.equal(receipt.emailSha256, sha256('rolf@work.example'));
    assert.equal(receipt.erasedById, null);
    const [item] = (await w.admin.get('/api/privacy/erasure-requests')).json().requests as TErasureRequestItem[];
    assert.ok(item.erasedAt);
    assert.equal(item.name, '');
    // The erasure deleted the link itself: nothing is left to find.
    assert.equal((await p.page('referee', w.answeredToken)).statusCode, 404);
    assert.ok((await auditActions(w.company.id)).includes('person.erased'));
  });

  test('a legal reason recorded by an admin stops the automatic erasure; "erase now" still erases, once', async () => {
    const w = await world();
    const p = person();
    const asked = (await p.erase('candidate', w.candidateToken)).json() as TPrivacyPage;
    const [item] = (await w.admin.get('/api/privacy/erasure-requests')).json().requests as TErasureRequestItem[];
    assert.equal(item.subjectKind, 'candidate');
    assert.equal(item.name, 'Cora Candidate');
    const kept = await w.admin.post(`/api/privacy/erasure-requests/${item.id}/keep`, {
      reason: 'A legal claim about the hire is pending',
    });
    assert.equal(kept.statusCode, 200, kept.body);
    assert.equal(kept.json().keptByName, 'Ada Admin');
    assert.ok((await auditActions(w.company.id)).includes('erasure.kept'));
    assert.equal(((await p.page('candidate', w.candidateToken)).json() as TPrivacyPage).erasure?.kept, true);

    await runDueErasureRequests({ db: t.db, now: new Date(new Date(asked.erasure!.dueAt).getTime() + DAY) });
    assert.equal((await p.page('candidate', w.candidateToken)).statusCode, 200, 'kept: not erased');

    const now = await w.admin.post(`/api/privacy/erasure-requests/${item.id}/erase`, {});
    assert.equal(now.statusCode, 200, now.body);
    assert.ok(now.json().erasedAt);
    assert.equal((await p.page('candidate', w.candidateToken)).statusCode, 404);
    const again = await w.admin.post(`/api/privacy/erasure-requests/${item.id}/erase`, {});
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json().reason, 'privacy.erasure_request_done');
  });
});
