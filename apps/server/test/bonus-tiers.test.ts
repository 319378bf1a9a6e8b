import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeBonusTier, makeCompany, makeMember } from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

describe('referral bonus tiers', () => {
  const t = useTestApp();
  const tier = (overrides: object = {}) => ({
    name: 'Engineering hire',
    value: 'SEK 10 000',
    description: 'Paid after six months',
    visibleToEmployees: true,
    ...overrides,
  });

  test('an admin creates, edits, lists and deletes tiers; new ones go last', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const first = await client.post('/api/company/bonus-tiers', tier());
    assert.equal(first.statusCode, 201, first.body);
    const { id, ...created } = first.json() as Record<string, unknown>;
    assert.ok(id);
    // Without a rule: every job, not money, the default waiting period.
    assert.deepEqual(created, {
      ...tier(),
      position: 0,
      departmentId: null,
      amount: null,
      currency: null,
      waitingDays: 90,
    });
    const second = await client.post('/api/company/bonus-tiers', { name: 'Any hire', value: 'a weekend trip' });
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().position, 1);
    assert.equal(second.json().description, null);
    assert.equal(second.json().visibleToEmployees, true, 'visible unless said otherwise');

    const edited = await client.put(
      `/api/company/bonus-tiers/${first.json().id}`,
      tier({ value: 'SEK 15 000', description: '' }),
    );
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().value, 'SEK 15 000');
    assert.equal(edited.json().description, null);

    const listed = (await client.get('/api/company/bonus-tiers')).json().items;
    assert.deepEqual(
      listed.map((x: { name: string }) => x.name),
      ['Engineering hire', 'Any hire'],
    );
    assert.equal((await client.delete(`/api/company/bonus-tiers/${first.json().id}`)).statusCode, 200);
    assert.equal((await client.delete(`/api/company/bonus-tiers/${first.json().id}`)).statusCode, 404);
    assert.equal((await client.get('/api/company/bonus-tiers')).json().items.length, 1);
  });

  test('invalid tiers answer 400 naming the field; a taken name 409 on name', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const cases: [object, string][] = [
      [tier({ name: '  ' }), 'name'],
      [tier({ value: '' }), 'value'],
      [tier({ value: 'x'.repeat(121) }), 'value'],
      [tier({ description: 'x'.repeat(1001) }), 'description'],
      [tier({ visibleToEmployees: 'yes' }), 'visibleToEmployees'],
    ];
    for (const [body, field] of cases) {
      const res = await client.post('/api/company/bonus-tiers', body);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      assert.equal(res.json().errors[0].field, field);
    }
    assert.equal((await client.post('/api/company/bonus-tiers', tier())).statusCode, 201);
    const taken = await client.post('/api/company/bonus-tiers', tier({ name: 'ENGINEERING HIRE' }));
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().errors[0].field, 'name');
    const other = (await client.post('/api/company/bonus-tiers', tier({ name: 'Sales hire' }))).json();
    const renamed = await client.put(`/api/company/bonus-tiers/${other.id}`, tier());
    assert.equal(renamed.statusCode, 409);
    assert.equal(renamed.json().errors[0].field, 'name');
  });

  test('employees see only the visible tiers of their own company, in order, without internals', async () => {
    const { company, client: employee } = await companyWithMember(t, 'employee');
    await makeBonusTier(t.db, company.id, { name: 'Second', position: 2 });
    await makeBonusTier(t.db, company.id, { name: 'Hidden', position: 1, visibleToEmployees: false });
    await makeBonusTier(t.db, company.id, { name: 'First', position: 0, description: 'Why' });
    const elsewhere = await makeCompany(t.db);
    await makeBonusTier(t.db, elsewhere.id, { name: 'Not ours' });

    const res = await employee.get('/api/bonus-tiers/visible');
    assert.equal(res.statusCode, 200);
    const items = res.json().items;
    assert.deepEqual(
      items.map((x: { name: string }) => x.name),
      ['First', 'Second'],
    );
    assert.deepEqual(Object.keys(items[0]).sort(), ['description', 'id', 'name', 'value']);
    assert.equal((await employee.get('/api/company/bonus-tiers')).statusCode, 403);
  });

  test('reorder takes every tier once; unknown or missing ids are refused and change nothing', async () => {
    const { company, client } = await companyWithMember(t, 'admin');
    const a = await makeBonusTier(t.db, company.id, { name: 'A', position: 0 });
    const b = await makeBonusTier(t.db, company.id, { name: 'B', position: 1 });
    const c = await makeBonusTier(t.db, company.id, { name: 'C', position: 2 });
    const names = async () =>
      (await client.get('/api/company/bonus-tiers')).json().items.map((x: { name: string }) => x.name);

    const reordered = await client.put('/api/company/bonus-tiers/order', { ids: [c.id, a.id, b.id] });
    assert.equal(reordered.statusCode, 200, reordered.body);
    assert.deepEqual(
      reordered.json().items.map((x: { position: number }) => x.position),
      [0, 1, 2],
    );
    assert.deepEqual(await names(), ['C', 'A', 'B']);

    const foreign = await makeBonusTier(t.db, (await makeCompany(t.db)).id);
    const withForeign = await client.put('/api/company/bonus-tiers/order', { ids: [a.id, foreign.id, b.id, c.id] });
    assert.equal(withForeign.statusCode, 422);
    assert.equal(withForeign.json().errors[0].field, 'ids.1');
    const missing = await client.put('/api/company/bonus-tiers/order', { ids: [a.id, b.id] });
    assert.equal(missing.statusCode, 409);
    assert.equal(missing.json().errors[0].field, 'ids');
    const twice = await client.put('/api/company/bonus-tiers/order', { ids: [a.id, a.id, b.id, c.id] });
    assert.equal(twice.statusCode, 400);
    assert.equal(twice.json().errors[0].field, 'ids');
    assert.deepEqual(await names(), ['C', 'A', 'B']);
  });

  test("another company's admin cannot read, edit, move or delete a tier", async () => {
    const { company } = await companyWithMember(t, 'admin');
    const mine = await makeBonusTier(t.db, company.id, { name: 'Mine' });
    const intruderCompany = await makeCompany(t.db);
    const intruder = await t.signIn((await makeMember(t.db, intruderCompany.id, 'admin')).email);
    assert.deepEqual((await intruder.get('/api/company/bonus-tiers')).json().items, []);
    assert.deepEqual((await intruder.get('/api/bonus-tiers/visible')).json().items, []);
    assert.equal((await intruder.put(`/api/company/bonus-tiers/${mine.id}`, tier())).statusCode, 404);
    assert.equal((await intruder.delete(`/api/company/bonus-tiers/${mine.id}`)).statusCode, 404);
    assert.equal((await intruder.put('/api/company/bonus-tiers/order', { ids: [mine.id] })).statusCode, 422);
  });
});
