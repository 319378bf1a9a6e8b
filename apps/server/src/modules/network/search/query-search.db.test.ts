import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { openTestDatabase } from '../../../../test/helpers/database.ts';
import type { Database } from '../../../platform/db/db.ts';
import { rowsOf } from '../../../platform/db/ids.ts';
import { QuerySyntaxError } from './query-ast.ts';
import { compileQuery, rankOf, type SearchableContact, searchVectorOf } from './query-compiler.ts';
import { parseQuery } from './query-parser.ts';

// A stand-in for the future contacts table: just the column the search needs.
const columns = { searchVector: sql`search_vector` };

const people: SearchableContact[] = [
  { name: 'Åsa Öberg', title: 'Staff Engineer', company: 'Spotify', skills: ['TypeScript', 'React'] },
  { name: '李雷', title: 'Software Developer', company: 'Tencent', skills: ['Java', 'Go'] },
  { name: 'Jane Doe', title: 'Senior Staff Engineer', company: 'Acme', skills: ['Rust'] },
  { name: 'John Smith', title: 'Engineering Manager', company: 'Acme', skills: ['People management'] },
  { name: 'Maria Garcia', title: 'Developer Advocate', company: 'Google', skills: ['JavaScript'] },
  { name: 'Ola Nordmann', title: 'Staff Designer', company: 'Engineer Inc', skills: ['Figma'] },
  { name: 'Peter Engineer', title: 'Accountant', company: 'KPMG', skills: ['Excel'] },
  { name: 'Sara Dev', title: 'Recruiter', company: 'Devoteam', skills: ['Sourcing'] },
  { name: "Connor O'Brien", title: 'Backend Developer', company: 'Stripe', skills: ['Node.js', 'PostgreSQL'] },
  { name: 'Ahmed Khan', title: 'DevOps Engineer', company: 'Spotify', skills: ['Kubernetes'] },
  { name: 'Emma Brown', title: 'Frontend Developer', company: 'Klarna', skills: ['React', 'CSS'] },
  { name: 'Lucas Silva', title: 'Data Scientist', company: 'Klarna', skills: ['Python', 'SQL'] },
  { name: 'Chen Wei', title: 'Research and Development Lead', company: 'Huawei', skills: ['C++'] },
  { name: 'Anna Svensson', title: 'E-commerce Specialist', company: 'Zalando', skills: [] },
  { name: 'Nils Holm', title: null, company: null, skills: [] },
  ...Array.from({ length: 15 }, (_, i) => ({
    name: `Filler ${i}`,
    title: 'Chef',
    company: `Restaurant ${i}`,
    skills: ['Cooking'],
  })),
];

let database: Database;
before(async () => {
  database = await openTestDatabase();
  await database.db.execute(
    sql`create table search_query_contacts (name text primary key, search_vector tsvector not null)`,
  );
  await database.db.execute(sql`create index on search_query_contacts using gin (search_vector)`);
  for (const person of people) {
    await database.db.execute(
      sql`insert into search_query_contacts values (${person.name}, ${searchVectorOf(person)})`,
    );
  }
});
after(async () => {
  await database.db.execute(sql`drop table if exists search_query_contacts`);
  await database.close();
});

async function search(query: string): Promise<string[]> {
  const node = parseQuery(query);
  const result = await database.db.execute(
    sql`select name from search_query_contacts where ${compileQuery(node, columns)}
        order by ${rankOf(node, columns)} desc, name`,
  );
  return rowsOf<{ name: string }>(result).map((row) => row.name);
}
const sorted = (names: string[]) => [...names].sort();

describe(`boolean search on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  test('a word matches any field; a field limits it', async () => {
    assert.deepEqual(
      sorted(await search('engineer')),
      sorted(['Åsa Öberg', 'Jane Doe', 'Ola Nordmann', 'Peter Engineer', 'Ahmed Khan']),
    );
    assert.deepEqual(sorted(await search('title:engineer')), sorted(['Åsa Öberg', 'Jane Doe', 'Ahmed Khan']));
    assert.deepEqual(await search('company:engineer'), ['Ola Nordmann']);
    assert.deepEqual(await search('name:engineer'), ['Peter Engineer']);
  });

  test('phrases keep word order and stay inside one field', async () => {
    assert.deepEqual(sorted(await search('"staff engineer"')), sorted(['Åsa Öberg', 'Jane Doe']));
    assert.deepEqual(await search('"engineer staff"'), []);
    assert.deepEqual(await search('"designer engineer"'), []);
    assert.deepEqual(await search('title:"senior staff"'), ['Jane Doe']);
    assert.deepEqual(await search('"people management"'), ['John Smith']);
    assert.deepEqual(await search('"typescript react"'), []);
  });

  test('AND of two fields, OR with NOT, prefixes', async () => {
    assert.deepEqual(
      sorted(await search('title:(engineer OR developer) company:spotify')),
      sorted(['Åsa Öberg', 'Ahmed Khan']),
    );
    assert.deepEqual(await search('company:acme -title:manager'), ['Jane Doe']);
    assert.deepEqual(
      sorted(await search('(skill:react OR skill:"node.js") NOT company:klarna')),
      sorted(['Åsa Öberg', "Connor O'Brien"]),
    );
    assert.deepEqual(
      sorted(await search('title:dev*')),
      sorted(['李雷', 'Maria Garcia', "Connor O'Brien", 'Ahmed Khan', 'Emma Brown', 'Chen Wei']),
    );
    assert.deepEqual(sorted(await search('dev* -title:dev*')), ['Sara Dev']);
  });

  test('unicode, apostrophes, hyphens, lower-case operators as words', async () => {
    assert.deepEqual(await search('name:ÅSA'), ['Åsa Öberg']);
    assert.deepEqual(await search('李雷'), ['李雷']);
    assert.deepEqual(await search("o'brien"), ["Connor O'Brien"]);
    assert.deepEqual(await search('e-commerce'), ['Anna Svensson']);
    assert.deepEqual(await search('research and development'), ['Chen Wei']);
  });

  test('title matches rank above name matches', async () => {
    const ranked = await search('engineer');
    assert.equal(ranked.at(-1), 'Peter Engineer');
  });

  test('tsquery and SQL syntax in the input is only ever text', async () => {
    for (const query of [`"x') OR true --"`, "a'b\\ & | ! <-> :* c", '"\'; drop table search_query_contacts; --"']) {
      assert.deepEqual(await search(query), [], query);
    }
    assert.equal((await search('chef')).length, 15);
  });

  test('every query the parser accepts runs without a database error', async () => {
    const piece = fc.constantFrom(
      ' ',
      '(',
      ')',
      '"',
      '-',
      '*',
      'OR',
      'NOT',
      'title:',
      'skill:',
      'dev',
      'Åsa',
      "o'",
      '\\',
      '!',
      '&',
      ':',
      'engineer',
      '\u0000',
    );
    const queries = fc.sample(
      fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')),
      { numRuns: 400, seed: 7 },
    );
    let ran = 0;
    for (const query of queries) {
      try {
        await search(query);
        ran += 1;
      } catch (error) {
        if (!(error instanceof QuerySyntaxError)) throw new Error(`${JSON.stringify(query)}: ${error}`);
      }
    }
    assert.ok(ran > 50, `only ${ran} queries parsed`);
  });
});
