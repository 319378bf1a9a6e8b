import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, like } from 'drizzle-orm';
import { candidates, placements } from '../../src/modules/hiring/hiring.tables.ts';
import { referrals } from '../../src/modules/referrals/referrals.tables.ts';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

/** Issue 13 items 15–16 as a recruiter meets them in the demo company. */
describe('referral loose ends in the browser', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  test('the drawer shows the person’s background, and Add to job makes them a candidate', async () => {
    const db = world.database.db;
    // The demo's introduction of someone who already is a candidate (linked by email when marked).
    const [mark] = await db
      .select()
      .from(referrals)
      .where(like(referrals.referrerNote, 'We shipped the payments migration%'));
    assert.ok(mark?.candidateId, 'the demo mark is linked to its candidate');
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/referrals?tab=introductions&scope=all&open=${mark.id}`);
    const drawer = page.getByTestId('referral-drawer');
    const background = drawer.getByTestId('person-background');
    await background.waitFor();
    await background.getByText('Already a candidate').waitFor();
    assert.match(await drawer.innerText(), /We shipped the payments migration together/, 'the employee’s note');
    await shot(page, 'referral-person-background');

    // A new person: Add to job makes a candidate at the first step.
    const fresh = await db
      .select()
      .from(referrals)
      .where(and(eq(referrals.companyId, mark.companyId), eq(referrals.source, 'warm_prospect')))
      .limit(1);
    const prospect = fresh.find((r) => !r.candidateId);
    assert.ok(prospect, 'the demo has a warm prospect who is no candidate yet');
    await page.goto(`${world.baseUrl}/referrals?tab=prospects&scope=all&open=${prospect.id}`);
    const add = page.getByTestId('add-to-job');
    await add.waitFor();
    assert.match(
      await page.getByTestId('person-background').innerText(),
      /Only their current position above is known|Work history/,
      'the contact’s employer and position stand in for a work history',
    );
    await add.getByTestId('add-to-job-select').click();
    await page.getByRole('option').first().click();
    await add.getByTestId('add-to-job-button').click();
    await add.getByTestId('add-to-job-done').waitFor();
    const [row] = await db.select().from(referrals).where(eq(referrals.id, prospect.id));
    assert.ok(row.candidateId && row.jobId);
    assert.equal(row.source, 'warm_prospect', 'the referral keeps its source and referrer');
    assert.equal(row.referrerMembershipId, prospect.referrerMembershipId);
    const [placement] = await db
      .select()
      .from(placements)
      .where(and(eq(placements.candidateId, row.candidateId), eq(placements.jobId, row.jobId)));
    assert.equal(placement.origin, 'referral');
    await shot(page, 'referral-add-to-job');
    assert.deepEqual(pageProblems(page), []);
  });

  test('the board’s pencil offers only the statuses of the referral’s source; the board shows its scope', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/referrals?scope=all&source=referral_request`);
    await page.getByTestId('scope-line').waitFor();
    const pencil = page.getByTestId('pencil').first();
    await pencil.click();
    await page.getByTestId('status-select').click();
    await page.getByRole('option', { name: 'Referrer contacted candidate', exact: true }).waitFor();
    const options = await page.getByRole('option').allInnerTexts();
    assert.ok(!options.includes('Introduction requested'), options.join(', '));
    assert.ok(options.includes('Interviewing'), options.join(', '));
    await shot(page, 'referral-board-pencil-by-source');
    await page.keyboard.press('Escape');
    assert.deepEqual(pageProblems(page), []);
  });

  test('the candidate table has the request button; Who knows them says a request was sent', async () => {
    const db = world.database.db;
    const [raymond] = await db
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.firstName, 'Raymond'), eq(candidates.lastName, 'Okafor')));
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/candidates?q=Raymond%20Okafor`);
    const row = page.getByRole('row').filter({ hasText: 'Raymond Okafor' });
    const button = row.getByRole('button', { name: 'Request a referral from Erik Employee' });
    await button.click();
    await page
      .getByTestId('email-preview')
      .getByText(/Hi Erik,/)
      .waitFor();
    assert.match(page.url(), /\/candidates\?/, 'the row did not open the profile behind the composer');
    await shot(page, 'candidate-table-request');
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByText('Referral request sent to Erik Employee').waitFor();

    await page.goto(`${world.baseUrl}/candidates/${raymond.id}?tab=connections`);
    const erik = page.getByTestId('connection').filter({ hasText: 'Erik Employee' });
    await erik.getByTestId('request-sent').waitFor();
    assert.match(await erik.getByTestId('request-sent').innerText(), /Request sent/);
    await shot(page, 'connections-request-sent');
    assert.deepEqual(pageProblems(page), []);
  });

  test('recruiters keep the exclude list from the Referrals page', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/referrals`);
    await page.getByTestId('manage-exclusions').click();
    const card = page.getByTestId('exclusions-card');
    await card.waitFor();
    await card.getByText('Initech').first().waitFor();
    await shot(page, 'recruiter-exclusions');
    assert.deepEqual(pageProblems(page), []);
  });
});
