import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { candidates } from '../src/modules/hiring/hiring.tables.ts';
import { referenceCheckStalls } from '../src/modules/references/references.tables.ts';
import { referenceScenario, useReferenceWorld } from './helpers/reference-world.ts';
import { companyWithMember } from './helpers/suite.ts';

type Card = { key: string; count: number; tone: string };
type Listed = { id: string; referenceCheckStall: string | null; referenceCheck: { id: string } | null };

/**
 * A candidate who enters a "Reference check" step without the email or phone its channel needs gets
 * no check: the pipeline card and the home page say so until a check starts or the candidate moves on.
 */
describe('a reference check step that could start no check', () => {
  const world = useReferenceWorld();

  test('needs attention on the pipeline card and home page, only for its own company, until resolved', async () => {
    const { t } = world;
    const s = await referenceScenario(t, { email: null, phone: null });
    await s.setStepSettings({});
    const placed = await s.client.post(`/api/candidates/${s.candidate.id}/placements`, { jobId: s.job.id });
    const placementId = placed.json().placements[0].id;
    const move = (stepId: string) => s.client.put(`/api/placements/${placementId}/step`, { stepId });
    const cardOf = async (client = s.client) =>
      ((await client.get('/api/dashboard')).json().cards as Card[]).find((c) => c.key === 'checks_attention');
    const listed = async (client = s.client): Promise<Listed | undefined> =>
      (await client.get(`/api/candidates?jobId=${s.job.id}`)).json().items?.[0];

    const entered = await move(s.referenceStep.id);
    assert.equal(entered.statusCode, 200, entered.body);
    assert.equal(entered.json().referenceCheck.started, false);
    assert.match(entered.json().referenceCheck.problem, /email|phone|contact/i);

    assert.equal((await listed())?.referenceCheckStall, 'candidate_no_contact');
    assert.equal((await listed())?.referenceCheck, null);
    assert.deepEqual(await cardOf(), { key: 'checks_attention', count: 1, href: '/references', tone: 'attention' });

    // Another company sees neither the candidate nor a count, and cannot move the placement.
    const stranger = await companyWithMember(t, 'recruiter');
    assert.equal((await cardOf(stranger.client))?.count, 0);
    assert.equal(await listed(stranger.client), undefined);
    const theirMove = await stranger.client.put(`/api/placements/${placementId}/step`, { stepId: s.steps[0].id });
    assert.equal(theirMove.statusCode, 404);
    assert.equal((await listed())?.referenceCheckStall, 'candidate_no_contact', 'their attempt cleared nothing');

    // Leaving the step clears it; entering again (a channel asking for a phone) records the new reason.
    await move(s.steps[0].id);
    assert.equal((await listed())?.referenceCheckStall, null);
    assert.equal((await cardOf())?.count, 0);
    await s.setStepSettings({ candidateChannel: 'sms' });
    await move(s.referenceStep.id);
    assert.equal((await listed())?.referenceCheckStall, 'candidate_no_phone');
    const rows = await t.db
      .select()
      .from(referenceCheckStalls)
      .where(eq(referenceCheckStalls.placementId, placementId));
    assert.equal(rows.length, 1, 'one stall per placement');

    // The recruiter adds a number and starts the check from the profile: resolved.
    await t.db
      .update(candidates)
      .set({ phone: '+46701234567', phoneKey: '+46701234567' })
      .where(eq(candidates.id, s.candidate.id));
    const started = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      candidateChannel: 'sms',
      jobId: s.job.id,
    });
    assert.equal(started.statusCode, 201, started.body);
    const after = await listed();
    assert.equal(after?.referenceCheckStall, null);
    assert.equal(after?.referenceCheck?.id, started.json().id);
    assert.equal((await cardOf())?.count, 0);
  });

  test('an erased candidate’s stall no longer counts on the home page', async () => {
    const { t } = world;
    const s = await referenceScenario(t, { email: null, phone: null });
    await s.setStepSettings({});
    const placed = await s.client.post(`/api/candidates/${s.candidate.id}/placements`, { jobId: s.job.id });
    await s.client.put(`/api/placements/${placed.json().placements[0].id}/step`, { stepId: s.referenceStep.id });
    const count = async () =>
      ((await s.client.get('/api/dashboard')).json().cards as Card[]).find((c) => c.key === 'checks_attention')?.count;
    assert.equal(await count(), 1);
    await t.db.update(candidates).set({ anonymizedAt: new Date() }).where(eq(candidates.id, s.candidate.id));
    assert.equal(await count(), 0);
  });
});
