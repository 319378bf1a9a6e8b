import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { makeCompany, makeDepartment, makeDomain, makeJob, makeMember, unique } from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

describe('company settings, departments and personal settings', () => {
  const t = useTestApp();

  const newCompany = async () => {
    const { member: admin, ...rest } = await companyWithMember(t, 'admin');
    return { ...rest, admin };
  };
  const settings = (overrides: object = {}) => ({
    name: 'Renamed AB',
    domains: [],
    defaultLanguage: 'en',
    senderName: null,
    replyTo: null,
    ...overrides,
  });

  test('an admin saves name, several domains, language, sender name and reply-to, and reads them back', async () => {
    const { company, client } = await newCompany();
    const a = `${unique('a')}.example`;
    const b = `${unique('b')}.example`;
    const res = await client.put(
      '/api/company',
      settings({
        domains: [` ${b.toUpperCase()} `, a],
        defaultLanguage: 'sv',
        senderName: 'Renamed Rekrytering',
        replyTo: 'HR@Renamed.example',
      }),
    );
    assert.equal(res.statusCode, 200, res.body);
    const read = (await client.get('/api/company')).json();
    assert.equal(read.id, company.id);
    assert.equal(read.name, 'Renamed AB');
    assert.deepEqual(read.domains, [a, b].sort());
    assert.equal(read.defaultLanguage, 'sv');
    assert.equal(read.senderName, 'Renamed Rekrytering');
    assert.equal(read.replyTo, 'hr@renamed.example');
    assert.equal(read.signupUrl, null);

    const fewer = await client.put('/api/company', settings({ domains: [a] }));
    assert.deepEqual(fewer.json().domains, [a], 'a domain left out of the list is removed');
  });

  test('sender name and reply-to go on the emails the company sends', async () => {
    const { client } = await newCompany();
    await client.put('/api/company', settings({ senderName: 'Talent Team', replyTo: 'talent@renamed.example' }));
    const email = `${unique('x')}@renamed.example`;
    assert.equal((await client.post('/api/members/invite', { email, role: 'employee' })).statusCode, 201);
    const [queued] = await t.db.select().from(messages).where(eq(messages.recipient, email));
    assert.equal(queued.senderName, 'Talent Team');
    assert.equal(queued.replyTo, 'talent@renamed.example');
  });

  test("a domain another company has answers 409 on that domain's index", async () => {
    const { client } = await newCompany();
    const other = await makeCompany(t.db);
    const taken = await makeDomain(t.db, other.id);
    const res = await client.put('/api/company', settings({ domains: [`${unique('free')}.example`, taken] }));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().errors[0].field, 'domains.1');
    assert.deepEqual((await client.get('/api/company')).json().domains, [], 'nothing was saved');
  });

  test('invalid settings answer 400 naming the field', async () => {
    const { client } = await newCompany();
    const cases: [object, string][] = [
      [settings({ domains: ['not a domain'] }), 'domains.0'],
      [settings({ domains: ['x.example', 'ok.example', 'https://x'] }), 'domains.2'],
      [settings({ replyTo: 'nope' }), 'replyTo'],
      [settings({ name: '   ' }), 'name'],
      [settings({ defaultLanguage: 'de' }), 'defaultLanguage'],
      [settings({ timeZone: 'Mars/Olympus' }), 'timeZone'],
    ];
    for (const [body, field] of cases) {
      const res = await client.put('/api/company', body);
      assert.equal(res.statusCode, 400, field);
      assert.equal(res.json().errors[0].field, field);
    }
    const twice = await client.put('/api/company', settings({ domains: ['x.example', 'x.example'] }));
    assert.equal(twice.statusCode, 400);
    assert.equal(twice.json().errors[0].field, 'domains');
  });

  test('departments: add, rename, refuse a duplicate name (any case), delete', async () => {
    const { client } = await newCompany();
    const created = await client.post('/api/company/departments', { name: 'Engineering' });
    assert.equal(created.statusCode, 201);
    const { id } = created.json();
    const dup = await client.post('/api/company/departments', { name: 'ENGINEERING' });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().errors[0].field, 'name');

    const sales = (await client.post('/api/company/departments', { name: 'Sales' })).json();
    const clash = await client.put(`/api/company/departments/${sales.id}`, { name: 'engineering' });
    assert.equal(clash.statusCode, 409);
    assert.equal(clash.json().errors[0].field, 'name');
    const renamed = await client.put(`/api/company/departments/${id}`, { name: 'Platform' });
    assert.deepEqual(renamed.json(), { id, name: 'Platform' });

    assert.equal((await client.delete(`/api/company/departments/${id}`)).statusCode, 200);
    assert.equal((await client.delete(`/api/company/departments/${id}`)).statusCode, 404);
    const list = (await client.get('/api/departments')).json().items;
    assert.deepEqual(
      list.map((d: { name: string }) => d.name),
      ['Sales'],
    );
  });

  test('deleting a department keeps its jobs, without a department', async () => {
    const { company, client } = await newCompany();
    const dept = await makeDepartment(t.db, company.id);
    const { job } = await makeJob(t.db, company.id, { departmentId: dept.id });
    assert.equal((await client.delete(`/api/company/departments/${dept.id}`)).statusCode, 200);
    const read = await client.get(`/api/jobs/${job.id}`);
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().departmentId, null);
  });

  test("another company's department answers 404 to rename and delete", async () => {
    const { client } = await newCompany();
    const foreign = await makeDepartment(t.db, (await makeCompany(t.db)).id);
    assert.equal((await client.put(`/api/company/departments/${foreign.id}`, { name: 'Mine' })).statusCode, 404);
    assert.equal((await client.delete(`/api/company/departments/${foreign.id}`)).statusCode, 404);
  });

  test('only admins read or change company settings; every member lists departments', async () => {
    const { company } = await newCompany();
    const recruiter = await t.signIn((await makeMember(t.db, company.id, 'recruiter')).email);
    const employee = await t.signIn((await makeMember(t.db, company.id, 'employee')).email);
    assert.equal((await recruiter.get('/api/company')).statusCode, 403);
    assert.equal((await recruiter.put('/api/company', settings())).statusCode, 403);
    assert.equal((await employee.post('/api/company/departments', { name: 'X' })).statusCode, 403);
    assert.equal((await employee.get('/api/departments')).statusCode, 200);
  });

  test('agencies: an admin adds one and sees how many agents it has', async () => {
    const { company, client } = await newCompany();
    const created = await client.post('/api/agencies', { name: 'Head Hunters' });
    assert.equal(created.statusCode, 201);
    await makeMember(t.db, company.id, 'agent', { agencyId: created.json().id });
    const list = (await client.get('/api/agencies')).json().items;
    assert.deepEqual(list, [{ id: created.json().id, name: 'Head Hunters', agentCount: 1 }]);
  });

  test('personal settings: name, language and departments persist in /api/auth/me', async () => {
    const { company } = await newCompany();
    const dept = await makeDepartment(t.db, company.id);
    const member = await makeMember(t.db, company.id, 'recruiter', { language: 'en' });
    const client = await t.signIn(member.email);
    const res = await client.put('/api/me/profile', {
      name: 'Rut Rekryterare',
      language: 'sv',
      departmentIds: [dept.id],
    });
    assert.equal(res.statusCode, 200);
    const again = await (await t.signIn(member.email)).get('/api/auth/me');
    assert.equal(again.json().name, 'Rut Rekryterare');
    assert.equal(again.json().language, 'sv');
    assert.deepEqual(again.json().departmentIds, [dept.id]);
  });

  test("personal settings with another company's department answer 422 on departmentIds and change nothing", async () => {
    const { company } = await newCompany();
    const member = await makeMember(t.db, company.id, 'recruiter', { name: 'Unchanged' });
    const foreign = await makeDepartment(t.db, (await makeCompany(t.db)).id);
    const client = await t.signIn(member.email);
    const res = await client.put('/api/me/profile', { name: 'Changed', language: 'sv', departmentIds: [foreign.id] });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().errors[0].field, 'departmentIds');
    const me = (await client.get('/api/auth/me')).json();
    assert.equal(me.name, 'Unchanged');
    assert.deepEqual(me.departmentIds, []);
  });

  test('the people picker lists active members by role for recruiters', async () => {
    const { company } = await newCompany();
    const manager = await makeMember(t.db, company.id, 'hiring_manager', { name: 'Manny Manager' });
    await makeMember(t.db, company.id, 'hiring_manager', { status: 'deactivated' });
    const recruiter = await t.signIn((await makeMember(t.db, company.id, 'recruiter')).email);
    const res = await recruiter.get('/api/people?role=hiring_manager');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().items.map((p: { id: string }) => p.id),
      [manager.membership.id],
    );
  });
});
