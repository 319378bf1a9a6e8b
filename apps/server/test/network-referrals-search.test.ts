import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { type Client, startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';
import { type Person, passOn } from './helpers/passed-on.ts';

/** People passed on as prospects, each findable by a different part of the language. */
const PEOPLE: Array<Omit<Person, 'referrerId'> & { firstName: string }> = [
  {
    firstName: 'Åsa',
    lastName: 'Öberg',
    position: 'Staff Engineer',
    company: 'Spotify',
    skills: ['TypeScript', 'React'],
  },
  { firstName: 'Jane', lastName: 'Doe', position: 'Senior Staff Engineer', company: 'Acme', skills: ['Rust'] },
  {
    firstName: 'John',
    lastName: 'Smith',
    position: 'Engineering Manager',
    company: 'Acme',
    skills: ['People management'],
  },
  { firstName: 'Maria', lastName: 'Garcia', position: 'Developer Advocate', company: 'Google', skills: ['JavaScript'] },
  { firstName: 'Peter', lastName: 'Engineer', position: 'Accountant', company: 'KPMG', skills: ['Excel'] },
  { firstName: 'Ahmed', lastName: 'Khan', position: 'DevOps Engineer', company: 'Spotify', skills: ['Kubernetes'] },
  { firstName: 'Emma', lastName: 'Brown', position: 'Frontend Developer', company: 'Klarna', skills: ['React', 'CSS'] },
  { firstName: 'Connor', lastName: "O'Brien", position: 'Backend Developer', company: 'Stripe', skills: ['Node.js'] },
];

let t: TestApp;
let recruiter: Client;
let companyId: string;
let referrerId: string;

before(async () => {
  t = await startTestApp();
  const company = await makeCompany(t.db);
  companyId = company.id;
  const member = await makeMember(t.db, company.id, 'recruiter');
  referrerId = (await makeMember(t.db, company.id, 'employee')).membership.id;
  recruiter = await t.signIn(member.email);
  for (const [i, person] of PEOPLE.entries()) {
    await passOn(t.db, companyId, {
      ...person,
      referrerId,
      source: 'warm_prospect',
      createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
    });
  }
});
after(() => t.close());

async function search(q: string, extra = '') {
  const res = await recruiter.get(`/api/referrals/network?tab=prospects&q=${encodeURIComponent(q)}${extra}`);
  assert.equal(res.statusCode, 200, `${q}: ${res.body}`);
  return res.json();
}
async function names(q: string) {
  const page = await search(q);
  return page.items.map((item: { firstName: string }) => item.firstName) as string[];
}
const sorted = (list: string[]) => [...list].sort();

describe(`boolean search over passed-on people on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  test('a word matches any field, a field prefix limits it', async () => {
    assert.deepEqual(sorted(await names('engineer')), sorted(['Åsa', 'Jane', 'Peter', 'Ahmed']));
    assert.deepEqual(sorted(await names('title:engineer')), sorted(['Åsa', 'Jane', 'Ahmed']));
    assert.deepEqual(await names('name:engineer'), ['Peter']);
    assert.deepEqual(sorted(await names('company:acme')), sorted(['Jane', 'John']));
    assert.deepEqual(sorted(await names('skill:react')), sorted(['Åsa', 'Emma']));
    assert.deepEqual(await names('name:åsa'), ['Åsa']);
  });

  test('AND, OR, NOT and -, phrases, parentheses and prefixes', async () => {
    assert.deepEqual(await names('staff AND acme'), ['Jane']);
    assert.deepEqual(await names('staff acme'), ['Jane']);
    assert.deepEqual(sorted(await names('klarna OR stripe')), sorted(['Emma', 'Connor']));
    assert.deepEqual(await names('company:acme NOT title:manager'), ['Jane']);
    assert.deepEqual(await names('company:acme -title:manager'), ['Jane']);
    assert.deepEqual(sorted(await names('"staff engineer"')), sorted(['Åsa', 'Jane']));
    assert.deepEqual(await names('"engineer staff"'), []);
    assert.deepEqual(sorted(await names('title:(engineer OR developer) company:spotify')), sorted(['Åsa', 'Ahmed']));
    assert.deepEqual(
      sorted(await names('title:dev*')),
      sorted(['Maria', 'Ahmed', 'Emma', 'Connor']),
      'prefix matches the start of words in the title',
    );
    assert.deepEqual(await names('"node.js"'), ['Connor']);
  });

  test('ranked: a title match comes before a name match; highlights name what to mark', async () => {
    const page = await search('engineer');
    assert.equal(page.items.at(-1).firstName, 'Peter');
    const highlighted = await search('title:dev* "staff engineer" -acme OR skill:rust');
    assert.deepEqual(highlighted.highlights, [
      { text: 'dev', prefix: true, field: 'title' },
      { text: 'staff engineer', prefix: false, field: null },
      { text: 'rust', prefix: false, field: 'skill' },
    ]);
  });

  test('keyset pages over ranked results: no duplicates, no gaps, best first', async () => {
    const other = await makeCompany(t.db);
    const member = await makeMember(t.db, other.id, 'recruiter');
    const employee = await makeMember(t.db, other.id, 'employee');
    const client = await t.signIn(member.email);
    const expected = new Set<string>();
    for (let i = 0; i < 23; i++) {
      // Three kinds of match (title, company, name) and many exact ties in rank and time.
      const kind = i % 3;
      const row = await passOn(t.db, other.id, {
        referrerId: employee.membership.id,
        source: i % 2 ? 'warm_prospect' : 'cold_prospect',
        firstName: kind === 2 ? 'Kotlin' : 'Sam',
        position: kind === 0 ? 'Kotlin Developer' : 'Chef',
        company: kind === 1 ? 'Kotlin Labs' : 'Diner',
        createdAt: new Date(Date.UTC(2026, 1, 1 + (i % 4))),
      });
      expected.add(row.id);
    }
    await passOn(t.db, other.id, { referrerId: employee.membership.id, source: 'warm_prospect', position: 'Chef' });
    const seen: string[] = [];
    const kinds: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await client.get(
        `/api/referrals/network?tab=prospects&q=kotlin&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      );
      assert.equal(res.statusCode, 200, res.body);
      for (const item of res.json().items) {
        seen.push(item.id);
        kinds.push(
          item.position === 'Kotlin Developer' ? 'title' : item.company === 'Kotlin Labs' ? 'company' : 'name',
        );
      }
      cursor = res.json().nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    assert.equal(pages, 6);
    assert.equal(new Set(seen).size, seen.length, 'no duplicates');
    assert.deepEqual(new Set(seen), expected, 'no gaps');
    const order = ['title', 'company', 'name'];
    const ranks = kinds.map((kind) => order.indexOf(kind));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
      'title matches first, then company, then name',
    );
  });

  test('search combines with the filters', async () => {
    const page = await search('engineer', '&from=2026-01-02&to=2026-01-05');
    assert.deepEqual(sorted(page.items.map((i: { firstName: string }) => i.firstName)), sorted(['Jane', 'Peter']));
    const introductions = await recruiter.get(`/api/referrals/network?tab=introductions&q=engineer`);
    assert.deepEqual(introductions.json().items, []);
  });

  test('a malformed query is a 422 on q that says where the problem is', async () => {
    const cases: Array<[string, RegExp]> = [
      ['(engineer OR developer', /Unclosed parenthesis opened at character 1/],
      ['engineer)', /Unmatched closing parenthesis at character 9/],
      ['engineer AND', /Expected a term after AND at character 10/],
      ['OR engineer', /Expected a term before OR at character 1/],
      ['"staff engineer', /Unclosed quote at character 1/],
      ['-acme', /besides exclusions/],
      ['salary:high', /Unknown field "salary:"/],
      ['e*', /at least 2 letters before \*/],
    ];
    for (const [q, message] of cases) {
      const res = await recruiter.get(`/api/referrals/network?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 422, `${q}: ${res.body}`);
      const problem = res.json();
      assert.equal(problem.code, 'unprocessable');
      assert.equal(problem.errors[0].field, 'q');
      assert.match(problem.errors[0].message, message, q);
      const csv = await recruiter.get(`/api/referrals/network/export.csv?q=${encodeURIComponent(q)}`);
      assert.equal(csv.statusCode, 422, `export ${q}`);
    }
    const forged = await recruiter.get('/api/referrals/network?q=engineer&cursor=WyJ4IiwieSIsInoiXQ');
    assert.equal(forged.statusCode, 400);
  });

  test('a query too long to search is a 400 on q that says so', async () => {
    const long = 'engineer OR developer '.repeat(91).slice(0, 2_000);
    for (const path of ['/api/referrals/network', '/api/referrals/network/export.csv']) {
      const res = await recruiter.get(`${path}?q=${encodeURIComponent(long)}`);
      assert.equal(res.statusCode, 400, res.body);
      const problem = res.json();
      assert.equal(problem.code, 'validation_failed');
      assert.deepEqual(problem.errors, [
        {
          field: 'q',
          message: 'The search is too long: at most 500 characters',
          reason: 'search.query_too_long',
          params: { max: 500 },
        },
      ]);
    }
  });

  test('any typed query is answered with results or a 422, never a 500', async () => {
    const piece = fc.constantFrom(
      ' ',
      '(',
      ')',
      '"',
      '-',
      '*',
      'OR',
      'AND',
      'NOT',
      'title:',
      'name:',
      'åsa',
      "o'",
      '\\',
      ':',
      '&',
      'engineer',
    );
    const queries = fc.sample(
      fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join('')),
      { numRuns: 120, seed: 16 },
    );
    for (const q of queries) {
      const res = await recruiter.get(`/api/referrals/network?tab=prospects&q=${encodeURIComponent(q)}`);
      assert.ok([200, 422].includes(res.statusCode), `${JSON.stringify(q)} → ${res.statusCode} ${res.body}`);
    }
  });
});
