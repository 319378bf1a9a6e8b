import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { firstNameOf } from '@vouch/contracts';
import { asc, eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { referees, referenceChecks, referenceFraudSignals } from '../../src/modules/references/references.tables.ts';
import { nextDaytime } from '../../src/modules/references/reminder-schedule.ts';
import { runReferenceScheduler } from '../../src/modules/references/use-cases/reminders.ts';
import { companies } from '../../src/modules/tenancy/tenancy.tables.ts';
import { browserSkipReason, pageProblems, screenshotDir, shot, signInAs } from './harness.ts';
import {
  answerRatings,
  answerRelationship,
  answerSummaryAndSubmit,
  deliverAll,
  type E2eWorld,
  emailTo,
  fillReferee,
  interviewCandidate,
  linkToken,
  moveToReferenceCheck,
  phoneContext,
  refereeConsents,
  smsTo,
  startReferenceE2eWorld,
  trackedPage,
} from './reference-e2e-world.ts';

const skip = browserSkipReason();
const HOUR = 3_600_000;

const A = {
  name: 'Astrid Lund',
  email: 'astrid.lund@northwind.example',
  phone: '+46 70 111 22 33',
  company: 'Northwind',
  relationship: 'manager',
};
const B = {
  name: 'Bertil Ek',
  email: 'bertil.ek@contoso.example',
  phone: '+46 70 222 33 44',
  company: 'Contoso',
  relationship: 'colleague',
};
const C = {
  name: 'Cecilia Falk',
  email: 'cecilia.falk@fabrikam.example',
  phone: '+46 70 333 44 55',
  company: 'Fabrikam',
  relationship: 'client',
};
const D = {
  name: 'David Holm',
  email: 'david.holm@litware.example',
  phone: '+46 70 444 55 66',
  company: 'Litware',
};
const e164 = (phone: string) => phone.replaceAll(' ', '');

const A_WORDS = {
  role: 'Team lead for payments, 2020–2024',
  responsibilities: 'Ran the payments team and its on-call rota.',
  strengths: 'Astrid saw a calm, structured leader who untangled our release process.',
  development: 'Could say no to more meetings.',
};
const C_WORDS = {
  role: 'Supplier contact, 2021–2023',
  responsibilities: 'Delivered our shop integration.',
  strengths: 'Always on time with the integration work.',
  development: 'More written updates.',
};
const D_WORDS = {
  role: 'Senior engineer, 2018–2020',
  responsibilities: 'Owned the search service.',
  strengths: 'David remembers a generous mentor who rebuilt search in a quarter.',
  development: 'Delegating earlier.',
};

async function pdfOf(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const { text } = await parser.getText();
    const picture = await parser.getScreenshot({ partial: [1], scale: 1.5, imageBuffer: true, imageDataUrl: false });
    return { text, firstPage: Buffer.from(picture.pages[0].data) };
  } finally {
    await parser.destroy();
  }
}

describe('a reference check from the pipeline to the PDF, with the candidate and referees on phones', { skip }, () => {
  let w: E2eWorld;
  before(async () => {
    w = await startReferenceE2eWorld();
  });
  after(async () => {
    await w?.close();
  });

  test('move, SMS and email, consent, three referees, resume, decline, same device, reminders, a new referee, report and PDF', async () => {
    const { world, mail, sms } = w;
    const db = world.database.db;
    const person = await interviewCandidate(world, '+46705550123');
    const problemsOf: { name: string; problems: string[] }[] = [];

    // ---- 1. The recruiter moves the candidate into "Reference check" with the card's menu.
    const recruiter = await signInAs(world, 'recruiter@acme.example');
    const card = await moveToReferenceCheck(recruiter, world, person);
    const [check] = await db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, person.candidateId));
    assert.ok(check, 'moving the card started a check');
    assert.equal(check.source, 'step');
    assert.equal(check.status, 'awaiting_referees');
    assert.equal(check.refereesWanted, 3);
    assert.deepEqual(
      [check.language, check.candidateChannel, check.refereeChannel, check.jobId],
      ['en', 'email_and_sms', 'email_and_sms', person.jobId],
      'the step’s settings',
    );
    await recruiter.getByTestId(`check-status-${check.id}`).getByText('Awaiting referees').waitFor();
    await shot(recruiter, 'e2e-pipeline-moved');

    // ---- 2. The candidate's SMS reaches the SMS provider, the email the SMTP server.
    await deliverAll(world);
    const [candidateSms] = smsTo(sms, person.phone);
    assert.ok(candidateSms, 'the candidate’s SMS arrived at the provider');
    assert.equal(
      candidateSms.authorization,
      `Basic ${Buffer.from('vouch-test:not-a-secret').toString('base64')}`,
      'with the provider account’s credentials',
    );
    assert.match(candidateSms.message, /asks for your references/);
    const candidateEmail = emailTo(mail, person.email);
    assert.match(candidateEmail.text, /\/c\//);
    const candidateToken = linkToken(world, candidateSms.message, 'c');
    linkToken(world, candidateEmail.text, 'c');

    // ---- 3. The candidate, on a phone, from the SMS: consent, then three referees.
    const candidateContext = await phoneContext(world, 'Europe/Stockholm');
    const cand = await trackedPage(candidateContext);
    problemsOf.push({ name: 'candidate', problems: cand.problems });
    await cand.page.goto(`${world.baseUrl}/c/${candidateToken}`);
    await cand.page.getByRole('heading', { name: `Hi ${person.firstName}` }).waitFor();
    await shot(cand.page, 'e2e-candidate-consent');
    await cand.page.getByRole('checkbox').check();
    await cand.page.getByRole('button', { name: 'Continue' }).click();
    await cand.page.getByRole('heading', { name: 'Your referees' }).waitFor();
    await fillReferee(cand.page, 0, A);
    await fillReferee(cand.page, 1, B);
    await fillReferee(cand.page, 2, C);
    await shot(cand.page, 'e2e-candidate-referees');
    await cand.page.getByRole('button', { name: 'Send to my referees' }).click();
    await cand.page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await shot(cand.page, 'e2e-candidate-sent');
    const named = await db.select().from(referees).where(eq(referees.checkId, check.id)).orderBy(asc(referees.name));
    assert.deepEqual(
      named.map((r) => [r.name, r.phone, r.status]),
      [
        [A.name, e164(A.phone), 'invited'],
        [B.name, e164(B.phone), 'invited'],
        [C.name, e164(C.phone), 'invited'],
      ],
    );
    const idOf = (name: string) => named.find((r) => r.name === name)!.id;

    // ---- 4. Each referee's email and SMS carry their link.
    await deliverAll(world);
    const tokens: Record<string, string> = {};
    for (const r of [A, B, C]) {
      const email = emailTo(mail, r.email);
      assert.match(email.subject, new RegExp(`reference for ${person.name}`));
      tokens[r.name] = linkToken(world, email.text, 'r');
      assert.equal(smsTo(sms, e164(r.phone)).length, 1, `${r.name} got one SMS`);
      linkToken(world, smsTo(sms, e164(r.phone))[0].message, 'r');
    }

    // ---- 5. Referee A on her phone: consent, the first part, closes the page.
    const aPhone = await phoneContext(world, 'Europe/London');
    const a1 = await trackedPage(aPhone);
    problemsOf.push({ name: 'referee A, first phone', problems: a1.problems });
    await refereeConsents(a1.page, world.baseUrl, tokens[A.name], A.name);
    await answerRelationship(a1.page, A_WORDS);
    await shot(a1.page, 'e2e-referee-a-half');
    await aPhone.close();
    const [half] = await db
      .select()
      .from(referees)
      .where(eq(referees.id, idOf(A.name)));
    assert.equal(half.status, 'opened');
    assert.ok(half.startedAt, 'she has started answering');
    assert.equal(half.answers.responsibilities, A_WORDS.responsibilities, 'saved as she went');

    // On another device the answers are back; she goes on where she left off.
    const aTablet = await phoneContext(world, 'Europe/London', { width: 412, height: 915 });
    const a2 = await trackedPage(aTablet);
    problemsOf.push({ name: 'referee A, second device', problems: a2.problems });
    await a2.page.goto(`${world.baseUrl}/r/${tokens[A.name]}`);
    await a2.page.getByText('Part 2 of 4').waitFor();
    await a2.page.getByRole('button', { name: 'Back' }).click();
    await a2.page.getByText('Part 1 of 4').waitFor();
    assert.equal(await a2.page.getByRole('radio', { name: 'I was their manager' }).isChecked(), true);
    assert.equal(
      await a2.page.getByRole('textbox', { name: /main responsibilities/ }).inputValue(),
      A_WORDS.responsibilities,
    );
    await shot(a2.page, 'e2e-referee-a-resumed');
    await answerRatings(a2.page, 4);
    await answerSummaryAndSubmit(a2.page, A_WORDS);
    await shot(a2.page, 'e2e-referee-a-thanks');

    // ---- 6. Referee B declines with a reason.
    const bPhone = await phoneContext(world, 'Europe/Paris');
    const b = await trackedPage(bPhone);
    problemsOf.push({ name: 'referee B', problems: b.problems });
    await b.page.goto(`${world.baseUrl}/r/${tokens[B.name]}`);
    await b.page.getByRole('heading', { name: `Hi ${firstNameOf(B.name)}`, exact: true }).waitFor();
    await b.page.getByRole('button', { name: 'I do not want to give a reference' }).click();
    await b.page.getByRole('textbox', { name: 'Reason (optional)' }).fill('We only met twice.');
    await b.page.getByRole('button', { name: 'Decline' }).click();
    await b.page.getByTestId('referee-declined').waitFor();
    await shot(b.page, 'e2e-referee-b-declined');
    const [bRow] = await db
      .select()
      .from(referees)
      .where(eq(referees.id, idOf(B.name)));
    assert.deepEqual([bRow.status, bRow.declineReason], ['declined', 'We only met twice.']);

    // ---- 7. One of three has answered: the pipeline card says so.
    await recruiter.reload();
    const badge = recruiter.getByTestId(`check-status-${check.id}`);
    await badge.getByText('References 1 of 3').waitFor();
    await badge.getByText('Declined 1').waitFor();
    await card.scrollIntoViewIfNeeded();
    await recruiter.screenshot({ path: path.join(screenshotDir, 'e2e-pipeline-1-of-3.png') });

    // ---- 8. C has not answered: the clock moves on and the reminders go out.
    const [company] = await db.select().from(companies).where(eq(companies.id, check.companyId));
    const [cInvited] = await db
      .select()
      .from(referees)
      .where(eq(referees.id, idOf(C.name)));
    const invitedAt = cInvited.invitedAt!;
    const at = (hours: number) => nextDaytime(new Date(invitedAt.getTime() + hours * HOUR), company.timeZone);
    const config = world.app.services.config;

    const first = await runReferenceScheduler({ db, config, now: at(25) });
    assert.ok(first.reminded >= 1, JSON.stringify(first));
    await deliverAll(world);
    // B's decline asked the candidate at once for a replacement, by email and by SMS.
    assert.match(emailTo(mail, person.email).subject, new RegExp(`Please name a replacement for ${B.name}`));
    assert.equal(smsTo(sms, person.phone).length, 2, 'the first request and the replacement request');
    assert.equal(emailTo(mail, C.email).subject, `Reminder: a reference for ${person.name}`);
    assert.equal(smsTo(sms, e164(C.phone)).length, 2, 'the reminder came by SMS too');
    assert.equal(emailTo(mail, A.email).subject.startsWith('Reminder'), false, 'who answered is left alone');
    assert.equal(smsTo(sms, e164(B.phone)).length, 1, 'who declined is left alone');
    const again = await runReferenceScheduler({ db, config, now: at(25) });
    assert.equal(again.reminded, 0, 'one reminder per step');

    await runReferenceScheduler({ db, config, now: at(97) });
    await deliverAll(world);
    assert.equal(emailTo(mail, C.email).subject, `Last reminder: a reference for ${person.name}`);
    assert.equal(smsTo(sms, e164(C.phone)).length, 3, 'the last reminder came by SMS too');
    await runReferenceScheduler({ db, config, now: at(121) });
    await deliverAll(world);
    const told = emailTo(mail, person.email);
    assert.equal(told.subject, `${C.name} has not answered yet`);
    linkToken(world, told.text, 'c');
    assert.equal(smsTo(sms, person.phone).length, 3, 'the candidate was told by SMS too');
    const [cReminded] = await db
      .select()
      .from(referees)
      .where(eq(referees.id, idOf(C.name)));
    assert.ok(cReminded.candidateToldAt);
    // The candidate's page says so, next to C.
    await cand.page.reload();
    await cand.page
      .getByTestId('referee-item')
      .filter({ hasText: C.name })
      .getByText('Has not answered yet.', { exact: false })
      .waitFor();
    await shot(cand.page, 'e2e-candidate-told');

    // ---- 9. C answers from the candidate's own phone: flagged.
    const c = await trackedPage(candidateContext);
    problemsOf.push({ name: 'referee C on the candidate’s phone', problems: c.problems });
    await refereeConsents(c.page, world.baseUrl, linkToken(world, emailTo(mail, C.email).text, 'r'), C.name);
    await answerRelationship(c.page, C_WORDS);
    await answerRatings(c.page, 5);
    await answerSummaryAndSubmit(c.page, C_WORDS);
    await shot(c.page, 'e2e-referee-c-thanks');
    const signals = await db.select().from(referenceFraudSignals).where(eq(referenceFraudSignals.checkId, check.id));
    const kindsFor = (name: string) =>
      signals
        .filter((s) => s.refereeId === idOf(name))
        .map((s) => s.kind)
        .sort();
    assert.ok(kindsFor(C.name).includes('same_device'), `C is flagged: ${kindsFor(C.name)}`);
    assert.ok(kindsFor(C.name).includes('same_ip'));
    assert.equal(kindsFor(A.name).includes('same_device'), false, 'A used her own phones');

    // ---- 10. 2 of 3 with one declined: the recruiter adds D on the References tab.
    await recruiter.goto(`${world.baseUrl}/candidates/${person.candidateId}?tab=references`);
    const checkCard = recruiter.getByTestId(`check-card-${check.id}`);
    await checkCard.getByText('References 2 of 3').first().waitFor();
    await checkCard.getByTestId('check-add-referee').click();
    const form = recruiter.getByTestId('referee-form');
    await form.getByTestId('referee-name').fill(D.name);
    await form.getByTestId('referee-email').fill(D.email);
    await form.getByTestId('referee-phone').fill(D.phone);
    await form.getByTestId('referee-company').fill(D.company);
    await recruiter.getByTestId('referee-save').click();
    await form.waitFor({ state: 'detached' });
    await checkCard.getByText(D.name).waitFor();

    await deliverAll(world);
    const dToken = linkToken(world, emailTo(mail, D.email).text, 'r');
    assert.equal(smsTo(sms, e164(D.phone)).length, 1, 'D got an SMS');
    const dPhone = await phoneContext(world, 'Europe/Helsinki');
    const d = await trackedPage(dPhone);
    problemsOf.push({ name: 'referee D', problems: d.problems });
    await refereeConsents(d.page, world.baseUrl, dToken, D.name);
    await answerRelationship(d.page, D_WORDS);
    await answerRatings(d.page, 3);
    await answerSummaryAndSubmit(d.page, D_WORDS);
    await shot(d.page, 'e2e-referee-d-thanks');
    const [done] = await db.select().from(referenceChecks).where(eq(referenceChecks.id, check.id));
    assert.equal(done.status, 'completed');
    await deliverAll(world);
    assert.equal(
      emailTo(mail, 'recruiter@acme.example').subject,
      `References for ${person.name} are complete`,
      'the recruiter heard the check is complete',
    );
    assert.match(emailTo(mail, 'recruiter@acme.example').text, /Sent by Acme Talent with Vouch/);

    // After the end: the candidate's page and A's link still say something sensible.
    await cand.page.reload();
    await cand.page.getByText('This reference check is closed.', { exact: false }).waitFor();
    await cand.page.getByTestId('referee-item').filter({ hasText: C.name }).getByText('Answered').waitFor();
    assert.equal(await cand.page.getByText(D.name).count(), 0, 'the recruiter’s referee is not shown to the candidate');
    await shot(cand.page, 'e2e-candidate-after-completion');
    const aLater = await trackedPage(await phoneContext(world, 'Europe/London'));
    problemsOf.push({ name: 'referee A after the end', problems: aLater.problems });
    await aLater.page.goto(`${world.baseUrl}/r/${tokens[A.name]}`);
    await aLater.page.getByTestId('referee-thanks').waitFor();
    await shot(aLater.page, 'e2e-referee-a-after-completion');

    // The pipeline card says Completed, as a link to the report.
    await recruiter.goto(`${world.baseUrl}/jobs/${person.jobId}`);
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('link', { name: 'Completed' }).waitFor();

    // ---- 11. Completed, and the report link is there.
    await recruiter.goto(`${world.baseUrl}/candidates/${person.candidateId}?tab=references`);
    await checkCard.getByText('Completed').first().waitFor();
    await shot(recruiter, 'e2e-references-tab-completed');
    await checkCard.getByTestId('check-report').click();
    const report = recruiter.getByTestId('reference-report');
    await report.waitFor();
    for (const text of [A_WORDS.strengths, A_WORDS.responsibilities, D_WORDS.strengths, D_WORDS.role])
      await report.getByText(text).first().waitFor();
    await report.getByText('Reason: We only met twice.', { exact: false }).first().waitFor();
    // The fraud signals come before the first referee.
    const deviceGroup = recruiter.locator('[data-testid="fraud-group"][data-kind="same_device"]');
    await deviceGroup.getByRole('button', { name: /Same device/ }).click();
    const sameDevice = deviceGroup.getByTestId('fraud-signal').first();
    await sameDevice.waitFor();
    await sameDevice.getByText(C.name).first().waitFor();
    const signalTop = (await sameDevice.boundingBox())!.y;
    const firstRefereeTop = (await recruiter.getByTestId('referee-section').first().boundingBox())!.y;
    assert.ok(signalTop < firstRefereeTop, 'fraud signals at the top');
    await shot(recruiter, 'e2e-report');

    // ---- 12. The PDF: its text, and its first page as a picture.
    const [download] = await Promise.all([
      recruiter.waitForEvent('download'),
      recruiter.getByTestId('download-pdf').click(),
    ]);
    const bytes = fs.readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
    const pdf = await pdfOf(bytes);
    const flat = pdf.text.replace(/\s+/g, ' ');
    for (const text of [A_WORDS.strengths, D_WORDS.strengths, C_WORDS.strengths, 'We only met twice.', person.name])
      assert.ok(flat.includes(text), `the PDF has “${text}”`);
    assert.match(flat, /Same device/);
    fs.writeFileSync(path.join(screenshotDir, 'e2e-report-pdf-page-1.png'), pdf.firstPage);
    assert.ok(pdf.firstPage.length > 20_000, 'the first page renders as a picture with content');

    // Every message read as it should: no placeholders left, nothing missing.
    const ours = new Set([person.phone, ...[A, B, C, D].map((r) => e164(r.phone))]);
    const texts = [
      ...sms.inbox.filter((m) => ours.has(m.to)).map((m) => m.message),
      ...mail.inbox.map((m) => `${m.mail.subject}\n${m.mail.text}`),
    ];
    for (const text of texts) assert.doesNotMatch(text, /undefined|null|NaN|\{\{|\[object/, text);

    assert.deepEqual(pageProblems(recruiter), [], 'the recruiter’s pages: no script errors or CSP refusals');
    for (const { name, problems } of problemsOf)
      assert.deepEqual(problems, [], `${name}: no script errors or CSP refusals`);
  });
});
