import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../../../test/helpers/database.ts';
import { makeCompany, makeExclusion } from '../../../test/helpers/factories.ts';
import type { Database } from '../../platform/db/db.ts';
import { rowsOf } from '../../platform/db/ids.ts';
import { companyKey, emailKey, linkedinKey } from '../hiring/index.ts';
import { excludedContactPredicate } from './exclusions.repo.ts';

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

type Contact = { name: string; email?: string; linkedin?: string; company?: string };
const contacts: Contact[] = [
  { name: 'kept', email: 'anna@globex.example', company: 'Globex' },
  { name: 'by company variant', company: 'Initech Sverige AB' },
  { name: 'by company name', email: 'x@free.example', company: 'INITECH' },
  { name: 'by domain', email: 'joanna@Initrode.com' },
  { name: 'by email', email: 'peter@gibbons.example', company: 'Globex' },
  { name: 'by linkedin', linkedin: 'https://se.linkedin.com/in/bill-lumbergh/' },
  { name: 'kept, nothing known' },
  { name: 'kept, excluded only elsewhere', email: 'milton@elsewhere.example' },
];

test("the predicate hides exactly the contacts the company's exclusions match", async () => {
  const company = await makeCompany(database.db);
  const other = await makeCompany(database.db);
  await makeExclusion(database.db, company.id, {
    kind: 'company_name',
    value: 'Initech',
    variants: ['Initech Sverige'],
  });
  await makeExclusion(database.db, company.id, { kind: 'email_domain', value: 'initrode.com' });
  await makeExclusion(database.db, company.id, { kind: 'email', value: 'Peter@Gibbons.example' });
  await makeExclusion(database.db, company.id, { kind: 'linkedin_url', value: 'linkedin.com/in/Bill-Lumbergh' });
  await makeExclusion(database.db, other.id, { kind: 'email', value: 'milton@elsewhere.example' });

  // A temporary table stands in for the contacts table; the transaction keeps it on one connection.
  const kept = await database.db.transaction(async (tx) => {
    await tx.execute(sql`create temporary table scratch_contacts
      (name text, email_key text, linkedin_key text, company_key text) on commit drop`);
    for (const c of contacts) {
      await tx.execute(sql`insert into scratch_contacts values
        (${c.name}, ${emailKey(c.email)}, ${linkedinKey(c.linkedin)}, ${companyKey(c.company)})`);
    }
    const predicate = excludedContactPredicate(company.id, {
      emailKey: sql`c.email_key`,
      linkedinKey: sql`c.linkedin_key`,
      companyKey: sql`c.company_key`,
    });
    const result = await tx.execute(sql`select c.name from scratch_contacts c where ${predicate} order by c.name`);
    return rowsOf<{ name: string }>(result).map((r) => r.name);
  });
  assert.deepEqual(kept, ['kept', 'kept, excluded only elsewhere', 'kept, nothing known']);
});

test('with no key columns given the predicate keeps every row', async () => {
  const company = await makeCompany(database.db);
  const result = await database.db.execute(
    sql`select count(*)::int as n from (values (1), (2)) v(x) where ${excludedContactPredicate(company.id, {})}`,
  );
  assert.equal(rowsOf<{ n: number }>(result)[0].n, 2);
});
