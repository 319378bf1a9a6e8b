import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { subAccountScope } from '../src/modules/references/index.ts';
import { membershipSubAccounts } from '../src/modules/references/references.tables.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';
import { makeQuestionnaire, makeSubAccount } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SVG = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`;

describe('sub-accounts', () => {
  const t = useTestApp();

  test('an admin creates, edits, archives and lists sub-accounts with their counts', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    const created = await client.post('/api/sub-accounts', {
      name: 'Nordic Staffing',
      senderName: 'Nordic',
      logoDataUrl: PNG,
    });
    assert.equal(created.statusCode, 201, created.body);
    const sub = created.json();
    assert.deepEqual(
      { ...sub, id: undefined },
      {
        id: undefined,
        name: 'Nordic Staffing',
        senderName: 'Nordic',
        logoDataUrl: PNG,
        archived: false,
        templateCount: 0,
        memberCount: 0,
      },
    );
    await makeQuestionnaire(t.db, company.id, { subAccountId: sub.id });
    const edited = await client.put(`/api/sub-accounts/${sub.id}`, { name: 'Nordic Staff', senderName: '' });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().name, 'Nordic Staff');
    assert.equal(edited.json().senderName, null);
    assert.equal(edited.json().logoDataUrl, null, 'a save without a logo removes it');
    assert.equal(edited.json().templateCount, 1);

    const archived = await client.post(`/api/sub-accounts/${sub.id}/archive`, { archived: true });
    assert.equal(archived.json().archived, true);
    assert.equal((await client.get('/api/sub-accounts')).json().items.length, 0);
    const all = (await client.get('/api/sub-accounts?includeArchived=true')).json().items;
    assert.deepEqual(
      all.map((s: { name: string; archived: boolean }) => [s.name, s.archived]),
      [['Nordic Staff', true]],
    );
    await client.post(`/api/sub-accounts/${sub.id}/archive`, { archived: false });
    assert.equal((await client.get('/api/sub-accounts')).json().items.length, 1);
  });

  test('names are unique per company regardless of case; other companies may reuse them', async () => {
    const { client } = await companyWithMember(t, 'admin');
    assert.equal((await client.post('/api/sub-accounts', { name: 'Brand A' })).statusCode, 201);
    const other = await client.post('/api/sub-accounts', { name: 'Brand B' });
    const taken = await client.post('/api/sub-accounts', { name: 'brand a' });
    assert.equal(taken.statusCode, 409, taken.body);
    assert.equal(taken.json().errors[0].field, 'name');
    const renamed = await client.put(`/api/sub-accounts/${other.json().id}`, { name: 'BRAND A' });
    assert.equal(renamed.statusCode, 409, renamed.body);
    assert.equal(renamed.json().errors[0].field, 'name');
    const second = await companyWithMember(t, 'admin');
    assert.equal((await second.client.post('/api/sub-accounts', { name: 'Brand A' })).statusCode, 201);
  });

  test('logos must be small raster data URLs: SVG and other text are refused on the field', async () => {
    const { client } = await companyWithMember(t, 'admin');
    for (const logoDataUrl of [SVG, 'https://example.com/logo.png', `data:image/png;base64,${'A'.repeat(300_001)}`]) {
      const res = await client.post('/api/sub-accounts', { name: 'Logo test', logoDataUrl });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().errors[0].field, 'logoDataUrl');
    }
    const blank = await client.post('/api/sub-accounts', { name: '  ' });
    assert.equal(blank.json().errors[0].field, 'name');
  });

  test('limiting members: own members only, replaced as a set, scope follows', async () => {
    const { client, company } = await companyWithMember(t, 'admin');
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const second = await makeMember(t.db, company.id, 'recruiter');
    const a = (await client.post('/api/sub-accounts', { name: 'A' })).json();
    const b = (await client.post('/api/sub-accounts', { name: 'B' })).json();

    const set = await client.put(`/api/sub-accounts/${a.id}/members`, {
      membershipIds: [recruiter.membership.id, second.membership.id],
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json().membershipIds.length, 2);
    await client.put(`/api/sub-accounts/${b.id}/members`, { membershipIds: [recruiter.membership.id] });
    await client.put(`/api/sub-accounts/${a.id}/members`, { membershipIds: [recruiter.membership.id] });
    assert.deepEqual((await client.get(`/api/sub-accounts/${a.id}/members`)).json().membershipIds, [
      recruiter.membership.id,
    ]);
    assert.deepEqual(new Set(await subAccountScope(t.db, company.id, recruiter.membership.id)), new Set([a.id, b.id]));
    assert.equal(await subAccountScope(t.db, company.id, second.membership.id), null, 'no rows means not limited');
    assert.equal((await client.get('/api/sub-accounts')).json().items[0].memberCount, 1);

    const foreign = await makeMember(t.db, (await makeCompany(t.db)).id, 'recruiter');
    const bad = await client.put(`/api/sub-accounts/${a.id}/members`, {
      membershipIds: [recruiter.membership.id, foreign.membership.id],
    });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.equal(bad.json().errors[0].field, 'membershipIds.1');
    const rows = await t.db
      .select()
      .from(membershipSubAccounts)
      .where(and(eq(membershipSubAccounts.subAccountId, a.id)));
    assert.equal(rows.length, 1, 'a refused change leaves the members as they were');
  });

  test('a limited recruiter sees only their sub-accounts', async () => {
    const { company, client: admin } = await companyWithMember(t, 'admin');
    const mine = await makeSubAccount(t.db, company.id, { name: 'Mine' });
    await makeSubAccount(t.db, company.id, { name: 'Theirs' });
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const free = await makeMember(t.db, company.id, 'recruiter');
    await admin.put(`/api/sub-accounts/${mine.id}/members`, { membershipIds: [recruiter.membership.id] });
    const limited = await t.signIn(recruiter.email);
    assert.deepEqual(
      (await limited.get('/api/sub-accounts')).json().items.map((s: { name: string }) => s.name),
      ['Mine'],
    );
    const unlimited = await t.signIn(free.email);
    assert.equal((await unlimited.get('/api/sub-accounts')).json().items.length, 2);
    assert.equal((await limited.post('/api/sub-accounts', { name: 'New' })).statusCode, 403);
  });

  test('roles: only admins change sub-accounts; employees, agents and hiring managers see nothing', async () => {
    const { company } = await companyWithMember(t, 'admin');
    const sub = await makeSubAccount(t.db, company.id);
    for (const role of ['employee', 'agent', 'hiring_manager'] as const) {
      const member = await makeMember(t.db, company.id, role);
      const client = await t.signIn(member.email);
      assert.equal((await client.get('/api/sub-accounts')).statusCode, 403, role);
      assert.equal((await client.post('/api/sub-accounts', { name: 'X' })).statusCode, 403, role);
      assert.equal((await client.get(`/api/sub-accounts/${sub.id}/members`)).statusCode, 403, role);
    }
    const recruiter = await t.signIn((await makeMember(t.db, company.id, 'recruiter')).email);
    assert.equal((await recruiter.get('/api/sub-accounts')).statusCode, 200);
    assert.equal((await recruiter.put(`/api/sub-accounts/${sub.id}`, { name: 'X' })).statusCode, 403);
    assert.equal((await recruiter.post(`/api/sub-accounts/${sub.id}/archive`, { archived: true })).statusCode, 403);
  });

  test("another company's sub-account answers 404 on every route", async () => {
    const { client } = await companyWithMember(t, 'admin');
    const foreign = await makeSubAccount(t.db, (await makeCompany(t.db)).id);
    const calls = [
      client.put(`/api/sub-accounts/${foreign.id}`, { name: 'Mine now' }),
      client.post(`/api/sub-accounts/${foreign.id}/archive`, { archived: true }),
      client.get(`/api/sub-accounts/${foreign.id}/members`),
      client.put(`/api/sub-accounts/${foreign.id}/members`, { membershipIds: [] }),
    ];
    for (const res of await Promise.all(calls)) assert.equal(res.statusCode, 404, res.body);
  });
});
