import assert from 'node:assert/strict';
import type { TAnswerValue, TReferenceCheckSettings } from '@vouch/contracts';
import { firstNameOf } from '@vouch/contracts';
import { and, asc, eq, isNotNull, isNull, notExists } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { candidates, jobSteps, jobs, placements } from '../../src/modules/hiring/hiring.tables.ts';
import { transportsFromConfig } from '../../src/modules/messaging/index.ts';
import { questionnaireTemplates, referenceChecks } from '../../src/modules/references/references.tables.ts';
import { type MailCatcher, startMailCatcher } from '../helpers/mail.ts';
import { type SmsCatcher, startSmsCatcher } from '../helpers/reference-world.ts';
import { type BrowserWorld, runDueMessages, startBrowserWorld } from './harness.ts';

/** The app with a test SMTP server and a stand-in SMS provider, and the demo company seeded. */
export async function startReferenceE2eWorld() {
  const mail = await startMailCatcher();
  const sms = await startSmsCatcher();
  const world = await startBrowserWorld({
    SMTP_URL: mail.url,
    SMS_PROVIDER_URL: sms.url,
    SMS_PROVIDER_USERNAME: 'vouch-test',
    SMS_PROVIDER_PASSWORD: 'not-a-secret',
  });
  return {
    world,
    mail,
    sms,
    close: async () => {
      await world.close();
      await mail.close();
      await sms.close();
    },
  };
}
export type E2eWorld = Awaited<ReturnType<typeof startReferenceE2eWorld>>;

/** Runs the message worker until the queue is empty; every message must be sent. */
export async function deliverAll(world: BrowserWorld) {
  const transports = transportsFromConfig(world.app.services.config);
  for (let round = 0; round < 20; round++) {
    const result = await runDueMessages({ db: world.database.db, transports, batchSize: 50 });
    assert.equal(result.failed + result.dead, 0, `message delivery failed: ${JSON.stringify(result)}`);
    if (!result.claimed) return;
  }
  throw new Error('the message queue never emptied');
}

/** The token of the `/c/` or `/r/` link, on the app's public address, in a message's text. */
export function linkToken(world: BrowserWorld, text: string | undefined, kind: 'c' | 'r') {
  const base = world.app.services.config.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${base}/${kind}/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`).exec(text ?? '');
  assert.ok(match, `no /${kind}/ link in: ${text}`);
  return match[1];
}

/** The newest email to an address, with its text; fails when none arrived. */
export function emailTo(mail: MailCatcher, address: string) {
  const caught = mail.lastTo(address);
  assert.ok(caught, `an email to ${address} arrived`);
  return { subject: caught.mail.subject ?? '', text: caught.mail.text ?? '' };
}

/** Every text message to a number, oldest first. */
export const smsTo = (sms: SmsCatcher, to: string) => sms.inbox.filter((m) => m.to === to);

/**
 * A phone: 390 × 844, touch. Each device has its own time zone, so the device fingerprints of
 * different people differ, as they do in life; a page opened in the same context is the same device.
 */
export async function phoneContext(world: BrowserWorld, timezoneId: string, size = { width: 390, height: 844 }) {
  return world.browser.newContext({
    viewport: size,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    timezoneId,
  });
}

/** A new page collecting script errors and CSP refusals. */
export async function trackedPage(context: BrowserContext) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return { page, problems };
}

/**
 * A demo candidate standing in the "Interview" step of an open job, with no reference check yet:
 * given a mobile phone for the SMS.
 */
export async function interviewCandidate(world: BrowserWorld, phone: string) {
  const db = world.database.db;
  const [row] = await db
    .select({
      candidateId: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
      email: candidates.email,
      jobId: jobs.id,
      jobTitle: jobs.title,
    })
    .from(placements)
    .innerJoin(jobSteps, eq(jobSteps.id, placements.stepId))
    .innerJoin(jobs, eq(jobs.id, placements.jobId))
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .where(
      and(
        eq(jobSteps.name, 'Interview'),
        isNotNull(candidates.email),
        eq(jobs.status, 'open'),
        isNull(jobs.archivedAt),
        notExists(db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, placements.candidateId))),
      ),
    )
    .orderBy(asc(candidates.lastName));
  assert.ok(row?.email, 'the demo has a candidate with an email at an interview');
  await db.update(candidates).set({ phone, phoneKey: phone }).where(eq(candidates.id, row.candidateId));
  return { ...row, email: row.email, phone, name: `${row.firstName} ${row.lastName}` };
}

/** The labels of a referee's form on the candidate's page, in each language. */
export const REFEREE_FORM = {
  en: {
    name: 'Full name',
    email: 'Email',
    phone: 'Mobile phone',
    relationship: 'How you know each other',
    company: 'Company',
    workedTogether: 'When you worked together',
  },
  sv: {
    name: 'För- och efternamn',
    email: 'E-post',
    phone: 'Mobilnummer',
    relationship: 'Hur ni känner varandra',
    company: 'Företag',
    workedTogether: 'När ni arbetade tillsammans',
  },
};

/** Fills one referee's form on the candidate's page (in English unless `labels` says otherwise). */
export async function fillReferee(
  page: Page,
  index: number,
  r: { name: string; email: string; phone: string; company: string; relationship: string },
  labels = REFEREE_FORM.en,
) {
  const form = page.locator(`[data-referee="${index}"]`);
  await form.getByRole('textbox', { name: labels.name }).fill(r.name);
  await form.getByRole('textbox', { name: labels.email }).fill(r.email);
  await form.getByRole('textbox', { name: labels.phone }).fill(r.phone);
  await form.getByRole('combobox', { name: labels.relationship }).selectOption(r.relationship);
  await form.getByRole('textbox', { name: labels.company }).fill(r.company);
  await form.getByRole('textbox', { name: labels.workedTogether }).fill('2020–2024');
}

const group = (page: Page, name: RegExp) => page.getByRole('group', { name });
const savedIndicator = (page: Page) => page.getByTestId('save-state').getByText('Saved');

/** The English general questionnaire's first part: the working relationship. */
export async function answerRelationship(page: Page, words: { role: string; responsibilities: string }) {
  await page.getByText('Part 1 of 4').waitFor();
  await group(page, /How did you work with the candidate/)
    .getByRole('radio', { name: 'I was their manager' })
    .check();
  await page.getByRole('textbox', { name: /What was their role/ }).fill(words.role);
  await page.getByRole('textbox', { name: /main responsibilities/ }).fill(words.responsibilities);
  await savedIndicator(page).waitFor();
}

/** Parts 2 and 3: every rating the same score, then the optional example left blank. */
export async function answerRatings(page: Page, score: number) {
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Part 2 of 4').waitFor();
  for (const name of [
    /Quality of their work/,
    /Reliability/,
    /Problem solving/,
    /Learning new things/,
    /Overall performance/,
  ]) {
    await group(page, name)
      .getByRole('radio', { name: new RegExp(`^${score}\\b`) })
      .check();
  }
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Part 3 of 4').waitFor();
  for (const name of [/Working with colleagues/, /Communication, spoken/]) {
    await group(page, name)
      .getByRole('radio', { name: new RegExp(`^${score}\\b`) })
      .check();
  }
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Part 4 of 4').waitFor();
}

/** Part 4, then "Send my answers": the thank-you page. */
export async function answerSummaryAndSubmit(page: Page, words: { strengths: string; development: string }) {
  await page.getByRole('textbox', { name: /greatest strengths/ }).fill(words.strengths);
  await page.getByRole('textbox', { name: /develop further/ }).fill(words.development);
  await group(page, /hire them, or work with them, again/)
    .getByRole('radio', { name: 'Yes' })
    .check();
  await savedIndicator(page).waitFor();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByTestId('referee-thanks').waitFor();
}

/** The referee's first screen: consent and "Start". */
export async function refereeConsents(page: Page, baseUrl: string, token: string, name: string) {
  await page.goto(`${baseUrl}/r/${token}`);
  // Greeted by first name.
  await page.getByRole('heading', { name: `Hi ${firstNameOf(name)}`, exact: true }).waitFor();
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Start' }).click();
}

/**
 * The "Reference check" step of a job set up as `settings` say, asking with the company's shipped
 * general questionnaire in the step's language (its other language versions come along).
 */
export async function setReferenceStep(
  world: BrowserWorld,
  jobId: string,
  settings: Omit<TReferenceCheckSettings, 'templateId' | 'subAccountId' | 'instruction'>,
) {
  const db = world.database.db;
  const [job] = await db.select({ companyId: jobs.companyId }).from(jobs).where(eq(jobs.id, jobId));
  const [template] = await db
    .select({ id: questionnaireTemplates.id })
    .from(questionnaireTemplates)
    .where(
      and(
        eq(questionnaireTemplates.companyId, job.companyId),
        eq(questionnaireTemplates.preset, 'general'),
        eq(questionnaireTemplates.language, settings.language),
      ),
    );
  assert.ok(template, `the company has the general questionnaire in ${settings.language}`);
  await db
    .update(jobSteps)
    .set({ settings: { ...settings, templateId: template.id, subAccountId: null, instruction: null } })
    .where(and(eq(jobSteps.jobId, jobId), eq(jobSteps.kind, 'reference_check')));
}

/** The recruiter moves the candidate's pipeline card into "Reference check": the check starts. */
export async function moveToReferenceCheck(
  page: Page,
  world: BrowserWorld,
  person: { jobId: string; candidateId: string; name: string },
) {
  await page.goto(`${world.baseUrl}/jobs/${person.jobId}`);
  const card = page.getByTestId(`pipeline-card-${person.candidateId}`);
  await card.waitFor();
  await card.getByRole('button', { name: `Move ${person.name}` }).click();
  await page.getByRole('menuitem', { name: 'Reference check' }).click();
  await page.getByText(`A reference check started for ${person.name}.`).waitFor();
  return card;
}

/** The code step's words in each language. */
export const CODE_STEP = {
  en: { send: 'Send me a code', code: 'Code', confirm: 'Confirm' },
  sv: { send: 'Skicka en kod till mig', code: 'Kod', confirm: 'Bekräfta' },
};

/**
 * On the referee's page: asks for a one-time code, reads it from the email that brings it, types it
 * in. Returns that email.
 */
export async function enterEmailCode(page: Page, e2e: E2eWorld, address: string, words = CODE_STEP.en) {
  const before = e2e.mail.inbox.length;
  await page.getByRole('button', { name: words.send }).click();
  await page.getByRole('textbox', { name: words.code }).waitFor();
  await deliverAll(e2e.world);
  const email = e2e.mail.inbox.slice(before).findLast((m) => m.to.includes(address.toLowerCase()));
  const code = /\b(\d{6})\b/.exec(email?.mail.text ?? '')?.[1];
  assert.ok(email && code, `a code reached ${address}`);
  await page.getByRole('textbox', { name: words.code }).fill(code);
  await page.getByRole('button', { name: words.confirm }).click();
  return { subject: email.mail.subject ?? '', text: email.mail.text ?? '' };
}

/**
 * Answers the questionnaire part by part, whatever its language: each question on the screen by its
 * id (a rating by its score, a choice by its option's id, a yes/no by true or false, text as text),
 * then the part's button ("Next", or "Send my answers" on the last), until the thank-you.
 */
export async function answerEveryPart(page: Page, answers: Record<string, TAnswerValue>) {
  for (;;) {
    const progress = await page.locator('.vr-progress').getAttribute('aria-valuenow');
    const total = await page.locator('.vr-progress').getAttribute('aria-valuemax');
    for (const question of await page.locator('[data-question]').all()) {
      const value = answers[(await question.getAttribute('data-question')) ?? ''];
      if (value === undefined) continue;
      if (typeof value === 'string' && (await question.locator('input[type="text"], textarea').count()))
        await question.locator('input[type="text"], textarea').fill(value);
      else await question.locator(`input[value="${String(value)}"]`).check();
    }
    await page.locator('.vr-steps .vr-actions button[type="submit"]').click();
    if (progress === total) break;
    await page.locator(`.vr-progress[aria-valuenow="${Number(progress) + 1}"]`).waitFor();
  }
  await page.getByTestId('referee-thanks').waitFor();
}
