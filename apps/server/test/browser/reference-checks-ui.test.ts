import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { jobSteps, placements } from '../../src/modules/hiring/hiring.tables.ts';
import { referees, referenceCheckStalls, referenceChecks } from '../../src/modules/references/references.tables.ts';
import { makeCandidate, makeJob } from '../helpers/factories.ts';
import { makeQuestionnaire } from '../helpers/reference-factories.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  demoCompanyId,
  eventually,
  pageProblems,
  scrollWidthOf,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

describe('a recruiter sets up a reference step, starts a check and manages its referees', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('step settings, the start modal, the References tab and the checks list', async () => {
    const db = world.database.db;
    const companyId = await demoCompanyId(world, 'recruiter@acme.example');
    const { template } = await makeQuestionnaire(db, companyId, { name: 'Browser questionnaire', language: 'en' });
    const { job, steps } = await makeJob(db, companyId, { title: 'Browser role' });
    const referenceStep = steps.find((s) => s.kind === 'reference_check')!;
    const stepIndex = steps.indexOf(referenceStep);
    const candidate = await makeCandidate(db, companyId, { firstName: 'Britt', lastName: 'Browser', language: 'en' });
    await db.insert(placements).values({ companyId, candidateId: candidate.id, jobId: job.id, stepId: steps[1].id });

    const page = await signInAs(world, 'recruiter@acme.example');

    // 1. The job's "Reference check" step: choose the questionnaire and two references, save.
    await page.goto(`${world.baseUrl}/jobs/${job.id}/edit`);
    const settings = page.getByTestId(`step-settings-${stepIndex}`);
    await settings.waitFor();
    await settings.getByLabel('Questionnaire').click();
    await page.getByRole('option', { name: 'Browser questionnaire' }).click();
    // It is in English only: the settings say what a referee who chooses Swedish gets.
    await settings
      .getByTestId('missing-languages')
      .getByText('No Swedish version of this questionnaire: referees who choose Swedish get the questions in English.')
      .waitFor();
    await settings.getByLabel('Instruction to the candidate').fill('Name your two most recent managers.');
    await settings.getByLabel('References wanted').fill('2');
    await settings.getByLabel('Invite referees by').click();
    await page.getByRole('option', { name: 'Email', exact: true }).click();
    await shot(page, 'reference-step-settings');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${world.baseUrl}/jobs/${job.id}`);
    const [stored] = await db.select().from(jobSteps).where(eq(jobSteps.id, referenceStep.id));
    assert.deepEqual(stored.settings, {
      subAccountId: null,
      language: 'en',
      templateId: template.id,
      candidateChannel: 'email_and_sms',
      refereesWanted: 2,
      refereeChannel: 'email',
      refereeVerification: 'none',
      instruction: 'Name your two most recent managers.',
    });

    // 2. The profile: start a check; the modal takes the job's step settings; no candidate contact,
    // so the recruiter names a referee right away.
    await page.goto(`${world.baseUrl}/candidates/${candidate.id}?tab=references`);
    await page.getByTestId('references-empty-start').waitFor();
    await page.getByTestId('start-reference-check').click();
    const modal = page.getByTestId('start-check-form');
    await modal.waitFor();
    // The questionnaire's name shows once the list of questionnaires has loaded.
    const questionnaire = () => modal.getByLabel('Questionnaire').inputValue();
    assert.equal(await eventually(questionnaire, 'Browser questionnaire'), 'Browser questionnaire');
    assert.equal(await modal.getByLabel('References wanted').inputValue(), '2');
    await modal.getByLabel('Ask the candidate for referees by').click();
    await page.getByRole('option', { name: 'Not at all' }).click();
    await page.getByTestId('start-check-add-referee').click();
    await page.getByTestId('start-referee-0-name').fill('Rita Referee');
    await page.getByTestId('start-referee-0-email').fill('rita@northwind.example');
    await page.getByTestId('start-referee-0-company').fill('Northwind AB');
    // The candidate is not asked: the recruiter must say how the candidate agreed first.
    await page.getByTestId('start-check-submit').click();
    await modal.getByText('Say how the candidate agreed').waitFor();
    await page.getByTestId('start-consent-method').click();
    await page.getByRole('option', { name: 'In writing (email or letter)' }).click();
    await page.getByTestId('start-consent-note').fill('Email from the candidate');
    await shot(page, 'reference-check-named-consent');
    await page.getByTestId('start-check-submit').click();
    await modal.waitFor({ state: 'detached' });

    const [check] = await db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, candidate.id));
    assert.equal(check.jobId, job.id);
    assert.equal(check.candidateChannel, 'none');
    assert.equal(check.refereesWanted, 2);
    const named = await db.select().from(referees).where(eq(referees.checkId, check.id));
    assert.deepEqual(
      named.map((r) => [r.name, r.email, r.addedBy]),
      [['Rita Referee', 'rita@northwind.example', 'recruiter']],
    );
    const card = page.getByTestId(`check-card-${check.id}`);
    await card.waitFor();
    await card.getByText('Rita Referee').waitFor();
    await card
      .getByTestId('referee-named-consent')
      .getByText(/Consent: In writing \(email or letter\)\. Confirmed by/)
      .waitFor();

    // 3. Adding a referee with a phone the server refuses shows the error on that field.
    await card.getByTestId('check-add-referee').click();
    const form = page.getByTestId('referee-form');
    await form.getByTestId('referee-name').fill('Per Phone');
    await form.getByTestId('referee-phone').fill('12');
    // How the candidate agreed is asked before anything is sent.
    await page.getByTestId('referee-save').click();
    await form.getByText('Say how the candidate agreed').waitFor();
    await form.getByTestId('referee-consent-method').click();
    await page.getByRole('option', { name: 'Verbally (call or meeting)' }).click();
    await page.getByTestId('referee-save').click();
    await page.locator('[data-testid="referee-phone"][aria-invalid="true"]').waitFor();
    await page.locator('[data-testid="referee-email"][aria-invalid="true"]').waitFor();
    assert.equal(
      (
        await db
          .select()
          .from(referees)
          .where(and(eq(referees.checkId, check.id), eq(referees.name, 'Per Phone')))
      ).length,
      0,
    );
    await form.getByTestId('referee-phone').fill('+46 70 123 45 67');
    await form.getByTestId('referee-email').fill('per@contoso.example');
    await page.getByTestId('referee-save').click();
    await form.waitFor({ state: 'detached' });
    await card.getByText('Per Phone').waitFor();
    await shot(page, 'reference-check-tab');

    // 4. Copying Rita's link (her only credential) is in the check's history with who did it; her
    // answer through that link is then marked on the report.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const rita = named[0];
    await card.getByTestId(`referee-row-${rita.id}`).getByTestId('referee-menu').click();
    await page.getByTestId('referee-copy-link').click();
    await page.getByText('Link copied').first().waitFor();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    await card.getByTestId('check-history-toggle').click();
    const history = card.getByTestId('check-history');
    await history.getByText('Link of Rita Referee copied').waitFor();
    assert.match(await history.innerText(), /Link of Rita Referee copied\s+Claire Recruiter ·/);
    await shot(page, 'reference-check-history');
    const token = new URL(copied).pathname.replace('/r/', '');
    const publicCall = (method: 'POST' | 'PATCH', path: string, payload: object = {}) =>
      world.app.inject({ method, url: `/api/public/reference-referee/${token}${path}`, payload });
    const device = { userAgent: 'Mozilla/5.0 Test', screen: '1280x800', timeZone: 'Europe/Stockholm' };
    assert.equal(
      (await publicCall('POST', '/consent', { consentVersion: CONSENT_TEXT_VERSION, device })).statusCode,
      200,
    );
    assert.equal((await publicCall('PATCH', '/answers', { answers: { overall: 4, rehire: true } })).statusCode, 200);
    assert.equal((await publicCall('POST', '/submit')).statusCode, 200);
    await page.goto(`${world.baseUrl}/reference-checks/${check.id}/report`);
    const mark = page.getByTestId('referee-link-copied');
    await mark.waitFor();
    assert.match(await mark.innerText(), /Link copied by Claire Recruiter before answering/);
    await shot(page, 'reference-report-link-copied');

    // 5. The candidate table and the checks list show the check.
    await page.goto(`${world.baseUrl}/candidates`);
    await page.getByTestId(`candidate-check-${candidate.id}`).getByText('References 1 of 2').waitFor();
    await page.goto(`${world.baseUrl}/references`);
    await page.getByTestId(`check-row-${check.id}`).waitFor();
    await shot(page, 'reference-checks-list');

    // 5b. A candidate in the "Reference check" step with no email or phone: their check could not
    // start. The list says so above the checks, with the way to fix it, also under "Needs attention".
    const stalled = await makeCandidate(db, companyId, { firstName: 'Stella', lastName: 'Stalled', language: 'en' });
    const [stalledAt] = await db
      .insert(placements)
      .values({ companyId, candidateId: stalled.id, jobId: job.id, stepId: referenceStep.id })
      .returning();
    await db.insert(referenceCheckStalls).values({
      companyId,
      placementId: stalledAt.id,
      candidateId: stalled.id,
      jobId: job.id,
      reason: 'candidate_no_contact',
    });
    await page.goto(`${world.baseUrl}/references`);
    const stalls = page.getByTestId('stalled-steps');
    await stalls.getByText('Waiting for contact details').waitFor();
    const fix = stalls.getByRole('link', { name: 'Add contact details: Stella Stalled' });
    await fix.waitFor();
    await page.getByTestId('checks-status').getByText('Needs attention').click();
    await page.getByTestId(`stalled-step-${stalledAt.id}`).waitFor();
    await shot(page, 'reference-checks-attention');
    // On a phone the status filter fits the screen: nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${world.baseUrl}/references`);
    await stalls.getByRole('link', { name: 'Add contact details: Stella Stalled' }).waitFor();
    await page.getByTestId('checks-status').click();
    await page.getByRole('option', { name: 'Needs attention' }).click();
    assert.equal(await page.getByTestId('checks-status').inputValue(), 'Needs attention');
    await fix.waitFor();
    await shot(page, 'reference-checks-list-phone');
    assert.ok((await scrollWidthOf(page)) <= 390, `the page is ${await scrollWidthOf(page)}px wide on a phone`);
    await fix.click();
    await page.waitForURL(`${world.baseUrl}/candidates/${stalled.id}`);
    await page.setViewportSize({ width: 1280, height: 860 });

    // 6. Cancelling asks first, then the badge says so.
    await page.goto(`${world.baseUrl}/candidates/${candidate.id}?tab=references`);
    await page.getByTestId('check-menu').click();
    await page.getByTestId('check-cancel').click();
    await page.getByRole('button', { name: 'Cancel check' }).click();
    await page.getByTestId(`check-card-${check.id}`).getByText('Cancelled').first().waitFor();
    const [cancelled] = await db.select().from(referenceChecks).where(eq(referenceChecks.id, check.id));
    assert.equal(cancelled.status, 'cancelled');

    assert.deepEqual(pageProblems(page), []);
  });
});
