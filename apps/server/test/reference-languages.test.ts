import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allQuestions,
  answerMinutes,
  CONSENT_TEXT_VERSION,
  type TQuestionnaireTemplate,
  type TRefereePage,
  type TReport,
} from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { stringsFor } from '../../web/src/respond/strings.ts';
import { referenceChecks } from '../src/modules/references/references.tables.ts';
import { EN_GENERAL } from '../src/modules/references/use-cases/questionnaire-defaults-en.ts';
import { SV_GENERAL } from '../src/modules/references/use-cases/questionnaire-defaults-sv.ts';
import { deliverMail } from './helpers/mail.ts';
import { linkIn, refereeBody, referenceScenario, useReferenceWorld } from './helpers/reference-world.ts';
import { companyWithMember } from './helpers/suite.ts';

const device = { userAgent: 'Mozilla/5.0 Test', screen: '1280x800', timeZone: 'Europe/Stockholm' };

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** Every answer a questionnaire can take, the same for each referee but for one free text. */
function answersFor(content: typeof EN_GENERAL, text: string) {
  const answers: Record<string, unknown> = {};
  for (const q of allQuestions(content)) {
    if (q.type === 'rating') answers[q.id] = 4;
    else if (q.type === 'yes_no') answers[q.id] = true;
    else if (q.type === 'single_choice') answers[q.id] = q.options[0].id;
    else if (q.type === 'multiple_choice') answers[q.id] = [q.options[0].id];
    else answers[q.id] = text;
  }
  return answers;
}

describe('reference checks: questionnaires in several languages', () => {
  const world = useReferenceWorld();
  let address = 0;
  const referee = (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
    world.t.app.inject({
      method,
      url: `/api/public/reference-referee/${path}`,
      payload,
      remoteAddress: `10.7.${Math.floor(++address / 250)}.${address % 250}`,
    });

  test('the shipped questionnaires are three, each with an English and a Swedish version', async () => {
    const { client } = await companyWithMember(world.t, 'recruiter');
    const res = await client.get('/api/questionnaires');
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as TQuestionnaireTemplate[];
    assert.equal(items.length, 6);
    for (const preset of ['general', 'manager', 'short']) {
      const [en, sv] = ['en', 'sv'].map((l) => items.find((q) => q.preset === preset && q.language === l)!);
      assert.equal(en.familyId, sv.familyId, preset);
      assert.deepEqual(
        en.languageVersions.map((v) => [v.id, v.language]),
        [
          [en.id, 'en'],
          [sv.id, 'sv'],
        ],
      );
    }
  });

  test('a referee choosing English in a Swedish check gets the English questions; the report puts both answers under one question', async () => {
    const { t, mail, sms } = world;
    const s = await referenceScenario(t);
    // The shipped general questionnaire in Swedish; its English version is the shipped translation.
    const general = (await s.client.post('/api/questionnaires', { preset: 'general', language: 'sv' })).json();
    const english = await s.client.post(`/api/questionnaires/${general.id}/language-versions`, { language: 'en' });
    assert.equal(english.statusCode, 201, english.body);
    assert.deepEqual(english.json().content, EN_GENERAL);
    const started = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      templateId: general.id,
      jobId: s.job.id,
      candidateChannel: 'none',
      refereeConsent: { method: 'in_writing' },
      refereeChannel: 'email_and_sms',
      referees: [
        refereeBody({ name: 'Maria Chef', email: 'maria@work.example', phone: '+46701000001', language: 'sv' }),
        refereeBody({
          name: 'John Colleague Smith',
          email: 'john@work.example',
          phone: '+46701000002',
          relationship: 'colleague',
          language: 'en',
        }),
      ],
    });
    assert.equal(started.statusCode, 201, started.body);
    const checkId = started.json().id as string;
    const sent = await deliverMail(t, mail);
    const mailTo = (address: string) => sent.find((m) => m.to.includes(address))!.mail;
    const john = mailTo('john@work.example');
    const maria = mailTo('maria@work.example');

    const johnPage: TRefereePage = (await referee('GET', linkIn(john.text ?? '', 'r'))).json();
    const mariaPage: TRefereePage = (await referee('GET', linkIn(maria.text ?? '', 'r'))).json();
    assert.equal(johnPage.language, 'en');
    assert.deepEqual(
      allQuestions(johnPage.questionnaire).map((q) => q.label),
      allQuestions(EN_GENERAL).map((q) => q.label),
      'John reads the English version',
    );
    assert.deepEqual(
      allQuestions(mariaPage.questionnaire).map((q) => q.label),
      allQuestions(SV_GENERAL).map((q) => q.label),
      'Maria reads the Swedish one',
    );

    // Greeted by first name, in the email, the SMS and on the page.
    assert.equal(johnPage.refereeFirstName, 'John');
    assert.match(john.text ?? '', /^Hi John, /m);
    assert.doesNotMatch(john.text ?? '', /Hi John Colleague/);
    assert.match(maria.text ?? '', /^Hej Maria! /m);
    const johnSms = sms.lastTo('+46701000002')!.message;
    const mariaSms = sms.lastTo('+46701000001')!.message;
    assert.match(johnSms, /^Hi John, /);
    assert.match(mariaSms, /^Hej Maria! /);
    assert.equal(stringsFor('en').refHello(johnPage.refereeFirstName), 'Hi John');

    // One time promise, computed from the questions, in the email, the SMS, the intro page and the questionnaire's intro.
    const minutes = answerMinutes(EN_GENERAL);
    assert.ok(minutes > 1);
    assert.equal(johnPage.minutes, minutes);
    const figures = [
      /about (\d+) minutes/.exec(john.text ?? '')?.[1],
      /About (\d+) minutes/.exec(johnSms)?.[1],
      /about (\d+) minutes/.exec(stringsFor('en').refWhy(johnPage.minutes))?.[1],
      /About (\d+) minutes/.exec(stringsFor('en').timePromise(johnPage.minutes))?.[1],
    ];
    assert.deepEqual(figures, [String(minutes), String(minutes), String(minutes), String(minutes)]);
    const svFigures = [
      /ungefär (\d+) minuter/.exec(maria.text ?? '')?.[1],
      /Ca (\d+) minuter/.exec(mariaSms)?.[1],
      /ungefär (\d+) minuter/.exec(stringsFor('sv').refWhy(mariaPage.minutes))?.[1],
    ];
    assert.deepEqual(svFigures, Array(3).fill(String(answerMinutes(SV_GENERAL))));

    // Both answer in their language: the English questions are checked against John's version.
    for (const [page, text, message] of [
      [john, 'Great at mentoring juniors', 'john'],
      [maria, 'Mycket strukturerad', 'maria'],
    ] as const) {
      const token = linkIn(page.text ?? '', 'r');
      assert.equal(
        (await referee('POST', `${token}/consent`, { consentVersion: CONSENT_TEXT_VERSION, device })).statusCode,
        200,
      );
      const content = message === 'john' ? EN_GENERAL : SV_GENERAL;
      const saved = await referee('PATCH', `${token}/answers`, { answers: answersFor(content, text) });
      assert.equal(saved.statusCode, 200, saved.body);
      const submitted = await referee('POST', `${token}/submit`, {});
      assert.equal(submitted.statusCode, 200, submitted.body);
    }

    const res = await s.client.get(`/api/reference-checks/${checkId}/report`);
    assert.equal(res.statusCode, 200, res.body);
    const report = res.json() as TReport;
    // The check's own (Swedish) wording, every question once: no section for questions only one version has.
    assert.deepEqual(
      allQuestions(report.questionnaire).map((q) => q.label),
      allQuestions(SV_GENERAL).map((q) => q.label),
    );
    const strengths = allQuestions(SV_GENERAL).find((q) => q.type === 'long_text')!.id;
    assert.deepEqual(report.responses.map((r) => [r.referee.language, r.answers[strengths]]).sort(), [
      ['en', 'Great at mentoring juniors'],
      ['sv', 'Mycket strukturerad'],
    ]);
    const rating = report.ratingSummaries[0];
    assert.deepEqual(
      rating.scores.map((x) => x.score),
      [4, 4],
    );
    const pdf = await s.client.get(`/api/reference-checks/${checkId}/report.pdf`);
    assert.equal(pdf.statusCode, 200);
    const text = await pdfText(pdf.rawPayload);
    const label = allQuestions(SV_GENERAL).find((q) => q.id === strengths)!.label;
    const at = text.indexOf(label);
    assert.ok(at >= 0, 'the question is in the PDF');
    const after = text.slice(at);
    assert.ok(after.includes('Mycket strukturerad') && after.includes('Great at mentoring juniors'));
  });

  test('a referee chooses the language of their own page: the questions follow, saved answers stay; not once answered', async () => {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    const general = (await s.client.post('/api/questionnaires', { preset: 'general', language: 'sv' })).json();
    await s.client.post(`/api/questionnaires/${general.id}/language-versions`, { language: 'en' });
    const started = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      templateId: general.id,
      jobId: s.job.id,
      candidateChannel: 'none',
      refereeConsent: { method: 'in_writing' },
      refereeChannel: 'email',
      referees: [refereeBody({ name: 'Sara Svensk', email: 'sara@work.example', language: 'sv' })],
    });
    assert.equal(started.statusCode, 201, started.body);
    const sara = (await deliverMail(t, mail)).find((m) => m.to.includes('sara@work.example'))!;
    const token = linkIn(sara.mail.text ?? '', 'r');
    const choose = (language: string) => referee('POST', `${token}/language`, { language });
    const labelsOf = (page: TRefereePage) => allQuestions(page.questionnaire).map((q) => q.label);

    assert.equal((await choose('fi')).statusCode, 400);
    const english = await choose('en');
    assert.equal(english.statusCode, 200, english.body);
    assert.equal(english.json().language, 'en');
    assert.deepEqual(
      labelsOf(english.json()),
      allQuestions(EN_GENERAL).map((q) => q.label),
    );
    assert.equal((await referee('GET', token)).json().language, 'en', 'the choice is kept');

    await referee('POST', `${token}/consent`, { consentVersion: CONSENT_TEXT_VERSION, device });
    await referee('PATCH', `${token}/answers`, { answers: { strengths: 'Kind and thorough' } });
    const swedish: TRefereePage = (await choose('sv')).json();
    assert.deepEqual(
      labelsOf(swedish),
      allQuestions(SV_GENERAL).map((q) => q.label),
    );
    assert.equal(swedish.answers.strengths, 'Kind and thorough', 'what was typed stays');

    await referee('PATCH', `${token}/answers`, { answers: answersFor(SV_GENERAL, 'Noggrann') });
    assert.equal((await referee('POST', `${token}/submit`, {})).statusCode, 200);
    const late = await choose('en');
    assert.equal(late.statusCode, 409, late.body);
    assert.equal(late.json().reason, 'referee_page.answers_sent');
  });

  test('a questionnaire lacking the referee’s language falls back to the check’s; a question only a translation has still reaches the report', async () => {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    // The scenario's questionnaire is Swedish only: an English referee gets the Swedish questions.
    const only = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      jobId: null,
      candidateChannel: 'none',
      refereeConsent: { method: 'in_writing' },
      referees: [refereeBody({ email: 'ann@work.example', language: 'en', name: 'Ann Andersson' })],
    });
    assert.equal(only.statusCode, 201, only.body);
    const ann = (await deliverMail(t, mail)).find((m) => m.to.includes('ann@work.example'))!;
    const annPage: TRefereePage = (await referee('GET', linkIn(ann.mail.text ?? '', 'r'))).json();
    assert.equal(annPage.language, 'en');
    assert.deepEqual(annPage.questionnaire, s.questionnaire.version.content);

    // An English version with one question of its own.
    const added = await s.client.post(`/api/questionnaires/${s.questionnaire.template.id}/language-versions`, {
      language: 'en',
    });
    assert.equal(added.statusCode, 201, added.body);
    const en = added.json();
    assert.equal(en.familyId, s.questionnaire.template.familyId);
    assert.deepEqual(
      allQuestions(en.content).map((q) => q.id),
      allQuestions(s.questionnaire.version.content).map((q) => q.id),
      'a copy of the questions with the same ids, to translate',
    );
    const extra = {
      id: 'english_only',
      type: 'short_text',
      label: 'Which language did you work in?',
      help: null,
      required: false,
    };
    const content = {
      ...en.content,
      sections: [...en.content.sections, { id: 'extra', title: 'Extra', help: null, questions: [extra] }],
    };
    const saved = await s.client.put(`/api/questionnaires/${en.id}`, {
      name: 'General (English)',
      language: 'en',
      subAccountId: null,
      content,
    });
    assert.equal(saved.statusCode, 200, saved.body);

    const started = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      jobId: s.job.id,
      candidateChannel: 'none',
      refereeConsent: { method: 'in_writing' },
      referees: [refereeBody({ email: 'bo@work.example', language: 'en', name: 'Bo Berg' })],
    });
    assert.equal(started.statusCode, 201, started.body);
    const bo = (await deliverMail(t, mail)).find((m) => m.to.includes('bo@work.example'))!;
    const token = linkIn(bo.mail.text ?? '', 'r');
    const page: TRefereePage = (await referee('GET', token)).json();
    assert.ok(allQuestions(page.questionnaire).some((q) => q.id === 'english_only'));
    await referee('POST', `${token}/consent`, { consentVersion: CONSENT_TEXT_VERSION, device });
    const answers = { ...answersFor(page.questionnaire as typeof EN_GENERAL, 'Fine'), english_only: 'English' };
    assert.equal((await referee('PATCH', `${token}/answers`, { answers })).statusCode, 200);
    assert.equal((await referee('POST', `${token}/submit`, {})).statusCode, 200);
    // A later edit of the English version never reaches the running check.
    await s.client.put(`/api/questionnaires/${en.id}`, {
      name: 'General (English)',
      language: 'en',
      subAccountId: null,
      content: en.content,
    });

    const report = (await s.client.get(`/api/reference-checks/${started.json().id}/report`)).json() as TReport;
    const last = report.questionnaire.sections.at(-1)!;
    assert.equal(last.title, 'Bara i den engelska versionen');
    assert.deepEqual(
      last.questions.map((q) => q.id),
      ['english_only'],
    );
    assert.equal(report.responses[0].answers.english_only, 'English');
  });

  test('one live version per language; another company’s questionnaire is 404', async () => {
    const s = await referenceScenario(world.t);
    const other = await referenceScenario(world.t);
    const url = `/api/questionnaires/${s.questionnaire.template.id}/language-versions`;
    assert.equal((await other.client.post(url, { language: 'en' })).statusCode, 404);
    const twice = await s.client.post(url, { language: 'sv' });
    assert.equal(twice.statusCode, 409, twice.body);
    assert.equal(twice.json().reason, 'questionnaire.language_version_exists');
    assert.equal((await s.client.post(url, { language: 'fi' })).statusCode, 400);
    const en = (await s.client.post(url, { language: 'en' })).json();
    // Saving the English one as Swedish would make two Swedish versions.
    const clash = await s.client.put(`/api/questionnaires/${en.id}`, {
      name: en.name,
      language: 'sv',
      subAccountId: null,
      content: en.content,
    });
    assert.equal(clash.statusCode, 409, clash.body);
    // Archived, its language is free for a new version; it cannot come back while that one lives.
    await s.client.post(`/api/questionnaires/${en.id}/archive`, { archived: true });
    const again = await s.client.post(url, { language: 'en' });
    assert.equal(again.statusCode, 201, again.body);
    const back = await s.client.post(`/api/questionnaires/${en.id}/archive`, { archived: false });
    assert.equal(back.statusCode, 409, back.body);
  });

  test('a reference-check step’s instruction is kept on the check and shown on the candidate’s page', async () => {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    const job = (await s.client.get(`/api/jobs/${s.job.id}`)).json();
    const stepsWith = (instruction: string) =>
      job.steps.map((step: { id: string; name: string; kind: string }) => ({
        id: step.id,
        name: step.name,
        kind: step.kind,
        settings: step.kind === 'reference_check' ? { ...s.settings, instruction } : null,
      }));
    const index = job.steps.findIndex((step: { kind: string }) => step.kind === 'reference_check');
    const tooLong = await s.client.put(`/api/jobs/${s.job.id}/steps`, { steps: stepsWith('x'.repeat(1001)) });
    assert.equal(tooLong.statusCode, 400, tooLong.body);
    assert.equal(tooLong.json().errors[0].field, `steps.${index}.settings.instruction`);
    const instruction = 'Name two managers from the last five years.';
    const saved = await s.client.put(`/api/jobs/${s.job.id}/steps`, { steps: stepsWith(`  ${instruction}  `) });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().steps[index].settings.instruction, instruction);

    const placed = await s.client.post(`/api/candidates/${s.candidate.id}/placements`, {
      jobId: s.job.id,
      stepId: s.referenceStep.id,
    });
    const checkId = placed.json().placements[0].referenceCheck.checkId as string;
    const [check] = await t.db.select().from(referenceChecks).where(eq(referenceChecks.id, checkId));
    assert.equal(check.instruction, instruction);
    await deliverMail(t, mail);
    const token = linkIn(mail.lastTo(s.candidate.email!)!.mail.text ?? '', 'c');
    const page = await t.app.inject({ method: 'GET', url: `/api/public/reference-candidate/${token}` });
    assert.equal(page.json().instruction, instruction);
  });
});
