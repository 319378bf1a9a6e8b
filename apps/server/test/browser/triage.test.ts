import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { contacts } from '../../src/modules/network/network.tables.ts';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

describe('who do you know? (triage) and my referrals', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  const nameOnCard = (page: Page) => page.getByTestId('triage-name').innerText();
  const leftCount = async (page: Page) => Number((await page.getByTestId('triage-left').innerText()).match(/\d+/)?.[0]);
  /** Waits until the card on screen is no longer `name`: the action went through. */
  const nextCard = (page: Page, name: string) =>
    page.getByTestId('triage-name').getByText(name, { exact: true }).waitFor({ state: 'detached' });

  /** What My referrals lists for the signed-in person, as the server answers it. */
  async function myReferralCount(page: Page) {
    const res = await page.request.get(`${world.baseUrl}/api/my/referrals?limit=100`);
    assert.equal(res.status(), 200);
    const { items } = (await res.json()) as { items: unknown[] };
    return items.length;
  }

  test('the demo employee marks with the keyboard, skips, undoes and finds the marks in My referrals', async () => {
    const page = await signInAs(world, 'employee@acme.example');
    const marksBefore = await myReferralCount(page);
    assert.ok(marksBefore > 0, 'the demo employee has marks of their own');
    await page.getByTestId('nav-network').click();
    await page.getByTestId('triage-callout').waitFor();
    assert.match(await page.getByTestId('triage-callout').innerText(), /31 contacts are waiting/);
    await page.getByTestId('triage-start').click();
    await page.waitForURL(/\/network\/triage$/);
    await page.getByTestId('triage-card').waitFor();
    await page.getByTestId('visible-bonuses').waitFor();
    assert.equal(await leftCount(page), 31);
    const first = await nameOnCard(page);
    assert.match(await page.getByTestId('triage-reasons').innerText(), /You both worked at (Dentons LLP|Klarna)/);
    assert.match(await page.getByTestId('triage-explained').innerText(), /never sees who you are/);
    await shot(page, 'triage-card');

    // 1: an email introduction, with the suggested job preselected.
    assert.notEqual(await page.getByTestId('triage-job').inputValue(), '');
    await page.keyboard.press('l');
    assert.ok(await page.getByTestId('triage-love').isChecked());
    await page.keyboard.press('1');
    await nextCard(page, first);
    assert.match(await page.getByTestId('triage-last').innerText(), new RegExp(`${first}: I can email them`));
    assert.equal(await leftCount(page), 30);

    // N goes to the note; keys typed there are text, not choices. Esc leaves the field, 3 marks cold.
    const second = await nameOnCard(page);
    await page.keyboard.press('n');
    await page.keyboard.type('Led 1 sales team; ask me');
    assert.equal(await nameOnCard(page), second, 'typing in the note changed nothing');
    assert.equal(await page.getByTestId('triage-note').inputValue(), 'Led 1 sales team; ask me');
    await page.keyboard.press('Escape');
    await page.keyboard.press('3');
    await nextCard(page, second);

    // S skips; U brings the skipped card back.
    const third = await nameOnCard(page);
    await page.keyboard.press('s');
    await nextCard(page, third);
    assert.match(await page.getByTestId('triage-last').innerText(), new RegExp(`${third} skipped`));
    assert.equal(await leftCount(page), 28);
    await page.keyboard.press('u');
    await page.getByTestId('triage-name').getByText(third).waitFor();
    assert.match(await page.getByTestId('triage-last').innerText(), new RegExp(`${third} is back in the queue`));
    assert.equal(await leftCount(page), 29);
    await shot(page, 'triage-after-undo');
    const [lastName] = third.split(' ').slice(-1);
    const [row] = await world.database.db.select().from(contacts).where(eq(contacts.lastName, lastName));
    assert.equal(row.skippedAt, null, 'the undo reached the server');

    await page.getByRole('link', { name: 'Back to My network' }).click();
    await page.getByTestId('network-tab-referrals').click();
    await page.waitForURL(/tab=referrals/);
    const rows = page.getByTestId('my-referral-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), marksBefore + 2, 'the demo marks and the two made here');
    const introduction = rows.filter({ hasText: first });
    assert.match(
      await introduction.innerText(),
      /Email introduction[\s\S]*Waiting[\s\S]*Would love to work with them again/,
    );
    const cold = rows.filter({ hasText: second });
    assert.match(await cold.innerText(), /Cold prospect[\s\S]*Waiting[\s\S]*Led 1 sales team; ask me/);
    assert.equal(await rows.filter({ hasText: third }).count(), 0, 'a skipped contact is not a referral');
    assert.match(await rows.filter({ hasText: 'Åsa Öberg' }).innerText(), /Introduction requested/);
    await shot(page, 'my-referrals');

    // Change the cold mark to warm from the menu, then withdraw the introduction.
    await cold.getByTestId('my-referral-change').click();
    await page.getByTestId('my-referral-mark-warm_prospect').click();
    await cold.getByText('Warm prospect').waitFor();
    await introduction.getByTestId('my-referral-withdraw').click();
    await page.getByRole('button', { name: 'Withdraw', exact: true }).last().click();
    await page.getByText(`${first} is withdrawn and will not come back to your triage.`).waitFor();
    await rows.filter({ hasText: first }).waitFor({ state: 'detached' });
    assert.equal(await rows.count(), marksBefore + 1, 'the withdrawn introduction is gone');
    await shot(page, 'my-referrals-changed');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('in Swedish, on a phone, the card and its choices fit', async () => {
    const page = await signInAs(world, 'sofia.lindqvist@acme.example');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${world.baseUrl}/network/triage`);
    await page.getByTestId('triage-card').waitFor();
    await page.getByTestId('triage-mark-email_introduction').getByText('Jag kan mejla personen').waitFor();
    await shot(page, 'triage-phone-sv');
    // Her last contact: once it is marked, the queue says she is done.
    await page.keyboard.press('2');
    await page.getByTestId('triage-empty').getByText('Du har gått igenom alla dina kontakter').waitFor();
    assert.match(await page.getByTestId('triage-left').innerText(), /^0 kvar$/);
    await shot(page, 'triage-done-sv');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});
