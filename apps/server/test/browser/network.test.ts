import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { contacts } from '../../src/modules/network/network.tables.ts';
import { makeExclusion, makeReferral } from '../helpers/factories.ts';
import { linkedinExport } from '../helpers/multipart.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  demoMember,
  pageProblems,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();
const LINKEDIN_FIXTURE = fileURLToPath(
  new URL('../../src/modules/network/import/fixtures/linkedin-connections.csv', import.meta.url),
);

describe('my network', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  test('an employee imports a LinkedIn export and sees the summary and the contacts', async () => {
    // A colleague with no contacts yet: the demo's Erik already has a network.
    const page = await signInAs(world, 'lukas.schneider@acme.example');
    await page.getByTestId('nav-network').click();
    await page.getByTestId('import-card').waitFor();
    await page.getByText('No contacts yet. Import a file to get started.').waitFor();
    await page.getByTestId('contacts-file-input').setInputFiles(LINKEDIN_FIXTURE);
    await page.getByTestId('contacts-chosen-file').waitFor();
    await page.getByTestId('import-start').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    assert.match(await page.getByTestId('summary-added').innerText(), /^7\s/);
    assert.match(await page.getByTestId('summary-rejected').innerText(), /^3\s/);
    assert.match(await page.getByTestId('rejected-rows').innerText(), /15\s+invalid email/);
    await page.getByText('Åsa Öberg').waitFor();
    // The new people wait to be gone through: the way there shows at once.
    assert.match(await page.getByTestId('triage-callout').innerText(), /7 contacts are waiting/);
    assert.equal(await page.getByTestId('contact-row').count(), 7);
    assert.equal(await page.getByTestId('import-row').count(), 1);
    await shot(page, 'network-imported');

    await page.getByTestId('contacts-search').fill('ericsson');
    // The list refetches as one types; wait for the settled answer, not a moment in between.
    const rows = page.getByTestId('contact-row');
    await rows.filter({ hasText: 'Karin Berg' }).waitFor();
    for (let tries = 0; tries < 50 && (await rows.count()) !== 1; tries++) await page.waitForTimeout(100);
    assert.equal(await rows.count(), 1);
    assert.match(await page.getByTestId('contact-row').innerText(), /Karin Berg/);
    await page.getByTestId('contacts-search').fill('');

    await page.getByTestId('contacts-delete-all').click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('No contacts yet. Import a file to get started.').waitFor();
    await page.getByText('You have not imported any files yet.').waitFor();
    await shot(page, 'network-deleted');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('a re-import with someone who moved to an excluded company hides them and withdraws their referral', async () => {
    const db = world.database.db;
    const page = await signInAs(world, 'lukas.schneider@acme.example');
    await page.goto(`${world.baseUrl}/network`);
    await page.getByTestId('contacts-file-input').setInputFiles(LINKEDIN_FIXTURE);
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-summary').waitFor();
    const lukas = await demoMember(world, 'lukas.schneider@acme.example');
    const [asa] = await db
      .select()
      .from(contacts)
      .where(and(eq(contacts.ownerMembershipId, lukas.membershipId), eq(contacts.lastName, 'Öberg')));
    await makeReferral(db, lukas.companyId, lukas.membershipId, {
      contact: asa,
      source: 'warm_prospect',
      status: 'recruiter_contacted',
    });
    await makeExclusion(db, lukas.companyId, { kind: 'company_name', value: 'Klarna' });

    const moved = fs
      .readFileSync(LINKEDIN_FIXTURE, 'utf8')
      .replace('Spotify,"Engineering Manager, Platform"', 'Klarna,"Director of Engineering"');
    await page.reload();
    await page
      .getByTestId('contacts-file-input')
      .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(moved) });
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-summary').waitFor();
    // Åsa, who moved there, and Anna, who was at Klarna all along (hidden since the exclusion).
    assert.match(await page.getByTestId('summary-excluded').innerText(), /^2\s/);
    await shot(page, 'network-reimport-excluded');
    assert.equal(await page.getByTestId('contact-row').filter({ hasText: 'Åsa Öberg' }).count(), 0);

    await page.goto(`${world.baseUrl}/network?tab=referrals`);
    const row = page.getByTestId('my-referral-row').filter({ hasText: 'Åsa Öberg' });
    await row.getByTestId('my-referral-excluded').waitFor();
    assert.match(await row.innerText(), /Withdrawn: the person is on your company’s exclude list/);
    await shot(page, 'my-referrals-excluded');
  });

  test('a large import shows its progress with the rows read, written and skipped, then its summary', async () => {
    const page = await signInAs(world, 'lukas.schneider@acme.example');
    await page.getByTestId('nav-network').click();
    await page.getByTestId('import-card').waitFor();
    const rows = 20_000;
    await page.getByTestId('contacts-file-input').setInputFiles({
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(linkedinExport(rows)),
    });
    await page.getByTestId('import-start').click();
    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    assert.match(await progress.innerText(), /(rows read|written), \d+ skipped/);
    assert.ok(await progress.getByRole('progressbar').isVisible(), 'the bar is shown');
    await shot(page, 'network-import-progress');
    await page.getByTestId('import-summary').waitFor({ timeout: 240_000 });
    assert.match(await page.getByTestId('summary-added').innerText(), /^20[,\s\u00a0]?000\s/);
    assert.equal(await progress.count(), 0, 'the progress is gone once the import is done');
    await page.getByTestId('contacts-delete-all').click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('You have not imported any files yet.').waitFor();
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('an agency recruiter has no network page', async () => {
    const page = await signInAs(world, 'agent@talentbridge.example');
    assert.equal(await page.getByTestId('nav-network').count(), 0);
    assert.equal((await page.request.get(`${world.baseUrl}/api/contacts`)).status(), 403);
    await page.context().close();
  });
});
