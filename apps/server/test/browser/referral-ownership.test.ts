import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { candidates } from '../../src/modules/hiring/hiring.tables.ts';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

describe('an admin sees who owns a referred candidate and transfers it', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  test('the owner on the Referrals and Jobs tabs, a transfer with a reason, the timeline line', async () => {
    const [maja] = await world.database.db
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.firstName, 'Maja'), eq(candidates.lastName, 'Ekström')));
    assert.ok(maja, 'the demo has the referred candidate');
    const page = await signInAs(world, 'admin@acme.example');
    await page.goto(`${world.baseUrl}/candidates/${maja.id}`);
    await page.getByTestId('candidate-tab-referrals').click();
    const ownerLine = page.getByTestId('candidate-owner');
    await ownerLine.getByText(/^Referred by .+ \(owner of the candidate\)$/).waitFor();
    const before = (await ownerLine.innerText()).match(/Referred by (.+) \(owner/)![1];

    await ownerLine.getByRole('button', { name: 'Transfer ownership' }).click();
    const form = page.getByTestId('transfer-ownership-form');
    // The reason is required: nothing is sent without it.
    await form.getByRole('button', { name: 'Transfer' }).click();
    await form.getByText('Required').first().waitFor();
    await form.getByTestId('transfer-to').click();
    const option = page.getByRole('option').filter({ hasText: 'Employee' }).first();
    const chosen = (await option.innerText()).split(' · ')[0];
    assert.notEqual(chosen, before);
    await option.click();
    await form.getByTestId('transfer-reason').fill('Referred on paper at the job fair <b>first</b>');
    await form.getByRole('button', { name: 'Transfer' }).click();
    await form.waitFor({ state: 'detached' });

    await ownerLine.getByText(`Referred by ${chosen} (owner of the candidate)`).waitFor();
    const card = page.getByTestId('candidate-referral').filter({ hasText: 'Ownership transferred' });
    await card.getByText('Ownership transferred').waitFor();
    await card.getByText('Referred on paper at the job fair <b>first</b>').waitFor();
    await shot(page, 'referral-ownership-transferred');

    await page.getByRole('tab', { name: /Jobs/ }).click();
    await page.getByTestId('submission-owner').first().waitFor();
    await shot(page, 'referral-ownership-jobs-tab');

    // The board's drawer of the owning referral offers the same transfer.
    await page.getByTestId('candidate-tab-referrals').click();
    await card.getByText('Open on the board').click();
    const drawer = page.getByTestId('referral-drawer');
    await drawer.getByRole('button', { name: 'Transfer ownership' }).waitFor();
    await drawer.getByText('Ownership transferred').waitFor();
    await shot(page, 'referral-ownership-drawer');
    assert.deepEqual(pageProblems(page), []);
  });
});
