import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TLanguage } from '@vouch/contracts';
import { eq, sql } from 'drizzle-orm';
import { listReferralEvents } from '../src/modules/referrals/network-referrals.repo.ts';
import { moveReferralStatus } from '../src/modules/referrals/referral-status.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import { issueLinkToken } from '../src/modules/tenancy/link-tokens.ts';
import { memberships } from '../src/modules/tenancy/tenancy.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeContact, makeMember, makeReferral, unique } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';

/**
 * The one-click answer links of introduction and referral request emails: opening one (a person, a
 * HEAD, or a mail scanner's preview) changes nothing; the answer is a POST from the page's button,
 * with the token in the body; every answer is kept in the referral's timeline, and the recruiter
 * hears of every answer, also one that came after they had moved the referral on.
 */
describe('one-click answer links: opening changes nothing, every answer is kept and told', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let address = 0;

  before(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://vouch.test' });
  });
  after(async () => {
    await t.close();
    await mail.close();
  });

  const KINDS = {
    introduction: {
      api: '/api/public/introduction-answers',
      page: '/introductions/answer',
      purpose: 'introduction_answer',
      source: 'email_introduction',
      waiting: 'introduction_requested',
      yes: { answer: 'introduced', status: 'introduced' },
      no: { answer: 'declined', status: 'introduction_declined' },
    },
    referralRequest: {
      api: '/api/public/referral-request-answers',
      page: '/referral-requests/answer',
      purpose: 'referral_request_answer',
      source: 'referral_request',
      waiting: 'refer_request_sent',
      yes: { answer: 'will_reach_out', status: 'referrer_contacted' },
      no: { answer: 'not_well_enough', status: 'referrer_declined' },
    },
  } as const;
  type Kind = (typeof KINDS)[keyof typeof KINDS];

  /** Each call from its own address, so the link routes' rate limit never decides a test. */
  const from = () => `10.7.${Math.floor(++address / 250) % 250}.${address % 250}`;
  const answer = (kind: Kind, token: string, given: string) =>
    t.app.inject({
      method: 'POST',
      url: kind.api,
      payload: { token, answer: given },
      remoteAddress: from(),
    });

  /**
   * A referral waiting for the referrer's answer, with Claire as its recruiter (in her language) and
   * the link the email would carry.
   */
  async function waitingReferral(kind: Kind, options: { recruiterLanguage?: TLanguage } = {}) {
    const company = await makeCompany(t.db, { name: unique('Nine-Nine '), senderName: 'Nine-Nine Talent' });
    const recruiter = await makeMember(t.db, company.id, 'recruiter', {
      name: 'Claire Recruiter',
      language: options.recruiterLanguage ?? 'en',
    });
    const referrer = await makeMember(t.db, company.id, 'employee', { name: 'Jake Peralta' });
    const contact =
      kind.source === 'email_introduction'
        ? await makeContact(t.db, company.id, referrer.membership.id, { firstName: 'Raymond', lastName: 'Holt' })
        : null;
    const referral = await makeReferral(t.db, company.id, referrer.membership.id, {
      contact,
      firstName: 'Raymond',
      lastName: 'Holt',
      source: kind.source,
      status: kind.waiting,
      recruiterMembershipId: recruiter.membership.id,
    });
    const token = await issueLinkToken(t.db, {
      purpose: kind.purpose,
      companyId: company.id,
      membershipId: referrer.membership.id,
      subjectId: referral.id,
      ttlMs: 86_400_000,
    });
    return { company, recruiter, referrer, referral, token };
  }

  /** Everything an answer could change, read straight from the database. */
  async function stateOf(referralId: string) {
    const [row] = (
      await t.db.execute(sql`select r.status, r.updated_at::text as updated,
        (select count(*)::int from referral_events e where e.referral_id = r.id) as events,
        (select count(*)::int from link_tokens l where l.subject_id = r.id and l.used_at is not null) as used,
        (select count(*)::int from messages m where m.company_id = r.company_id) as messages
        from referrals r where r.id = ${referralId}`)
    ).rows as Record<string, unknown>[];
    return row;
  }

  const SCANNER_HEADERS = {
    // What Outlook's Safe Links and similar previewers send: a browser-like agent, no cookie.
    'user-agent':
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Microsoft Office/16.0 (Safe Links)',
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'x-forwarded-for': '40.94.0.10',
  };

  for (const [name, kind] of Object.entries(KINDS)) {
    test(`${name}: GET, HEAD and a mail scanner's preview of the link change nothing; the button's POST answers once`, async () => {
      const { referral, token } = await waitingReferral(kind);
      const before = await stateOf(referral.id);
      const pageUrl = `${kind.page}?token=${token}&answer=${kind.yes.answer}`;
      for (const request of [
        { method: 'GET', url: `${kind.api}/${token}` },
        { method: 'HEAD', url: `${kind.api}/${token}` },
        { method: 'GET', url: `${kind.api}/${token}`, headers: SCANNER_HEADERS },
        { method: 'GET', url: pageUrl },
        { method: 'HEAD', url: pageUrl, headers: SCANNER_HEADERS },
        { method: 'GET', url: pageUrl, headers: SCANNER_HEADERS },
      ] as const) {
        const res = await t.app.inject({ ...request, remoteAddress: from() });
        assert.ok(res.statusCode < 500, `${request.method} ${request.url}: ${res.statusCode}`);
      }
      assert.deepEqual(await stateOf(referral.id), before, 'opening the link wrote nothing');

      const answered = await answer(kind, token, kind.yes.answer);
      assert.equal(answered.statusCode, 200, answered.body);
      assert.equal(answered.json().statusChanged, true);
      assert.equal((await stateOf(referral.id)).status, kind.yes.status);
      const again = await answer(kind, token, kind.no.answer);
      assert.equal(again.statusCode, 410, 'a second press answers nothing');
      assert.equal((await stateOf(referral.id)).status, kind.yes.status);
    });

    test(`${name}: the token is not taken from the URL path of a POST`, async () => {
      const { referral, token } = await waitingReferral(kind);
      const old = await t.app.inject({
        method: 'POST',
        url: `${kind.api}/${token}`,
        payload: { answer: kind.yes.answer },
        remoteAddress: from(),
      });
      assert.equal(old.statusCode, 404, old.body);
      const missing = await t.app.inject({
        method: 'POST',
        url: kind.api,
        payload: { answer: kind.yes.answer },
        remoteAddress: from(),
      });
      assert.equal(missing.statusCode, 400);
      assert.equal(missing.json().errors[0].field, 'token');
      assert.equal((await stateOf(referral.id)).status, kind.waiting);
    });

    test(`${name}: an answer in time moves the status, is marked as the answer, and the recruiter is emailed`, async () => {
      const { company, referrer, referral, token, recruiter } = await waitingReferral(kind);
      const res = await answer(kind, token, kind.no.answer);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().statusChanged, true);
      assert.equal(res.json().recruiterTold, true);
      const last = (await listReferralEvents(t.db, company.id, referral.id)).at(-1)!;
      assert.deepEqual(
        [last.kind, last.fromStatus, last.toStatus, last.answer, last.actor?.id],
        ['status', kind.waiting, kind.no.status, kind.no.answer, referrer.membership.id],
      );
      await deliverMail(t, mail);
      const told = mail.lastTo(recruiter.email);
      assert.ok(told, 'the recruiter got an email');
      const expected =
        kind === KINDS.introduction
          ? 'Jake Peralta can’t introduce Raymond Holt'
          : 'Jake Peralta doesn’t know Raymond Holt well enough';
      assert.equal(told.mail.subject, expected);
      assert.match(told.mail.text ?? '', new RegExp(`https://vouch\\.test/referrals\\?open=${referral.id}`));
      assert.doesNotMatch(told.mail.text ?? '', /already moved/);
    });

    test(`${name}: a late answer is kept in the timeline, the status stays, and the recruiter is told in Swedish`, async () => {
      const { company, recruiter, referrer, referral, token } = await waitingReferral(kind, {
        recruiterLanguage: 'sv',
      });
      await moveReferralStatus(t.db, {
        companyId: company.id,
        referralId: referral.id,
        to: 'candidate_interested',
        actorMembershipId: recruiter.membership.id,
      });
      const res = await answer(kind, token, kind.yes.answer);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().statusChanged, false);
      assert.equal((await stateOf(referral.id)).status, 'candidate_interested', 'the recruiter’s move stands');
      const last = (await listReferralEvents(t.db, company.id, referral.id)).at(-1)!;
      assert.deepEqual(
        [last.kind, last.fromStatus, last.toStatus, last.answer, last.actor?.name],
        ['late_answer', 'candidate_interested', 'candidate_interested', kind.yes.answer, 'Jake Peralta'],
      );
      assert.equal(last.actor?.id, referrer.membership.id);

      await deliverMail(t, mail);
      const told = mail.lastTo(recruiter.email);
      assert.ok(told, 'the recruiter is told of the late answer too');
      assert.match(told.mail.subject ?? '', /^Jake Peralta .*Raymond Holt/);
      assert.match(told.mail.text ?? '', /Hej Claire Recruiter/);
      assert.match(told.mail.text ?? '', /Intresserad/, 'names the status the referral kept');
      assert.match(String(told.mail.html), /<html lang="sv">/);
      assert.equal((await answer(kind, token, kind.yes.answer)).statusCode, 410, 'the link is used up');
    });

    test(`${name}: a recruiter who left is not emailed, and the answer is still kept`, async () => {
      const { company, recruiter, referral, token } = await waitingReferral(kind);
      await t.db.update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, recruiter.membership.id));
      const res = await answer(kind, token, kind.yes.answer);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().recruiterTold, false, 'the page must not say the recruiter was told');
      const queued = await t.db.execute(
        sql`select count(*)::int as n from messages where company_id = ${company.id} and recipient = ${recruiter.email}`,
      );
      assert.equal((queued.rows[0] as { n: number }).n, 0);
      const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id));
      assert.equal(row.status, kind.yes.status);
    });
  }
});
