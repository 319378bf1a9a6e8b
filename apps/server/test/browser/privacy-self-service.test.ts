import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { sendRefereeLink } from '../../src/modules/references/index.ts';
import { referees } from '../../src/modules/references/references.tables.ts';
import { makeCandidate } from '../helpers/factories.ts';
import { makeQuestionnaire, makeReferee, makeReferenceCheck } from '../helpers/reference-factories.ts';
import { browserSkipReason, demoMember, pageProblems, shot, signInAs } from './harness.ts';
import {
  deliverAll,
  type E2eWorld,
  emailTo,
  phoneContext,
  startReferenceE2eWorld,
  trackedPage,
} from './reference-e2e-world.ts';

const skip = browserSkipReason();

describe('a referee withdraws their answers from their privacy page', { skip }, () => {
  let e2e: E2eWorld;
  before(async () => {
    e2e = await startReferenceE2eWorld();
  });
  after(async () => {
    await e2e?.close();
  });

  test('from the "manage your data" link in their email; the recruiter’s report then shows the withdrawal', async () => {
    const { world, mail } = e2e;
    const db = world.database.db;
    const recruiter = await demoMember(world, 'recruiter@acme.example');
    const { companyId } = recruiter;
    const candidate = await makeCandidate(db, companyId, { firstName: 'Petra', lastName: 'Privat' });
    const { version } = await makeQuestionnaire(db, companyId, { name: 'Privacy test' });
    const check = await makeReferenceCheck(db, companyId, {
      candidateId: candidate.id,
      versionId: version.id,
      createdById: recruiter.membershipId,
      status: 'in_progress',
      refereesWanted: 1,
    });
    const referee = await makeReferee(db, check, { name: 'Walter Withdraw', email: 'walter@northwind.example' });
    await sendRefereeLink(db, world.app.services.config, companyId, referee.id);
    await deliverAll(world);
    // Walter answered meanwhile (the answer pages have their own tests).
    await db
      .update(referees)
      .set({
        status: 'answered',
        consentAt: new Date(),
        consentVersion: '2025-01',
        answeredAt: new Date(),
        answers: { overall: 5, rehire: true, summary: 'Walter’s own words about Petra.' },
      })
      .where(eq(referees.id, referee.id));

    const email = emailTo(mail, 'walter@northwind.example');
    const link = /\/r\/([A-Za-z0-9_-]{43})\/privacy/.exec(email.text);
    assert.ok(link, `a manage-your-data link in: ${email.text}`);
    assert.ok(email.text.includes('Manage your data'));

    const { page } = await trackedPage(await phoneContext(world, 'Europe/Stockholm'));
    await page.goto(`${world.baseUrl}/r/${link[1]}/privacy`);
    const privacy = page.getByTestId('privacy-page');
    await privacy.getByRole('heading', { name: 'Your data', exact: true }).waitFor();
    await privacy.getByText('walter@northwind.example').waitFor();
    await privacy.getByText('You were asked for a reference about Petra Privat.').waitFor();
    const answers = page.getByTestId('privacy-answers');
    await answers.getByText('Walter’s own words about Petra.').waitFor();
    await answers.getByText('5 / 5').waitFor();
    await shot(page, 'privacy-referee-before');

    await page.getByTestId('privacy-withdraw').click();
    await page.getByTestId('privacy-withdraw-confirm').click();
    await page.getByTestId('privacy-no-answers').getByText('Your answers have been withdrawn').waitFor();
    await page
      .getByTestId('privacy-consent')
      .getByText(/You withdrew your consent on/)
      .waitFor();
    assert.equal(await page.getByTestId('privacy-withdraw').count(), 0, 'nothing left to withdraw');
    await shot(page, 'privacy-referee-withdrawn');

    // He also asks to be erased: the page says by when.
    await page.getByTestId('privacy-erasure').click();
    await page.getByTestId('privacy-erasure-confirm').click();
    await page
      .getByTestId('privacy-erasure-asked')
      .getByText(/You asked to be erased on .* at the latest\./)
      .waitFor();
    assert.deepEqual(pageProblems(page), []);

    const stored = (await db.select().from(referees).where(eq(referees.id, referee.id)))[0];
    assert.deepEqual(stored.answers, {});

    // The recruiter's report shows the withdrawal, without the words.
    const recruiterPage = await signInAs(world, 'recruiter@acme.example');
    await recruiterPage.goto(`${world.baseUrl}/reference-checks/${check.id}/report`);
    const section = recruiterPage.getByTestId('referee-section').filter({ hasText: 'Walter Withdraw' });
    await section.getByTestId('answer-withdrawn').waitFor();
    assert.equal(await recruiterPage.getByText('Walter’s own words about Petra.').count(), 0);
    await shot(recruiterPage, 'privacy-report-withdrawn');
    assert.deepEqual(pageProblems(recruiterPage), []);

    // The admin finds the erasure request on the Privacy page, with its due date.
    const adminPage = await signInAs(world, 'admin@acme.example');
    await adminPage.goto(`${world.baseUrl}/privacy`);
    const row = adminPage.getByTestId('erasure-requests').getByRole('row').filter({ hasText: 'Walter Withdraw' });
    await row.getByText('Waiting').waitFor();
    await row.getByRole('button', { name: 'Record legal reason' }).waitFor();
    await shot(adminPage, 'privacy-erasure-requests');
    assert.deepEqual(pageProblems(adminPage), []);
  });
});
