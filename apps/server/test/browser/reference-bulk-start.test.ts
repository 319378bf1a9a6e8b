import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inArray } from 'drizzle-orm';
import { referenceChecks } from '../../src/modules/references/references.tables.ts';
import { makeCandidate, unique } from '../helpers/factories.ts';
import { makeQuestionnaire, makeReferee, makeReferenceCheck } from '../helpers/reference-factories.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  demoCompanyId,
  demoMember,
  pageProblems,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

describe('reference checks for several candidates, and the report on a phone', { skip }, () => {
  let world: BrowserWorld;
  let companyId: string;
  before(async () => {
    world = await startBrowserWorld();
    companyId = await demoCompanyId(world, 'recruiter@acme.example');
  });
  after(async () => {
    await world?.close();
  });

  test('select two candidates in the table, one settings form, a result naming who was skipped', async () => {
    const db = world.database.db;
    const family = unique('Bulkson');
    const ready = await makeCandidate(db, companyId, { firstName: 'Ready', lastName: family, language: 'en' });
    const unreachable = await makeCandidate(db, companyId, {
      firstName: 'Unreachable',
      lastName: family,
      email: null,
      phone: null,
    });
    await makeQuestionnaire(db, companyId, { name: 'Bulk questionnaire', language: 'en' });

    const page = await signInAs(world, 'recruiter@acme.example');
    // The newest first: the two just made lead the list.
    await page.goto(`${world.baseUrl}/candidates`);
    await page.getByTestId(`candidate-select-${ready.id}`).waitFor();
    await page.getByTestId(`candidate-select-${ready.id}`).check();
    await page.getByTestId(`candidate-select-${unreachable.id}`).check();
    await page.getByTestId('bulk-start-open').click();
    const form = page.getByTestId('bulk-start-form');
    await form.waitFor();
    await form.getByLabel('Questionnaire').click();
    await page.getByRole('option', { name: 'Bulk questionnaire' }).click();
    await shot(page, 'reference-bulk-start-form');
    await page.getByTestId('bulk-start-submit').click();

    const result = page.getByTestId('bulk-start-result');
    await result.waitFor();
    await result.getByText('1 check started').waitFor();
    const skipped = await page.getByTestId('bulk-start-skipped').innerText();
    assert.match(skipped, new RegExp(`Unreachable ${family}: The candidate has no email address or mobile number`));
    await shot(page, 'reference-bulk-start-result');
    const rows = await db
      .select({ candidateId: referenceChecks.candidateId })
      .from(referenceChecks)
      .where(inArray(referenceChecks.candidateId, [ready.id, unreachable.id]));
    assert.deepEqual(
      rows.map((r) => r.candidateId),
      [ready.id],
    );
    await page.getByTestId('bulk-start-close').click();
    await page.getByTestId(`candidate-check-${ready.id}`).getByText(/.+/).first().waitFor();
    assert.deepEqual(pageProblems(page), []);
  });

  test('on a phone the report opens with its summary and every referee’s name stays in view', async () => {
    const db = world.database.db;
    const candidate = await makeCandidate(db, companyId, { firstName: 'Phone', lastName: unique('Reader') });
    const { version } = await makeQuestionnaire(db, companyId, { name: 'Phone questionnaire' });
    const check = await makeReferenceCheck(db, companyId, { candidateId: candidate.id, versionId: version.id });
    const answered = (name: string, overall: number, rehire: boolean, minutes: number) =>
      makeReferee(db, check, {
        name,
        status: 'answered',
        invitedAt: new Date(Date.now() - minutes * 60_000),
        answeredAt: new Date(),
        answers: { overall, rehire },
      });
    await answered('Alexandra Longname-Referee', 5, true, 20);
    await answered('Bertil Secondreferee', 2, false, 40);

    const page = await signInAs(world, 'recruiter@acme.example');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${world.baseUrl}/reference-checks/${check.id}/report`);
    const summary = page.getByTestId('report-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /2 of 2 referees answered/);
    assert.match(await page.getByTestId('summary-rehire').innerText(), /1 yes · 1 no/);
    // Under an hour reads in minutes.
    assert.match(await summary.innerText(), /Median 30 min/);
    assert.match(await page.getByTestId('summary-disagreements').innerText(), /Overall performance/);

    const cards = page.getByTestId('rating-cards');
    await cards.waitFor();
    assert.equal(await page.getByTestId('rating-table').isVisible(), false, 'the wide table is not shown on a phone');
    for (const name of ['Alexandra Longname-Referee', 'Bertil Secondreferee']) {
      const cell = cards.getByText(name).first();
      await cell.scrollIntoViewIfNeeded();
      const box = await cell.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${name} is within the screen: ${JSON.stringify(box)}`);
    }
    await shot(page, 'reference-report-phone');
    assert.deepEqual(pageProblems(page), []);
  });

  test('the figures in Swedish: per recruiter and per month, months in Swedish, minutes under an hour', async () => {
    const db = world.database.db;
    const recruiter = await demoMember(world, 'recruiter@acme.example');
    const start = new Date('2026-03-10T09:00:00Z');
    const check = await makeReferenceCheck(db, companyId, { createdById: recruiter.membershipId, createdAt: start });
    await makeReferee(db, check, {
      createdAt: new Date(start.getTime() + 20 * 60_000),
      invitedAt: new Date(start.getTime() + 20 * 60_000),
      status: 'answered',
      answeredAt: new Date(start.getTime() + 45 * 60_000),
    });

    const page = await signInAs(world, 'admin@acme.example');
    await page.getByTestId('language-switch').getByText('Svenska').click();
    await page.goto(`${world.baseUrl}/references/figures`);
    const months = page.getByTestId('figures-month');
    await months.waitFor();
    const march = months.getByRole('row').filter({ hasText: 'mars 2026' });
    // 25 minutes from invitation to answer, 20 until the candidate named the referee.
    assert.match(await march.innerText(), /25 min/);
    assert.match(await march.innerText(), /20 min/);
    assert.doesNotMatch(await page.getByTestId('figures-month').innerText(), /\b\d{2}\/\d{2}\/\d{4}\b/);
    // A Swedish user's date fields read and take yyyy-mm-dd, whatever the browser's own format.
    const from = page.getByTestId('figures-from');
    assert.equal(await from.getAttribute('placeholder'), 'ÅÅÅÅ-MM-DD');
    await from.fill('2026-04-01');
    await from.press('Tab');
    assert.equal(await from.inputValue(), '2026-04-01');
    await march.waitFor({ state: 'detached' });
    await from.fill('2026-3-1');
    await from.press('Tab');
    assert.equal(await from.inputValue(), '2026-03-01', 'typed loosely, shown in full');
    await march.waitFor();
    await shot(page, 'reference-figures-swedish');
    assert.deepEqual(pageProblems(page), []);
  });
});
