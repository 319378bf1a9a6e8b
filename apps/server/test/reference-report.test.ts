import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TQuestionnaireContent, TReferenceFigures, TReport } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { referees } from '../src/modules/references/references.tables.ts';
import { detectFraudSignals } from '../src/modules/references/use-cases/detect-fraud-signals.ts';
import { makeCandidate, makeCompany, makeJob, makeMember } from './helpers/factories.ts';
import {
  makeQuestionnaire,
  makeReferee,
  makeReferenceCheck,
  makeSubAccount,
  SAMPLE_QUESTIONNAIRE,
} from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const SECOND_RATING: TQuestionnaireContent = {
  ...SAMPLE_QUESTIONNAIRE,
  sections: [
    {
      ...SAMPLE_QUESTIONNAIRE.sections[0],
      questions: [
        ...SAMPLE_QUESTIONNAIRE.sections[0].questions,
        {
          id: 'teamwork',
          type: 'rating',
          label: 'Samarbete och ödmjukhet',
          help: null,
          required: false,
          scale: 7,
          minLabel: 'Låg',
          maxLabel: 'Hög',
        },
      ],
    },
    SAMPLE_QUESTIONNAIRE.sections[1],
  ],
};

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('reference report', () => {
  const t = useTestApp();

  /** A company with a job, a check on it with three answering referees, one declined and one removed. */
  async function world(language: 'en' | 'sv' = 'en') {
    const { company, client: recruiter } = await companyWithMember(t, 'recruiter');
    const manager = await makeMember(t.db, company.id, 'hiring_manager');
    const { job } = await makeJob(t.db, company.id, { title: 'Säljchef', hiringManagerId: manager.membership.id });
    const candidate = await makeCandidate(t.db, company.id, { firstName: 'Åsa', lastName: 'Öberg' });
    const { version } = await makeQuestionnaire(t.db, company.id, { content: SECOND_RATING, name: 'Standard' });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      jobId: job.id,
      versionId: version.id,
      language,
      refereesWanted: 3,
    });
    const answered = (name: string, overall: number, teamwork: number | null, extra: object = {}) =>
      makeReferee(t.db, check, {
        name,
        status: 'answered',
        openedAt: hoursAgo(2),
        answeredAt: hoursAgo(1),
        answers: { overall, rehire: true, ...(teamwork === null ? {} : { teamwork }), ...extra },
      });
    const r1 = await answered('Anna Ärlig', 5, 7, { strength: 'people', areas: ['sales', 'product'] });
    const r2 = await answered('Bo Björk', 3, 4, { rehire: false, summary: 'Pålitlig — “alltid” i tid ✓' });
    const r3 = await answered('Cecilia Ek', 4, null, { title: 'Teamledare' });
    await makeReferee(t.db, check, { name: 'Dan Declined', status: 'declined', declineReason: 'Känner inte henne' });
    await makeReferee(t.db, check, { name: 'Eva Removed', status: 'removed' });
    return { company, recruiter, manager, job, candidate, check, r1, r2, r3 };
  }

  test('rating summaries: scores side by side, mean to one decimal, spread; choice answers as stored', async () => {
    const w = await world();
    const res = await w.recruiter.get(`/api/reference-checks/${w.check.id}/report`);
    assert.equal(res.statusCode, 200, res.body);
    const report = res.json() as TReport;
    assert.equal(report.check.candidateName, 'Åsa Öberg');
    assert.deepEqual(
      report.check.referees.map((r) => [r.name, r.status]),
      [
        ['Anna Ärlig', 'answered'],
        ['Bo Björk', 'answered'],
        ['Cecilia Ek', 'answered'],
        ['Dan Declined', 'declined'],
        ['Eva Removed', 'removed'],
      ],
    );
    assert.equal(report.check.referees[3].declineReason, 'Känner inte henne');
    assert.deepEqual(
      report.ratingSummaries.map((s) => [s.questionId, s.scale, s.scores.map((x) => x.score), s.mean, s.spread]),
      [
        ['overall', 5, [5, 3, 4], 4, 2],
        // (7 + 4) / 2 = 5.5; Cecilia skipped it.
        ['teamwork', 7, [7, 4, null], 5.5, 3],
      ],
    );
    assert.deepEqual(
      report.ratingSummaries[0].scores.map((s) => s.refereeName),
      ['Anna Ärlig', 'Bo Björk', 'Cecilia Ek'],
    );
    assert.deepEqual(
      report.responses.map((r) => r.referee.name),
      ['Anna Ärlig', 'Bo Björk', 'Cecilia Ek'],
      'declined and removed referees have no responses',
    );
    assert.deepEqual(report.responses[0].answers, {
      overall: 5,
      rehire: true,
      teamwork: 7,
      strength: 'people',
      areas: ['sales', 'product'],
    });
    assert.equal(report.responses[0].secondsToAnswer, 3600);
    assert.equal(report.questionnaire.sections[0].questions.length, 5);
    // The summary block: teamwork's 7 of 7 and 4 of 7 put on 1–5 make the referees' means 5, 3 and 4.
    assert.deepEqual(report.summary.overall, {
      scale: 5,
      mean: 4,
      spread: 2,
      referees: [
        { refereeId: w.r1.id, refereeName: 'Anna Ärlig', mean: 5 },
        { refereeId: w.r2.id, refereeName: 'Bo Björk', mean: 3 },
        { refereeId: w.r3.id, refereeName: 'Cecilia Ek', mean: 4 },
      ],
    });
    assert.deepEqual(report.summary.rehire, { label: 'Would you hire them again?', yes: 2, no: 1, unanswered: 0 });
    assert.deepEqual(
      report.summary.disagreements.map((d) => d.questionId),
      // Both ratings lie half their scale apart: the questionnaire's order breaks the tie.
      ['rehire', 'overall', 'teamwork'],
    );
    assert.deepEqual([report.summary.answered, report.summary.declined, report.summary.refereesWanted], [3, 1, 3]);
  });

  test('a mean that is not whole is rounded to one decimal', async () => {
    const w = await world();
    await makeReferee(t.db, w.check, {
      status: 'answered',
      answers: { overall: 4, rehire: true },
      answeredAt: new Date(),
    });
    const report = (await w.recruiter.get(`/api/reference-checks/${w.check.id}/report`)).json();
    // (5 + 3 + 4 + 4) / 4 = 4
    assert.equal(report.ratingSummaries[0].mean, 4);
    await makeReferee(t.db, w.check, {
      status: 'answered',
      answers: { overall: 5, rehire: true },
      answeredAt: new Date(),
    });
    const again = (await w.recruiter.get(`/api/reference-checks/${w.check.id}/report`)).json();
    // 21 / 5 = 4.2; 4 + 5 … spread still 5 − 3.
    assert.equal(again.ratingSummaries[0].mean, 4.2);
    assert.equal(again.ratingSummaries[0].spread, 2);
  });

  test('fraud signals come with the referee’s name', async () => {
    const w = await world();
    const r = await makeReferee(t.db, w.check, { name: 'Fia Fake', email: w.candidate.email });
    await detectFraudSignals(t.db, w.check.companyId, w.check.id);
    const report = (await w.recruiter.get(`/api/reference-checks/${w.check.id}/report`)).json() as TReport;
    const signal = report.fraudSignals.find((s) => s.kind === 'contact_matches_candidate');
    assert.ok(signal, JSON.stringify(report.fraudSignals));
    assert.equal(signal.refereeId, r.id);
    assert.equal(signal.refereeName, 'Fia Fake');
    assert.equal(signal.reviewedAt, null);
  });

  test('who may open it: admin, recruiter and the job’s hiring manager; other managers 404, other roles 403', async () => {
    const w = await world();
    const url = `/api/reference-checks/${w.check.id}/report`;
    const as = async (role: 'admin' | 'recruiter' | 'hiring_manager' | 'employee' | 'agent') =>
      t.signIn((await makeMember(t.db, w.company.id, role)).email);
    assert.equal((await (await as('admin')).get(url)).statusCode, 200);
    assert.equal((await (await as('recruiter')).get(url)).statusCode, 200);
    assert.equal((await (await t.signIn(w.manager.email)).get(url)).statusCode, 200);
    assert.equal((await (await t.signIn(w.manager.email)).get(`${url}.pdf`)).statusCode, 200);
    // Another job's hiring manager learns nothing, not even that the check exists.
    const otherManager = await as('hiring_manager');
    assert.equal((await otherManager.get(url)).statusCode, 404);
    assert.equal((await otherManager.get(`${url}.pdf`)).statusCode, 404);
    for (const role of ['employee', 'agent'] as const) {
      const client = await as(role);
      assert.equal((await client.get(url)).statusCode, 403, role);
      assert.equal((await client.get(`${url}.pdf`)).statusCode, 403, role);
    }
    const other = await companyWithMember(t, 'admin');
    assert.equal((await other.client.get(url)).statusCode, 404);
    assert.equal((await other.client.get(`${url}.pdf`)).statusCode, 404);
    assert.equal((await t.anonymous.get(url)).statusCode, 401);
    // A check with no job has no hiring manager.
    const noJob = await makeReferenceCheck(t.db, w.company.id);
    assert.equal(
      (await (await t.signIn(w.manager.email)).get(`/api/reference-checks/${noJob.id}/report`)).statusCode,
      404,
    );
    // A recruiter limited to a sub-account sees only that sub-account's checks.
    const brand = await makeSubAccount(t.db, w.company.id);
    const limited = await makeMember(t.db, w.company.id, 'recruiter');
    const { membershipSubAccounts } = await import('../src/modules/references/references.tables.ts');
    await t.db
      .insert(membershipSubAccounts)
      .values({ companyId: w.company.id, membershipId: limited.membership.id, subAccountId: brand.id });
    assert.equal((await (await t.signIn(limited.email)).get(url)).statusCode, 404);
  });

  test('the PDF: a download with Swedish letters, labels for choices, ratings as “4 / 5”', async () => {
    const w = await world('sv');
    await makeReferee(t.db, w.check, { name: 'Fia Fake', email: w.candidate.email });
    await detectFraudSignals(t.db, w.check.companyId, w.check.id);
    // Bo entered the one-time code sent to his phone.
    await t.db.update(referees).set({ verifiedAt: new Date(), verifiedBy: 'phone' }).where(eq(referees.id, w.r2.id));
    const res = await w.recruiter.get(`/api/reference-checks/${w.check.id}/report.pdf`);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['content-disposition'], 'attachment; filename="reference-report-asa-oberg.pdf"');
    const pdf = res.rawPayload;
    assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF');
    const text = await pdfText(pdf);
    for (const expected of [
      'Referensrapport',
      'Åsa Öberg',
      'Säljchef',
      'Standard (version 1)',
      'Varningssignaler',
      // One summary line per kind of signal: severity, kind, count, whom; then its review state.
      'Hög · Kontaktuppgifterna är kandidatens (1) — Fia Fake',
      '1 ej granskade',
      'Betyg jämförda',
      'Samarbete och ödmjukhet',
      'Anna Ärlig',
      '5 / 5',
      '7 / 7',
      'Medel',
      '5.5',
      'People',
      'Sales, Product',
      'Ja',
      'Nej',
      'Pålitlig — “alltid” i tid ✓',
      'Teamledare',
      'Känner inte henne',
      'Avböjde',
    ]) {
      assert.ok(text.includes(expected), `${expected} not in:\n${text}`);
    }
    assert.ok(!text.includes('Eva Removed'), 'removed referees are left out of the PDF');
    // On the referee too, as the page shows it, and on no one else.
    const bo = text.slice(text.indexOf('Bo Björk —'), text.indexOf('Cecilia Ek —'));
    assert.ok(bo.includes('Telefon verifierad'), bo);
    assert.equal(text.split('Telefon verifierad').length - 1, 2, 'the summary and Bo');
    // The summary comes first, before the fraud signals, with the page's facts in the check's language.
    const summary = text.slice(text.indexOf('Sammanfattning'), text.indexOf('Varningssignaler'));
    for (const expected of [
      '3 av 3 referenser har svarat · 1 avböjde',
      'Samlat betyg: 4 av 5 (spridning mellan referenserna 2)',
      'Skulle anställa igen: 2 ja, 1 nej',
      'Största oenigheterna',
      'Would you hire them again?: Bo Björk Nej · Cecilia Ek Ja',
      'Overall performance: Bo Björk 3 / 5 · Anna Ärlig 5 / 5',
      'Samarbete och ödmjukhet: Bo Björk 4 / 7 · Anna Ärlig 7 / 7',
      'Verifiering: Jobbmejlen stämmer med företaget: 4 · Inte verifierad: 1 · Telefon verifierad: 1',
    ]) {
      assert.ok(summary.includes(expected), `${expected} not in the summary:\n${summary}`);
    }
  });

  test('the PDF wraps long free text across pages', async () => {
    const w = await world();
    const long = Array.from({ length: 400 }, (_, i) => `Mening ${i + 1} om hur väl det gick.`).join(' ');
    await makeReferee(t.db, w.check, {
      name: 'Lång Svarare',
      status: 'answered',
      answeredAt: new Date(),
      answers: { overall: 2, rehire: false, summary: long },
    });
    const res = await w.recruiter.get(`/api/reference-checks/${w.check.id}/report.pdf`);
    const parser = new PDFParse({ data: new Uint8Array(res.rawPayload) });
    const result = await parser.getText();
    await parser.destroy();
    assert.ok(result.total >= 3, `pages: ${result.total}`);
    const flat = result.text.replace(/\s+/g, ' ');
    assert.ok(flat.includes('Mening 1 om hur väl'));
    assert.ok(flat.includes('Mening 400 om hur väl det gick.'));
  });

  test('figures: response rate and medians for the company, each sub-account and template', async () => {
    const { company, client } = await companyWithMember(t, 'admin');
    const brand = await makeSubAccount(t.db, company.id, { name: 'Brand A' });
    const q1 = await makeQuestionnaire(t.db, company.id, { name: 'Q one' });
    const q2 = await makeQuestionnaire(t.db, company.id, { name: 'Q two' });
    const start = hoursAgo(100);
    // Check 1 (brand, Q one): completed 10 h after start; referees answered after 2 h and 4 h; one declined.
    const c1 = await makeReferenceCheck(t.db, company.id, {
      subAccountId: brand.id,
      versionId: q1.version.id,
      createdAt: start,
      status: 'completed',
      completedAt: new Date(start.getTime() + 10 * 3_600_000),
    });
    const invited = (h: number) => new Date(start.getTime() + h * 3_600_000);
    await makeReferee(t.db, c1, { invitedAt: invited(0), status: 'answered', answeredAt: invited(2) });
    await makeReferee(t.db, c1, { invitedAt: invited(0), status: 'answered', answeredAt: invited(4) });
    await makeReferee(t.db, c1, { invitedAt: invited(0), status: 'declined' });
    await makeReferee(t.db, c1, { invitedAt: invited(0), status: 'removed' });
    // Check 2 (no sub-account, Q two): completed after 20 h, one referee answered after 9 h, one waiting.
    const c2 = await makeReferenceCheck(t.db, company.id, {
      versionId: q2.version.id,
      createdAt: start,
      status: 'completed',
      completedAt: new Date(start.getTime() + 20 * 3_600_000),
    });
    await makeReferee(t.db, c2, { invitedAt: invited(0), status: 'answered', answeredAt: invited(9) });
    await makeReferee(t.db, c2, { invitedAt: invited(0), status: 'invited' });
    // Check 3 (brand, Q two): running, nobody invited yet.
    await makeReferenceCheck(t.db, company.id, { subAccountId: brand.id, versionId: q2.version.id, createdAt: start });
    // Another company's check never counts.
    const other = await makeCompany(t.db);
    const foreign = await makeReferenceCheck(t.db, other.id, { status: 'completed', completedAt: new Date() });
    await makeReferee(t.db, foreign, { status: 'answered', answeredAt: new Date() });

    const res = await client.get('/api/reference-figures');
    assert.equal(res.statusCode, 200, res.body);
    const older = ['company', 'sub_account', 'template'];
    const rows = (res.json() as TReferenceFigures).rows
      .filter((r) => older.includes(r.groupBy))
      .map((r) => [
        r.groupBy,
        r.groupName,
        r.checks,
        r.completedChecks,
        r.refereesInvited,
        r.refereesAnswered,
        r.responseRate,
        r.medianHoursToAnswer,
        r.medianHoursToComplete,
      ]);
    assert.deepEqual(rows, [
      // 3 answered of 5 invited; answers after 2, 4, 9 h → median 4; completions 10 and 20 h → 15.
      ['company', company.name, 3, 2, 5, 3, 0.6, 4, 15],
      ['sub_account', '', 1, 1, 2, 1, 0.5, 9, 20],
      ['sub_account', 'Brand A', 2, 1, 3, 2, 0.667, 3, 10],
      ['template', 'Q one', 1, 1, 3, 2, 0.667, 3, 10],
      ['template', 'Q two', 2, 1, 2, 1, 0.5, 9, 20],
    ]);

    const future = await client.get('/api/reference-figures?from=2999-01-01');
    assert.deepEqual(
      (future.json() as TReferenceFigures).rows.map((r) => [r.groupBy, r.checks, r.responseRate]),
      [['company', 0, null]],
    );
    assert.equal((await client.get('/api/reference-figures?from=2026-05-02&to=2026-05-01')).statusCode, 400);
    assert.equal((await client.get('/api/reference-figures?from=yesterday')).statusCode, 400);
    const recruiter = await t.signIn((await makeMember(t.db, company.id, 'recruiter')).email);
    assert.equal((await recruiter.get('/api/reference-figures')).statusCode, 403);
  });
});
