import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TOwnershipMode } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import type { Client } from './helpers/app.ts';
import { intakeWorld, person, refer } from './helpers/intake-world.ts';
import { useTestApp } from './helpers/suite.ts';

/**
 * Item 18: every ownership mode × {general referral, job submission, second referrer, match to
 * another job, mode switched later} × {employee, agent}, asserting whom each Referral tab shows:
 * the candidate's general profile (`cand`) and the submission to job A (`subA`) / job B (`subB`).
 * R1 is the first referrer, R2 a second one of the same role; a string in `refused` is the problem
 * reason the step that should fail answers with.
 */
const t = useTestApp();

type Who = 'R1' | 'R2' | null;
type Expect = { cand?: Who; subA?: Who; subB?: Who; refused?: string; submissionRowsB?: number };
type Scenario = 'general' | 'job' | 'second' | 'match' | 'switched';
const MODES: TOwnershipMode[] = ['candidate', 'submission', 'submission_and_candidate'];
const NEXT: Record<TOwnershipMode, TOwnershipMode> = {
  candidate: 'submission',
  submission: 'candidate',
  submission_and_candidate: 'candidate',
};

const TABLE: Record<Scenario, Record<TOwnershipMode, { employee: Expect; agent: Expect }>> = {
  // A general referral owns the general profile in every mode (not recommended in Submission mode);
  // agents always submit to a job.
  general: {
    candidate: { employee: { cand: 'R1', subA: 'R1' }, agent: { refused: 'referral.agent_needs_job' } },
    submission: { employee: { cand: 'R1', subA: null }, agent: { refused: 'referral.agent_needs_job' } },
    submission_and_candidate: {
      employee: { cand: 'R1', subA: null },
      agent: { refused: 'referral.agent_needs_job' },
    },
  },
  job: {
    candidate: { employee: { cand: 'R1', subA: 'R1' }, agent: { cand: 'R1', subA: 'R1' } },
    submission: { employee: { cand: null, subA: 'R1' }, agent: { cand: null, subA: 'R1' } },
    submission_and_candidate: { employee: { cand: 'R1', subA: 'R1' }, agent: { cand: 'R1', subA: 'R1' } },
  },
  // R2 refers the same person to job A (refused everywhere), then to job B.
  second: {
    candidate: {
      employee: { refused: 'referral.already_referred', cand: 'R1', subA: 'R1', subB: 'R1' },
      agent: { refused: 'referral.already_referred', cand: 'R1', subA: 'R1', subB: 'R1' },
    },
    submission: {
      employee: { refused: 'referral.already_referred', cand: null, subA: 'R1', subB: 'R2' },
      agent: { refused: 'referral.already_referred', cand: null, subA: 'R1', subB: 'R2' },
    },
    submission_and_candidate: {
      employee: { refused: 'referral.already_referred', cand: 'R1', subA: 'R1', subB: 'R2' },
      agent: { refused: 'referral.already_referred', cand: 'R1', subA: 'R1', subB: 'R2' },
    },
  },
  // A recruiter adds the candidate to job B.
  match: {
    candidate: {
      employee: { cand: 'R1', subB: 'R1', submissionRowsB: 0 },
      agent: { cand: 'R1', subB: 'R1', submissionRowsB: 0 },
    },
    submission: {
      employee: { cand: null, subB: 'R1', submissionRowsB: 1 },
      agent: { cand: null, subB: 'R1', submissionRowsB: 1 },
    },
    submission_and_candidate: {
      employee: { cand: 'R1', subB: 'R1', submissionRowsB: 1 },
      agent: { cand: 'R1', subB: 'R1', submissionRowsB: 1 },
    },
  },
  // Referred to job A, then the mode changes to NEXT[mode]: the rows stay, the display follows the new mode.
  switched: {
    candidate: { employee: { cand: 'R1', subA: null }, agent: { cand: 'R1', subA: null } },
    submission: { employee: { cand: null, subA: 'R1' }, agent: { cand: null, subA: 'R1' } },
    submission_and_candidate: { employee: { cand: 'R1', subA: 'R1' }, agent: { cand: 'R1', subA: 'R1' } },
  },
};

async function run(mode: TOwnershipMode, scenario: Scenario, role: 'employee' | 'agent', expect: Expect) {
  const w = await intakeWorld(t, { ownershipMode: mode, acceptKnownFromAgents: true, acceptKnownFromEmployees: true });
  const r1 = role === 'agent' ? w.agent : w.employee;
  const r2 = role === 'agent' ? w.agent2 : w.employee2;
  const who = (id: string | undefined): Who => (id === r1.membership.id ? 'R1' : id === r2.membership.id ? 'R2' : null);
  const someone = person();
  const ok = async (client: Client, body: Record<string, unknown>) => {
    const res = await refer(client, body);
    assert.equal(res.statusCode, 201, res.body);
  };

  if (scenario === 'general') {
    const res = await refer(r1.client, someone);
    if (expect.refused) {
      // A field error, as the codebase answers validation (400 with the field).
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().errors[0].field, 'jobIds');
      assert.equal(res.json().reason, expect.refused);
      return;
    }
    assert.equal(res.statusCode, 201, res.body);
    if (mode === 'submission') assert.equal(res.json().hint, 'general_in_submission_mode');
  } else {
    await ok(r1.client, { ...someone, jobIds: [w.jobA.id] });
  }
  if (scenario === 'second') {
    const again = await refer(r2.client, { ...someone, jobIds: [w.jobA.id] });
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json().reason, expect.refused);
    const other = await refer(r2.client, { ...someone, jobIds: [w.jobB.id] });
    assert.equal(other.statusCode, expect.subB === 'R2' ? 201 : 409, other.body);
  }
  const candidateId = await candidateOf(someone.email);
  if (scenario === 'match') {
    const res = await w.recruiter.client.post(`/api/candidates/${candidateId}/placements`, { jobId: w.jobB.id });
    assert.equal(res.statusCode, 201, res.body);
    const rowsB = await t.db
      .select()
      .from(referrals)
      .where(
        and(
          eq(referrals.candidateId, candidateId),
          eq(referrals.jobId, w.jobB.id),
          eq(referrals.ownership, 'submission'),
        ),
      );
    assert.equal(rowsB.length, expect.submissionRowsB);
  }
  if (scenario === 'switched') {
    const before = await t.db.select().from(referrals).where(eq(referrals.candidateId, candidateId));
    const res = await w.admin.client.put('/api/referral-policy', { ownershipMode: NEXT[mode] });
    assert.equal(res.statusCode, 200, res.body);
    const after = await t.db.select().from(referrals).where(eq(referrals.candidateId, candidateId));
    assert.deepEqual(
      after.map((r) => [r.id, r.ownership, r.referrerMembershipId]),
      before.map((r) => [r.id, r.ownership, r.referrerMembershipId]),
      'switching modes keeps existing ownership',
    );
  }
  const shown = async (jobId?: string) => {
    const res = await w.admin.client.get(
      `/api/candidates/${candidateId}/referral-owner${jobId ? `?jobId=${jobId}` : ''}`,
    );
    assert.equal(res.statusCode, 200, res.body);
    return who(res.json().owner?.membershipId);
  };
  if ('cand' in expect) assert.equal(await shown(), expect.cand, 'candidate Referral tab');
  if ('subA' in expect) assert.equal(await shown(w.jobA.id), expect.subA, 'job A submission Referral tab');
  if ('subB' in expect) assert.equal(await shown(w.jobB.id), expect.subB, 'job B submission Referral tab');
}

async function candidateOf(email: string) {
  const [row] = await t.db.select({ id: referrals.candidateId }).from(referrals).where(eq(referrals.email, email));
  assert.ok(row?.id, 'the referral has its candidate');
  return row.id;
}

describe('ownership per mode, scenario and role (seed 001)', () => {
  for (const scenario of Object.keys(TABLE) as Scenario[])
    for (const mode of MODES)
      for (const role of ['employee', 'agent'] as const)
        test(`${mode} × ${scenario} × ${role}`, () => run(mode, scenario, role, TABLE[scenario][mode][role]));
});
