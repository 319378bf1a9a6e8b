import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TDomainEvent } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { candidates, jobs, placements } from '../src/modules/hiring/hiring.tables.ts';
import { shareLinks } from '../src/modules/referrals/referrals.tables.ts';
import { memberships } from '../src/modules/tenancy/tenancy.tables.ts';
import { bindDomainEvents, createDomainEvents } from '../src/platform/events.ts';
import { careersVisitor } from './helpers/careers.ts';
import { makeCompany, makeJob, makeMember, unique } from './helpers/factories.ts';
import { useTestApp } from './helpers/suite.ts';

describe('share links and the careers page address', () => {
  const t = useTestApp({ PUBLIC_LINK_RATE_LIMIT: '400' });

  async function world() {
    const company = await makeCompany(t.db, { slug: unique('share-').toLowerCase() });
    const employee = await makeMember(t.db, company.id, 'employee');
    const { job, steps } = await makeJob(t.db, company.id, { title: 'Designer', location: 'Lund' });
    return { company, employee, job, steps, client: await t.signIn(employee.email) };
  }

  test('an employee gets one personal link per job, made on first request, with its counters', async () => {
    const w = await world();
    const first = await w.client.post(`/api/jobs/${w.job.id}/share-link`, {});
    assert.equal(first.statusCode, 200, first.body);
    const link = first.json();
    assert.match(link.url, new RegExp(`^${t.config.publicUrl}/j/[A-Za-z0-9_-]{22}$`));
    assert.deepEqual(
      { views: link.views, applications: link.applications, jobOpen: link.jobOpen },
      {
        views: 0,
        applications: 0,
        jobOpen: true,
      },
    );
    const again = await w.client.post(`/api/jobs/${w.job.id}/share-link`, {});
    assert.equal(again.json().url, link.url, 'the same link');
    const [a, b] = await Promise.all([
      w.client.post(`/api/jobs/${(await makeJob(t.db, w.company.id)).job.id}/share-link`, {}),
      w.client.post(`/api/jobs/${w.job.id}/share-link`, {}),
    ]);
    assert.equal(a.statusCode, 200);
    assert.equal(b.json().id, link.id);
    const colleague = await makeMember(t.db, w.company.id, 'recruiter');
    const theirs = await (await t.signIn(colleague.email)).post(`/api/jobs/${w.job.id}/share-link`, {});
    assert.notEqual(theirs.json().url, link.url, 'each member has their own');
    const list = await w.client.get('/api/share-links');
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().items.length, 2);
  });

  test('roles, closed jobs and other companies: agents 403, a closed or foreign job 404', async () => {
    const w = await world();
    const agent = await makeMember(t.db, w.company.id, 'agent');
    const agentClient = await t.signIn(agent.email);
    assert.equal((await agentClient.post(`/api/jobs/${w.job.id}/share-link`, {})).statusCode, 403);
    assert.equal((await agentClient.get('/api/share-links')).statusCode, 403);
    const closed = await makeJob(t.db, w.company.id, { status: 'archived', archivedAt: new Date() });
    const res = await w.client.post(`/api/jobs/${closed.job.id}/share-link`, {});
    assert.equal(res.statusCode, 404);
    const other = await world();
    assert.equal((await w.client.post(`/api/jobs/${other.job.id}/share-link`, {})).statusCode, 404);
    assert.equal((await w.client.post('/api/jobs/not-an-id/share-link', {})).statusCode, 400);
    const otherLinks = await other.client.post(`/api/jobs/${other.job.id}/share-link`, {});
    assert.equal(otherLinks.statusCode, 200);
    assert.equal(
      (await w.client.get('/api/share-links')).json().items.length,
      0,
      'another company’s links are not listed',
    );
  });

  test('views: counted once per browser session, never for HEAD or bots; an application through the link is attributed', async () => {
    const w = await world();
    const seen: TDomainEvent[] = [];
    const events = createDomainEvents();
    events.subscribe('placement.created', async (_tx, event) => void seen.push(event));
    bindDomainEvents(t.db, events);
    const link = (await w.client.post(`/api/jobs/${w.job.id}/share-link`, {})).json();
    const path = new URL(link.url).pathname;

    const visitor = careersVisitor(t);
    const page = await visitor.get(path);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Designer<\/h1>/);
    assert.ok(
      page.body.includes(
        `<link rel="canonical" href="${t.config.publicUrl}/careers/${w.company.slug}/jobs/${w.job.id}">`,
      ),
    );
    await visitor.get(path); // a reload in the same session
    await visitor.head(path);
    await careersVisitor(t, { 'user-agent': 'LinkedInBot/1.0 (compatible; Mozilla/5.0)' }).get(path);
    await careersVisitor(t, { 'user-agent': 'WhatsApp/2.23' }).get(path);
    await careersVisitor(t).get(path); // someone else
    const counted = async () => (await t.db.select().from(shareLinks).where(eq(shareLinks.id, link.id)))[0];
    assert.equal((await counted()).views, 2);

    const email = `${unique('friend')}@mail.example`;
    const applied = await visitor.apply(page.body, { name: 'Fiona Friend', email, consent: 'on' });
    assert.equal(applied.statusCode, 303, applied.body);
    assert.equal((await counted()).applications, 1);
    const [candidate] = await t.db.select().from(candidates).where(eq(candidates.emailKey, email));
    const [placement] = await t.db.select().from(placements).where(eq(placements.candidateId, candidate.id));
    assert.equal(placement.origin, 'share_link');
    assert.deepEqual(seen, [
      {
        type: 'placement.created',
        companyId: w.company.id,
        placementId: placement.id,
        candidateId: candidate.id,
        jobId: w.job.id,
        origin: 'share_link',
        shareLinkId: link.id,
      },
    ]);
    // Applying again through the link adds nothing.
    await visitor.apply(page.body, { name: 'Fiona Friend', email, consent: 'on' });
    assert.equal((await counted()).applications, 1);
    const list = (await w.client.get('/api/share-links')).json();
    assert.deepEqual([list.items[0].views, list.items[0].applications], [2, 1]);
  });

  test('a link of a deactivated member or to a closed job shows the job list and attributes nothing', async () => {
    const w = await world();
    const link = (await w.client.post(`/api/jobs/${w.job.id}/share-link`, {})).json();
    const path = new URL(link.url).pathname;
    const visitor = careersVisitor(t);
    const live = await visitor.get(path);
    await t.db.update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, w.employee.membership.id));
    const gone = await careersVisitor(t).get(path);
    assert.equal(gone.statusCode, 200);
    assert.match(gone.body, /Jobs at /);
    // A form opened before the member left still applies, as a direct application.
    const email = `${unique('late')}@mail.example`;
    assert.equal((await visitor.apply(live.body, { name: 'Late Applicant', email, consent: 'on' })).statusCode, 303);
    const [candidate] = await t.db.select().from(candidates).where(eq(candidates.emailKey, email));
    const [placement] = await t.db.select().from(placements).where(eq(placements.candidateId, candidate.id));
    assert.equal(placement.origin, 'careers');

    await t.db.update(memberships).set({ status: 'active' }).where(eq(memberships.id, w.employee.membership.id));
    await t.db.update(jobs).set({ status: 'archived', archivedAt: new Date() }).where(eq(jobs.id, w.job.id));
    const closed = await careersVisitor(t).get(path);
    assert.equal(closed.statusCode, 200);
    assert.match(closed.body, /Jobs at /);
    assert.equal((await careersVisitor(t).get('/j/AAAAAAAAAAAAAAAAAAAAAA')).statusCode, 404);
    const [row] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
    assert.equal(row.views, 1);
    assert.equal(row.applications, 0);
  });

  test('company settings: admins read and change the careers page address; bad or taken ones are field errors', async () => {
    const company = await makeCompany(t.db, { slug: unique('addr-').toLowerCase() });
    const admin = await makeMember(t.db, company.id, 'admin');
    const client = await t.signIn(admin.email);
    const read = await client.get('/api/company/careers-page');
    assert.deepEqual(read.json(), { slug: company.slug, url: `${t.config.publicUrl}/careers/${company.slug}` });
    const slug = unique('new-address-').toLowerCase();
    const changed = await client.put('/api/company/careers-page', { slug: `  ${slug.toUpperCase()} ` });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().slug, slug);
    assert.equal((await careersVisitor(t).get(`/careers/${slug}`)).statusCode, 200);
    assert.equal((await careersVisitor(t).get(`/careers/${company.slug}`)).statusCode, 404, 'the old address is gone');

    for (const bad of ['a', 'with space', '-dash', 'dash-', 'two--dashes', '<script>', 'x'.repeat(61), 'åäö']) {
      const res = await client.put('/api/company/careers-page', { slug: bad });
      assert.equal(res.statusCode, 400, bad);
      assert.equal(res.json().errors[0].field, 'slug');
    }
    const other = await makeCompany(t.db, { slug: unique('taken-').toLowerCase() });
    const taken = await client.put('/api/company/careers-page', { slug: other.slug });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().errors[0].field, 'slug');
    assert.match(taken.json().detail, /Another company uses this address/);

    const otherAdmin = await makeMember(t.db, other.id, 'admin');
    const otherRead = await (await t.signIn(otherAdmin.email)).get('/api/company/careers-page');
    assert.equal(otherRead.json().slug, other.slug, 'each admin sees their own company’s address');
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    assert.equal(
      (await (await t.signIn(recruiter.email)).put('/api/company/careers-page', { slug: 'x-y' })).statusCode,
      403,
    );
  });
});
