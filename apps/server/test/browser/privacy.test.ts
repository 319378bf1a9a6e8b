import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { candidates } from '../../src/modules/hiring/index.ts';
import { erasureReceipts } from '../../src/modules/privacy/index.ts';
import { companies } from '../../src/modules/tenancy/index.ts';
import { makeCandidate } from '../helpers/factories.ts';
import { type BrowserWorld, browserSkipReason, eventually, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

describe('Company settings → Privacy', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('an admin sees who is due next week, keeps one with a reason, checks the bounds, and erases a candidate', async () => {
    const db = world.database.db;
    const [acme] = await db.select().from(companies).where(eq(companies.name, 'Acme'));
    const almostDue = new Date();
    almostDue.setUTCMonth(almostDue.getUTCMonth() - 24);
    almostDue.setUTCDate(almostDue.getUTCDate() + 3);
    const due = await makeCandidate(db, acme.id, { firstName: 'Olivia', lastName: 'Duesoon', updatedAt: almostDue });
    const erasable = await makeCandidate(db, acme.id, { firstName: 'Erik', lastName: 'Eraseme' });

    const page = await signInAs(world, 'admin@acme.example');
    await page.goto(`${world.baseUrl}/privacy`);
    const upcoming = page.getByTestId('upcoming-anonymisations');
    const row = upcoming.getByRole('row', { name: /Olivia Duesoon/ });
    await row.waitFor();
    await shot(page, 'privacy-page');

    await row.getByRole('button', { name: 'Keep longer' }).click();
    await page.getByTestId('extension-reason').fill('Agreed by email to stay in our pool');
    await page.getByRole('dialog').getByRole('button', { name: 'Keep longer' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByText('Agreed by email to stay in our pool').waitFor();

    const months = page.getByTestId('retention-candidateMonths');
    await months.fill('2');
    await page.getByRole('button', { name: 'Save' }).click();
    const error = page.locator('.mantine-InputWrapper-error', { hasText: /6/ });
    await error.first().waitFor();
    await shot(page, 'privacy-bounds');

    await page.goto(`${world.baseUrl}/candidates/${erasable.id}`);
    await page.getByTestId('erase-person').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Erase' }).click();
    const erased = async () => (await db.select().from(candidates).where(eq(candidates.id, erasable.id)))[0]?.firstName;
    assert.equal(await eventually(erased, 'Anonymised'), 'Anonymised');
    const receipts = await db.select().from(erasureReceipts).where(eq(erasureReceipts.companyId, acme.id));
    assert.equal(receipts.length, 1);
    await page.goto(`${world.baseUrl}/privacy`);
    await page
      .getByTestId('erasure-receipts')
      .getByRole('row', { name: /Candidate/ })
      .waitFor();
    await shot(page, 'privacy-receipt');
    const [kept] = await db.select().from(candidates).where(eq(candidates.id, due.id));
    assert.equal(kept.anonymizedAt, null);
  });
});
