import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION, type TReport } from '@vouch/contracts';
import { PDFParse } from 'pdf-parse';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { membershipSubAccounts } from '../src/modules/references/references.tables.ts';
import type { Client } from './helpers/app.ts';
import { makeCompany, makeMember, unique } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck, makeSubAccount } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

const device = { userAgent: 'Mozilla/5.0 Test', screen: '1280x800', timeZone: 'Europe/Stockholm' };

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/**
 * Staff can copy a referee's link, which is the referee's only credential: so a copy is kept in the
 * check's timeline (who, when), and an answer given through a copied link is marked on the report.
 */
describe('copied referee links: in the check’s timeline, and marked on the report', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test' });
  let address = 0;

  const referee = (method: string, token: string, path = '', body?: object) =>
    t.app.inject({
      method: method as 'POST',
      url: `/api/public/reference-referee/${token}${path}`,
      payload: body,
      remoteAddress: `10.8.${Math.floor(++address / 250) % 250}.${address % 250}`,
    });

  /** Consent, the two required answers, then submit: what a referee does on the page. */
  async function answerThrough(token: string) {
    assert.equal(
      (await referee('POST', token, '/consent', { consentVersion: CONSENT_TEXT_VERSION, device })).statusCode,
      200,
    );
    assert.equal(
      (await referee('PATCH', token, '/answers', { answers: { overall: 4, rehire: true } })).statusCode,
      200,
    );
    const submitted = await referee('POST', token, '/submit');
    assert.equal(submitted.statusCode, 200, submitted.body);
  }

  /** A running check with two invited referees, Claire (recruiter) and an admin signed in. */
  async function world(language: 'en' | 'sv' = 'en') {
    const company = await makeCompany(t.db, { name: unique('Acme ') });
    const claire = await makeMember(t.db, company.id, 'recruiter', { name: 'Claire Recruiter' });
    const admin = await makeMember(t.db, company.id, 'admin', { name: 'Ada Admin' });
    const check = await makeReferenceCheck(t.db, company.id, { language, createdById: claire.membership.id });
    const anna = await makeReferee(t.db, check, { name: 'Anna Ärlig', language });
    const bo = await makeReferee(t.db, check, { name: 'Bo Björk', language });
    return {
      company,
      check,
      anna,
      bo,
      claire: await t.signIn(claire.email),
      admin: await t.signIn(admin.email),
    };
  }

  const copyLink = async (client: Client, checkId: string, refereeId: string) => {
    const res = await client.post(`/api/reference-checks/${checkId}/referees/${refereeId}/link`);
    assert.equal(res.statusCode, 200, res.body);
    return new URL(res.json().url).pathname.replace('/r/', '');
  };

  const timelineOf = async (client: Client, checkId: string) => {
    const res = await client.get(`/api/reference-checks/${checkId}/timeline`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items as {
      kind: string;
      at: string;
      actor: { name: string } | null;
      referee: { name: string } | null;
    }[];
  };

  test('copying a referee’s link is in the check’s timeline with who and when, for admins too', async () => {
    const w = await world();
    const before = Date.now();
    await copyLink(w.claire, w.check.id, w.anna.id);
    const items = await timelineOf(w.admin, w.check.id);
    const copied = items.filter((i) => i.kind === 'referee_link_copied');
    assert.equal(copied.length, 1);
    assert.deepEqual([copied[0].actor?.name, copied[0].referee?.name], ['Claire Recruiter', 'Anna Ärlig']);
    assert.ok(Date.parse(copied[0].at) >= before - 1000, 'when it was copied');
    assert.equal(items[0].kind, 'started', 'the timeline begins with the start');
    assert.deepEqual(
      items.map((i) => i.at),
      [...items.map((i) => i.at)].sort(),
      'oldest first',
    );
  });

  test('an answer through a copied link is marked on the report, page JSON and PDF', async () => {
    const w = await world();
    const token = await copyLink(w.claire, w.check.id, w.anna.id);
    await answerThrough(token);
    // Bo answers through his own (emailed) link: no mark, even though Anna's was copied.
    await answerThrough(await issueRefereeToken(t.db, w.check, w.bo.id));

    const report = (await w.admin.get(`/api/reference-checks/${w.check.id}/report`)).json() as TReport;
    assert.deepEqual(
      report.linkCopies.map((c) => [c.refereeId, c.copiedBy]),
      [[w.anna.id, 'Claire Recruiter']],
    );
    const items = await timelineOf(w.claire, w.check.id);
    assert.deepEqual(
      items.filter((i) => i.kind === 'referee_answered').map((i) => i.referee?.name),
      ['Anna Ärlig', 'Bo Björk'],
    );

    const pdf = await w.admin.get(`/api/reference-checks/${w.check.id}/report.pdf`);
    assert.equal(pdf.statusCode, 200);
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
    assert.match(text, /Link copied by Claire Recruiter before answering/);
    assert.equal(text.match(/Link copied by/g)?.length, 1, 'only Anna is marked');
  });

  test('a decline through a copied link is marked too, in Swedish on the PDF', async () => {
    const w = await world('sv');
    const token = await copyLink(w.claire, w.check.id, w.bo.id);
    const declined = await referee('POST', token, '/decline', { reason: 'Känner henne inte' });
    assert.equal(declined.statusCode, 200, declined.body);
    const report = (await w.claire.get(`/api/reference-checks/${w.check.id}/report`)).json() as TReport;
    assert.deepEqual(
      report.linkCopies.map((c) => [c.refereeId, c.copiedBy]),
      [[w.bo.id, 'Claire Recruiter']],
    );
    const text = (
      await pdfText((await w.claire.get(`/api/reference-checks/${w.check.id}/report.pdf`)).rawPayload)
    ).replace(/\s+/g, ' ');
    assert.match(text, /Länken kopierades av Claire Recruiter innan svaret/);
  });

  test('a link copied after the answer marks nothing; a referee not answering is not marked', async () => {
    const w = await world();
    await answerThrough(await issueRefereeToken(t.db, w.check, w.anna.id));
    const late = await w.claire.post(`/api/reference-checks/${w.check.id}/referees/${w.anna.id}/link`);
    assert.equal(late.statusCode, 200);
    await copyLink(w.claire, w.check.id, w.bo.id);
    const report = (await w.claire.get(`/api/reference-checks/${w.check.id}/report`)).json();
    assert.deepEqual(report.linkCopies, []);
  });

  test('the timeline is the check’s company’s and sub-account’s only', async () => {
    const w = await world();
    const other = await makeCompany(t.db);
    const stranger = await makeMember(t.db, other.id, 'admin');
    assert.equal(
      (await (await t.signIn(stranger.email)).get(`/api/reference-checks/${w.check.id}/timeline`)).statusCode,
      404,
    );
    const team = await makeSubAccount(t.db, w.company.id);
    const limited = await makeMember(t.db, w.company.id, 'recruiter');
    await t.db
      .insert(membershipSubAccounts)
      .values({ companyId: w.company.id, membershipId: limited.membership.id, subAccountId: team.id });
    assert.equal(
      (await (await t.signIn(limited.email)).get(`/api/reference-checks/${w.check.id}/timeline`)).statusCode,
      404,
    );
    const employee = await makeMember(t.db, w.company.id, 'employee');
    assert.equal(
      (await (await t.signIn(employee.email)).get(`/api/reference-checks/${w.check.id}/timeline`)).statusCode,
      403,
    );
  });
});
