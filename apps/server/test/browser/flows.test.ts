import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isNotNull } from 'drizzle-orm';
import { candidates } from '../../src/modules/hiring/hiring.tables.ts';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

describe('recruiter and admin flows', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  test('a recruiter creates a job with a custom hiring process', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/jobs/new`);
    await page.getByLabel(/^Title/).fill('Staff Platform Engineer');
    const stepNames = page.getByTestId('step-name');
    const before = await stepNames.count();
    assert.equal(before, 7, 'the default process has seven steps');
    // A new step goes in before the last one (Hired), where extra stages belong.
    await page.getByTestId('add-step').click();
    assert.equal(await stepNames.count(), before + 1);
    await stepNames.nth(before - 1).fill('Take-home exercise');
    await shot(page, 'job-create');
    await page.getByRole('button', { name: 'Create job' }).click();
    await page.getByText('Take-home exercise').first().waitFor();
    await shot(page, 'job-detail');
    const jobId = page.url().split('/jobs/')[1]?.split(/[?#/]/)[0];
    const job = await (await page.request.get(`${world.baseUrl}/api/jobs/${jobId}`)).json();
    assert.equal(job.title, 'Staff Platform Engineer');
    assert.deepEqual(
      job.steps.map((s: { name: string }) => s.name),
      ['Sourced', 'Applied', 'Screening', 'Interview', 'Reference check', 'Offer', 'Take-home exercise', 'Hired'],
    );
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('a candidate with the same name and company as an existing one gets the duplicate warning with a link', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    // A demo candidate with a current company: the name-and-company rule needs both.
    const [existing] = await world.database.db
      .select()
      .from(candidates)
      .where(isNotNull(candidates.currentCompany))
      .orderBy(candidates.lastName)
      .limit(1);
    const existingId = existing.id;
    await page.goto(`${world.baseUrl}/candidates/new`);
    await page.getByLabel('First name').fill(existing.firstName);
    await page.getByLabel('Last name').fill(existing.lastName);
    await page.getByLabel('Company', { exact: true }).fill(existing.currentCompany!);
    const warning = page.getByText(/possible duplicate/i);
    await warning.first().waitFor();
    const link = page.locator(`a[href*="/candidates/${existingId}"]`);
    assert.ok((await link.count()) > 0, 'the warning links to the existing candidate');
    await shot(page, 'candidate-duplicate-warning');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('switching to Swedish shows the app in Swedish, and it is remembered', async () => {
    const page = await signInAs(world, 'admin@acme.example');
    await page.getByTestId('language-switch').getByText('Svenska').click();
    await page.getByTestId('nav-jobs').getByText('Jobb').waitFor();
    await shot(page, 'swedish-home');
    const me = await (await page.request.get(`${world.baseUrl}/api/auth/me`)).json();
    assert.equal(me.language, 'sv');
    await page.reload();
    await page.getByTestId('nav-candidates').getByText('Kandidater').waitFor();
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});
