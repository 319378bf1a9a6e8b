import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STATUSES_BY_SOURCE } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { candidates, placements, workHistory } from '../src/modules/hiring/hiring.tables.ts';
import { companyKey } from '../src/modules/hiring/normalize.ts';
import { referrals } from '../src/modules/referrals/referrals.tables.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeContact, makeJob, makeMember, unique } from './helpers/factories.ts';
import { makePassedOnWorld, passOn } from './helpers/passed-on.ts';

/** Issue 13, items 15 and 16: one truth on the candidate's tab, requests, the pencil, scope, Add to job, search. */
describe('referral loose ends', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const rowOf = async (id: string) => (await t.db.select().from(referrals).where(eq(referrals.id, id)))[0];

  describe('one truth: marks on a candidate show on their Referrals tab', () => {
    test('a mark on someone who is already a candidate is linked at mark time (cold prospects stay anonymous)', async () => {
      const w = await makePassedOnWorld(t);
      const email = `${unique('raymond')}@mail.example`;
      const candidate = await makeCandidate(t.db, w.company.id, { firstName: 'Raymond', lastName: 'Okafor', email });
      const contact = await makeContact(t.db, w.company.id, w.employee.membership.id, {
        firstName: 'Raymond',
        lastName: 'Okafor',
        email: email.toUpperCase(),
      });
      const employee = await t.signIn(w.employee.email);
      const marked = await employee.post(`/api/contacts/${contact.id}/mark`, { mark: 'cold_prospect' });
      assert.equal(marked.statusCode, 201, marked.body);
      assert.equal((await rowOf(marked.json().id)).candidateId, candidate.id);

      const tab = await w.ritaClient.get(`/api/candidates/${candidate.id}/referrals`);
      assert.equal(tab.statusCode, 200, tab.body);
      const item = tab.json().items.find((r: { id: string }) => r.id === marked.json().id);
      assert.ok(item, 'the mark is on the Referrals tab');
      assert.equal(item.source, 'cold_prospect');
      assert.equal(item.referrer, null, 'a cold prospect never names its employee');
      assert.ok(!tab.body.includes('Cornelius'), tab.body);
    });

    test('a candidate created later picks up the marks on the same person (LinkedIn, or name and employer)', async () => {
      const w = await makePassedOnWorld(t);
      const byLinkedin = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        firstName: 'Ines',
        lastName: 'Lind',
        linkedinUrl: 'https://www.linkedin.com/in/ines-lind-42/',
      });
      const byName = await passOn(t.db, w.company.id, {
        referrerId: w.colleague.membership.id,
        source: 'warm_prospect',
        firstName: 'ines',
        lastName: 'LIND',
        company: 'Spotify AB',
      });
      const someoneElse = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        firstName: 'Ines',
        lastName: 'Lind',
        company: 'Klarna',
      });
      const created = await w.ritaClient.post('/api/candidates', {
        firstName: 'Ines',
        lastName: 'Lind',
        linkedinUrl: 'linkedin.com/in/ines-lind-42',
        currentCompany: 'Spotify',
      });
      assert.equal(created.statusCode, 201, created.body);
      const candidateId = created.json().candidate.id;
      assert.equal((await rowOf(byLinkedin.id)).candidateId, candidateId);
      assert.equal((await rowOf(byName.id)).candidateId, candidateId);
      assert.equal((await rowOf(someoneElse.id)).candidateId, null, 'same name at another employer is not them');
      const tab = (await w.ritaClient.get(`/api/candidates/${candidateId}/referrals`)).json();
      assert.deepEqual(tab.items.map((r: { id: string }) => r.id).sort(), [byLinkedin.id, byName.id].sort());
    });
  });

  describe('referral requests: one per candidate, colleague and role', () => {
    async function requestWorld() {
      const company = await makeCompany(t.db);
      const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Claire Recruiter' });
      const colleague = await makeMember(t.db, company.id, 'employee', { name: 'Erik Employee' });
      const { job } = await makeJob(t.db, company.id, { title: 'Legal Counsel' });
      const { job: other } = await makeJob(t.db, company.id, { title: 'Paralegal' });
      const candidate = await makeCandidate(t.db, company.id, { currentCompany: 'Dentons' });
      const dentons = { companyId: company.id, companyName: 'Dentons', companyKey: companyKey('Dentons') };
      await t.db.insert(workHistory).values([
        { ...dentons, candidateId: candidate.id, startDate: '2017-01-01', endDate: '2022-06-30' },
        { ...dentons, membershipId: colleague.membership.id, startDate: '2018-03-01', endDate: '2021-05-31' },
      ]);
      const client = await t.signIn(recruiter.email);
      const send = (jobId: string | null) =>
        client.post(`/api/candidates/${candidate.id}/referral-requests`, {
          colleagueMembershipId: colleague.membership.id,
          jobId,
          reason: 'Fits',
          subject: 'Could you refer {{ candidate.full_name }}?',
          body: 'Hi {{ colleague.first_name }}',
          delivery: 'mailto',
        });
      return { company, candidate, colleague, job, other, client, send };
    }

    test('a second identical request is refused with who and when; another role or no role is a new request', async () => {
      const w = await requestWorld();
      const first = await w.send(w.job.id);
      assert.equal(first.statusCode, 201, first.body);
      const again = await w.send(w.job.id);
      assert.equal(again.statusCode, 409, again.body);
      const problem = again.json();
      assert.equal(problem.reason, 'referral_request.already_sent');
      assert.equal(problem.params.name, 'Erik Employee');
      assert.match(problem.params.sentOn, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal((await w.send(w.other.id)).statusCode, 201);
      assert.equal((await w.send(null)).statusCode, 201);
      assert.equal((await w.send(null)).statusCode, 409);
      const rows = await t.db
        .select()
        .from(referrals)
        .where(and(eq(referrals.companyId, w.company.id), eq(referrals.source, 'referral_request')));
      assert.equal(rows.length, 3);
    });

    test('two sends at once make one request', async () => {
      const w = await requestWorld();
      const answers = await Promise.all([w.send(w.job.id), w.send(w.job.id), w.send(w.job.id)]);
      assert.deepEqual(answers.map((a) => a.statusCode).sort(), [201, 409, 409]);
    });

    test('a request made inactive by hand (the bell) or closed may be sent again', async () => {
      const w = await requestWorld();
      const first = (await w.send(w.job.id)).json();
      assert.equal((await w.client.post(`/api/referrals/${first.id}/active`, { active: false })).statusCode, 200);
      const second = await w.send(w.job.id);
      assert.equal(second.statusCode, 201);
      const declined = await w.client.post(`/api/referrals/${second.json().id}/status`, {
        status: 'referrer_declined',
      });
      assert.equal(declined.statusCode, 200, declined.body);
      assert.equal((await w.send(w.job.id)).statusCode, 201);
    });
  });

  describe('the pencil: statuses that fit the source', () => {
    test('every source offers its own first statuses and the shared outcomes; others are a 422 on status', async () => {
      assert.ok(!STATUSES_BY_SOURCE.email_introduction.includes('refer_request_sent'));
      assert.ok(!STATUSES_BY_SOURCE.referral_request.includes('introduction_requested'));
      assert.ok(!STATUSES_BY_SOURCE.warm_prospect.includes('introduced'));
      const w = await makePassedOnWorld(t);
      const intro = await passOn(t.db, w.company.id, { referrerId: w.employee.membership.id });
      const prospect = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        source: 'warm_prospect',
      });
      const refused = await w.ritaClient.post(`/api/referrals/${intro.id}/status`, { status: 'refer_request_sent' });
      assert.equal(refused.statusCode, 422, refused.body);
      assert.equal(refused.json().reason, 'referral.status_not_for_source');
      assert.equal(refused.json().errors[0].field, 'status');
      assert.equal((await rowOf(intro.id)).status, 'passed_on', 'nothing changed');
      const introduced = await w.ritaClient.post(`/api/referrals/${intro.id}/status`, { status: 'introduced' });
      assert.equal(introduced.statusCode, 200, introduced.body);
      assert.equal(
        (await w.ritaClient.post(`/api/referrals/${prospect.id}/status`, { status: 'introduced' })).statusCode,
        422,
      );
      assert.equal(
        (await w.ritaClient.post(`/api/referrals/${prospect.id}/status`, { status: 'recruiter_contacted' })).statusCode,
        200,
      );
      const unknown = await w.ritaClient.post(`/api/referrals/${prospect.id}/status`, { status: 'bogus' });
      assert.ok([400, 422].includes(unknown.statusCode), unknown.body);
    });
  });

  describe("the board honours the recruiter's departments by default", () => {
    test('Rita sees Engineering by default and everything with scope=all; Ulf chose none and sees all', async () => {
      const w = await makePassedOnWorld(t);
      const mine = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        departmentId: w.engineering.id,
        status: 'introduction_requested',
      });
      const theirs = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        departmentId: w.sales.id,
        status: 'introduction_requested',
      });
      const ids = (res: { json: () => { items: { id: string }[] } }) =>
        res
          .json()
          .items.map((r) => r.id)
          .sort();
      const byDefault = await w.ritaClient.get('/api/referrals');
      assert.equal(byDefault.statusCode, 200, byDefault.body);
      assert.deepEqual(ids(byDefault), [mine.id]);
      assert.deepEqual(byDefault.json().scope, {
        mode: 'mine',
        departments: [{ id: w.engineering.id, name: 'Engineering' }],
      });
      assert.equal(byDefault.json().counts.active, 1, 'the counts honour the scope too');
      const all = await w.ritaClient.get('/api/referrals?scope=all');
      assert.deepEqual(ids(all), [mine.id, theirs.id].sort());
      assert.equal(all.json().scope.mode, 'all');
      const ulf = await t.signIn(w.ulf.email);
      assert.deepEqual(ids(await ulf.get('/api/referrals')), [mine.id, theirs.id].sort());
      const csv = await w.ritaClient.get('/api/referrals/export.csv');
      assert.equal(csv.statusCode, 200);
      assert.ok(!csv.body.includes(theirs.lastName), 'the export is the same view');
      assert.equal((await w.ritaClient.get('/api/referrals?scope=bogus')).statusCode, 400);
    });
  });

  describe('Add to job', () => {
    test('an introduction becomes a candidate at the first step, keeping its referral, referrer and source', async () => {
      const w = await makePassedOnWorld(t);
      const { job, steps } = await makeJob(t.db, w.company.id, { title: 'Data Engineer', departmentId: w.sales.id });
      const intro = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        firstName: 'Zoë',
        lastName: '<script>alert(1)</script>',
        email: `${unique('zoe')}@mail.example`,
        company: 'Klarna',
        position: 'Data Engineer',
        skills: ['Python'],
      });
      const res = await w.ritaClient.post(`/api/referrals/${intro.id}/add-to-job`, { jobId: job.id });
      assert.equal(res.statusCode, 201, res.body);
      const result = res.json();
      assert.equal(result.candidateCreated, true);
      assert.equal(result.stepId, steps[0].id);
      const [candidate] = await t.db.select().from(candidates).where(eq(candidates.id, result.candidateId));
      assert.equal(candidate.lastName, '<script>alert(1)</script>', 'stored as text, as typed');
      assert.equal(candidate.currentCompany, 'Klarna');
      assert.equal(candidate.currentTitle, 'Data Engineer');
      const [placement] = await t.db.select().from(placements).where(eq(placements.id, result.placementId));
      assert.equal(placement.origin, 'referral');
      assert.equal(placement.stepId, steps[0].id);
      const row = await rowOf(intro.id);
      assert.equal(row.candidateId, result.candidateId);
      assert.equal(row.jobId, job.id);
      assert.equal(row.departmentId, w.sales.id);
      assert.equal(row.source, 'email_introduction');
      assert.equal(row.referrerMembershipId, w.employee.membership.id);
      assert.equal(row.status, 'applied');
      // The candidate's tab and the pipeline tell the same story.
      const tab = (await w.ritaClient.get(`/api/candidates/${result.candidateId}/referrals`)).json();
      assert.equal(tab.items[0].id, intro.id);
      assert.equal(tab.items[0].referrer.name, 'Cornelius Quillfeather');
      // Twice is harmless: the same candidate and placement.
      const again = await w.ritaClient.post(`/api/referrals/${intro.id}/add-to-job`, { jobId: job.id });
      assert.equal(again.statusCode, 201, again.body);
      assert.equal(again.json().placementId, result.placementId);
      assert.equal(again.json().candidateCreated, false);
    });

    test('an existing candidate is found by the duplicate rules, not duplicated', async () => {
      const w = await makePassedOnWorld(t);
      const email = `${unique('known')}@mail.example`;
      const prospect = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        source: 'cold_prospect',
        email,
      });
      const existing = await makeCandidate(t.db, w.company.id, { email });
      const res = await w.ritaClient.post(`/api/referrals/${prospect.id}/add-to-job`, { jobId: w.job.id });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().candidateId, existing.id);
      assert.equal(res.json().candidateCreated, false);
      const count = await t.db.select().from(candidates).where(eq(candidates.companyId, w.company.id));
      assert.equal(count.length, 1);
    });

    test('tenants, roles, sources and bad input', async () => {
      const w = await makePassedOnWorld(t);
      const other = await makePassedOnWorld(t);
      const intro = await passOn(t.db, w.company.id, { referrerId: w.employee.membership.id });
      const theirs = await passOn(t.db, other.company.id, { referrerId: other.employee.membership.id });
      const { job: theirJob } = await makeJob(t.db, other.company.id);
      const { job: archived } = await makeJob(t.db, w.company.id, { status: 'archived' });
      const add = (client: typeof w.ritaClient, id: string, body: object) =>
        client.post(`/api/referrals/${id}/add-to-job`, body);

      assert.equal((await add(w.ritaClient, theirs.id, { jobId: w.job.id })).statusCode, 404);
      const foreignJob = await add(w.ritaClient, intro.id, { jobId: theirJob.id });
      assert.equal(foreignJob.statusCode, 422, foreignJob.body);
      assert.equal(foreignJob.json().errors[0].field, 'jobId');
      const closed = await add(w.ritaClient, intro.id, { jobId: archived.id });
      assert.equal(closed.statusCode, 422, closed.body);
      const badId = await add(w.ritaClient, intro.id, { jobId: 'not-a-uuid' });
      assert.equal(badId.statusCode, 400, badId.body);
      assert.ok(badId.json().errors.some((e: { field: string }) => e.field === 'jobId'));
      assert.equal((await add(w.ritaClient, intro.id, {})).statusCode, 400);
      const employee = await t.signIn(w.employee.email);
      assert.equal((await add(employee, intro.id, { jobId: w.job.id })).statusCode, 403);
      const manager = await makeMember(t.db, w.company.id, 'hiring_manager');
      assert.equal((await add(await t.signIn(manager.email), intro.id, { jobId: w.job.id })).statusCode, 403);
      assert.equal((await rowOf(intro.id)).candidateId, null, 'nothing was written');

      // A referral request is already about a candidate: it is not an introduction to add.
      const candidate = await makeCandidate(t.db, w.company.id);
      const [request] = await t.db
        .insert(referrals)
        .values({
          companyId: w.company.id,
          source: 'referral_request',
          referrerMembershipId: w.colleague.membership.id,
          candidateId: candidate.id,
          firstName: candidate.firstName,
          lastName: candidate.lastName,
          searchVector: '',
          status: 'refer_request_sent',
        })
        .returning();
      const wrongSource = await add(w.ritaClient, request.id, { jobId: w.job.id });
      assert.equal(wrongSource.statusCode, 409, wrongSource.body);
      assert.equal(wrongSource.json().reason, 'referral.not_addable_to_job');
    });
  });

  describe('boolean search folds accents', () => {
    test('"muller" finds Müller and "müller" finds Muller, in names, titles and companies', async () => {
      const w = await makePassedOnWorld(t);
      const mueller = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        firstName: 'Jürgen',
        lastName: 'Müller',
        company: 'Société Générale',
      });
      const muller = await passOn(t.db, w.company.id, {
        referrerId: w.employee.membership.id,
        firstName: 'Anna',
        lastName: 'Muller',
        position: 'Ingénieur',
      });
      const search = async (q: string) => {
        const res = await w.ritaClient.get(`/api/referrals/network?scope=all&q=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, res.body);
        return res
          .json()
          .items.map((r: { id: string }) => r.id)
          .sort();
      };
      const both = [mueller.id, muller.id].sort();
      assert.deepEqual(await search('muller'), both);
      assert.deepEqual(await search('MÜLLER'), both);
      assert.deepEqual(await search('name:jurgen'), [mueller.id]);
      assert.deepEqual(await search('company:"societe generale"'), [mueller.id]);
      assert.deepEqual(await search('title:ingenieur'), [muller.id]);
      assert.deepEqual(await search('muller -jürgen'), [muller.id]);
    });
  });
});
