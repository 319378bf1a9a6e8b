import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { asc, eq, like } from 'drizzle-orm';
import { issueRefereeToken } from '../../src/modules/references/link-tokens.ts';
import { referees } from '../../src/modules/references/references.tables.ts';
import { companies } from '../../src/modules/tenancy/tenancy.tables.ts';
import { makeCandidate, unique } from '../helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from '../helpers/reference-factories.ts';
import { browserSkipReason, shot } from './harness.ts';
import { deliverAll, type E2eWorld, emailTo, startReferenceE2eWorld } from './reference-e2e-world.ts';

const skip = browserSkipReason();

/** A check that asks referees for a one-time code: the referee gets it by email and types it in on a phone. */
describe('the referee confirms it is them with a code', { skip }, () => {
  let e2e: E2eWorld;
  let companyId: string;
  before(async () => {
    e2e = await startReferenceE2eWorld();
    const [company] = await e2e.world.database.db
      .select({ id: companies.id })
      .from(companies)
      .where(like(companies.name, 'Acme%'))
      .orderBy(asc(companies.createdAt));
    companyId = company.id;
  });
  after(async () => {
    await e2e?.close();
  });

  test('no consent before the code; a wrong code is told in Swedish; the right one opens the questions', async () => {
    const db = e2e.world.database.db;
    const candidate = await makeCandidate(db, companyId, { firstName: 'Maja', lastName: 'Lind' });
    const check = await makeReferenceCheck(db, companyId, {
      candidateId: candidate.id,
      status: 'in_progress',
      language: 'sv',
      refereeVerification: 'email',
    });
    const email = `${unique('rolf')}@formerco.example`;
    const referee = await makeReferee(db, check, {
      name: 'Rolf Berg',
      email,
      language: 'sv',
      relationship: 'manager',
    });
    const token = await issueRefereeToken(db, check, referee.id);

    const context = await e2e.world.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'sv-SE',
    });
    const page = await context.newPage();
    await page.goto(`${e2e.world.baseUrl}/r/${token}`);
    await page.getByRole('heading', { name: 'Bekräfta först att det är du' }).waitFor();
    // Only the code step: no consent box until the code is entered.
    assert.equal(await page.getByRole('checkbox').count(), 0);
    await page.getByText(/Vi skickar en kod till din e-post r•••@formerco\.example/).waitFor();
    await page.getByRole('button', { name: 'Skicka en kod till mig' }).click();
    await page.getByRole('textbox', { name: 'Kod' }).waitFor();

    await deliverAll(e2e.world);
    const mail = emailTo(e2e.mail, email);
    const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
    assert.ok(code, mail.text);

    await page.getByRole('textbox', { name: 'Kod' }).fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByRole('alert').getByText('Koden stämmer inte: 4 försök kvar').waitFor();
    await shot(page, 'referee-code-wrong');

    await page.getByRole('textbox', { name: 'Kod' }).fill(code);
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    // Then: what they were to the candidate, and the consent.
    await page.getByRole('combobox', { name: 'Vad var du för Maja Lind?' }).selectOption('colleague');
    await shot(page, 'referee-code-verified');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Börja' }).click();
    await page.getByText(/Del 1 av/).waitFor();
    await shot(page, 'referee-code-questions');

    const [row] = await db.select().from(referees).where(eq(referees.id, referee.id));
    assert.equal(row.verifiedBy, 'email');
    assert.equal(row.statedRelationship, 'colleague');
    assert.ok(row.consentAt);
    await context.close();
  });
});
