import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeReferenceCheck } from './helpers/reference-factories.ts';
import { referenceScenario, useReferenceWorld } from './helpers/reference-world.ts';
import { companyWithMember } from './helpers/suite.ts';

type Stall = { placementId: string; candidateId: string; candidateName: string; jobTitle: string; reason: string };
type Page = { items: { id: string; attention: string | null }[]; stalls: Stall[]; nextCursor: string | null };

/**
 * The home page's "needs attention" card links to the checks list: a candidate whose "Reference
 * check" step could start no check (no email or phone) is listed there too, with why.
 */
describe('the checks list shows steps that could start no check', () => {
  const world = useReferenceWorld();

  test('listed with the reason, under "needs attention" and by name; not under a status; only for its company', async () => {
    const { t } = world;
    const s = await referenceScenario(t, { email: null, phone: null });
    await s.setStepSettings({});
    const placed = await s.client.post(`/api/candidates/${s.candidate.id}/placements`, { jobId: s.job.id });
    const placementId = placed.json().placements[0].id;
    const entered = await s.client.put(`/api/placements/${placementId}/step`, { stepId: s.referenceStep.id });
    assert.equal(entered.json().referenceCheck.started, false);
    // A check that needs attention (the candidate stayed silent) and one that does not.
    const silent = await makeReferenceCheck(t.db, s.company.id, {
      candidateId: s.candidate.id,
      status: 'awaiting_referees',
      candidateSilentAt: new Date(),
    });
    const fine = await makeReferenceCheck(t.db, s.company.id, { candidateId: s.candidate.id, status: 'completed' });

    const list = async (query = '', client = s.client): Promise<Page> => {
      const res = await client.get(`/api/reference-checks${query}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    };
    const all = await list();
    assert.deepEqual(
      all.stalls.map((x) => [x.placementId, x.candidateId, x.reason, x.jobTitle]),
      [[placementId, s.candidate.id, 'candidate_no_contact', s.job.title]],
    );
    assert.equal(all.stalls[0].candidateName, `${s.candidate.firstName} ${s.candidate.lastName}`);
    assert.deepEqual(all.items.map((c) => c.id).sort(), [silent.id, fine.id].sort());

    const attention = await list('?attention=true');
    assert.deepEqual(
      attention.items.map((c) => [c.id, c.attention]),
      [[silent.id, 'candidate_silent']],
    );
    assert.equal(attention.stalls.length, 1, 'the stalled step needs attention too');
    assert.equal((await list('?status=completed')).stalls.length, 0, 'a stalled step has no check status');
    assert.equal((await list(`?q=${encodeURIComponent(s.candidate.lastName)}`)).stalls.length, 1);
    assert.equal((await list('?q=Nobodyatall')).stalls.length, 0);

    const stranger = await companyWithMember(t, 'recruiter');
    assert.deepEqual((await list('?attention=true', stranger.client)).stalls, []);

    // A check started for the candidate and job resolves the stall: gone from the list.
    const started = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      candidateChannel: 'none',
      jobId: s.job.id,
    });
    assert.equal(started.statusCode, 201, started.body);
    assert.deepEqual((await list()).stalls, []);
  });
});
