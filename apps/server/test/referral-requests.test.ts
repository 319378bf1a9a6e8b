import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TLanguage } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { workHistory } from '../src/modules/hiring/hiring.tables.ts';
import { companyKey } from '../src/modules/hiring/normalize.ts';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { listReferralEvents } from '../src/modules/referrals/network-referrals.repo.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import { linkTokens } from '../src/modules/tenancy/tenancy.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import {
  makeCandidate,
  makeCompany,
  makeDepartment,
  makeExclusion,
  makeJob,
  makeMember,
  unique,
} from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';

describe('referral requests: composer draft, sending, and the colleague’s one-click answer', () => {
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
      url: method === 'GET' ? `/api/public/referral-request-answers/${token}` : '/api/public/referral-request-answers',
      payload: method === 'POST' ? { token, ...body } : undefined,
      remoteAddress: `10.1.${Math.floor(++address / 250)}.${address % 250}`,
    });

  /** Acme with Claire (recruiter), Erik (employee) who worked with the candidate Raymond at Dentons, and an open job. */
  async function scenario(options: { colleagueLanguage?: TLanguage } = {}) {
    const company = await makeCompany(t.db, { name: unique('Acme '), senderName: 'Acme Talent' });
    const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Claire Recruiter' });
    const colleague = await makeMember(t.db, company.id, 'employee', {
      name: 'Erik Employee',
      language: options.colleagueLanguage ?? 'en',
    });
    const department = await makeDepartment(t.db, company.id);
    const { job } = await makeJob(t.db, company.id, {
      title: 'Legal Counsel',
      location: 'Stockholm',
      departmentId: department.id,
    });
    const candidate = await makeCandidate(t.db, company.id, {
      firstName: 'Raymond',
      lastName: 'Okafor',
      email: `${unique('raymond')}@mail.example`,
      phone: '+46701234567',
      linkedinUrl: 'https://www.linkedin.com/in/raymond-okafor',
      currentTitle: 'Senior Associate',
      currentCompany: 'Dentons LLP',
      skills: ['Contracts', 'M&A'],
    });
    const dentons = { companyId: company.id, companyName: 'Dentons LLP', companyKey: companyKey('Dentons LLP') };
    await t.db.insert(workHistory).values([
      { ...dentons, candidateId: candidate.id, startDate: '2017-01-01', endDate: '2022-06-30' },
      { ...dentons, membershipId: colleague.membership.id, startDate: '2018-03-01', endDate: '2021-05-31' },
    ]);
    const client = await t.signIn(recruiter.email);
    return { company, recruiter, colleague, department, job, candidate, client };
  }

  type World = Awaited<ReturnType<typeof scenario>>;
  const draftOf = async (w: World, extra: object = {}) => {
    const res = await w.client.post(`/api/candidates/${w.candidate.id}/referral-requests/draft`, {
      colleagueMembershipId: w.colleague.membership.id,
      jobId: w.job.id,
      reason: 'Raymond led the contract work we now need in-house.',
      ...extra,
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  const send = (w: World, extra: object = {}) =>
    w.client.post(`/api/candidates/${w.candidate.id}/referral-requests`, {
      colleagueMembershipId: w.colleague.membership.id,
      jobId: w.job.id,
      reason: 'Raymond led the contract work we now need in-house.',
      subject: 'Could you refer {{ candidate.full_name }}?',
      body: 'Hi {{ colleague.first_name }},\n\n{{ connection.summary }}.\nWhy: {{ reason }}\n\n{{ recruiter.first_name }}',
      delivery: 'email',
      ...extra,
    });

  /** The two answer links of the newest email to this address. */
  async function answerLinks(email: string) {
    await deliverMail(t, mail);
    const caught = mail.lastTo(email);
    assert.ok(caught, `no email to ${email}`);
    const links = [...(caught.mail.text ?? '').matchAll(/https:\/\/vouch\.test\/referral-requests\/answer\?\S+/g)].map(
      (m) => new URL(m[0]),
    );
    const byAnswer = Object.fromEntries(links.map((u) => [u.searchParams.get('answer'), u.searchParams.get('token')]));
    assert.ok(byAnswer.will_reach_out && byAnswer.not_well_enough, `both links in: ${caught.mail.text}`);
    return { caught, reachOut: byAnswer.will_reach_out, notWell: byAnswer.not_well_enough };
  }

  const rowOf = async (id: string) => (await t.db.select().from(referrals).where(eq(referrals.id, id)))[0];

  test('the draft is the company template in the colleague’s language, with the real data and connection', async () => {
    const w = await scenario({ colleagueLanguage: 'sv' });
    const draft = await draftOf(w);
    assert.equal(draft.language, 'sv');
    assert.match(draft.subject, /^Kan du rekommendera \{\{ candidate\.full_name \}\}/);
    assert.match(draft.body, /\{\{ colleague\.first_name \}\}/);
    const { connection, ...rest } = draft.variables;
    assert.deepEqual(rest, {
      candidate: {
        first_name: 'Raymond',
        last_name: 'Okafor',
        full_name: 'Raymond Okafor',
        title: 'Senior Associate',
        company: 'Dentons LLP',
        linkedin_url: 'https://www.linkedin.com/in/raymond-okafor',
      },
      colleague: { first_name: 'Erik', name: 'Erik Employee' },
      job: { title: 'Legal Counsel', location: 'Stockholm' },
      recruiter: { name: 'Claire Recruiter', first_name: 'Claire', email: w.recruiter.email },
      company: { name: w.company.name },
      reason: 'Raymond led the contract work we now need in-house.',
    });
    assert.match(connection.summary, /^Du .*Raymond.*Dentons.*2018–2021/, 'addressed to the colleague, in Swedish');
    assert.doesNotMatch(connection.summary, /\.$/, 'the template ends the sentence');

    const noJob = await draftOf(w, { jobId: null, reason: '' });
    assert.equal('job' in noJob.variables, false, 'without a role there is no job at all');
    assert.equal(noJob.variables.reason, null);
  });

  test('“Send now” makes the referral, its first event and an email in the colleague’s language', async () => {
    const w = await scenario({ colleagueLanguage: 'sv' });
    const res = await send(w);
    assert.equal(res.statusCode, 201, res.body);
    const result = res.json();
    assert.equal(result.status, 'refer_request_sent');
    assert.equal(result.source, 'referral_request');
    assert.equal(result.to, w.colleague.email);
    assert.equal(result.subject, 'Could you refer Raymond Okafor?');
    assert.match(
      result.body,
      /^Hi Erik,\n\nDu .*Dentons.*\.\nWhy: Raymond led the contract work we now need in-house\.\n\nClaire$/,
    );

    const row = await rowOf(result.id);
    assert.deepEqual(
      {
        source: row.source,
        status: row.status,
        referrer: row.referrerMembershipId,
        recruiter: row.recruiterMembershipId,
        candidate: row.candidateId,
        job: row.jobId,
        department: row.departmentId,
        person: [row.firstName, row.lastName, row.email, row.linkedinUrl, row.phone, row.position, row.company],
        keys: [row.emailKey, row.linkedinKey, row.companyKey],
        skills: row.skills,
        active: row.active,
      },
      {
        source: 'referral_request',
        status: 'refer_request_sent',
        referrer: w.colleague.membership.id,
        recruiter: w.recruiter.membership.id,
        candidate: w.candidate.id,
        job: w.job.id,
        department: w.department.id,
        person: [
          'Raymond',
          'Okafor',
          w.candidate.email,
          'https://www.linkedin.com/in/raymond-okafor',
          '+46701234567',
          'Senior Associate',
          'Dentons LLP',
        ],
        keys: [w.candidate.email?.toLowerCase(), 'linkedin.com/in/raymond-okafor', companyKey('Dentons LLP')],
        skills: ['Contracts', 'M&A'],
        active: true,
      },
    );
    const events = await listReferralEvents(t.db, w.company.id, result.id);
    assert.deepEqual(
      events.map((e) => [e.fromStatus, e.toStatus, e.actor?.name, e.note]),
      [[null, 'refer_request_sent', 'Claire Recruiter', 'Raymond led the contract work we now need in-house.']],
    );

    const { caught, reachOut, notWell } = await answerLinks(w.colleague.email);
    assert.equal(reachOut, notWell, 'one token; the link carries the answer');
    assert.ok(reachOut.length >= 22, 'at least 128 bits of token');
    assert.equal(caught.mail.subject, 'Could you refer Raymond Okafor?');
    assert.equal(caught.mail.replyTo?.value[0].address, w.recruiter.email);
    assert.equal(caught.mail.from?.value[0].name, 'Acme Talent');
    const text = caught.mail.text ?? '';
    assert.match(text, /^Hi Erik,\n\nDu /);
    assert.match(
      text,
      /Jag hör av mig:\nhttps:\/\/vouch\.test\/referral-requests\/answer\?token=\S+&answer=will_reach_out/,
    );
    assert.match(
      text,
      /Jag känner hen inte tillräckligt väl:\nhttps:\/\/vouch\.test\/referral-requests\/answer\?token=\S+&answer=not_well_enough/,
    );
    const html = String(caught.mail.html);
    assert.match(html, /<html lang="sv">/);
    const replyButton = new RegExp(
      `href="mailto:${w.recruiter.email.replace('.', '\\.')}\\?subject=Re%3A%20Could%20you%20refer%20Raymond%20Okafor%3F"[^>]*>Svara Claire på ${w.company.name}<`,
    );
    assert.match(html, replyButton);
    assert.match(html, /Hi Erik,<\/p>/);
    const tokens = await t.db.select().from(linkTokens).where(eq(linkTokens.subjectId, result.id));
    assert.equal(tokens.length, 1);
    assert.notEqual(tokens[0].tokenHash, reachOut, 'only a hash is stored');
    assert.equal(Math.round((tokens[0].expiresAt.getTime() - tokens[0].createdAt.getTime()) / 86_400_000), 30);

    const info = await publicCall('GET', reachOut);
    assert.equal(info.statusCode, 200, info.body);
    assert.deepEqual(info.json(), {
      contactName: 'Raymond Okafor',
      companyName: w.company.name,
      recruiterName: 'Claire Recruiter',
      language: 'sv',
    });
    assert.equal((await rowOf(result.id)).status, 'refer_request_sent', 'looking at the link changes nothing');

    const answered = await publicCall('POST', reachOut, { answer: 'will_reach_out' });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.deepEqual(answered.json(), {
      ...info.json(),
      answer: 'will_reach_out',
      statusChanged: true,
      recruiterTold: true,
    });
    assert.equal((await rowOf(result.id)).status, 'referrer_contacted');
    const last = (await listReferralEvents(t.db, w.company.id, result.id)).at(-1)!;
    assert.deepEqual(
      [last.fromStatus, last.toStatus, last.actor?.id],
      ['refer_request_sent', 'referrer_contacted', w.colleague.membership.id],
    );

    const again = await publicCall('POST', reachOut, { answer: 'not_well_enough' });
    assert.equal(again.statusCode, 410);
    assert.equal(again.json().code, 'token_invalid');
    assert.equal((await publicCall('GET', reachOut)).statusCode, 410);
    assert.equal((await rowOf(result.id)).status, 'referrer_contacted', 'a used link changes nothing');
  });

  test('“I don’t know them well enough” declines; an expired link is gone; an introduction link is not a request link', async () => {
    const w = await scenario();
    const first = (await send(w)).json();
    const { caught, notWell } = await answerLinks(w.colleague.email);
    assert.match(String(caught.mail.html), />I don&#39;t know them well enough</);
    assert.match(String(caught.mail.html), /<html lang="en">/);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: `/api/public/introduction-answers/${notWell}` })).statusCode,
      410,
    );
    const declined = await publicCall('POST', notWell, { answer: 'not_well_enough' });
    assert.equal(declined.statusCode, 200, declined.body);
    assert.equal((await rowOf(first.id)).status, 'referrer_declined');

    const second = (await send(w)).json();
    const { reachOut } = await answerLinks(w.colleague.email);
    await t.db
      .update(linkTokens)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(linkTokens.subjectId, second.id));
    assert.equal((await publicCall('GET', reachOut)).statusCode, 410);
    assert.equal((await publicCall('POST', reachOut, { answer: 'will_reach_out' })).statusCode, 410);
    assert.equal((await rowOf(second.id)).status, 'refer_request_sent');
    assert.equal((await publicCall('POST', reachOut, { answer: 'maybe' })).statusCode, 400);
  });

  test('“Send via my email” records the referral and sends nothing', async () => {
    const w = await scenario();
    const res = await send(w, { delivery: 'mailto', jobId: null });
    assert.equal(res.statusCode, 201, res.body);
    const result = res.json();
    assert.equal(result.delivery, 'mailto');
    assert.equal(result.body.split('\n')[0], 'Hi Erik,');
    const row = await rowOf(result.id);
    assert.deepEqual([row.status, row.jobId, row.departmentId], ['refer_request_sent', null, null]);
    const queued = await t.db
      .select()
      .from(messages)
      .where(and(eq(messages.recipient, w.colleague.email)));
    assert.equal(queued.length, 0);
    assert.equal((await t.db.select().from(linkTokens).where(eq(linkTokens.subjectId, result.id))).length, 0);
  });

  test('a candidate on the exclude list cannot be asked about, and nothing is written', async () => {
    const w = await scenario();
    await makeExclusion(t.db, w.company.id, { kind: 'company_name', value: 'Dentons', variants: [] });
    const res = await send(w);
    assert.equal(res.statusCode, 409, res.body);
    assert.match(res.json().detail, /Raymond Okafor is on the company's exclude list/);
    const written = await t.db.select().from(referrals).where(eq(referrals.candidateId, w.candidate.id));
    assert.equal(written.length, 0);
  });

  test('a template that does not render is refused with the field and position, and nothing is written', async () => {
    const w = await scenario();
    const res = await send(w, { body: 'Hi {{ candidate.nickname }}' });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().errors, [
      {
        field: 'body',
        message: 'Line 1, column 7: unknown variable “candidate.nickname”',
        reason: 'template.unknown_variable_at',
        params: { line: 1, column: 7, name: 'candidate.nickname' },
      },
    ]);
    const noRole = await send(w, { jobId: null, subject: 'For {{ job.title }}' });
    assert.equal(noRole.statusCode, 422);
    assert.equal(noRole.json().errors[0].field, 'subject');
    const rows = await t.db.select().from(referrals).where(eq(referrals.candidateId, w.candidate.id));
    assert.equal(rows.length, 0);
  });

  test('an exploding template is refused on its field: no referral, no message', async () => {
    const w = await scenario();
    const body =
      '{% capture s %}{{ candidate.full_name }}{% endcapture %}{% for i in (1..23) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s }}';
    const res = await send(w, { body });
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().code, 'template_too_large');
    assert.deepEqual(res.json().errors, [
      {
        field: 'body',
        message: 'The template makes more than 100 KB of text.',
        reason: 'template.too_large',
        params: { kb: 100 },
      },
    ]);
    assert.equal((await t.db.select().from(referrals).where(eq(referrals.candidateId, w.candidate.id))).length, 0);
    assert.equal((await t.db.select().from(messages).where(eq(messages.companyId, w.company.id))).length, 0);
  });

  test('colleagues who cannot be asked: deactivated, not joined, an agent, oneself (409); another company’s (404)', async () => {
    const w = await scenario();
    const asked = async (membershipId: string) => {
      const draft = await w.client.post(`/api/candidates/${w.candidate.id}/referral-requests/draft`, {
        colleagueMembershipId: membershipId,
      });
      const sent = await send(w, { colleagueMembershipId: membershipId });
      assert.equal(draft.statusCode, sent.statusCode, 'draft and send refuse alike');
      return sent;
    };
    const gone = await makeMember(t.db, w.company.id, 'employee', { name: 'Gone Person', status: 'deactivated' });
    const deactivated = await asked(gone.membership.id);
    assert.equal(deactivated.statusCode, 409);
    assert.match(deactivated.json().detail, /Gone Person has been deactivated/);
    const invited = await makeMember(t.db, w.company.id, 'employee', { status: 'invited' });
    assert.equal((await asked(invited.membership.id)).statusCode, 409);
    const agent = await makeMember(t.db, w.company.id, 'agent', { name: 'Agent Smith' });
    const byAgent = await asked(agent.membership.id);
    assert.equal(byAgent.statusCode, 409);
    assert.match(byAgent.json().detail, /agency recruiter/);
    assert.equal((await asked(w.recruiter.membership.id)).statusCode, 409);

    const elsewhere = await scenario();
    assert.equal((await asked(elsewhere.colleague.membership.id)).statusCode, 404);
    const foreignCandidate = await w.client.post(`/api/candidates/${elsewhere.candidate.id}/referral-requests`, {
      colleagueMembershipId: w.colleague.membership.id,
      subject: 'Hi',
      body: 'Hi',
      delivery: 'mailto',
    });
    assert.equal(foreignCandidate.statusCode, 404);
    const foreignJob = await send(w, { jobId: elsewhere.job.id });
    assert.equal(foreignJob.statusCode, 422);
    assert.equal(foreignJob.json().errors[0].field, 'jobId');
    const rows = await t.db.select().from(referrals).where(eq(referrals.companyId, w.company.id));
    assert.equal(rows.length, 0, 'no refusal wrote a referral');
  });

  test('a job that is not open is a field error', async () => {
    const w = await scenario();
    const { job: closed } = await makeJob(t.db, w.company.id, { status: 'archived', archivedAt: new Date() });
    const res = await send(w, { jobId: closed.id });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().errors, [
      { field: 'jobId', message: 'Choose an open job', reason: 'referral.choose_open_job' },
    ]);
  });

  test('only recruiters and admins ask for referrals', async () => {
    const w = await scenario();
    for (const role of ['employee', 'hiring_manager', 'agent'] as const) {
      const member = await makeMember(t.db, w.company.id, role);
      const client = await t.signIn(member.email);
      const res = await client.post(`/api/candidates/${w.candidate.id}/referral-requests`, {
        colleagueMembershipId: w.colleague.membership.id,
        subject: 'Hi',
        body: 'Hi',
        delivery: 'mailto',
      });
      assert.equal(res.statusCode, 403, role);
    }
    const admin = await makeMember(t.db, w.company.id, 'admin');
    const res = await (await t.signIn(admin.email)).post(`/api/candidates/${w.candidate.id}/referral-requests`, {
      colleagueMembershipId: w.colleague.membership.id,
      subject: 'Hi',
      body: 'Hi',
      delivery: 'mailto',
    });
    assert.equal(res.statusCode, 201, res.body);
  });
});
