import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TLanguage, TReferralSource } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { listReferralEvents } from '../src/modules/referrals/network-referrals.repo.ts';
import { moveReferralStatus } from '../src/modules/referrals/referral-status.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import { issueLinkToken } from '../src/modules/tenancy/link-tokens.ts';
import { linkTokens, memberships } from '../src/modules/tenancy/tenancy.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import {
  makeCompany,
  makeContact,
  makeDepartment,
  makeJob,
  makeMember,
  makeReferral,
  unique,
} from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';

describe('request introduction and the employee’s one-click answer', () => {
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

  /** Each call from its own address, so the link routes' rate limit never decides a test. */
  const publicCall = (method: 'GET' | 'POST', token: string, body?: object) =>
    t.app.inject({
      method,
      // Opening reads the link from the path; the button's POST carries the token in its body.
      url: method === 'GET' ? `/api/public/introduction-answers/${token}` : '/api/public/introduction-answers',
      payload: method === 'POST' ? { token, ...body } : undefined,
      remoteAddress: `10.0.${Math.floor(++address / 250)}.${address % 250}`,
    });

  /** A company with a recruiter, and an employee who offered to introduce Raymond Holt for a job. */
  async function scenario(options: { employeeLanguage?: TLanguage; source?: TReferralSource } = {}) {
    const company = await makeCompany(t.db, { name: unique('Nine-Nine '), senderName: 'Nine-Nine Talent' });
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Claire Recruiter' });
    const employee = await makeMember(t.db, company.id, 'employee', {
      name: 'Jake Peralta',
      language: options.employeeLanguage ?? 'en',
    });
    const department = await makeDepartment(t.db, company.id);
    const { job } = await makeJob(t.db, company.id, { title: 'Senior Detective', departmentId: department.id });
    const contact = await makeContact(t.db, company.id, employee.membership.id, {
      firstName: 'Raymond',
      lastName: 'Holt',
      position: 'Captain',
      company: 'NYPD',
    });
    const referral = await makeReferral(t.db, company.id, employee.membership.id, {
      contact,
      jobId: job.id,
      departmentId: department.id,
      source: options.source ?? 'email_introduction',
      dueAt: new Date(Date.now() + 3_600_000),
    });
    const client = await t.signIn(recruiter.email);
    return { company, recruiter, employee, referral, client };
  }

  /** The two answer links of the newest email to this address. */
  async function answerLinks(email: string) {
    await deliverMail(t, mail);
    const caught = mail.lastTo(email);
    assert.ok(caught, `no email to ${email}`);
    const links = [...(caught.mail.text ?? '').matchAll(/https:\/\/vouch\.test\/introductions\/answer\?\S+/g)].map(
      (m) => new URL(m[0]),
    );
    const byAnswer = Object.fromEntries(links.map((u) => [u.searchParams.get('answer'), u.searchParams.get('token')]));
    assert.ok(byAnswer.introduced && byAnswer.declined, `both links in: ${caught.mail.text}`);
    return { caught, introduced: byAnswer.introduced, declined: byAnswer.declined };
  }

  const statusOf = async (referralId: string) =>
    (await t.db.select({ status: referrals.status }).from(referrals).where(eq(referrals.id, referralId)))[0].status;

  test('the email reaches the employee in Swedish, from the company, Reply-To the recruiter; a click introduces', async () => {
    const { company, recruiter, employee, referral, client } = await scenario({ employeeLanguage: 'sv' });
    const res = await client.post(`/api/referrals/${referral.id}/request-introduction`, {
      message: 'Vi söker en ny kapten för Brooklyn.',
    });
    assert.equal(res.statusCode, 200, res.body);
    const detail = res.json();
    assert.equal(detail.status, 'introduction_requested');
    assert.equal(detail.overdue, false);
    const requested = detail.events.at(-1);
    assert.deepEqual(
      [requested.fromStatus, requested.toStatus, requested.actor?.name, requested.note],
      ['passed_on', 'introduction_requested', 'Claire Recruiter', 'Vi söker en ny kapten för Brooklyn.'],
    );
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id));
    assert.equal(row.recruiterMembershipId, recruiter.membership.id);
    assert.ok(row.actedAt, 'asking for the introduction stops the service-level clock');

    const { caught, introduced, declined } = await answerLinks(employee.email);
    assert.equal(introduced, declined, 'one token; the link carries the answer');
    assert.equal(caught.mail.subject, 'Claire Recruiter ber dig presentera Raymond Holt');
    assert.equal(caught.mail.replyTo?.value[0].address, recruiter.email);
    assert.equal(caught.mail.from?.value[0].name, 'Nine-Nine Talent');
    const text = caught.mail.text ?? '';
    assert.match(text, /^Hej Jake Peralta,/);
    assert.match(text, /Vem: Raymond Holt, Captain på NYPD/);
    assert.match(text, /Tjänsten det gäller: Senior Detective/);
    assert.match(text, /Claire Recruiter skriver: ”Vi söker en ny kapten för Brooklyn\.”/);
    assert.match(
      text,
      /Jag har presenterat dem:\nhttps:\/\/vouch\.test\/introductions\/answer\?token=\S+&answer=introduced/,
    );
    assert.match(
      text,
      /Jag kan inte presentera dem:\nhttps:\/\/vouch\.test\/introductions\/answer\?token=\S+&answer=declined/,
    );
    assert.match(String(caught.mail.html), /<html lang="sv">/);

    const info = await publicCall('GET', introduced);
    assert.equal(info.statusCode, 200);
    assert.deepEqual(info.json(), {
      contactName: 'Raymond Holt',
      companyName: company.name,
      recruiterName: 'Claire Recruiter',
      language: 'sv',
    });
    assert.equal(await statusOf(referral.id), 'introduction_requested', 'looking at the link changes nothing');

    const answered = await publicCall('POST', introduced, { answer: 'introduced' });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.deepEqual(answered.json(), {
      contactName: 'Raymond Holt',
      companyName: company.name,
      recruiterName: 'Claire Recruiter',
      language: 'sv',
      answer: 'introduced',
      statusChanged: true,
      recruiterTold: true,
    });
    assert.equal(await statusOf(referral.id), 'introduced');
    const timeline = await listReferralEvents(t.db, company.id, referral.id);
    const last = timeline.at(-1)!;
    assert.deepEqual([last.fromStatus, last.toStatus], ['introduction_requested', 'introduced']);
    assert.equal(last.actor?.id, employee.membership.id, 'the timeline shows the employee answered');
    assert.equal(last.actor?.name, 'Jake Peralta');

    const again = await publicCall('POST', introduced, { answer: 'declined' });
    assert.equal(again.statusCode, 410);
    assert.equal(again.json().code, 'token_invalid');
    assert.equal((await publicCall('GET', introduced)).statusCode, 410);
    assert.equal(await statusOf(referral.id), 'introduced', 'a used link changes nothing');
  });

  test('English employee declines: the referral records the decline, and the HTML offers both buttons', async () => {
    const { employee, referral, client } = await scenario();
    assert.equal((await client.post(`/api/referrals/${referral.id}/request-introduction`, {})).statusCode, 200);
    const { caught, declined } = await answerLinks(employee.email);
    assert.equal(caught.mail.subject, 'Claire Recruiter asks you to introduce Raymond Holt');
    const text = caught.mail.text ?? '';
    assert.doesNotMatch(text, /writes:/, 'no message, no quote');
    const html = String(caught.mail.html);
    assert.match(html, />I&#39;ve introduced them</);
    assert.match(html, />I can&#39;t introduce them</);
    assert.match(html, /href="https:\/\/vouch\.test\/introductions\/answer\?token=[\w-]+&amp;answer=declined"/);

    const res = await publicCall('POST', declined, { answer: 'declined' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().answer, 'declined');
    assert.equal(await statusOf(referral.id), 'introduction_declined');
  });

  test('a resend works from introduction_requested, and the old link stops working', async () => {
    const { company, employee, referral, client } = await scenario();
    const url = `/api/referrals/${referral.id}/request-introduction`;
    assert.equal((await client.post(url, { message: 'First try' })).statusCode, 200);
    const first = (await answerLinks(employee.email)).introduced;
    const resent = await client.post(url, { message: 'Reminder' });
    assert.equal(resent.statusCode, 200);
    assert.deepEqual(
      resent.json().events.map((e: { toStatus: string; note: string | null }) => [e.toStatus, e.note]),
      [
        ['passed_on', null],
        ['introduction_requested', 'First try'],
        ['introduction_requested', 'Reminder'],
      ],
      'both requests stay in the history',
    );
    const second = (await answerLinks(employee.email)).introduced;
    assert.notEqual(first, second);
    assert.equal((await publicCall('POST', first, { answer: 'introduced' })).statusCode, 410);
    assert.equal((await publicCall('POST', second, { answer: 'introduced' })).statusCode, 200);
    const tokens = await t.db
      .select()
      .from(linkTokens)
      .where(and(eq(linkTokens.companyId, company.id), eq(linkTokens.subjectId, referral.id)));
    assert.equal(tokens.length, 2);
    assert.ok(tokens.every((row) => row.usedAt && row.tokenHash.length === 64 && row.tokenHash !== first));
    const ttlDays = (tokens[0].expiresAt.getTime() - tokens[0].createdAt.getTime()) / 86_400_000;
    assert.ok(Math.abs(ttlDays - 30) < 0.01, `link lives 30 days, got ${ttlDays}`);
  });

  test('a double click answers once: of two concurrent answers exactly one wins', async () => {
    const { company, employee, referral, client } = await scenario();
    await client.post(`/api/referrals/${referral.id}/request-introduction`, {});
    const { introduced } = await answerLinks(employee.email);
    const results = await Promise.all([
      publicCall('POST', introduced, { answer: 'introduced' }),
      publicCall('POST', introduced, { answer: 'declined' }),
    ]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 410]);
    const winner = results.find((r) => r.statusCode === 200)!.json().answer;
    assert.equal(await statusOf(referral.id), winner === 'introduced' ? 'introduced' : 'introduction_declined');
    const timeline = await listReferralEvents(t.db, company.id, referral.id);
    assert.equal(timeline.filter((e) => e.fromStatus === 'introduction_requested').length, 1);
  });

  test('an expired link, a token of another purpose and a made-up token are all gone', async () => {
    const { company, employee, referral, client } = await scenario();
    await client.post(`/api/referrals/${referral.id}/request-introduction`, {});
    const { introduced } = await answerLinks(employee.email);
    await t.db
      .update(linkTokens)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(linkTokens.subjectId, referral.id));
    for (const res of [
      await publicCall('GET', introduced),
      await publicCall('POST', introduced, { answer: 'introduced' }),
    ]) {
      assert.equal(res.statusCode, 410);
      assert.equal(res.json().code, 'token_invalid');
      assert.match(res.json().detail, /already been used or has expired/);
    }
    assert.equal(await statusOf(referral.id), 'introduction_requested');

    // A live token for the same people and referral, but made for something else, opens nothing here.
    const reset = await issueLinkToken(t.db, {
      purpose: 'password_reset',
      companyId: company.id,
      membershipId: employee.membership.id,
      userId: employee.user.id,
      subjectId: referral.id,
      ttlMs: 3_600_000,
    });
    assert.equal((await publicCall('POST', reset, { answer: 'introduced' })).statusCode, 410);
    assert.equal((await publicCall('GET', reset)).statusCode, 410);
    assert.equal((await publicCall('POST', 'x'.repeat(43), { answer: 'introduced' })).statusCode, 410);
    assert.equal((await publicCall('POST', 'short', { answer: 'introduced' })).statusCode, 400);
    const live = await issueLinkToken(t.db, {
      purpose: 'introduction_answer',
      companyId: company.id,
      membershipId: employee.membership.id,
      subjectId: referral.id,
      ttlMs: 3_600_000,
    });
    assert.equal((await publicCall('POST', live, { answer: 'maybe' })).statusCode, 400, 'only the two answers');
    assert.equal((await publicCall('POST', live, { answer: 'introduced' })).statusCode, 200);
  });

  test('an employee who left can no longer answer, and a recruiter cannot ask them', async () => {
    const { employee, referral, client } = await scenario();
    await client.post(`/api/referrals/${referral.id}/request-introduction`, {});
    const { introduced } = await answerLinks(employee.email);
    await t.db.update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, employee.membership.id));
    assert.equal((await publicCall('POST', introduced, { answer: 'introduced' })).statusCode, 410);

    const asked = await client.post(`/api/referrals/${referral.id}/request-introduction`, {});
    assert.equal(asked.statusCode, 409);
    assert.match(asked.json().detail, /no longer active/);
  });

  test('a recruiter who moved it on meanwhile keeps their status; the click is used up and thanked', async () => {
    const { company, recruiter, employee, referral, client } = await scenario();
    await client.post(`/api/referrals/${referral.id}/request-introduction`, {});
    const { introduced } = await answerLinks(employee.email);
    await moveReferralStatus(t.db, {
      companyId: company.id,
      referralId: referral.id,
      to: 'candidate_interested',
      actorMembershipId: recruiter.membership.id,
    });
    const res = await publicCall('POST', introduced, { answer: 'introduced' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().statusChanged, false);
    assert.equal(await statusOf(referral.id), 'candidate_interested');
    assert.equal((await publicCall('POST', introduced, { answer: 'introduced' })).statusCode, 410);
  });

  test('prospects, settled introductions, other companies and other roles are refused, and nothing is sent', async () => {
    const warm = await scenario({ source: 'warm_prospect' });
    const cold = await scenario({ source: 'cold_prospect' });
    for (const { referral, client } of [warm, cold]) {
      const res = await client.post(`/api/referrals/${referral.id}/request-introduction`, {});
      assert.equal(res.statusCode, 409);
      assert.match(res.json().detail, /Reach out to a prospect directly/);
      assert.equal(await statusOf(referral.id), 'passed_on');
    }
    const queued = await t.db.select().from(messages).where(eq(messages.recipient, cold.employee.email));
    assert.equal(queued.length, 0, 'a refused request queues no email');

    const settled = await scenario();
    await t.db.update(referrals).set({ status: 'introduced' }).where(eq(referrals.id, settled.referral.id));
    assert.equal(
      (await settled.client.post(`/api/referrals/${settled.referral.id}/request-introduction`, {})).statusCode,
      409,
    );

    const home = await scenario();
    const away = await scenario();
    const intruder = await away.client.post(`/api/referrals/${home.referral.id}/request-introduction`, {});
    assert.equal(intruder.statusCode, 404);
    assert.equal(await statusOf(home.referral.id), 'passed_on');
    const missing = await away.client.post(`/api/referrals/${crypto.randomUUID()}/request-introduction`, {});
    assert.equal(missing.statusCode, 404);

    const employee = await t.signIn(home.employee.email);
    assert.equal((await employee.post(`/api/referrals/${home.referral.id}/request-introduction`, {})).statusCode, 403);
    const admin = await makeMember(t.db, home.company.id, 'admin');
    const asAdmin = await (await t.signIn(admin.email)).post(
      `/api/referrals/${home.referral.id}/request-introduction`,
      {
        message: 'x'.repeat(1001),
      },
    );
    assert.equal(asAdmin.statusCode, 400);
    assert.equal(asAdmin.json().errors[0].field, 'message');
  });

  test('random tokens and bodies on the public answer routes are client errors, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ minLength: 1, maxLength: 220 }), fc.stringMatching(/^[\w-]{10,200}$/)),
        fc.anything({ maxDepth: 2 }),
        async (token, body) => {
          const url = encodeURIComponent(token);
          const get = await publicCall('GET', url);
          const post = (payload: unknown) =>
            t.app.inject({
              method: 'POST',
              url: '/api/public/introduction-answers',
              payload: JSON.stringify(payload ?? null),
              headers: { 'content-type': 'application/json' },
              remoteAddress: `10.9.${Math.floor(++address / 250) % 250}.${address % 250}`,
            });
          const answers = [await post(body), await post({ token, answer: body })];
          for (const res of [get, ...answers])
            assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${res.statusCode} ${res.body}`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
