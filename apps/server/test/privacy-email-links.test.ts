import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TLanguage } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/index.ts';
import { sendCandidateLink, sendRefereeLink, tellCandidate } from '../src/modules/references/index.ts';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { makeCandidate, makeCompany, makeMember } from './helpers/factories.ts';
import { deliverMail } from './helpers/mail.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { useReferenceWorld } from './helpers/reference-world.ts';

const MANAGE = { en: 'Manage your data', sv: 'Hantera dina uppgifter' };

/**
 * Every email a candidate or referee gets carries a "manage your data" link to the privacy page of
 * the very link the email holds, in their language; the copy admins read hides it like the page link.
 */
describe('the "manage your data" link in every email to candidates and referees', () => {
  const w = useReferenceWorld();

  async function checkFor(language: TLanguage, refereeVerification: 'none' | 'email' = 'none') {
    const company = await makeCompany(w.t.db);
    const recruiter = await makeMember(w.t.db, company.id, 'recruiter');
    const candidate = await makeCandidate(w.t.db, company.id, {
      email: `cand-${language}-${Date.now()}@mail.example`,
      language,
    });
    const check = await makeReferenceCheck(w.t.db, company.id, {
      candidateId: candidate.id,
      createdById: recruiter.membership.id,
      status: 'in_progress',
      language,
      refereeVerification,
    });
    const referee = await makeReferee(w.t.db, check, { language });
    return { company, candidate, check, referee };
  }

  /** The page link and the privacy link in the mail's text and HTML, both for the same token. */
  function assertManageLink(text: string, html: string, kind: 'c' | 'r', language: TLanguage) {
    const page = new RegExp(`https://vouch\\.test/${kind}/([A-Za-z0-9_-]+)\\n`).exec(text);
    assert.ok(page, `a page link in: ${text}`);
    const privacyUrl = `https://vouch.test/${kind}/${page[1]}/privacy`;
    assert.ok(text.includes(`${MANAGE[language]}`), text);
    assert.ok(text.includes(privacyUrl), text);
    assert.ok(html.includes(`href="${privacyUrl}"`), 'the HTML links it too');
    assert.ok(html.includes(MANAGE[language]));
    return page[1];
  }

  for (const language of ['en', 'sv'] as const) {
    test(`candidate request, referee invitation and the candidate's replacement request (${language})`, async () => {
      const { company, candidate, check, referee } = await checkFor(language);
      await sendCandidateLink(w.t.db, w.t.config, company.id, check.id);
      await sendRefereeLink(w.t.db, w.t.config, company.id, referee.id);
      await tellCandidate(w.t.db, w.t.config, referee, 'declined');
      const caught = await deliverMail(w.t, w.mail);
      const toCandidate = caught.filter((m) => m.to.includes(candidate.email!));
      const toReferee = caught.filter((m) => m.to.includes(referee.email!));
      assert.equal(toCandidate.length, 2, 'the request and the replacement request');
      assert.equal(toReferee.length, 1);
      const tokens = toCandidate.map(({ mail }) => assertManageLink(mail.text ?? '', String(mail.html), 'c', language));
      const refereeToken = assertManageLink(
        toReferee[0].mail.text ?? '',
        String(toReferee[0].mail.html),
        'r',
        language,
      );

      // The copy admins read never holds the links.
      const stored = await w.t.db.select().from(messages).where(eq(messages.companyId, company.id));
      for (const token of [...tokens, refereeToken])
        assert.ok(!JSON.stringify(stored).includes(token), 'no token in what admins can read');

      // And the link leads to the holder's privacy page.
      const page = await w.t.app.inject(`/api/public/privacy/referee/${refereeToken}`);
      assert.equal(page.statusCode, 200, page.body);
      assert.equal(page.json().name, referee.name);
    });
  }

  test('the one-time code email carries it too, and admins read neither the code nor the link', async () => {
    const { company, check, referee } = await checkFor('sv', 'email');
    const token = await issueRefereeToken(w.t.db, check, referee.id);
    const sent = await w.t.app.inject({ method: 'POST', url: `/api/public/reference-referee/${token}/code` });
    assert.equal(sent.statusCode, 200, sent.body);
    const [caught] = (await deliverMail(w.t, w.mail)).filter((m) => m.to.includes(referee.email!));
    assert.ok(caught, 'the code email arrived');
    const text = caught.mail.text ?? '';
    const privacyUrl = `https://vouch.test/r/${token}/privacy`;
    assert.ok(text.includes(MANAGE.sv), text);
    assert.ok(text.includes(privacyUrl), text);
    assert.ok(String(caught.mail.html).includes(`href="${privacyUrl}"`), 'the HTML links it too');

    const stored = await w.t.db.select().from(messages).where(eq(messages.companyId, company.id));
    assert.ok(!JSON.stringify(stored).includes(token), 'no token in what admins can read');
  });
});
