import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

/** The demo's own example: Raymond Okafor and Erik Employee overlapped at Dentons LLP. */
describe('who knows this candidate', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('the recruiter sees Erik in the table column and on Raymond’s profile, worked together at Dentons', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/candidates?q=Raymond%20Okafor`);
    const row = page.getByRole('row').filter({ hasText: 'Raymond Okafor' });
    const cell = row.getByTestId('connections-cell');
    await cell.waitFor();
    assert.match(await cell.innerText(), /Erik Employee/);
    assert.match(await cell.innerText(), /worked together at Dentons LLP/);
    await shot(page, 'connections-table');

    await row.getByRole('link', { name: 'Raymond Okafor' }).click();
    await page.getByRole('tab', { name: 'Who knows them' }).click();
    const erik = page.getByTestId('connection').filter({ hasText: 'Erik Employee' });
    await erik.waitFor();
    assert.match(await erik.innerText(), /Worked together at Dentons LLP, 2018–2021 \(about 3 years\)/);
    const names = await page.getByTestId('connection').locator('p').first().allInnerTexts();
    assert.ok(names.length >= 1);
    await shot(page, 'connections-profile');
    assert.deepEqual(pageProblems(page), []);
  });
});
