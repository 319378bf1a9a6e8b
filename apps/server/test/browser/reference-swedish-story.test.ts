import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { candidates } from '../../src/modules/hiring/hiring.tables.ts';
import { referees, referenceChecks } from '../../src/modules/references/references.tables.ts';
import { companies } from '../../src/modules/tenancy/tenancy.tables.ts';
import { browserSkipReason, demoCompanyId, pageProblems, scrollWidthOf, shot, shotView, signInAs } from './harness.ts';
import {
  answerEveryPart,
  answerRatings,
  answerRelationship,
  answerSummaryAndSubmit,
  CODE_STEP,
  deliverAll,
  type E2eWorld,
  emailTo,
  enterEmailCode,
  fillReferee,
  interviewCandidate,
  linkToken,
  moveToReferenceCheck,
  phoneContext,
  REFEREE_FORM,
  setReferenceStep,
  startReferenceE2eWorld,
  trackedPage,
} from './reference-e2e-world.ts';

const skip = browserSkipReason();

const A = {
  name: 'Anna Berg',
  email: 'anna.berg@northwind.example',
  phone: '+46 70 611 22 33',
  company: 'Northwind',
  relationship: 'manager',
};
const B = {
  name: 'Björn Ek',
  email: 'bjorn.ek@contoso.example',
  phone: '+46 70 622 33 44',
  company: 'Contoso',
  relationship: 'colleague',
};
const C = {
  name: 'Carin Dahl',
  email: 'carin.dahl@fabrikam.example',
  phone: '+46 70 633 44 55',
  company: 'Fabrikam',
  relationship: 'colleague',
};
/** Carin's answers to the Swedish general questionnaire: close to Anna's 5s, but 1 for the overall performance. */
const C_ANSWERS = {
  relationship: 'colleague',
  role_and_period: 'Utvecklare, 2021–2023',
  responsibilities: 'Ansvarade för betalflödet.',
  quality_of_work: 4,
  reliability: 4,
  problem_solving: 4,
  adaptability: 4,
  overall_performance: 1,
  teamwork: 4,
  communication: 4,
  strengths: 'Kunnig inom betalningar.',
  development_areas: 'Att hålla deadlines.',
  rehire: true,
};

describe('a Swedish company’s reference check, on phones, from the pipeline to the report', { skip }, () => {
  let e2e: E2eWorld;
  before(async () => {
    e2e = await startReferenceE2eWorld();
  });
  after(async () => {
    await e2e?.close();
  });

  test('English by choice, a decline, a replacement named at once and verified by code, the disagreement in the report', async () => {
    const { world, mail } = e2e;
    const db = world.database.db;
    const problemsOf: { name: string; problems: string[] }[] = [];
    const phone = async (who: string, timezoneId: string) => {
      const opened = await trackedPage(await phoneContext(world, timezoneId));
      problemsOf.push({ name: who, problems: opened.problems });
      return opened.page;
    };

    // ---- The world: a Swedish company whose reference step asks referees for a code by email.
    const companyId = await demoCompanyId(world, 'recruiter@acme.example');
    await db.update(companies).set({ defaultLanguage: 'sv' }).where(eq(companies.id, companyId));
    const person = await interviewCandidate(world, '+46705550177');
    await db.update(candidates).set({ language: 'sv' }).where(eq(candidates.id, person.candidateId));
    await setReferenceStep(world, person.jobId, {
      language: 'sv',
      candidateChannel: 'email',
      refereeChannel: 'email',
      refereesWanted: 2,
      refereeVerification: 'email',
    });

    // ---- 1. The recruiter moves the candidate into "Reference check" on the pipeline.
    const recruiter = await signInAs(world, 'recruiter@acme.example');
    await moveToReferenceCheck(recruiter, world, person);
    const [check] = await db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, person.candidateId));
    assert.deepEqual([check.language, check.refereeVerification], ['sv', 'email']);

    // ---- 2. The candidate names two referees on their phone, in Swedish.
    await deliverAll(world);
    const cand = await phone('candidate', 'Europe/Stockholm');
    await cand.goto(`${world.baseUrl}/c/${linkToken(world, emailTo(mail, person.email).text, 'c')}`);
    await cand.getByRole('heading', { name: `Hej ${person.firstName}` }).waitFor();
    await cand.getByRole('checkbox').check();
    await cand.getByRole('button', { name: 'Fortsätt' }).click();
    await cand.getByRole('heading', { name: 'Dina referenser' }).waitFor();
    await fillReferee(cand, 0, A, REFEREE_FORM.sv);
    await fillReferee(cand, 1, B, REFEREE_FORM.sv);
    await cand.getByRole('button', { name: 'Skicka till mina referenser' }).click();
    await cand.getByRole('heading', { name: 'Tack!' }).waitFor();
    await deliverAll(world);
    const tokenOf = (email: string) => linkToken(world, emailTo(mail, email).text, 'r');

    // ---- 3. Anna opens her Swedish page, chooses English: the page, the code and the questions are English.
    const anna = await phone('Anna', 'Europe/London');
    await anna.goto(`${world.baseUrl}/r/${tokenOf(A.email)}`);
    await anna.getByRole('heading', { name: 'Hej Anna', exact: true }).waitFor();
    await shot(anna, 'swedish-story-referee-swedish');
    await anna.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
    await anna.getByRole('heading', { name: 'Hi Anna', exact: true }).waitFor();
    await shot(anna, 'swedish-story-referee-english');
    const codeMail = await enterEmailCode(anna, e2e, A.email, CODE_STEP.en);
    assert.match(codeMail.text, /code/i, 'the code’s email is in English too');
    await anna.getByRole('checkbox').check();
    await anna.getByRole('button', { name: 'Start' }).click();
    await answerRelationship(anna, { role: 'Team lead, 2020–2024', responsibilities: 'Led the payments team.' });
    await shot(anna, 'swedish-story-referee-english-questions');
    await answerRatings(anna, 5);
    await answerSummaryAndSubmit(anna, { strengths: 'A calm, structured leader.', development: 'Saying no.' });

    // ---- 4. Björn declines (no code needed to say no).
    const bjorn = await phone('Björn', 'Europe/Paris');
    await bjorn.goto(`${world.baseUrl}/r/${tokenOf(B.email)}`);
    await bjorn.getByRole('button', { name: 'Jag vill inte lämna någon referens' }).click();
    await bjorn.getByRole('textbox', { name: 'Anledning (frivilligt)' }).fill('Vi arbetade knappt ihop.');
    await bjorn.getByRole('button', { name: 'Tacka nej' }).click();
    await bjorn.getByTestId('referee-declined').waitFor();

    // ---- 5. The candidate is asked at once for a replacement, and names Carin on their page.
    await deliverAll(world);
    const asked = emailTo(mail, person.email);
    assert.match(asked.subject, new RegExp(B.name));
    await cand.goto(`${world.baseUrl}/c/${linkToken(world, asked.text, 'c')}`);
    await cand.getByRole('heading', { name: 'En ersättare behövs' }).waitFor();
    await shot(cand, 'swedish-story-candidate-replacement');
    await cand.getByRole('button', { name: 'Lägg till en referens' }).click();
    await fillReferee(cand, 0, C, REFEREE_FORM.sv);
    await cand.getByRole('button', { name: 'Spara' }).click();
    await cand.getByRole('heading', { name: 'Tack!' }).waitFor();
    await shot(cand, 'swedish-story-candidate-replaced');

    // ---- 6. Carin confirms it is her with the code from her email, then answers in Swedish.
    await deliverAll(world);
    const carin = await phone('Carin', 'Europe/Stockholm');
    await carin.goto(`${world.baseUrl}/r/${tokenOf(C.email)}`);
    await carin.getByRole('heading', { name: 'Bekräfta först att det är du' }).waitFor();
    await enterEmailCode(carin, e2e, C.email, CODE_STEP.sv);
    await carin.getByRole('checkbox').check();
    await carin.getByRole('button', { name: 'Börja' }).click();
    await carin.getByText('Del 1 av 4').waitFor();
    await answerEveryPart(carin, C_ANSWERS);
    await shot(carin, 'swedish-story-replacement-thanks');

    const rows = await db.select().from(referees).where(eq(referees.checkId, check.id)).orderBy(asc(referees.name));
    assert.deepEqual(
      rows.map((r) => [r.name, r.status, r.language, r.verifiedBy]),
      [
        [A.name, 'answered', 'en', 'email'],
        [B.name, 'declined', 'sv', null],
        [C.name, 'answered', 'sv', 'email'],
      ],
    );
    const [done] = await db.select().from(referenceChecks).where(eq(referenceChecks.id, check.id));
    assert.equal(done.status, 'completed');

    // ---- 7. The report on the recruiter's phone: the summary names the disagreement; names stay in view.
    await recruiter.setViewportSize({ width: 390, height: 844 });
    await recruiter.goto(`${world.baseUrl}/reference-checks/${check.id}/report`);
    await recruiter.getByTestId('report-summary').waitFor();
    // The header fits: the search box keeps room to type in, the user menu stays on the screen.
    const search = await recruiter.getByLabel('Search', { exact: true }).boundingBox();
    assert.ok(search && search.width >= 120, `the search box is wide enough: ${JSON.stringify(search)}`);
    const menu = await recruiter.getByTestId('user-menu').boundingBox();
    assert.ok(menu && menu.x + menu.width <= 390, `the user menu is within the screen: ${JSON.stringify(menu)}`);
    await shotView(recruiter, 'swedish-story-report-phone-top');
    const disagreements = recruiter.getByTestId('summary-disagreements').getByRole('listitem');
    assert.equal(await disagreements.count(), 1, 'one question far apart');
    const disagreement = await disagreements.innerText();
    assert.match(disagreement, /^Arbetsinsatsen som helhet: /, 'worded as the check’s Swedish questionnaire');
    for (const name of [A.name, C.name]) assert.match(disagreement, new RegExp(name));
    await recruiter.getByTestId('summary-disagreements').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await shotView(recruiter, 'swedish-story-report-disagreement');
    const cards = recruiter.getByTestId('rating-cards');
    for (const name of [A.name, C.name]) {
      const cell = cards.getByText(name).first();
      await cell.scrollIntoViewIfNeeded();
      const box = await cell.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${name} is within the screen: ${JSON.stringify(box)}`);
    }
    await shotView(recruiter, 'swedish-story-report-ratings');
    const width = await scrollWidthOf(recruiter);
    assert.ok(width <= 390, `nothing sticks out sideways: ${width}px`);
    await shot(recruiter, 'swedish-story-report-phone');

    assert.deepEqual(pageProblems(recruiter), [], 'the recruiter’s pages: no script errors or CSP refusals');
    for (const { name, problems } of problemsOf) assert.deepEqual(problems, [], `${name}: no script errors`);
  });
});
