import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { jobSteps, placements } from '../../src/modules/hiring/hiring.tables.ts';
import { referenceChecks } from '../../src/modules/references/references.tables.ts';
import { makeCandidate, makeJob } from '../helpers/factories.ts';
import { makeQuestionnaire, makeReferenceCheck } from '../helpers/reference-factories.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  demoCompanyId,
  eventually,
  pageProblems,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

describe('moving a candidate back into the reference step after a completed check asks first', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('“Keep the completed check” moves without a new check; “Start a new check” starts one', async () => {
    const db = world.database.db;
    const companyId = await demoCompanyId(world, 'recruiter@acme.example');
    const { template, version } = await makeQuestionnaire(db, companyId, { language: 'en' });
    const { job, steps } = await makeJob(db, companyId, { title: 'Re-entry role' });
    const referenceStep = steps.find((s) => s.kind === 'reference_check')!;
    const before = steps[steps.indexOf(referenceStep) - 1];
    await db
      .update(jobSteps)
      .set({
        settings: {
          subAccountId: null,
          language: 'en',
          templateId: template.id,
          candidateChannel: 'email',
          refereesWanted: 1,
          refereeVerification: 'none',
          instruction: null,
          refereeChannel: 'email',
        },
      })
      .where(eq(jobSteps.id, referenceStep.id));
    const candidate = await makeCandidate(db, companyId, {
      firstName: 'Rea',
      lastName: 'Entry',
      email: `rea.${Date.now()}@mail.example`,
      language: 'en',
    });
    const [placement] = await db
      .insert(placements)
      .values({ companyId, candidateId: candidate.id, jobId: job.id, stepId: before.id })
      .returning();
    const completed = await makeReferenceCheck(db, companyId, {
      candidateId: candidate.id,
      jobId: job.id,
      versionId: version.id,
      status: 'completed',
      refereesWanted: 1,
    });
    const checksOf = async () =>
      (await db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, candidate.id))).length;
    const stepOf = async () =>
      (
        await db
          .select()
          .from(placements)
          .where(and(eq(placements.id, placement.id)))
      )[0].stepId;

    const page = await signInAs(world, 'recruiter@acme.example');
    const problems = pageProblems(page);
    await page.goto(`${world.baseUrl}/jobs/${job.id}`);
    const moveTo = async (stepName: string) => {
      await page.getByRole('button', { name: 'Move Rea Entry' }).click();
      await page.getByRole('menuitem', { name: stepName }).click();
    };

    await moveTo(referenceStep.name);
    const dialog = page.getByRole('dialog', { name: 'A completed check exists. Start a new one?' });
    await dialog.waitFor();
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot
    await shot(page, 'reference-reentry-prompt');
    await dialog.getByRole('button', { name: 'Keep the completed check' }).click();
    assert.equal(await eventually(stepOf, referenceStep.id), referenceStep.id);
    await page.getByText('The completed reference check for Rea Entry was kept').waitFor();
    assert.equal(await checksOf(), 1, 'no new check');
    assert.equal(
      (await db.select().from(referenceChecks).where(eq(referenceChecks.id, completed.id)))[0].status,
      'completed',
    );

    // Back out (no question), then in again, closing the dialog: nothing moves.
    await moveTo(before.name);
    assert.equal(await eventually(stepOf, before.id), before.id);
    await moveTo(referenceStep.name);
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await stepOf(), before.id);

    await moveTo(referenceStep.name);
    await dialog.getByRole('button', { name: 'Start a new check' }).click();
    assert.equal(await eventually(checksOf, 2), 2, 'a new check started');
    assert.equal(await stepOf(), referenceStep.id);
    assert.deepEqual(problems, []);
  });
});
