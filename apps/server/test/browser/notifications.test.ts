import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

/** The bell in the header and My settings' history, as the demo employee finds them. */
describe('notifications bell and My settings history', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  test('the bell shows the unread count; the list opens; marking one and then all read empties the count', async () => {
    const page = await signInAs(world, 'employee@acme.example');
    const bell = page.getByTestId('notification-bell');
    await page.getByRole('button', { name: 'Notifications, 2 unread' }).waitFor();
    await bell.click();
    const list = page.getByTestId('notification-list');
    await list.waitFor();
    const items = list.getByTestId('notification-item');
    // The list opens before its items arrive: wait for the third before counting.
    await items.nth(2).waitFor();
    assert.equal(await items.count(), 3);
    assert.equal(await list.locator('[data-unread="true"]').count(), 2);
    assert.match((await items.first().innerText()) ?? '', /Your referral of .+ is now: interviewing\./);
    await shot(page, 'notifications-open');
    await list
      .getByRole('button', { name: /^Mark read: / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();
    await list.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    // The bell's count and the list are two answers: wait for the list to catch up before counting.
    await list.locator('[data-unread="true"]').first().waitFor({ state: 'detached' });
    assert.equal(await list.locator('[data-unread="true"]').count(), 0);
    // Clicking through leads to My referrals.
    await items.first().locator('button').first().click();
    await page.waitForURL(/\/network\?tab=referrals/);
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('on a phone the bell and its list fit; My settings imports Positions.csv and reports the bad row', async () => {
    const page = await signInAs(world, 'employee@acme.example');
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByTestId('notification-bell').click();
    const box = await page.getByTestId('notification-list').boundingBox();
    assert.ok(box && box.width <= 390, `list width ${box?.width}`);
    await shot(page, 'notifications-phone');
    await page.keyboard.press('Escape');

    await page.goto(`${world.baseUrl}/settings`);
    await page.getByText('Referral notifications by email').waitFor();
    await page.getByLabel('A daily digest').check();
    await page.getByText('Notification choice saved').waitFor();

    const file = path.join(os.tmpdir(), `Positions-${process.pid}.csv`);
    fs.writeFileSync(
      file,
      [
        'Company Name,Title,Description,Location,Started On,Finished On',
        'Spotify,Backend Engineer,,Stockholm,Mar 2019,Dec 2021',
        ',No company,,,Jan 2020,',
      ].join('\n'),
    );
    const card = page.getByTestId('my-work-history');
    const chooser = page.waitForEvent('filechooser');
    await card.getByTestId('my-work-history-import').click();
    await (await chooser).setFiles(file);
    await card.getByText(/Imported 1, already there 0, left out 1\./).waitFor();
    await card.getByText('Line 3: no name').waitFor();
    await card.locator('input[value="Spotify"]').waitFor();
    await shot(page, 'my-settings-history-phone');
    fs.rmSync(file, { force: true });
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});
