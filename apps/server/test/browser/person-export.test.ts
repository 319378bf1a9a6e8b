import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { inspectCv, saveCandidateCv } from '../../src/modules/hiring/index.ts';
import { personExportHandler } from '../../src/modules/person-export/index.ts';
import { runDueWork } from '../../src/platform/work/work-runner.ts';
import { makeCandidate } from '../helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from '../helpers/reference-factories.ts';
import { unzip } from '../helpers/zip.ts';
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

describe('an admin exports a person from the candidate page', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('the ZIP downloaded from the page holds every table’s rows about them', async () => {
    const db = world.database.db;
    const admin = await demoMember(world, 'admin@acme.example');
    const candidate = await makeCandidate(db, admin.companyId, { firstName: 'Export', lastName: 'Östlund' });
    await saveCandidateCv(
      db,
      admin.companyId,
      candidate.id,
      await inspectCv(Buffer.from('%PDF-1.4\n%%EOF\n'), 'cv.pdf'),
      null,
    );
    const check = await makeReferenceCheck(db, admin.companyId, { candidateId: candidate.id });
    await makeReferee(db, check, { status: 'answered', answeredAt: new Date(), answers: { overall: 5, rehire: true } });

    const page = await signInAs(world, 'admin@acme.example');
    await page.goto(`${world.baseUrl}/candidates/${candidate.id}`);
    await page.getByTestId('person-export-start').click();
    await page.getByText('Preparing the ZIP…').waitFor();
    // The server of this world runs no background loops: the queue is run here, as the worker would.
    await runDueWork({ db, handlers: [personExportHandler(db)], batchSize: 5 });
    const link = page.getByTestId('person-export-download');
    await link.waitFor();
    await shot(page, 'person-export-ready');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const entries = await unzip(fs.readFileSync((await download.path())!));
    const rows = (table: string) => JSON.parse(entries.get(`tables/${table}.json`)?.toString('utf8') ?? '[]');
    assert.equal(rows('candidates')[0].lastName, 'Östlund');
    assert.equal(rows('candidate_files').length, 1);
    assert.equal(rows('reference_checks')[0].id, check.id);
    assert.deepEqual(rows('referees')[0].answers, { overall: 5, rehire: true });
    assert.ok([...entries.keys()].some((name) => name.startsWith('files/')));
    assert.ok(entries.has(`reports/report-${check.id}.pdf`));
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('a member is exported from the Users page’s row menu', async () => {
    const page = await signInAs(world, 'admin@acme.example');
    await page.goto(`${world.baseUrl}/users`);
    const row = page.getByRole('row').filter({ has: page.getByText('employee@acme.example', { exact: true }) });
    await row.getByRole('button').last().click();
    await page.getByRole('menuitem', { name: 'Export their data' }).click();
    await page.getByRole('dialog').getByTestId('person-export-start').click();
    // The export is asked for before the queue runs, as in the browser's own time.
    await page.getByRole('dialog').getByText('Preparing the ZIP…').waitFor();
    await runDueWork({ db: world.database.db, handlers: [personExportHandler(world.database.db)], batchSize: 5 });
    const link = page.getByRole('dialog').getByTestId('person-export-download');
    await link.waitFor();
    await shot(page, 'person-export-member');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const entries = await unzip(fs.readFileSync((await download.path())!));
    const [user] = JSON.parse(entries.get('tables/users.json')?.toString('utf8') ?? '[]');
    assert.equal(user.email, 'employee@acme.example');
    assert.equal(user.passwordHash, undefined);
    assert.ok(entries.has('tables/memberships.json'));
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});
