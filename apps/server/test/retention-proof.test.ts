import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WEBHOOK_EVENT_TYPES } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { candidates, inspectCv, saveCandidateCv, workHistory } from '../src/modules/hiring/index.ts';
import { webhookEndpoints } from '../src/modules/integrations/index.ts';
import { contactImportRows, contactImports } from '../src/modules/network/index.ts';
import { retentionExtensions, runRetention } from '../src/modules/privacy/index.ts';
import { referees, referenceChecks, referenceFraudSignals } from '../src/modules/references/index.ts';
import { referralEvents, referrals } from '../src/modules/referrals/index.ts';
import { registrations } from '../src/modules/tenancy/index.ts';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeContact, makeExclusion, makeJob, makeMember } from './helpers/factories.ts';
import { makeWebhookEndpoint } from './helpers/integration-factories.ts';
import { findPerson } from './helpers/person-search.ts';
import { makeQuestionnaire } from './helpers/reference-factories.ts';

/**
 * The proof (issue 14, item 3): one person, found by a distinctive name, email and phone, is put in
 * every table that can hold them through the product's own ways in (referral, API with an
 * idempotency key, webhooks, reference checks as candidate and as referee, a colleague's imported
 * contacts, messages, a sign-up, an exclusion, a retention extension). The clock moves past every
 * period, the job runs, and every text, JSON, array, tsvector and bytea column of every table — read
 * from the database's catalogue, so a new table is covered without being listed — no longer holds them.
 */
const FIRST = 'Quillon';
const LAST = 'Zanzibarova';
const EMAIL = 'quillon.zanzibarova@proof.example';
const PHONE = '+46709876543';
const NEEDLES = [FIRST, LAST, EMAIL, PHONE.slice(1)];
const LINKEDIN = 'https://www.linkedin.com/in/quillon-zanzibarova';

let t: TestApp;
let companyId: string;
let candidateId: string;
let admin: Client;

const later = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

before(async () => {
  t = await startTestApp();
  const company = await makeCompany(t.db);
  companyId = company.id;
  const adminMember = await makeMember(t.db, companyId, 'admin');
  const employee = await makeMember(t.db, companyId, 'employee');
  const leaver = await makeMember(t.db, companyId, 'employee');
  admin = await t.signIn(adminMember.email);
  const { job } = await makeJob(t.db, companyId, { title: 'Platform engineer' });

  // Webhooks for every event, so each change below leaves a payload copy.
  const hook = await makeWebhookEndpoint(t.db, companyId);
  await t.db
    .update(webhookEndpoints)
    .set({ eventTypes: [...WEBHOOK_EVENT_TYPES] })
    .where(eq(webhookEndpoints.id, hook.endpoint.id));

  // An applicant tracking system sends the person first (its answer replayable by the idempotency key).
  const keyRes = await admin.post('/api/company/api-keys', { name: 'ATS', scopes: ['read', 'write'] });
  assert.equal(keyRes.statusCode, 201, keyRes.body);
  const apiKey = (keyRes.json() as { key: string }).key;
  const ats = t.withApiKey(apiKey);
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/v1/candidates',
    headers: { authorization: `Bearer ${apiKey}`, 'idempotency-key': 'proof-candidate' },
    payload: { first_name: FIRST, last_name: LAST, email: EMAIL, phone: PHONE, linkedin_url: LINKEDIN },
  });
  assert.equal(sent.statusCode, 201, sent.body);
  const policy = await admin.put('/api/referral-policy', { acceptKnownFromEmployees: true });
  assert.equal(policy.statusCode, 200, policy.body);

  // An employee refers the person to a job.
  const referrer = await t.signIn(employee.email);
  const referred = await referrer.post('/api/referrals', {
    firstName: FIRST,
    lastName: LAST,
    email: EMAIL,
    phone: PHONE,
    linkedinUrl: LINKEDIN,
    jobIds: [job.id],
    relationship: `Worked with ${FIRST} ${LAST} at Acme`,
    note: `${FIRST} is the best engineer I know; call ${PHONE}`,
  });
  assert.equal(referred.statusCode, 201, referred.body);
  const [candidate] = await t.db
    .select()
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), eq(candidates.emailKey, EMAIL)));
  candidateId = candidate.id;
  const cv = Buffer.from(`%PDF-1.4\n(${FIRST} ${LAST} ${EMAIL} ${PHONE})\n%%EOF\n`);
  await saveCandidateCv(t.db, companyId, candidateId, await inspectCv(cv, `${LAST}-cv.pdf`), employee.membership.id);
  await t.db.insert(workHistory).values({
    companyId,
    candidateId,
    companyName: `${LAST} Consulting`,
    companyKey: LAST.toLowerCase(),
    title: 'Founder',
  });
  await t.db
    .update(candidates)
    .set({ notes: `${FIRST} prefers email: ${EMAIL}` })
    .where(eq(candidates.id, candidateId));
  const [referral] = await t.db.select().from(referrals).where(eq(referrals.candidateId, candidateId));
  await t.db.insert(referralEvents).values({
    companyId,
    referralId: referral.id,
    fromStatus: referral.status,
    toStatus: referral.status,
    note: `Spoke to ${FIRST} on ${PHONE}`,
  });

  // The system starts a check on the person, and another check where the person is the referee.
  const { template } = await makeQuestionnaire(t.db, companyId);
  const started = await t.app.inject({
    method: 'POST',
    url: '/api/v1/reference-checks',
    headers: { authorization: `Bearer ${apiKey}`, 'idempotency-key': 'proof-check' },
    payload: {
      candidate: { first_name: FIRST, last_name: LAST, email: EMAIL, phone: PHONE },
      template_id: template.id,
      referees_wanted: 1,
      candidate_channel: 'none',
      referee_channel: 'email',
      referees: [{ name: 'Rita Referee', email: 'rita@ref.example', relationship: 'manager' }],
      referee_consent: { method: 'in_writing' },
    },
  });
  assert.equal(started.statusCode, 201, started.body);
  const checkId = (started.json() as { id: string }).id;
  const [rita] = await t.db.select().from(referees).where(eq(referees.checkId, checkId));
  await t.db
    .update(referees)
    .set({ answers: { strengths: `${FIRST} ${LAST} led the team`, rating: 5 }, answeredAt: new Date() })
    .where(eq(referees.id, rita.id));
  await t.db.insert(referenceFraudSignals).values({
    companyId,
    checkId,
    refereeId: rita.id,
    kind: 'contact_matches_candidate',
    dedupeKey: 'proof',
    evidence: { candidateEmail: EMAIL, refereeEmail: 'rita@ref.example' },
  });
  const asReferee = await ats.post('/api/v1/reference-checks', {
    candidate: { first_name: 'Otto', last_name: 'Other', email: 'otto.other@proof.example' },
    template_id: template.id,
    referees_wanted: 1,
    candidate_channel: 'none',
    referee_channel: 'email_and_sms',
    referees: [{ name: `${FIRST} ${LAST}`, email: EMAIL, phone: PHONE, relationship: 'colleague' }],
    referee_consent: { method: 'verbally' },
  });
  assert.equal(asReferee.statusCode, 201, asReferee.body);

  // A colleague who imported the person, then left the company.
  await makeContact(t.db, companyId, leaver.membership.id, {
    firstName: FIRST,
    lastName: LAST,
    email: EMAIL,
    emailKey: EMAIL,
    phone: PHONE,
    linkedinUrl: LINKEDIN,
  });
  const [upload] = await t.db
    .insert(contactImports)
    .values({
      companyId,
      ownerMembershipId: leaver.membership.id,
      fileName: `${LAST}.csv`,
      format: 'csv',
      status: 'reading',
    })
    .returning();
  await t.db
    .insert(contactImportRows)
    .values({ companyId, importId: upload.id, seq: 1, firstName: FIRST, lastName: LAST, email: EMAIL, phone: PHONE });
  const left = await admin.post(`/api/members/${leaver.membership.id}/deactivate`);
  assert.equal(left.statusCode, 200, left.body);

  // The company excluded the person's address; they once asked to join; an admin kept them a while.
  await makeExclusion(t.db, companyId, { kind: 'email', value: EMAIL });
  await t.db.insert(registrations).values({
    purpose: 'join',
    companyId,
    email: EMAIL,
    name: `${FIRST} ${LAST}`,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  await t.db.insert(retentionExtensions).values({
    companyId,
    candidateId,
    keepUntil: later(1),
    reason: `${FIRST} agreed by phone (${PHONE}) to stay in our pool`,
    createdById: adminMember.membership.id,
  });
});
after(() => t.close());

test('the person is everywhere before the job runs (the search can fail)', async () => {
  const tables = new Set((await findPerson(t.db, NEEDLES)).map((hit) => hit.split('.')[0]));
  for (const table of [
    'candidates',
    'candidate_files',
    'work_history',
    'referrals',
    'referral_events',
    'reference_checks',
    'referees',
    'reference_fraud_signals',
    'contacts',
    'contact_import_rows',
    'contact_imports',
    'exclusions',
    'exclusion_keys',
    'messages',
    'webhook_events',
    'idempotency_keys',
    'registrations',
    'retention_extensions',
  ]) {
    if (table === 'reference_checks') continue; // holds ids only; listed to show it was considered
    assert.ok(tables.has(table), `expected the person in ${table}; found in ${[...tables].join(', ')}`);
  }
});

test('past every retention period, the job leaves no trace of the name, email or phone in any column', async () => {
  const run = await runRetention({ db: t.db, now: later(25) });
  assert.ok(run.batches > 0);
  assert.deepEqual(await findPerson(t.db, NEEDLES), []);
});

test('what statistics need stays, detached from the person; a second run finds nothing to do', async () => {
  const [candidate] = await t.db.select().from(candidates).where(eq(candidates.id, candidateId));
  assert.ok(candidate.anonymizedAt);
  assert.equal(candidate.firstName, 'Anonymised');
  const refs = await t.db.select().from(referrals).where(eq(referrals.candidateId, candidateId));
  assert.ok(refs.length >= 1);
  assert.ok(refs.every((r) => r.firstName === 'Anonymised' && r.email === null));
  const checks = await t.db.select().from(referenceChecks).where(eq(referenceChecks.candidateId, candidateId));
  assert.equal(checks.length, 1);
  assert.ok(checks[0].anonymizedAt);
  const [rita] = await t.db.select().from(referees).where(eq(referees.checkId, checks[0].id));
  assert.deepEqual(rita.answers, { rating: 5 }, 'ratings stay, free text goes');
  const again = await runRetention({ db: t.db, now: later(25) });
  assert.equal(again.batches, 0, JSON.stringify(again.erased));
  const [n] = (await t.db.execute(sql`select count(*)::int as n from candidates where company_id = ${companyId}`))
    .rows as { n: number }[];
  assert.equal(Number(n.n), 2);
});
