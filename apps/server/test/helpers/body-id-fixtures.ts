import type { Db } from '../../src/platform/db/db.ts';
import { makeCandidate, makeContact, makeJob, makeReferral, unique } from './factories.ts';
import { makeQuestionnaire, SAMPLE_QUESTIONNAIRE } from './reference-factories.ts';
import { makeRouteWorld } from './route-fixtures.ts';

/**
 * The route world plus spare rows, so a body can name a job the candidate is not on yet or a
 * questionnaire whose owner may change without disturbing the routes walked after it.
 */
export async function makeBodyIdWorld(db: Db) {
  const world = await makeRouteWorld(db);
  const { job, steps } = await makeJob(db, world.company.id);
  const candidate = await makeCandidate(db, world.company.id);
  const questionnaire = await makeQuestionnaire(db, world.company.id);
  // An employee's referral that owns a candidate, for the admin's ownership transfer.
  const owned = await makeReferral(db, world.company.id, world.members.employee.membership.id, {
    contact: null,
    source: 'employee_referral',
    status: 'applied',
    candidateId: candidate.id,
    ownership: 'candidate',
  });
  // A contact only the erasure route erases, so the routes walked after it still find theirs.
  const erasable = await makeContact(db, world.company.id, world.members.employee.membership.id);
  return { ...world, spare: { job, steps, candidate, questionnaire, owned, erasable } };
}
export type BodyIdWorld = Awaited<ReturnType<typeof makeBodyIdWorld>>;

export type BodyIdFixture = {
  /** Who calls: the world's admin, the employee (for routes on their own contacts) or its API key. */
  as?: 'admin' | 'employee' | 'apiKey';
  /** A body the route accepts for world `w`, naming w's ids at every id path the document shows. */
  body: (w: BodyIdWorld) => Record<string, unknown>;
  /** The URL's ids, where the route world's default would be disturbed by the accepted call. */
  params?: (w: BodyIdWorld) => Record<string, string>;
  /** Ids for paths an accepted body must leave out (a job being created has no step ids yet). */
  refusedOnly?: Record<string, (w: BodyIdWorld) => string>;
  /** The accepted call replaces the caller's session (switching company): it gets a session of its own. */
  replacesSession?: boolean;
  /** Walked before the others: its body lists every row of a kind, which another route's accepted call adds to. */
  first?: boolean;
};

const CHECK_SETTINGS = { candidateChannel: 'none', refereesWanted: 2, refereeChannel: 'email' } as const;

/**
 * One fixture per write route whose body holds an id. The walk in body-ids.test.ts reads the id
 * fields from the OpenAPI document and fails for a route that has none here, so a new route with an
 * id in its body cannot be forgotten.
 */
export const BODY_ID_FIXTURES: Record<string, BodyIdFixture> = {
  'POST /api/person-exports': { body: (w) => ({ subjectKind: 'candidate', subjectId: w.spare.candidate.id }) },
  'POST /api/auth/switch-company': { body: (w) => ({ companyId: w.company.id }), replacesSession: true },
  'PUT /api/me/profile': { body: (w) => ({ name: 'Profile Name', language: 'en', departmentIds: [w.department.id] }) },
  'POST /api/members/invite': {
    body: (w) => ({
      email: `${unique('invitee')}@test.example`,
      role: 'agent',
      agencyId: w.members.agent.membership.agencyId,
    }),
  },
  'PUT /api/members/:id/role': {
    params: (w) => ({ id: w.members.agent.membership.id }),
    body: (w) => ({ role: 'agent', agencyId: w.members.agent.membership.agencyId }),
  },
  'POST /api/jobs': {
    body: (w) => ({
      title: unique('Job '),
      departmentId: w.department.id,
      hiringManagerId: w.members.hiring_manager.membership.id,
      recruiterIds: [w.members.recruiter.membership.id],
      steps: [
        {
          name: 'References',
          kind: 'reference_check',
          settings: { subAccountId: w.subAccount.id, language: 'en', templateId: w.questionnaire.template.id },
        },
      ],
    }),
    refusedOnly: { 'steps[].id': (w) => w.steps[0].id },
  },
  'PUT /api/jobs/:id': {
    body: (w) => ({
      title: 'Renamed',
      departmentId: w.department.id,
      hiringManagerId: w.members.hiring_manager.membership.id,
      recruiterIds: [w.members.recruiter.membership.id],
    }),
  },
  'PUT /api/jobs/:id/steps': {
    params: (w) => ({ id: w.spare.job.id }),
    body: (w) => ({
      steps: w.spare.steps.map((s, index) =>
        index === 0
          ? {
              id: s.id,
              name: s.name,
              kind: 'reference_check',
              settings: { subAccountId: w.subAccount.id, language: 'en', templateId: w.questionnaire.template.id },
            }
          : { id: s.id, name: s.name, kind: s.kind },
      ),
    }),
  },
  'POST /api/candidates': {
    body: (w) => ({ firstName: 'Placed', lastName: 'Person', placement: { jobId: w.job.id, stepId: w.steps[1].id } }),
  },
  'POST /api/candidates/duplicate-check': {
    body: (w) => ({ firstName: 'Any', lastName: 'Person', excludeId: w.candidate.id }),
  },
  'POST /api/candidates/:id/placements': {
    params: (w) => ({ id: w.spare.candidate.id }),
    body: (w) => ({ jobId: w.job.id, stepId: w.steps[1].id }),
  },
  'PUT /api/placements/:id/step': { body: (w) => ({ stepId: w.steps[1].id }) },
  'PUT /api/company/bonus-tiers/order': { first: true, body: (w) => ({ ids: [w.bonusTier.id] }) },
  'POST /api/company/bonus-tiers': {
    body: (w) => ({ name: unique('Tier '), value: 'SEK 5 000', departmentId: w.department.id, waitingDays: 90 }),
  },
  'PUT /api/company/bonus-tiers/:id': {
    body: (w) => ({ name: unique('Tier '), value: 'SEK 6 000', departmentId: w.department.id, waitingDays: 60 }),
  },
  'POST /api/referrals': {
    as: 'employee',
    body: (w) => ({
      firstName: 'Rut',
      lastName: unique('Referred'),
      email: `${unique('referred')}@mail.example`,
      jobIds: [w.job.id],
    }),
  },
  'POST /api/referrals/:id/transfer': {
    params: (w) => ({ id: w.spare.owned.id }),
    body: (w) => ({ toMembershipId: w.members.agent.membership.id, reason: 'Agreed with both referrers' }),
  },
  'PUT /api/jobs/:id/agencies': {
    params: (w) => ({ id: w.job.id }),
    body: (w) => ({ agencyIds: [w.members.agent.membership.agencyId as string] }),
  },
  'POST /api/v1/referrals': {
    as: 'apiKey',
    body: (w) => ({
      referrer_email: w.members.employee.email,
      first_name: 'Rut',
      last_name: unique('Posted'),
      email: `${unique('posted')}@mail.example`,
      job_id: w.job.id,
    }),
  },
  'PATCH /api/referrals/:id': { body: (w) => ({ departmentId: w.department.id }) },
  'POST /api/referrals/:id/add-to-job': { body: (w) => ({ jobId: w.spare.job.id, stepId: w.spare.steps[1].id }) },
  'POST /api/contacts/:id/mark': { as: 'employee', body: (w) => ({ mark: 'warm_prospect', jobId: w.job.id }) },
  'PATCH /api/my/referrals/:id': { as: 'employee', body: (w) => ({ jobId: w.job.id }) },
  'POST /api/candidates/:id/referral-requests/draft': {
    body: (w) => ({ colleagueMembershipId: w.members.employee.membership.id, jobId: w.job.id }),
  },
  'POST /api/candidates/:id/referral-requests': {
    body: (w) => ({
      colleagueMembershipId: w.members.employee.membership.id,
      jobId: w.job.id,
      subject: 'Could you refer {{ candidate.full_name }}?',
      body: 'Hi {{ colleague.first_name }}, do you know {{ candidate.first_name }}?',
      delivery: 'mailto',
    }),
  },
  'PUT /api/sub-accounts/:id/members': { body: (w) => ({ membershipIds: [w.members.recruiter.membership.id] }) },
  'POST /api/questionnaires': { body: (w) => ({ language: 'en', preset: 'short', subAccountId: w.subAccount.id }) },
  'PUT /api/questionnaires/:id': {
    params: (w) => ({ id: w.spare.questionnaire.template.id }),
    body: (w) => ({
      name: unique('Questionnaire '),
      language: 'en',
      subAccountId: w.subAccount.id,
      content: SAMPLE_QUESTIONNAIRE,
    }),
  },
  'POST /api/candidates/:id/reference-checks': {
    params: (w) => ({ id: w.spare.candidate.id }),
    body: (w) => ({
      language: 'en',
      templateId: w.questionnaire.template.id,
      subAccountId: w.subAccount.id,
      jobId: w.job.id,
      ...CHECK_SETTINGS,
    }),
  },
  'POST /api/reference-checks/bulk': {
    body: (w) => ({
      language: 'en',
      templateId: w.questionnaire.template.id,
      subAccountId: w.subAccount.id,
      jobId: w.job.id,
      candidateIds: [w.spare.candidate.id],
      ...CHECK_SETTINGS,
    }),
  },
  'POST /api/privacy/retention/extensions': {
    body: (w) => ({ candidateId: w.spare.candidate.id, months: 6, reason: 'Consent to keep' }),
  },
  'POST /api/privacy/erasures': { body: (w) => ({ kind: 'contact', id: w.spare.erasable.id }) },
  'POST /api/company/api-keys': {
    body: (w) => ({ name: unique('Key '), scopes: ['read'], subAccountId: w.subAccount.id }),
  },
  'POST /api/v1/reference-checks': {
    as: 'apiKey',
    body: (w) => ({
      candidate: { first_name: 'Api', last_name: 'Candidate', email: `${unique('api')}@mail.example` },
      template_id: w.questionnaire.template.id,
      sub_account_id: w.subAccount.id,
      candidate_channel: 'none',
    }),
  },
  'POST /api/v1/reference-checks/bulk': {
    as: 'apiKey',
    body: (w) => ({
      template_id: w.questionnaire.template.id,
      sub_account_id: w.subAccount.id,
      candidate_channel: 'none',
      checks: [{ candidate: { first_name: 'Bulk', last_name: 'Candidate', email: `${unique('bulk')}@mail.example` } }],
    }),
  },
  // Greenhouse names a questionnaire by its "test id", a string the document cannot mark as a uuid.
  'POST /api/partners/greenhouse/send_test': {
    as: 'apiKey',
    body: (w) => ({
      partner_test_id: w.questionnaire.template.id,
      candidate: { first_name: 'Green', last_name: 'House', email: `${unique('gh')}@mail.example` },
      url: 'https://93.184.216.34/greenhouse/callback',
    }),
  },
};

/** Ids the document cannot mark as uuids, walked all the same. */
export const UNFORMATTED_ID_PATHS: Record<string, string[]> = {
  'POST /api/partners/greenhouse/send_test': ['partner_test_id'],
};
