import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeCompany, makeExclusion, makeMember } from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

describe('exclude lists', () => {
  const t = useTestApp();
  const nonSolicit = {
    kind: 'company_name',
    value: 'Initech AB',
    variants: ['Initech Sverige'],
    reason: 'Non-solicit',
  };

  test('an admin adds each kind, sees who added it, edits and deletes', async () => {
    const { client, member } = await companyWithMember(t, 'admin', { name: 'Ada Admin' });
    const company = await client.post('/api/exclusions', nonSolicit);
    assert.equal(company.statusCode, 201, company.body);
    assert.equal(company.json().value, 'Initech AB');
    assert.deepEqual(company.json().variants, ['Initech Sverige']);
    assert.deepEqual(company.json().addedBy, { id: member.membership.id, name: 'Ada Admin' });
    const added = [
      { kind: 'email_domain', value: '@Initech.COM', reason: 'Non-solicit' },
      { kind: 'email', value: ' Peter@Gibbons.example ', reason: 'Do not hire' },
      { kind: 'linkedin_url', value: 'https://se.linkedin.com/in/bill-lumbergh/?trk=x', reason: 'Do not hire' },
    ];
    for (const body of added) assert.equal((await client.post('/api/exclusions', body)).statusCode, 201);
    const items = (await client.get('/api/exclusions')).json().items;
    assert.deepEqual(items.map((x: { kind: string; value: string }) => `${x.kind}:${x.value}`).sort(), [
      'company_name:Initech AB',
      'email:peter@gibbons.example',
      'email_domain:initech.com',
      'linkedin_url:https://se.linkedin.com/in/bill-lumbergh/?trk=x',
    ]);

    const edited = await client.put(`/api/exclusions/${company.json().id}`, { ...nonSolicit, variants: [] });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual(edited.json().variants, []);
    // The dropped variant's key went with it, so it can be added on its own now.
    const freed = await client.post('/api/exclusions', { ...nonSolicit, value: 'Initech Sverige', variants: [] });
    assert.equal(freed.statusCode, 201, freed.body);

    assert.equal((await client.delete(`/api/exclusions/${company.json().id}`)).statusCode, 200);
    assert.equal((await client.delete(`/api/exclusions/${company.json().id}`)).statusCode, 404);
  });

  test('a recruiter may keep the list; an employee may not see it', async () => {
    const { company, client: recruiter } = await companyWithMember(t, 'recruiter');
    assert.equal((await recruiter.post('/api/exclusions', nonSolicit)).statusCode, 201);
    const employee = await t.signIn((await makeMember(t.db, company.id, 'employee')).email);
    assert.equal((await employee.get('/api/exclusions')).statusCode, 403);
  });

  test('the same person or company twice answers 409 on the field that repeats it', async () => {
    const { client } = await companyWithMember(t, 'admin');
    assert.equal((await client.post('/api/exclusions', nonSolicit)).statusCode, 201);
    const cases: [object, string][] = [
      // Folded: legal suffixes and case do not make another company.
      [{ ...nonSolicit, value: 'INITECH', variants: [] }, 'value'],
      [{ ...nonSolicit, value: 'Initrode', variants: ['Initrode AB', 'initech sverige ab'] }, 'variants.1'],
    ];
    await client.post('/api/exclusions', { kind: 'linkedin_url', value: 'linkedin.com/in/milton', reason: 'x' });
    cases.push([{ kind: 'linkedin_url', value: 'https://www.linkedin.com/in/Milton/', reason: 'x' }, 'value']);
    for (const [body, field] of cases) {
      const res = await client.post('/api/exclusions', body);
      assert.equal(res.statusCode, 409, `${field}: ${res.body}`);
      assert.equal(res.json().errors[0].field, field);
    }
    // A key taken in another company is not taken here.
    const elsewhere = await companyWithMember(t, 'admin');
    assert.equal((await elsewhere.client.post('/api/exclusions', nonSolicit)).statusCode, 201);
  });

  test('invalid exclusions answer 400 naming the field', async () => {
    const { client } = await companyWithMember(t, 'admin');
    const cases: [object, string][] = [
      [{ kind: 'email', value: 'not-an-email', reason: 'x' }, 'value'],
      [{ kind: 'email_domain', value: 'no domain', reason: 'x' }, 'value'],
      [{ kind: 'linkedin_url', value: 'https://example.com/me', reason: 'x' }, 'value'],
      [{ kind: 'company_name', value: '!!!', reason: 'x' }, 'value'],
      [{ kind: 'company_name', value: 'Initech', variants: ['ok', '   '], reason: 'x' }, 'variants.1'],
      [{ kind: 'email', value: 'a@b.example', variants: ['x'], reason: 'x' }, 'variants'],
      [{ kind: 'company_name', value: 'Initech', reason: ' ' }, 'reason'],
      [{ kind: 'person', value: 'Initech', reason: 'x' }, 'kind'],
    ];
    for (const [body, field] of cases) {
      const res = await client.post('/api/exclusions', body);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      assert.equal(res.json().errors[0].field, field);
    }
    assert.deepEqual((await client.get('/api/exclusions')).json().items, []);
  });

  test("another company's exclusions are neither listed nor reachable", async () => {
    const owner = await makeCompany(t.db);
    const theirs = await makeExclusion(t.db, owner.id);
    const { client } = await companyWithMember(t, 'admin');
    assert.deepEqual((await client.get('/api/exclusions')).json().items, []);
    const body = { kind: 'email', value: 'someone@else.example', reason: 'x' };
    assert.equal((await client.put(`/api/exclusions/${theirs.id}`, body)).statusCode, 404);
    assert.equal((await client.delete(`/api/exclusions/${theirs.id}`)).statusCode, 404);
  });
});
