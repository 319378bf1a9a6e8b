import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TCandidateListItem, TJob } from '@vouch/contracts';
import { placements } from '../src/modules/hiring/hiring.tables.ts';
import { referenceFraudSignals } from '../src/modules/references/references.tables.ts';
import { makeCandidate, makeJob } from './helpers/factories.ts';
import { makeQuestionnaire, makeReferee, makeReferenceCheck, makeSubAccount } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

describe('reference check summaries and step settings', () => {
  const t = useTestApp();

  test('the candidate list carries each candidate newest running check, counted', async () => {
    const { company, client } = await companyWithMember(t, 'recruiter');
    const candidate = await makeCandidate(t.db, company.id, { firstName: 'Summa' });
    const other = await makeCandidate(t.db, company.id, { firstName: 'Without' });
    const older = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      createdAt: new Date(Date.now() - 86_400_000),
      status: 'completed',
    });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      refereesWanted: 3,
      status: 'in_progress',
    });
    // A newer cancelled check does not hide the running one.
    await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      status: 'cancelled',
      createdAt: new Date(Date.now() + 1000),
    });
    await makeReferee(t.db, check, { status: 'answered' });
    await makeReferee(t.db, check, { status: 'declined', declineReason: 'Never worked together' });
    await makeReferee(t.db, check, { status: 'bounced' });
    await makeReferee(t.db, check, { status: 'removed' });
    await makeReferee(t.db, older, { status: 'answered' });
    await t.db.insert(referenceFraudSignals).values([
      { companyId: company.id, checkId: check.id, kind: 'same_ip', dedupeKey: 'a', evidence: { ip: '10.0.0.1' } },
      {
        companyId: company.id,
        checkId: check.id,
        kind: 'answered_too_fast',
        dedupeKey: 'b',
        evidence: {},
        reviewedAt: new Date(),
      },
    ]);

    const res = await client.get('/api/candidates?limit=50');
    assert.equal(res.statusCode, 200);
    const items: TCandidateListItem[] = res.json().items;
    const mine = items.find((c) => c.id === candidate.id);
    assert.deepEqual(
      { ...mine?.referenceCheck, updatedAt: undefined },
      {
        id: check.id,
        status: 'in_progress',
        refereesWanted: 3,
        requested: 3,
        answered: 1,
        declined: 1,
        bounced: 1,
        fraudSignals: 1,
        // One of three answered and the other two are out of play: a replacement is needed.
        attention: 'referee_bounced',
        updatedAt: undefined,
      },
    );
    assert.equal(items.find((c) => c.id === other.id)?.referenceCheck, null);
  });

  test('the pipeline (the list for one job) shows only that job’s check', async () => {
    const { company, client } = await companyWithMember(t, 'recruiter');
    const { job, steps } = await makeJob(t.db, company.id);
    const { job: otherJob } = await makeJob(t.db, company.id);
    const candidate = await makeCandidate(t.db, company.id);
    await t.db
      .insert(placements)
      .values({ companyId: company.id, candidateId: candidate.id, jobId: job.id, stepId: steps[1].id });
    const forJob = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      jobId: job.id,
      createdAt: new Date(Date.now() - 60_000),
    });
    await makeReferenceCheck(t.db, company.id, { candidateId: candidate.id, jobId: otherJob.id });

    const pipeline = await client.get(`/api/candidates?jobId=${job.id}&limit=200`);
    assert.equal(pipeline.statusCode, 200);
    const [card] = pipeline.json().items;
    assert.equal(card.id, candidate.id);
    assert.equal(card.referenceCheck?.id, forJob.id);
    assert.equal(card.referenceCheck?.status, 'awaiting_referees');
    assert.equal(card.referenceCheck?.requested, 0);
  });

  test('step settings are validated, stored and sent back unchanged', async () => {
    const { company, client } = await companyWithMember(t, 'recruiter');
    const account = await makeSubAccount(t.db, company.id);
    const { template } = await makeQuestionnaire(t.db, company.id, { language: 'sv', subAccountId: account.id });
    const settings = {
      subAccountId: account.id,
      language: 'sv',
      templateId: template.id,
      candidateChannel: 'email',
      refereesWanted: 2,
      refereeChannel: 'sms',
      refereeVerification: 'none',
      instruction: null,
    };
    const created = await client.post('/api/jobs', {
      title: 'Säljare',
      steps: [
        { name: 'Intervju', kind: 'standard', settings },
        { name: 'Referenser', kind: 'reference_check', settings },
        { name: 'Anställd', kind: 'hired' },
      ],
    });
    assert.equal(created.statusCode, 201, created.body);
    const job: TJob = created.json();
    assert.equal(job.steps[0].settings, null, 'only a reference check step keeps settings');
    assert.deepEqual(job.steps[1].settings, settings);

    // Saving the steps as read keeps the settings; a changed count is stored.
    const edited: Record<string, unknown>[] = job.steps.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      settings: s.settings,
    }));
    const saved = await client.put(`/api/jobs/${job.id}/steps`, { steps: edited });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json().steps[1].settings, settings);
    edited[1].settings = { ...settings, refereesWanted: 5 };
    const again = await client.put(`/api/jobs/${job.id}/steps`, { steps: edited });
    assert.equal(again.json().steps[1].settings.refereesWanted, 5);
    const read = await client.get(`/api/jobs/${job.id}`);
    assert.equal(read.json().steps[1].settings.refereesWanted, 5);

    // A count out of range is refused on the field.
    edited[1].settings = { ...settings, refereesWanted: 11 };
    const tooMany = await client.put(`/api/jobs/${job.id}/steps`, { steps: edited });
    assert.equal(tooMany.statusCode, 400);
    assert.ok(tooMany.json().errors.some((e: { field: string }) => e.field === 'steps.1.settings.refereesWanted'));

    // A questionnaire in another language than the settings' is refused.
    edited[1].settings = { ...settings, language: 'en' };
    const wrongLanguage = await client.put(`/api/jobs/${job.id}/steps`, { steps: edited });
    assert.equal(wrongLanguage.statusCode, 400);
    assert.equal(wrongLanguage.json().errors[0].field, 'steps.1.settings.templateId');
  });

  test('another company’s questionnaire or sub-account is refused on the field', async () => {
    const { company, client } = await companyWithMember(t, 'admin');
    const { company: otherCompany } = await companyWithMember(t, 'admin');
    const { template: foreign } = await makeQuestionnaire(t.db, otherCompany.id);
    const foreignAccount = await makeSubAccount(t.db, otherCompany.id);
    const { template: own } = await makeQuestionnaire(t.db, company.id);
    const base = { language: 'en', candidateChannel: 'email', refereesWanted: 2, refereeChannel: 'email' };

    const res = await client.post('/api/jobs', {
      title: 'Foreign template',
      steps: [{ name: 'Refs', kind: 'reference_check', settings: { ...base, templateId: foreign.id } }],
    });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(
      res.json().errors.map((e: { field: string }) => e.field),
      ['steps.0.settings.templateId'],
    );
    const { job } = await makeJob(t.db, company.id);
    const put = await client.put(`/api/jobs/${job.id}/steps`, {
      steps: [
        {
          name: 'Refs',
          kind: 'reference_check',
          settings: { ...base, templateId: own.id, subAccountId: foreignAccount.id },
        },
      ],
    });
    assert.equal(put.statusCode, 422);
    const fields = put.json().errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('steps.0.settings.subAccountId'), JSON.stringify(fields));
    // Nothing was stored.
    const read = await client.get(`/api/jobs/${job.id}`);
    assert.ok(read.json().steps.every((s: { settings: unknown }) => s.settings === null));
  });
});
