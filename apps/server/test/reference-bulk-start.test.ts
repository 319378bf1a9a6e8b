import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TStartReferenceChecksResult, TV1StartReferenceChecksResult } from '@vouch/contracts';
import { eq, inArray } from 'drizzle-orm';
import { membershipSubAccounts, referenceChecks } from '../src/modules/references/references.tables.ts';
import { makeCandidate, unique } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { deliverMail } from './helpers/mail.ts';
import { makeSubAccount } from './helpers/reference-factories.ts';
import { referenceScenario, useReferenceWorld } from './helpers/reference-world.ts';

describe('starting reference checks for several candidates at once', () => {
  const world = useReferenceWorld();
  const checksOf = (candidateIds: string[]) =>
    world.t.db.select().from(referenceChecks).where(inArray(referenceChecks.candidateId, candidateIds));

  test('one settings form for many: started, or skipped with the reason; each candidate on their own', async () => {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    const other = await referenceScenario(t);
    const noContact = await makeCandidate(t.db, s.company.id, { firstName: 'Nils', lastName: 'Utan', email: null });
    const busy = await makeCandidate(t.db, s.company.id, { firstName: 'Bea', lastName: 'Upptagen' });
    const running = await s.client.post(`/api/candidates/${busy.id}/reference-checks`, {
      ...s.settings,
      jobId: s.job.id,
    });
    assert.equal(running.statusCode, 201, running.body);

    const res = await s.client.post('/api/reference-checks/bulk', {
      ...s.settings,
      jobId: s.job.id,
      // The first candidate twice: started once. Another company's candidate: unknown here.
      candidateIds: [s.candidate.id, noContact.id, busy.id, other.candidate.id, s.candidate.id],
    });
    assert.equal(res.statusCode, 200, res.body);
    const result = res.json() as TStartReferenceChecksResult;
    assert.deepEqual(
      result.results.map((r) => [r.candidateName, r.outcome, r.reason]),
      [
        [`Sara ${s.candidate.lastName}`, 'started', null],
        ['Nils Utan', 'skipped', 'reference_check.candidate_no_contact'],
        ['Bea Upptagen', 'skipped', 'reference_check.already_running'],
        // Neither a name nor anything else tells that the id is another company's.
        [null, 'skipped', 'not_found'],
      ],
    );
    assert.deepEqual(result.results[2].params, { checkId: running.json().id });
    assert.deepEqual([result.started, result.skipped], [1, 3]);

    const [started] = await checksOf([s.candidate.id]);
    assert.equal(started.id, result.results[0].checkId);
    assert.deepEqual(
      [started.jobId, started.versionId, started.refereesWanted, started.source],
      [s.job.id, s.questionnaire.version.id, 2, 'profile'],
    );
    assert.deepEqual(await checksOf([noContact.id]), []);
    assert.deepEqual(await checksOf([other.candidate.id]), [], "nothing started for the other company's candidate");
    await deliverMail(t, mail);
    assert.ok(mail.lastTo(s.candidate.email!), 'the started candidate was asked for referees');
  });

  test('the batch is capped at 100; a list of no candidate of the company is refused; settings are checked once', async () => {
    const s = await referenceScenario(world.t);
    const other = await referenceScenario(world.t);
    const tooMany = await s.client.post('/api/reference-checks/bulk', {
      ...s.settings,
      candidateIds: Array.from({ length: 101 }, () => crypto.randomUUID()),
    });
    assert.equal(tooMany.statusCode, 400, tooMany.body);
    assert.deepEqual(
      tooMany.json().errors.map((e: { field: string; reason: string }) => [e.field, e.reason]),
      [['candidateIds', 'field.too_many']],
    );

    // Another company's user with this company's candidates: as if they did not exist.
    const foreign = await other.client.post('/api/reference-checks/bulk', {
      ...other.settings,
      candidateIds: [s.candidate.id],
    });
    assert.equal(foreign.statusCode, 422, foreign.body);
    assert.equal(foreign.json().code, 'unknown_id');
    // This company's candidates with another company's questionnaire or job.
    const foreignTemplate = await s.client.post('/api/reference-checks/bulk', {
      ...s.settings,
      templateId: other.settings.templateId,
      candidateIds: [s.candidate.id],
    });
    assert.equal(foreignTemplate.statusCode, 422, foreignTemplate.body);
    const foreignJob = await s.client.post('/api/reference-checks/bulk', {
      ...s.settings,
      jobId: other.job.id,
      candidateIds: [s.candidate.id],
    });
    assert.equal(foreignJob.statusCode, 422, foreignJob.body);
    assert.deepEqual(await checksOf([s.candidate.id, other.candidate.id]), []);
  });

  test('a member limited to sub-accounts starts them in one of theirs only', async () => {
    const s = await referenceScenario(world.t);
    const account = await makeSubAccount(world.t.db, s.company.id);
    await world.t.db
      .insert(membershipSubAccounts)
      .values({ companyId: s.company.id, membershipId: s.recruiter.membership.id, subAccountId: account.id });
    const outside = await s.client.post('/api/reference-checks/bulk', {
      ...s.settings,
      candidateIds: [s.candidate.id],
    });
    assert.equal(outside.statusCode, 400, outside.body);
    assert.equal(outside.json().reason, 'sub_account.choose_own');
    const inside = await s.client.post('/api/reference-checks/bulk', {
      ...s.settings,
      subAccountId: account.id,
      candidateIds: [s.candidate.id],
    });
    assert.equal(inside.statusCode, 200, inside.body);
    assert.equal(inside.json().started, 1);
  });
});

describe('/api/v1/reference-checks/bulk', () => {
  const world = useReferenceWorld();

  async function apiWorld() {
    const s = await referenceScenario(world.t);
    const { key } = await makeApiKey(world.t.db, s.company.id, ['read', 'write'], {
      createdById: s.recruiter.membership.id,
    });
    const entry = (externalId = unique('app-')) => ({
      external_id: externalId,
      candidate: { first_name: 'Api', last_name: unique('Person'), email: `${unique('api')}@mail.example` },
      job: { title: 'Backend Developer', external_id: 'job-1' },
    });
    const body = (checks: object[]) => ({
      template_id: s.settings.templateId,
      candidate_channel: 'email',
      referee_channel: 'email',
      referees_wanted: 2,
      checks,
    });
    const post = (payload: object, idempotencyKey?: string) =>
      world.t.app.inject({
        method: 'POST',
        url: '/api/v1/reference-checks/bulk',
        headers: { authorization: `Bearer ${key}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
        payload,
      });
    return { s, key, entry, body, post };
  }

  test('each entry as the single start: started, or skipped with its problem; a replay answers the same', async () => {
    const w = await apiWorld();
    const taken = w.entry();
    const first = await w.post(w.body([taken]));
    assert.equal(first.statusCode, 200, first.body);
    const payload = w.body([w.entry(), taken, { ...w.entry(), candidate: { first_name: 'No', last_name: 'Mail' } }]);
    const res = await w.post(payload, 'bulk-1');
    assert.equal(res.statusCode, 200, res.body);
    const result = res.json() as TV1StartReferenceChecksResult;
    assert.deepEqual(
      result.results.map((r) => [r.index, r.status, r.problem?.code ?? null, r.problem?.reason ?? null]),
      [
        [0, 'started', null, null],
        [1, 'skipped', 'external_id_taken', 'reference_check.external_id_taken'],
        [2, 'skipped', 'validation_failed', 'reference_check.candidate_no_email'],
      ],
    );
    assert.equal(result.results[1].problem?.reference_check_id, first.json().results[0].reference_check.id);
    assert.equal(result.results[0].reference_check?.status, 'awaiting_referees');
    assert.deepEqual([result.started, result.skipped], [1, 2]);

    const again = await w.post(payload, 'bulk-1');
    assert.equal(again.statusCode, 200);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(again.json(), result);
    const rows = await world.t.db
      .select({ id: referenceChecks.id })
      .from(referenceChecks)
      .where(eq(referenceChecks.companyId, w.s.company.id));
    assert.equal(rows.length, 2, 'the replay started nothing');
    const reused = await w.post(w.body([w.entry()]), 'bulk-1');
    assert.equal(reused.statusCode, 422);
    assert.equal(reused.json().code, 'idempotency_key_reused');
  });

  test("another company's questionnaire refuses the whole request; more than 100 entries is a 400", async () => {
    const w = await apiWorld();
    const other = await referenceScenario(world.t);
    const foreign = await w.post({ ...w.body([w.entry()]), template_id: other.settings.templateId });
    assert.equal(foreign.statusCode, 422, foreign.body);
    assert.equal(foreign.json().code, 'unknown_id');
    const tooMany = await w.post(w.body(Array.from({ length: 101 }, () => w.entry())));
    assert.equal(tooMany.statusCode, 400, tooMany.body);
    assert.equal(tooMany.json().errors[0].field, 'checks');
    const rows = await world.t.db
      .select({ id: referenceChecks.id })
      .from(referenceChecks)
      .where(eq(referenceChecks.companyId, w.s.company.id));
    assert.deepEqual(rows, []);
  });
});
