import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { companyKey } from '../src/modules/hiring/normalize.ts';
import { education, workHistory } from '../src/schema.ts';
import { makeCandidate, makeCompany, makeMember, makeTwoTenants } from './helpers/factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const POSITIONS = [
  'Company Name,Title,Description,Location,Started On,Finished On',
  'Dentons LLP,Associate,"Worked on ""big"" deals, mostly M&A","Stockholm, Sweden",Mar 2016,Jun 2021',
  'Klarna,Lawyer,,Stockholm,Jul 2021,',
  ',Nameless,,,Jan 2020,',
  'Spotify,Engineer,,,Sometime,',
  'Acme,Backwards,,,Jan 2020,Jan 2019',
  '',
].join('\r\n');

const EDUCATION = [
  '\uFEFFSchool Name,Start Date,End Date,Notes,Degree Name,Activities',
  'Uppsala universitet,2012,2016,,Master of Laws,Debate club',
  'KTH,Aug 2010,Jun 2011,,,',
  'Nowhere,20xx,,,,',
].join('\n');

describe('My settings: work history and education, with LinkedIn’s Positions.csv and Education.csv', () => {
  const t = useTestApp();

  test('an employee imports Positions.csv: bad rows are reported by line, the good ones kept, a second import adds nothing', async () => {
    const { client } = await companyWithMember(t, 'employee');
    const res = await client.post('/api/me/work-history/import', { csv: POSITIONS });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), {
      imported: 2,
      duplicates: 0,
      rejected: [
        { line: 4, problem: 'missing_name' },
        { line: 5, problem: 'bad_date' },
        { line: 6, problem: 'end_before_start' },
      ],
    });
    const list = (await client.get('/api/me/work-history')).json().items;
    assert.deepEqual(
      list.map(({ id: _id, ...w }: { id: string }) => w),
      [
        { companyName: 'Dentons LLP', title: 'Associate', startDate: '2016-03-01', endDate: '2021-06-01' },
        { companyName: 'Klarna', title: 'Lawyer', startDate: '2021-07-01', endDate: null },
      ],
    );
    const again = await client.post('/api/me/work-history/import', { csv: POSITIONS });
    assert.equal(again.json().imported, 0);
    assert.equal(again.json().duplicates, 2);
  });

  test('a file of blank lines answers at once that it is empty; another file is refused naming what it is not', async () => {
    const { client } = await companyWithMember(t, 'employee');
    const started = Date.now();
    const blank = await client.post('/api/me/work-history/import', { csv: '\n'.repeat(200_000) });
    assert.equal(blank.statusCode, 422, blank.body);
    assert.equal(blank.json().reason, 'history_import.empty_file');
    assert.ok(Date.now() - started < 5000, 'a blank-line file does not hang');
    const commas = await client.post('/api/me/education/import', { csv: ',,,\r\n'.repeat(10_000) });
    assert.equal(commas.statusCode, 422, commas.body);
    assert.equal(commas.json().reason, 'history_import.empty_file');
    const connections = await client.post('/api/me/work-history/import', {
      csv: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,\n',
    });
    assert.equal(connections.statusCode, 422);
    assert.equal(connections.json().reason, 'history_import.not_positions');
    const education = await client.post('/api/me/education/import', { csv: POSITIONS });
    assert.equal(education.json().reason, 'history_import.not_education');
    const broken = await client.post('/api/me/work-history/import', {
      csv: 'Company Name,Title,Started On,Finished On\n"unclosed,x,,\n',
    });
    assert.equal(broken.statusCode, 422, broken.body);
    const huge = await client.post('/api/me/work-history/import', { csv: 'x'.repeat(1_000_001) });
    assert.ok([400, 413].includes(huge.statusCode), huge.body);
  });

  test('Education.csv (with a byte-order mark) imports; education is edited as a list; script stays text', async () => {
    const { client } = await companyWithMember(t, 'recruiter');
    const res = await client.post('/api/me/education/import', { csv: EDUCATION });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { imported: 2, duplicates: 0, rejected: [{ line: 4, problem: 'bad_date' }] });
    const list = (await client.get('/api/me/education')).json().items;
    assert.deepEqual(
      list.map(({ id: _id, ...e }: { id: string }) => e),
      [
        {
          schoolName: 'Uppsala universitet',
          degree: 'Master of Laws',
          fieldOfStudy: null,
          startDate: '2012-01-01',
          endDate: '2016-01-01',
        },
        { schoolName: 'KTH', degree: null, fieldOfStudy: null, startDate: '2010-08-01', endDate: '2011-06-01' },
      ],
    );
    const script = '<script>alert(1)</script>';
    const saved = await client.put('/api/me/education', { items: [{ schoolName: script, degree: 'BSc' }] });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().items[0].schoolName, script, 'kept as text, rendered as text by the app');
    assert.equal(saved.headers['content-type']?.toString().startsWith('application/json'), true);
    const bad = await client.put('/api/me/education', {
      items: [{ schoolName: 'KTH', startDate: '2012-01-01', endDate: '2010-01-01' }],
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.ok(JSON.stringify(bad.json()).includes('items.0.endDate'), bad.body);
    const noName = await client.put('/api/me/work-history', { items: [{ companyName: '' }] });
    assert.equal(noName.statusCode, 400);
    assert.ok(JSON.stringify(noName.json()).includes('items.0.companyName'), noName.body);
  });

  test('each member edits only their own lists, in their own company; signed out is refused', async () => {
    const { a, b } = await makeTwoTenants(t.db);
    const alice = await t.signIn(a.employee.email);
    const bob = await t.signIn(b.employee.email);
    const put = await alice.put('/api/me/work-history', { items: [{ companyName: 'Dentons', title: 'Partner' }] });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal((await bob.get('/api/me/work-history')).json().items.length, 0);
    const colleague = await t.signIn(a.recruiter.email);
    assert.equal((await colleague.get('/api/me/work-history')).json().items.length, 0);
    assert.equal((await t.anonymous.get('/api/me/work-history')).statusCode, 401);
    assert.equal((await t.anonymous.post('/api/me/education/import', { csv: EDUCATION })).statusCode, 401);
  });

  test('an imported Positions.csv makes "worked together" work for a real member', async () => {
    const company = await makeCompany(t.db);
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const employee = await makeMember(t.db, company.id, 'employee', { name: 'Simon Importer' });
    const candidate = await makeCandidate(t.db, company.id, { firstName: 'Raymond', lastName: 'Holt' });
    await t.db.insert(workHistory).values({
      companyId: company.id,
      candidateId: candidate.id,
      companyName: 'Dentons',
      companyKey: companyKey('Dentons'),
      startDate: '2018-01-01',
      endDate: '2020-12-31',
    });
    const client = await t.signIn(employee.email);
    assert.equal((await client.post('/api/me/work-history/import', { csv: POSITIONS })).statusCode, 200);
    const res = await (await t.signIn(recruiter.email)).get(`/api/candidates/${candidate.id}/connections`);
    assert.equal(res.statusCode, 200, res.body);
    const [link] = res.json().items;
    assert.equal(link?.colleague.name, 'Simon Importer');
    assert.equal(link.reasons[0].kind, 'worked_together');
    assert.equal(link.reasons[0].company, 'Dentons');
  });

  test('a candidate’s education is in the candidate detail', async () => {
    const { company, client } = await companyWithMember(t, 'recruiter');
    const candidate = await makeCandidate(t.db, company.id);
    await t.db.insert(education).values({
      companyId: company.id,
      candidateId: candidate.id,
      schoolName: 'KTH',
      schoolKey: 'kth',
      degree: 'MSc',
      startDate: '2010-08-01',
    });
    const res = await client.get(`/api/candidates/${candidate.id}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      res.json().education.map(({ id: _id, ...e }: { id: string }) => e),
      [{ schoolName: 'KTH', degree: 'MSc', fieldOfStudy: null, startDate: '2010-08-01', endDate: null }],
    );
  });
});
