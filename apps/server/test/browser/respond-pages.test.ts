import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { answerMinutes, type TRefereeDevice } from '@vouch/contracts';
import { asc, eq, like } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { issueCandidateToken, issueRefereeToken } from '../../src/modules/references/link-tokens.ts';
import { questionnaireVersions, referees, referenceChecks } from '../../src/modules/references/references.tables.ts';
import { companies } from '../../src/modules/tenancy/tenancy.tables.ts';
import { makeCandidate } from '../helpers/factories.ts';
import { makeReferee, makeReferenceCheck, makeSubAccount } from '../helpers/reference-factories.ts';
import { type BrowserWorld, browserSkipReason, shot, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

/** A phone: the candidate's and referee's links are opened from a text message or an email. */
async function phonePage(world: BrowserWorld, locale = 'en-GB') {
  const context = await world.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale,
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  // The small entry never loads the recruiter app's code.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (['script', 'stylesheet'].includes(request.resourceType())) scripts.push(request.url());
  });
  return { page, problems, scripts };
}

const webDist = path.resolve(import.meta.dirname, '../../../web/dist');
/** What the page's code and styles weigh, gzip-compressed, as a phone downloads them on first load. */
const gzippedBytes = (urls: string[]) =>
  urls.reduce((sum, url) => {
    const file = path.join(webDist, new URL(url).pathname);
    return sum + gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }, 0);

const savedIndicator = (page: Page) => page.getByTestId('save-state').getByText('Saved');

describe('the candidate’s and the referee’s pages on a phone', { skip }, () => {
  let world: BrowserWorld;
  let companyId: string;
  before(async () => {
    world = await startBrowserWorld();
    const [company] = await world.database.db
      .select({ id: companies.id })
      .from(companies)
      .where(like(companies.name, 'Acme%'))
      .orderBy(asc(companies.createdAt));
    assert.ok(company, 'the demo has Acme');
    companyId = company.id;
  });
  after(async () => {
    await world?.close();
  });

  test('the candidate consents and names referees; corrects one; a referee answers, reloads, resumes and submits', async () => {
    const db = world.database.db;
    const brand = await makeSubAccount(db, companyId, { name: 'Acme Stores', senderName: 'Acme Stores' });
    const candidate = await makeCandidate(db, companyId, { firstName: 'Maja', lastName: 'Lind' });
    const check = await makeReferenceCheck(db, companyId, {
      candidateId: candidate.id,
      subAccountId: brand.id,
      refereesWanted: 2,
      candidateChannel: 'email',
      refereeChannel: 'email',
    });
    const candidateToken = await issueCandidateToken(db, check);

    // ---- the candidate
    const { page, problems, scripts } = await phonePage(world);
    await page.goto(`${world.baseUrl}/c/${candidateToken}`);
    await page.getByRole('heading', { name: 'Hi Maja' }).waitFor();
    await page.getByText('Acme Stores would like to take references').waitFor();
    await page.getByText(/shared only with the hiring team/).waitFor();
    await shot(page, 'respond-candidate-consent');

    // Nothing happens until the box is ticked.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Please tick the box to continue').waitFor();
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Your referees' }).waitFor();
    const [consented] = await db.select().from(referenceChecks).where(eq(referenceChecks.id, check.id));
    assert.ok(consented.candidateConsentAt, 'the consent is recorded');
    const device = consented.candidateDevice as TRefereeDevice;
    assert.equal(device.screen, '390x844');
    assert.equal(device.timeZone, 'Europe/Stockholm');
    assert.match(device.userAgent, /Chrome/);

    // Two forms; the browser's checks first: a name, a way to reach them, not the same person twice.
    const first = page.locator('[data-referee="0"]');
    const second = page.locator('[data-referee="1"]');
    await first.getByRole('textbox', { name: 'Full name' }).fill('Anna Berg');
    await first.getByRole('textbox', { name: 'Email' }).fill('anna.berg@formerco.example');
    await first.getByRole('textbox', { name: 'Mobile phone' }).fill('+46 70 111 22 33');
    await first.getByRole('textbox', { name: 'Company' }).fill('Formerco');
    await first.getByRole('textbox', { name: 'When you worked together' }).fill('2021–2024');
    await second.getByRole('textbox', { name: 'Email' }).fill('ANNA.BERG@formerco.example');
    await page.getByRole('button', { name: 'Send to my referees' }).click();
    await second.getByText('Give their name').waitFor();
    await second.getByText('Already given for another referee').waitFor();
    assert.equal(
      await second.getByRole('textbox', { name: 'Full name' }).getAttribute('aria-invalid'),
      'true',
      'the field is marked invalid',
    );
    await shot(page, 'respond-candidate-referee-errors');
    assert.equal(await second.getByRole('textbox', { name: 'Mobile phone' }).getAttribute('type'), 'tel');
    assert.equal(await second.getByRole('textbox', { name: 'Mobile phone' }).getAttribute('inputmode'), 'tel');

    await second.getByRole('textbox', { name: 'Full name' }).fill('Olof Ek');
    await second.getByRole('textbox', { name: 'Email' }).fill('olof.ek@formerco.example');
    await second.getByRole('combobox', { name: 'How you know each other' }).selectOption('colleague');
    await second.getByRole('combobox', { name: 'Language of their questions' }).selectOption('sv');
    await page.getByRole('button', { name: 'Send to my referees' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    const items = page.getByTestId('referee-item');
    await items.filter({ hasText: 'Anna Berg' }).getByText('Asked').waitFor();
    await items.filter({ hasText: 'Olof Ek' }).getByText('Colleague').waitFor();
    await shot(page, 'respond-candidate-referees-sent');

    const named = await db.select().from(referees).where(eq(referees.checkId, check.id)).orderBy(asc(referees.name));
    assert.deepEqual(
      named.map((r) => [r.name, r.email, r.relationship, r.language, r.addedBy]),
      [
        ['Anna Berg', 'anna.berg@formerco.example', 'manager', 'en', 'candidate'],
        ['Olof Ek', 'olof.ek@formerco.example', 'colleague', 'sv', 'candidate'],
      ],
    );
    assert.equal(named[0].phone, '+46701112233', 'the server stores the phone in E.164');

    // A correction while the referee has not started.
    await items.filter({ hasText: 'Olof Ek' }).getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Company' }).fill('Formerco Nordic');
    await page.getByRole('button', { name: 'Save' }).click();
    await items.filter({ hasText: 'Olof Ek' }).getByText('Formerco Nordic').waitFor();
    const [olof] = await db.select().from(referees).where(eq(referees.id, named[1].id));
    assert.equal(olof.company, 'Formerco Nordic');
    assert.deepEqual(problems, [], 'no script errors or CSP refusals');
    assert.ok(
      scripts.every((url) => !/\/assets\/main-/.test(url)),
      `the candidate page loads only its own code: ${scripts.join(', ')}`,
    );
    const weight = gzippedBytes([...new Set(scripts)]);
    assert.ok(weight < 150_000, `the page's JavaScript and CSS stay under 150 kB gzipped (${weight} bytes)`);

    // ---- the referee: Anna, on her phone
    const anna = named[0];
    const refereeToken = await issueRefereeToken(db, check, anna.id);
    const referee = await phonePage(world);
    const rp = referee.page;
    await rp.goto(`${world.baseUrl}/r/${refereeToken}`);
    // Greeted by first name; the time promise is the questionnaire's, on the intro and above the questions.
    await rp.getByRole('heading', { name: 'Hi Anna', exact: true }).waitFor();
    await rp.getByText('Maja Lind has applied').waitFor();
    const [version] = await db
      .select({ content: questionnaireVersions.content })
      .from(questionnaireVersions)
      .where(eq(questionnaireVersions.id, check.versionId));
    const minutes = answerMinutes(version.content);
    assert.match(
      (await rp.getByTestId('referee-time-promise').textContent()) ?? '',
      new RegExp(`about ${minutes} minutes?,`),
    );
    await shot(rp, 'respond-referee-intro');
    await rp.getByRole('checkbox').check();
    await rp.getByRole('button', { name: 'Start' }).click();
    await rp.getByText('Part 1 of 2').waitFor();
    assert.equal(
      await rp.getByTestId('questionnaire-time-promise').textContent(),
      `About ${minutes === 1 ? '1 minute' : `${minutes} minutes`}`,
    );
    const [consentedReferee] = await db.select().from(referees).where(eq(referees.id, anna.id));
    assert.ok(consentedReferee.consentAt, 'the referee’s consent is recorded');
    assert.equal((consentedReferee.device as TRefereeDevice).screen, '390x844');

    // Next checks the section's required questions first.
    await rp.getByRole('button', { name: 'Next' }).click();
    await rp.getByText('Please check the highlighted questions.').waitFor();
    assert.equal(await rp.getByText('Please answer this question').count(), 2);
    await shot(rp, 'respond-referee-required');

    // The rating works by keyboard: choose 3, arrow right makes it 4.
    await rp.getByRole('radio', { name: '3 of 5' }).check();
    await rp.keyboard.press('ArrowRight');
    assert.equal(await rp.getByRole('radio', { name: '4 of 5' }).isChecked(), true);
    await rp
      .getByRole('group', { name: /Areas they worked in/ })
      .getByText('Product')
      .click();
    await savedIndicator(rp).waitFor();
    await shot(rp, 'respond-referee-half');
    const [half] = await db.select().from(referees).where(eq(referees.id, anna.id));
    assert.deepEqual(half.answers, { overall: 4, areas: ['product'] }, 'saved as she goes');

    // Reload (or another device): the answers come back, at the first section still missing one.
    await rp.reload();
    await rp.getByText('Part 1 of 2').waitFor();
    assert.equal(await rp.getByRole('radio', { name: '4 of 5' }).isChecked(), true);
    assert.equal(await rp.getByRole('checkbox', { name: 'Product' }).isChecked(), true);
    await rp
      .getByRole('group', { name: /Would you hire them again/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await rp.getByRole('button', { name: 'Next' }).click();
    await rp.getByText('Part 2 of 2').waitFor();
    const long = rp.getByRole('textbox', { name: /Anything else/ });
    await long.pressSequentially('Anna was a careful and kind lead.\nShe grew the team from three to nine.', {
      delay: 5,
    });
    await savedIndicator(rp).waitFor();
    assert.equal(
      await long.inputValue(),
      'Anna was a careful and kind lead.\nShe grew the team from three to nine.',
      'typing is never undone by a save',
    );
    await shot(rp, 'respond-referee-last-section');
    await rp.getByRole('button', { name: 'Send my answers' }).click();
    await rp.getByTestId('referee-thanks').waitFor();
    await shot(rp, 'respond-referee-thanks');
    const [answered] = await db.select().from(referees).where(eq(referees.id, anna.id));
    assert.equal(answered.status, 'answered');
    assert.deepEqual(answered.answers, {
      overall: 4,
      areas: ['product'],
      rehire: true,
      summary: 'Anna was a careful and kind lead.\nShe grew the team from three to nine.',
    });
    assert.deepEqual(referee.problems, [], 'no script errors or CSP refusals');

    // The candidate sees the status; Anna can no longer be edited.
    await page.reload();
    await items.filter({ hasText: 'Anna Berg' }).getByText('Answered').waitFor();
    assert.equal(await items.filter({ hasText: 'Anna Berg' }).getByRole('button', { name: 'Edit' }).count(), 0);

    // Olof's email bounced: the candidate is told, and replaces him with someone else.
    await db.update(referees).set({ status: 'bounced', bouncedAt: new Date() }).where(eq(referees.id, named[1].id));
    await page.reload();
    const olofItem = items.filter({ hasText: 'Olof Ek' });
    await olofItem.getByText('Our message could not be delivered').waitFor();
    await shot(page, 'respond-candidate-attention');
    await olofItem.getByRole('button', { name: 'Replace with someone else' }).click();
    await page.getByRole('group', { name: 'Add a referee' }).waitFor();
    assert.equal(await items.filter({ hasText: 'Olof Ek' }).count(), 0, 'Olof is withdrawn');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Sara Holm');
    await page.getByRole('textbox', { name: 'Mobile phone' }).fill('+46 70 999 88 77');
    await page.getByRole('combobox', { name: 'How you know each other' }).selectOption('client');
    await page.getByRole('button', { name: 'Save' }).click();
    // This check invites by email: the server says so, on the email field.
    const saraEmail = page.getByRole('textbox', { name: 'Email' });
    await page.getByText('Required: invitations go by email').waitFor();
    assert.equal(await saraEmail.getAttribute('aria-invalid'), 'true');
    await shot(page, 'respond-candidate-server-field-error');
    await saraEmail.fill('sara@holm.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await items.filter({ hasText: 'Sara Holm' }).getByText('Client').waitFor();
    await shot(page, 'respond-candidate-replaced');
    const after = await db.select().from(referees).where(eq(referees.checkId, check.id)).orderBy(asc(referees.name));
    assert.deepEqual(
      after.map((r) => [r.name, r.status, r.phone]),
      [
        ['Anna Berg', 'answered', '+46701112233'],
        ['Olof Ek', 'removed', null],
        ['Sara Holm', 'invited', '+46709998877'],
      ],
    );
    assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  });

  test('a referee declines, in Swedish, with a reason', async () => {
    const db = world.database.db;
    const check = await makeReferenceCheck(db, companyId, { language: 'sv' });
    const olle = await makeReferee(db, check, { name: 'Olle Svensson', language: 'sv' });
    const token = await issueRefereeToken(db, check, olle.id);
    const { page, problems } = await phonePage(world, 'sv-SE');
    await page.goto(`${world.baseUrl}/r/${token}`);
    await page.getByRole('heading', { name: 'Hej Olle', exact: true }).waitFor();
    await shot(page, 'respond-referee-intro-sv');
    await page.getByRole('button', { name: 'Jag vill inte lämna någon referens' }).click();
    await page.getByRole('textbox', { name: 'Anledning (frivilligt)' }).fill('Vi arbetade inte nära varandra.');
    await page.getByRole('button', { name: 'Tacka nej' }).click();
    await page.getByTestId('referee-declined').waitFor();
    await shot(page, 'respond-referee-declined-sv');
    const [row] = await db.select().from(referees).where(eq(referees.id, olle.id));
    assert.equal(row.status, 'declined');
    assert.equal(row.declineReason, 'Vi arbetade inte nära varandra.');
    assert.deepEqual(problems, []);
  });

  test('an ended check’s link says so and whom to contact; an unknown link says it is unknown', async () => {
    const db = world.database.db;
    const check = await makeReferenceCheck(db, companyId, { status: 'cancelled' });
    const token = await issueCandidateToken(db, check);
    const { page, problems } = await phonePage(world);
    await page.goto(`${world.baseUrl}/c/${token}`);
    const expired = page.getByTestId('link-expired');
    await expired.getByRole('heading', { name: 'This link is no longer valid' }).waitFor();
    await expired.getByText(/If you have questions, contact/).waitFor();
    await shot(page, 'respond-link-expired');

    await page.goto(`${world.baseUrl}/r/${'x'.repeat(43)}`);
    await page.getByTestId('link-unknown').getByRole('heading', { name: 'We could not find this page' }).waitFor();
    assert.deepEqual(problems, []);

    // No network: say so, and try again.
    const running = await makeReferenceCheck(db, companyId);
    const live = await issueCandidateToken(db, running);
    await page.route('**/api/public/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${world.baseUrl}/c/${live}`);
    await page.getByRole('heading', { name: 'We could not reach the server' }).waitFor();
    await shot(page, 'respond-network-error');
    await page.unroute('**/api/public/**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: /^Hi Test/ }).waitFor();
  });
});
