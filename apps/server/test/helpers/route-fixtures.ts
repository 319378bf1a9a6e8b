import { ROLES, type TRole } from '@vouch/contracts';
import { placements } from '../../src/modules/hiring/hiring.tables.ts';
import { inspectCv, saveCandidateCv } from '../../src/modules/hiring/index.ts';
import { reportShareLinks } from '../../src/modules/integrations/integrations.tables.ts';
import { enqueueEmail } from '../../src/modules/messaging/index.ts';
import { contactImports } from '../../src/modules/network/network.tables.ts';
import { notifications } from '../../src/modules/notifications/notifications.tables.ts';
import { personExports } from '../../src/modules/person-export/person-export.tables.ts';
import { erasureRequests } from '../../src/modules/privacy/privacy.tables.ts';
import { referenceFraudSignals } from '../../src/modules/references/references.tables.ts';
import { referralBonuses } from '../../src/modules/referrals/referrals.tables.ts';
import { sha256 } from '../../src/platform/crypto.ts';
import type { Db } from '../../src/platform/db/db.ts';
import type { Client, TestApp } from './app.ts';
import {
  makeBonusTier,
  makeCandidate,
  makeCompany,
  makeContact,
  makeDepartment,
  makeExclusion,
  makeJob,
  makeMember,
  makeReferral,
  unique,
} from './factories.ts';
import { makeApiKey, makeWebhookEndpoint } from './integration-factories.ts';
import {
  makeQuestionnaire,
  makeReferee,
  makeReferenceCheck,
  makeSubAccount,
  SAMPLE_QUESTIONNAIRE,
} from './reference-factories.ts';

/**
 * One company with one of everything a route can name by id, so tests can walk the whole route table.
 * Adding a route with a new kind of id means adding it here: the walking tests fail until then.
 */
export async function makeRouteWorld(db: Db) {
  const company = await makeCompany(db);
  const members = {} as Record<TRole, Awaited<ReturnType<typeof makeMember>>>;
  for (const role of ['admin', 'recruiter', 'hiring_manager', 'employee', 'agent'] as const) {
    members[role] = await makeMember(db, company.id, role);
  }
  const department = await makeDepartment(db, company.id);
  const { job, steps } = await makeJob(db, company.id, {
    departmentId: department.id,
    hiringManagerId: members.hiring_manager.membership.id,
  });
  const candidate = await makeCandidate(db, company.id);
  const cvFile = await saveCandidateCv(
    db,
    company.id,
    candidate.id,
    await inspectCv(Buffer.from('%PDF-1.4\n%%EOF\n'), 'cv.pdf'),
    null,
  );
  const [placement] = await db
    .insert(placements)
    .values({ companyId: company.id, candidateId: candidate.id, jobId: job.id, stepId: steps[0].id })
    .returning();
  const invited = await makeMember(db, company.id, 'employee', { status: 'invited' });
  const message = await enqueueEmail(db, {
    companyId: company.id,
    to: 'someone@test.example',
    language: 'en',
    template: 'password_reset',
    data: { name: 'Someone', url: 'https://vouch.example/reset', expiresInMinutes: 60 },
  });
  const bonusTier = await makeBonusTier(db, company.id);
  const exclusion = await makeExclusion(db, company.id);
  const [contactImport] = await db
    .insert(contactImports)
    .values({
      companyId: company.id,
      ownerMembershipId: members.employee.membership.id,
      fileName: 'c.csv',
      format: 'csv',
    })
    .returning();
  // An employee's contact they have not marked yet, and one they passed on as an email introduction.
  const contact = await makeContact(db, company.id, members.employee.membership.id);
  const referral = await makeReferral(db, company.id, members.employee.membership.id, {
    jobId: job.id,
    departmentId: department.id,
  });
  // A hire's bonus still in its waiting period: every payout route finds it (moves it may not make are 409).
  const [bonus] = await db
    .insert(referralBonuses)
    .values({
      companyId: company.id,
      referralId: referral.id,
      value: 'SEK 5 000',
      hiredAt: new Date(),
      startDate: '2026-01-01',
      waitingDays: 90,
      eligibleOn: '2026-04-01',
    })
    .returning();

  // Reference checks: a questionnaire, a sub-account, a running check on the candidate with a referee
  // who has not started (so corrections are allowed) and a fraud signal.
  const subAccount = await makeSubAccount(db, company.id);
  const questionnaire = await makeQuestionnaire(db, company.id);
  const check = await makeReferenceCheck(db, company.id, {
    candidateId: candidate.id,
    jobId: job.id,
    versionId: questionnaire.version.id,
    status: 'in_progress',
  });
  const referee = await makeReferee(db, check);
  const [fraudSignal] = await db
    .insert(referenceFraudSignals)
    .values({
      companyId: company.id,
      checkId: check.id,
      refereeId: referee.id,
      kind: 'free_mail_with_company',
      dedupeKey: referee.id,
      evidence: { field: 'email' },
    })
    .returning();
  const checkAndReferee = { id: check.id, refereeId: referee.id };

  // The integration API: a read-write key (what the API walks call with), a read-only one, one to
  // revoke, a webhook endpoint with a delivery, a report share link, and a referral on the board.
  const apiKey = await makeApiKey(db, company.id);
  const readOnlyKey = await makeApiKey(db, company.id, ['read']);
  const revocableKey = await makeApiKey(db, company.id);
  const webhook = await makeWebhookEndpoint(db, company.id);
  const [shareLink] = await db
    .insert(reportShareLinks)
    .values({
      companyId: company.id,
      checkId: check.id,
      tokenHash: sha256(unique('share')),
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  const boardReferral = await makeReferral(db, company.id, members.employee.membership.id, {
    source: 'referral_request',
    status: 'refer_request_sent',
    jobId: job.id,
  });
  const checkAndLink = { id: check.id, linkId: shareLink.id };
  // The employee's own notification: anyone else, of any company, is told it is not there.
  const [notification] = await db
    .insert(notifications)
    .values({
      companyId: company.id,
      membershipId: members.employee.membership.id,
      kind: 'referral_stage',
      referralId: referral.id,
      params: { stage: 'interviewing' },
    })
    .returning();

  // The admin's own export of the candidate, ready to download with its link's token.
  const exportToken = unique('route-world-export-token-');
  const [personExport] = await db
    .insert(personExports)
    .values({
      companyId: company.id,
      requestedById: members.admin.membership.id,
      subjectKind: 'candidate',
      subjectId: candidate.id,
      status: 'ready',
      content: Buffer.from('PK'),
      tokenHash: sha256(exportToken),
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();

  // The referee asked to be erased (from their privacy page), due in a month.
  const [erasureRequest] = await db
    .insert(erasureRequests)
    .values({
      companyId: company.id,
      subjectKind: 'referee',
      subjectId: referee.id,
      refereeId: referee.id,
      dueAt: new Date(Date.now() + 30 * 86_400_000),
    })
    .returning();

  /** The id each parameterised route names, by route; routes with two ids name each parameter. */
  const idFor: Record<string, string | Record<string, string>> = {
    '/api/jobs/:id': job.id,
    '/api/jobs/:id/steps': job.id,
    '/api/jobs/:id/archive': job.id,
    '/api/jobs/:id/unarchive': job.id,
    '/api/jobs/:id/share-link': job.id,
    '/api/candidates/:id': candidate.id,
    '/api/candidates/:id/history': candidate.id,
    '/api/candidates/:id/files': candidate.id,
    '/api/candidates/:id/referral-owner': candidate.id,
    '/api/referrals/:id/transfer': boardReferral.id,
    '/api/jobs/:id/agencies': job.id,
    '/api/candidates/:id/files/:fileId': { id: candidate.id, fileId: cvFile.id },
    '/api/candidates/:id/connections': candidate.id,
    '/api/candidates/:id/placements': candidate.id,
    '/api/placements/:id/step': placement.id,
    '/api/placements/:id': placement.id,
    '/api/members/:id/resend-invite': invited.membership.id,
    '/api/members/:id/role': members.employee.membership.id,
    '/api/members/:id/deactivate': members.employee.membership.id,
    '/api/members/:id/reactivate': members.employee.membership.id,
    '/api/company/departments/:id': department.id,
    '/api/messages/:id': message.id,
    '/api/messages/:id/retry': message.id,
    '/api/company/bonus-tiers/:id': bonusTier.id,
    '/api/exclusions/:id': exclusion.id,
    '/api/contacts/imports/:id': contactImport.id,
    '/api/contacts/:id/mark': contact.id,
    '/api/contacts/:id/skip': contact.id,
    '/api/my/referrals/:id': referral.id,
    '/api/referrals/:id': referral.id,
    '/api/referrals/:id/status': referral.id,
    '/api/referrals/:id/request-introduction': referral.id,
    '/api/referral-bonuses/:id/start-date': bonus.id,
    '/api/referral-bonuses/:id/approve': bonus.id,
    '/api/referral-bonuses/:id/paid': bonus.id,
    '/api/referral-bonuses/:id/forfeit': bonus.id,
    '/api/referrals/:id/active': referral.id,
    '/api/referrals/:id/add-to-job': referral.id,
    '/api/candidates/:id/referrals': candidate.id,
    '/api/jobs/:id/referrals/inactive-count': job.id,
    '/api/jobs/:id/referrals/reactivate': job.id,
    '/api/candidates/:id/referral-requests/draft': candidate.id,
    '/api/candidates/:id/referral-requests': candidate.id,
    '/api/sub-accounts/:id': subAccount.id,
    '/api/sub-accounts/:id/archive': subAccount.id,
    '/api/sub-accounts/:id/members': subAccount.id,
    '/api/questionnaires/:id': questionnaire.template.id,
    '/api/questionnaires/:id/duplicate': questionnaire.template.id,
    '/api/questionnaires/:id/language-versions': questionnaire.template.id,
    '/api/questionnaires/:id/archive': questionnaire.template.id,
    '/api/questionnaires/:id/versions': questionnaire.template.id,
    '/api/candidates/:id/reference-checks': candidate.id,
    '/api/candidates/:id/consents': candidate.id,
    '/api/person-exports/:id': personExport.id,
    '/api/privacy/erasure-requests/:id/keep': erasureRequest.id,
    '/api/privacy/erasure-requests/:id/erase': erasureRequest.id,
    '/api/person-exports/:id/download/:token': { id: personExport.id, token: exportToken },
    '/api/reference-checks/:id': check.id,
    '/api/reference-checks/:id/timeline': check.id,
    '/api/reference-checks/:id/referees': check.id,
    '/api/reference-checks/:id/referees/:refereeId': checkAndReferee,
    '/api/reference-checks/:id/referees/:refereeId/resend': checkAndReferee,
    '/api/reference-checks/:id/referees/:refereeId/link': checkAndReferee,
    '/api/reference-checks/:id/candidate-link': check.id,
    '/api/reference-checks/:id/close': check.id,
    '/api/reference-checks/:id/cancel': check.id,
    '/api/reference-checks/:id/report': check.id,
    '/api/reference-checks/:id/report.pdf': check.id,
    '/api/reference-checks/:id/fraud-signals/:signalId/review': { id: check.id, signalId: fraudSignal.id },
    '/api/reference-checks/:id/fraud-signals/review-all': check.id,
    '/api/company/api-keys/:id/revoke': revocableKey.row.id,
    '/api/company/webhook-endpoints/:id': webhook.endpoint.id,
    '/api/company/webhook-endpoints/:id/rotate-secret': webhook.endpoint.id,
    '/api/company/webhook-endpoints/:id/deliveries': webhook.endpoint.id,
    '/api/company/webhook-endpoints/:id/test': webhook.endpoint.id,
    '/api/company/webhook-deliveries/:id/resend': webhook.delivery.id,
    '/api/reference-checks/:id/share-links': check.id,
    '/api/reference-checks/:id/share-links/:linkId/revoke': checkAndLink,
    '/api/v1/reference-checks/:id/share-links': check.id,
    '/api/v1/reference-checks/:id/share-links/:linkId/revoke': checkAndLink,
    '/api/v1/reference-checks/:id': check.id,
    '/api/v1/reference-checks/:id/cancel': check.id,
    '/api/v1/reference-checks/:id/referees': check.id,
    '/api/v1/reference-checks/:id/report': check.id,
    '/api/v1/reference-checks/:id/report.pdf': check.id,
    '/api/v1/candidates/:id': candidate.id,
    '/api/v1/referrals/:id': boardReferral.id,
    '/api/v1/webhook-endpoints/:id': webhook.endpoint.id,
    '/api/notifications/:id/read': notification.id,
    // Not an id: the language of the caller's own company's template.
    '/api/company/message-templates/referral-request/:language': 'sv',
  };

  /** A body each write route accepts, so a refusal can only come from the id or the role. */
  const bodyFor: Record<string, unknown> = {
    'PUT /api/jobs/:id': { title: 'Renamed', recruiterIds: [] },
    'PUT /api/jobs/:id/steps': { steps: steps.map((s) => ({ id: s.id, name: s.name, kind: s.kind })) },
    'PUT /api/candidates/:id': { firstName: 'Renamed', lastName: 'Person' },
    'POST /api/candidates/:id/placements': { jobId: job.id },
    'PUT /api/placements/:id/step': { stepId: steps[1].id },
    'PUT /api/members/:id/role': { role: 'recruiter' },
    'PUT /api/company/departments/:id': { name: 'Renamed department' },
    'PUT /api/company/bonus-tiers/:id': { name: 'Renamed tier', value: 'SEK 1 000' },
    'PUT /api/company/bonus-tiers/order': { ids: [bonusTier.id] },
    'POST /api/company/bonus-tiers': { name: unique('Tier '), value: 'SEK 2 000' },
    'PUT /api/exclusions/:id': { kind: 'email', value: `${unique('p')}@renamed.example`, reason: 'Renamed' },
    'POST /api/exclusions': { kind: 'company_name', value: unique('Excluded Co '), reason: 'Non-solicit' },
    'POST /api/contacts/:id/mark': { mark: 'warm_prospect', loveToWorkAgain: true, jobId: job.id },
    'PATCH /api/my/referrals/:id': { note: 'Worked together for three years' },
    'POST /api/referrals/:id/status': { status: 'recruiter_contacted', note: 'Called' },
    'PUT /api/referral-bonuses/:id/start-date': { startDate: '2026-01-15' },
    'POST /api/referral-bonuses/:id/paid': { paidOn: '2026-05-01', amount: 5000, payrollReference: 'P-1' },
    'POST /api/referral-bonuses/:id/forfeit': { reason: 'Left before the period ended' },
    'PATCH /api/referrals/:id': { departmentId: department.id },
    'POST /api/referrals/:id/request-introduction': { message: 'Could you introduce us?' },
    'POST /api/referrals/:id/active': { active: false },
    'POST /api/questionnaires/:id/language-versions': { language: 'sv' },
    'POST /api/referrals/:id/add-to-job': { jobId: job.id },
    'POST /api/candidates/:id/referral-requests/draft': { colleagueMembershipId: members.employee.membership.id },
    'POST /api/candidates/:id/referral-requests': {
      colleagueMembershipId: members.employee.membership.id,
      jobId: job.id,
      reason: 'Led the same kind of work',
      subject: 'Could you refer {{ candidate.full_name }}?',
      body: 'Hi {{ colleague.first_name }}, do you know {{ candidate.first_name }}?',
      delivery: 'email',
    },
    'POST /api/sub-accounts': { name: unique('Brand '), senderName: 'Brand Recruiting' },
    'PUT /api/sub-accounts/:id': { name: unique('Renamed brand '), senderName: null },
    'POST /api/sub-accounts/:id/archive': { archived: false },
    'PUT /api/sub-accounts/:id/members': { membershipIds: [] },
    'POST /api/questionnaires': { language: 'sv', preset: 'short' },
    'PUT /api/questionnaires/:id': {
      name: unique('Renamed questionnaire '),
      language: 'en',
      content: SAMPLE_QUESTIONNAIRE,
    },
    'POST /api/questionnaires/:id/archive': { archived: false },
    'POST /api/company/api-keys': { name: unique('Key '), scopes: ['read'] },
    'POST /api/company/webhook-endpoints': {
      url: 'https://93.184.216.34/hooks/new',
      description: null,
      eventTypes: ['referral.created'],
    },
    'PUT /api/company/webhook-endpoints/settings': { allowPrivateNetworks: false },
    'PUT /api/audit-log/settings': { retentionYears: 5 },
    'POST /api/person-exports': { subjectKind: 'candidate', subjectId: candidate.id },
    'POST /api/privacy/erasure-requests/:id/keep': { reason: 'A legal claim is pending' },
    'PUT /api/company/webhook-endpoints/:id': {
      url: 'https://93.184.216.34/hooks/changed',
      description: 'Changed',
      eventTypes: ['referral.created'],
      enabled: true,
    },
    'POST /api/reference-checks/:id/share-links': {},
    'POST /api/referrals/:id/transfer': { toMembershipId: members.agent.membership.id, reason: 'Agreed with both' },
    'PUT /api/jobs/:id/agencies': { agencyIds: [] },
    'POST /api/v1/reference-checks/:id/share-links': {},
    'POST /api/v1/reference-checks': {
      candidate: { first_name: 'Api', last_name: 'Candidate', email: `${unique('api')}@mail.example` },
      template_id: questionnaire.template.id,
    },
    'POST /api/v1/reference-checks/:id/referees': {
      referees: [{ name: 'Api Referee', email: `${unique('apiref')}@work.example`, relationship: 'colleague' }],
      referee_consent: { method: 'in_writing' },
    },
    'POST /api/v1/candidates': { first_name: 'Api', last_name: 'Person' },
    'POST /api/v1/webhook-endpoints': {
      url: 'https://93.184.216.34/hooks/v1',
      event_types: ['referral.created'],
      description: null,
    },
    'POST /api/partners/greenhouse/send_test': {
      partner_test_id: questionnaire.template.id,
      candidate: { first_name: 'Green', last_name: 'House', email: `${unique('gh')}@mail.example` },
      url: 'https://93.184.216.34/greenhouse/callback',
    },
    'POST /api/partners/greenhouse/response_error': { api_call: 'list_tests', errors: ['test'] },
    'POST /api/candidates/:id/reference-checks': {
      language: 'en',
      templateId: questionnaire.template.id,
      candidateChannel: 'none',
      refereesWanted: 2,
      refereeChannel: 'email',
    },
    'POST /api/reference-checks/:id/referees': {
      name: 'Added Referee',
      email: `${unique('added')}@work.example`,
      relationship: 'colleague',
      language: 'en',
    },
    'PATCH /api/reference-checks/:id/referees/:refereeId': {
      name: 'Corrected Referee',
      email: `${unique('corrected')}@work.example`,
      relationship: 'manager',
      language: 'en',
    },
    'POST /api/reference-checks/:id/fraud-signals/:signalId/review': { reviewed: true },
    'PUT /api/me/work-history': { items: [{ companyName: 'Dentons', title: 'Partner' }] },
    'PUT /api/me/education': { items: [{ schoolName: 'KTH', degree: 'MSc' }] },
    'POST /api/me/work-history/import': {
      csv: 'Company Name,Title,Description,Location,Started On,Finished On\nKlarna,Lawyer,,,Mar 2019,\n',
    },
    'POST /api/me/education/import': {
      csv: 'School Name,Start Date,End Date,Notes,Degree Name,Activities\nKTH,2010,2014,,MSc,\n',
    },
    'PUT /api/me/notification-settings': { mode: 'digest' },
    'PUT /api/company/message-templates/referral-request/:language': {
      subject: 'Känner du {{ candidate.full_name }}?',
      body: 'Hej {{ colleague.first_name }}!',
    },
  };

  return {
    company,
    members,
    department,
    job,
    steps,
    candidate,
    placement,
    message,
    bonusTier,
    exclusion,
    contactImport,
    contact,
    referral,
    subAccount,
    questionnaire,
    check,
    referee,
    fraudSignal,
    apiKey,
    readOnlyKey,
    webhook,
    shareLink,
    boardReferral,
    notification,
    idFor,
    bodyFor,
  };
}

export type RouteWorld = Awaited<ReturnType<typeof makeRouteWorld>>;

/** A signed-in client for each of the world's members, by role. */
export async function signInEveryRole(t: TestApp, world: RouteWorld) {
  const clients = {} as Record<TRole, Client>;
  for (const role of ROLES) clients[role] = await t.signIn(world.members[role].email);
  return clients;
}

export function fillParams(url: string, world: RouteWorld) {
  if (!url.includes(':')) return url;
  const ids = world.idFor[url];
  if (!ids) throw new Error(`No fixture id for ${url}: add one to makeRouteWorld`);
  return url.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    const id = typeof ids === 'string' ? ids : ids[name];
    if (!id) throw new Error(`No fixture id for :${name} of ${url}`);
    return id;
  });
}
