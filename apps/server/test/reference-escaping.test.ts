import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { enqueueEmail } from '../src/modules/messaging/index.ts';
import { sendCandidateLink, sendRefereeLink } from '../src/modules/references/index.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCandidate } from './helpers/factories.ts';
import { deliverMail, type MailCatcher, startMailCatcher } from './helpers/mail.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { companyWithMember } from './helpers/suite.ts';

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** What an attacker types into every free-text field a candidate or referee fills in. */
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const BREAKOUT = '"><b>x';
const fields = {
  candidateFirst: `Eve ${SCRIPT}`,
  candidateLast: `${BREAKOUT} Öst`,
  refereeName: `Rolf ${IMG}`,
  company: `${SCRIPT} AB`,
  workedTogether: `2019–2022 ${BREAKOUT}`,
  declineReason: `Nej ${IMG} ${SCRIPT}`,
  declinedName: `Dora ${BREAKOUT}`,
  shortText: `Chef ${IMG}`,
  longText: `Bra & pålitlig ${SCRIPT}\n${IMG}\n${BREAKOUT}`,
};

/** The HTML part shows the payload escaped and never as markup. */
function assertEscaped(html: string, where: string) {
  assert.ok(!html.includes('<script>'), `${where}: raw <script> in HTML`);
  assert.ok(!html.includes('<img src=x'), `${where}: raw <img> in HTML`);
  assert.ok(!html.includes('"><b>x'), `${where}: attribute break-out in HTML`);
}

describe('escaping what candidates and referees type', () => {
  let catcher: MailCatcher;
  let t: TestApp;
  before(async () => {
    catcher = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: catcher.url, PUBLIC_URL: 'https://vouch.test' });
  });
  after(async () => {
    await t.close();
    await catcher.close();
  });

  async function world() {
    const { company, client } = await companyWithMember(t, 'recruiter');
    const candidate = await makeCandidate(t.db, company.id, {
      firstName: fields.candidateFirst,
      lastName: fields.candidateLast,
      email: `eve${Date.now()}@mail.example`,
    });
    const check = await makeReferenceCheck(t.db, company.id, { candidateId: candidate.id, language: 'sv' });
    const referee = await makeReferee(t.db, check, {
      name: fields.refereeName,
      company: fields.company,
      workedTogether: fields.workedTogether,
      status: 'answered',
      answeredAt: new Date(),
      answers: { overall: 4, rehire: true, title: fields.shortText, summary: fields.longText },
    });
    const declined = await makeReferee(t.db, check, {
      name: fields.declinedName,
      status: 'declined',
      declineReason: fields.declineReason,
    });
    return { company, client, candidate, check, referee, declined };
  }

  test('the report JSON carries every field verbatim, as data', async () => {
    const w = await world();
    const res = await w.client.get(`/api/reference-checks/${w.check.id}/report`);
    assert.equal(res.statusCode, 200, res.body);
    const report = res.json();
    assert.equal(report.check.candidateName, `${fields.candidateFirst} ${fields.candidateLast}`);
    const [r, d] = report.check.referees;
    assert.equal(r.name, fields.refereeName);
    assert.equal(r.company, fields.company);
    assert.equal(r.workedTogether, fields.workedTogether);
    assert.equal(d.name, fields.declinedName);
    assert.equal(d.declineReason, fields.declineReason);
    assert.equal(report.responses[0].answers.title, fields.shortText);
    assert.equal(report.responses[0].answers.summary, fields.longText);
    assert.equal(report.ratingSummaries[0].scores[0].refereeName, fields.refereeName);
    assert.match(res.headers['content-type'] as string, /^application\/json/);
  });

  test('the PDF shows every field as literal text', async () => {
    const w = await world();
    const res = await w.client.get(`/api/reference-checks/${w.check.id}/report.pdf`);
    assert.equal(res.statusCode, 200);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    for (const [name, value] of Object.entries(fields)) {
      assert.ok(text.includes(value.replace(/\s+/g, ' ')), `${name} (${value}) not literal in the PDF:\n${text}`);
    }
    // The filename keeps only letters and digits.
    assert.match(
      res.headers['content-disposition'] as string,
      /^attachment; filename="reference-report-[a-z0-9-]+\.pdf"$/,
    );
  });

  test('candidate and referee emails escape the fields in HTML and keep them in the text part', async () => {
    const w = await world();
    const fresh = await makeReferee(t.db, w.check, {
      name: fields.refereeName,
      email: `rolf${Date.now()}@work.example`,
    });
    await sendCandidateLink(t.db, t.config, w.company.id, w.check.id);
    await sendRefereeLink(t.db, t.config, w.company.id, fresh.id);
    await enqueueEmail(t.db, {
      companyId: w.company.id,
      to: w.candidate.email!,
      language: 'sv',
      template: 'reference_candidate_attention',
      data: {
        refereeName: fields.refereeName,
        refereeEmail: fresh.email,
        reason: 'email_bounced',
        url: 'https://x.example/c/t',
        privacyUrl: 'https://x.example/c/t/privacy',
      },
    });
    await enqueueEmail(t.db, {
      companyId: w.company.id,
      to: 'recruiter@x.example',
      language: 'en',
      template: 'reference_check_completed',
      data: {
        candidateName: `${fields.candidateFirst} ${fields.candidateLast}`,
        answered: 1,
        reportUrl: 'https://x.example/r',
      },
    });
    const mails = await deliverMail(t, catcher);
    assert.equal(mails.length, 4, mails.map((m) => m.mail.subject).join(' | '));
    const toCandidate = mails.filter((m) => m.to.includes(w.candidate.email!.toLowerCase()));
    const toReferee = mails.find((m) => m.to.includes(fresh.email!.toLowerCase()));
    const toRecruiter = mails.find((m) => m.to.includes('recruiter@x.example'));
    assert.equal(toCandidate.length, 2);
    assert.ok(toReferee && toRecruiter);

    for (const m of [...toCandidate, toReferee, toRecruiter]) {
      const html = String(m.mail.html);
      assertEscaped(html, m.mail.subject ?? '');
    }
    const request = toCandidate.find((m) => String(m.mail.html).includes('Eve'))!;
    assert.ok(
      String(request.mail.html).includes('Eve &lt;script&gt;alert(1)&lt;/script&gt;'),
      String(request.mail.html),
    );
    assert.ok(request.mail.text?.includes(fields.candidateFirst), 'the text part keeps it literally');
    const invite = String(toReferee.mail.html);
    assert.ok(invite.includes('&lt;script&gt;'), 'the candidate’s name is escaped in the invitation');
    // The invitation greets by first name; the whole name, escaped, is in the candidate's email below.
    assert.match(toReferee.mail.text ?? '', /Hi Rolf, /);
    const attention = toCandidate.find((m) => m !== request)!;
    assert.ok(String(attention.mail.html).includes('Rolf &lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(String(toRecruiter.mail.html).includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});
