import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { referenceFraudSignals } from '../../src/modules/references/references.tables.ts';
import { detectFraudSignals } from '../../src/modules/references/use-cases/detect-fraud-signals.ts';
import { companies } from '../../src/modules/tenancy/tenancy.tables.ts';
import { makeCandidate } from '../helpers/factories.ts';
import { makeQuestionnaire, makeReferee, makeReferenceCheck } from '../helpers/reference-factories.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  demoCompanyId,
  pageProblems,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

/** Markup typed into every free-text field: the page must show it as text and never run it. */
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const BREAKOUT = '"><b>x';

describe('the reference report page shows what people typed as text, never as markup', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('a recruiter opens a report full of markup, ticks a signal reviewed and downloads the PDF', async () => {
    const db = world.database.db;
    const companyId = await demoCompanyId(world, 'recruiter@acme.example');
    const candidate = await makeCandidate(db, companyId, {
      firstName: `Eve ${SCRIPT}`,
      lastName: `${BREAKOUT} Öst`,
      email: 'eve.ost@mail.example',
    });
    const { version } = await makeQuestionnaire(db, companyId, { name: 'Markup test' });
    const check = await makeReferenceCheck(db, companyId, { candidateId: candidate.id, versionId: version.id });
    const answers = (summary: string, overall: number) => ({
      overall,
      rehire: true,
      strength: 'people',
      areas: ['sales', 'product'],
      title: `Chef ${IMG}`,
      summary,
    });
    await makeReferee(db, check, {
      name: `Rolf ${IMG}`,
      company: `${SCRIPT} AB`,
      workedTogether: `2019–2022 ${BREAKOUT}`,
      email: 'eve.ost@mail.example',
      status: 'answered',
      openedAt: new Date(Date.now() - 3_600_000),
      answeredAt: new Date(),
      answers: answers(`Bra & pålitlig ${SCRIPT}`, 4),
    });
    await makeReferee(db, check, {
      name: 'Anna Andersson',
      email: 'anna@northwind.se',
      company: 'Northwind Traders AB',
      status: 'answered',
      openedAt: new Date(Date.now() - 3_600_000),
      answeredAt: new Date(),
      answers: answers('Strukturerad och lugn.', 2),
    });
    await makeReferee(db, check, { name: `Dora ${BREAKOUT}`, status: 'declined', declineReason: `Nej ${IMG}` });
    await detectFraudSignals(db, check.companyId, check.id);

    const page = await signInAs(world, 'recruiter@acme.example');
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${world.baseUrl}/reference-checks/${check.id}/report`);
    const report = page.getByTestId('reference-report');
    await report.waitFor();
    // The signals come one line per kind (severity, count); the evidence opens below the line.
    const group = page.locator('[data-testid="fraud-group"][data-kind="contact_matches_candidate"]');
    await group.getByText('High').waitFor();
    await group.getByText('1 signal · 1 not reviewed').waitFor();
    await group.getByRole('button', { name: /Contact details are the candidate’s/ }).click();

    for (const text of [
      `Reference report: Eve ${SCRIPT} ${BREAKOUT} Öst`,
      `Rolf ${IMG}`,
      `${SCRIPT} AB`,
      `2019–2022 ${BREAKOUT}`,
      `Reason: Nej ${IMG}`,
      `Bra & pålitlig ${SCRIPT}`,
      `Chef ${IMG}`,
    ]) {
      await report.getByText(text, { exact: false }).first().waitFor({ timeout: 5000 });
    }
    // None of it became an element, and nothing ran.
    assert.equal(await page.locator('script:not([src])').filter({ hasText: 'alert(1)' }).count(), 0);
    assert.equal(await page.locator('img[onerror], img[src="x"]').count(), 0);
    assert.equal(await report.locator('b').filter({ hasText: /^x$/ }).count(), 0);

    // Fraud signals at the top, one line per kind with severity and count; the evidence opens below it.
    const signal = group.getByTestId('fraud-signal').first();
    await signal.getByText('The email address eve.ost@mail.example is the same as the candidate’s.').waitFor();
    const table = page.getByTestId('rating-table');
    assert.match(await table.innerText(), /Overall performance[\s\S]*4[\s\S]*2[\s\S]*3[\s\S]*2/);
    const anna = page.getByTestId('referee-section').filter({ hasText: 'Anna Andersson' });
    await anna.getByText('Work email matches the company').waitFor();
    await anna.getByText('Sales, Product').waitFor();
    await shot(page, 'reference-report');

    // Ticking "Reviewed" stores who and when.
    await signal.getByRole('checkbox', { name: 'Reviewed' }).check();
    await signal.getByText(/Reviewed by/).waitFor();
    const stored = await db.select().from(referenceFraudSignals).where(eq(referenceFraudSignals.checkId, check.id));
    assert.ok(stored.find((s) => s.kind === 'contact_matches_candidate')?.reviewedAt);
    await group.getByText('1 signal · All reviewed').waitFor();
    // "Mark all reviewed" takes the rest at once; then it is gone.
    if (stored.some((s) => !s.reviewedAt)) {
      await page.getByTestId('fraud-mark-all').click();
      await page.getByTestId('fraud-mark-all').waitFor({ state: 'detached' });
      const after = await db.select().from(referenceFraudSignals).where(eq(referenceFraudSignals.checkId, check.id));
      assert.ok(after.every((s) => s.reviewedAt));
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
    assert.match(download.suggestedFilename(), /^reference-report-eve-script-alert-1-script-b-x-ost\.pdf$/);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
    assert.ok(bytes.length > 10_000);

    // A share link opens the same summary on a hiring manager's phone, with the referees' contact details left out.
    await db.update(companies).set({ reportShareLinksEnabled: true }).where(eq(companies.id, companyId));
    await page.reload();
    await page.getByTestId('share-links').click();
    await page.getByRole('button', { name: 'Create link' }).click();
    const url = await page.getByRole('textbox', { name: 'Share links' }).inputValue();
    assert.match(url, /\/shared\/reports\/[A-Za-z0-9_-]{43}$/);
    const phone = await (
      await world.browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'en-GB' })
    ).newPage();
    phone.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await phone.goto(`${world.baseUrl}${new URL(url).pathname}`);
    const shared = phone.getByTestId('report-summary');
    await shared.getByText('2 of 2 referees answered · 1 declined').waitFor();
    await shared.getByText('3 of 5 (spread between referees 2)').waitFor();
    await shared.getByText('2 yes, 0 no').waitFor();
    await shared.getByText(`Overall performance: Anna Andersson 2 / 5 · Rolf ${IMG} 4 / 5`).waitFor();
    // On a phone the comparison is a card per question, every referee named beside their score.
    assert.equal(await phone.getByTestId('rating-table').isVisible(), false);
    const card = phone.getByTestId('rating-cards').locator('li').first();
    assert.match(await card.innerText(), /Rolf[\s\S]*4 \/ 5[\s\S]*Anna Andersson[\s\S]*2 \/ 5/);
    const wide = await phone.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
    assert.equal(wide, false, 'nothing scrolls sideways');
    const text = await phone.locator('body').innerText();
    for (const contact of ['anna@northwind.se', 'eve.ost@mail.example']) assert.ok(!text.includes(contact), contact);
    await shot(phone, 'reference-report-shared-phone');

    assert.deepEqual(dialogs, [], 'no script ran');
    assert.deepEqual(pageProblems(page), []);
  });
});
